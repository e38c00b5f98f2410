"""Starting the app as `symetrie-desktop FILE` does: translators installed, window on the file."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from symetrie_desktop.ui import app as app_module
from symetrie_desktop.ui import i18n


def test_run_opens_the_file_in_a_window(qtbot, demo_doc, monkeypatch):
    path = demo_doc.path
    demo_doc.close()
    seen = {}

    def fake_exec(self):
        # (windows of earlier tests may still be around: the one with the file)
        window = next(w for w in QApplication.topLevelWidgets() if type(w).__name__ ==
                      "MainWindow" and w.model is not None and w.model.document.path == path)
        seen["title"] = window.windowTitle()
        seen["start screen"] = window._start  # never needed when the window opened the file
        seen["shown"] = window.stack.currentWidget() is window.tabs and window.view.isVisible()
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    for w in QApplication.topLevelWidgets():  # no empty window of an earlier test to reuse
        if type(w).__name__ == "MainWindow":
            w.close()
    assert app_module.run(path) == 0
    assert path.name in seen["title"] and seen["shown"]
    assert seen["start screen"] is None  # a new window opened on a file never builds it


def test_installing_a_language_sets_the_locale_for_dates_and_numbers():
    try:
        assert i18n.install("en") == "en"
        assert QLocale().language() == QLocale.Language.English
        assert i18n.install("fr") == "fr"
        assert QLocale().language() == QLocale.Language.French
        assert QLocale().toString(1234.5, "f", 1) == "1\u202f234,5"
    finally:
        i18n.install("fr")


def test_a_file_that_cannot_be_opened_at_start_leaves_the_start_screen(qtbot, tmp_path,
                                                                      monkeypatch):
    bad = tmp_path / "mauvais.symetrie"
    bad.write_bytes(b"not a workshop at all")
    seen = {}

    def fake_exec(self):
        # (windows of earlier tests may still be around: the one that tried the file)
        told = [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow"
                and "mauvais.symetrie" in w.last_message]
        seen["told"] = len(told)
        seen["start"] = all(w.stack.currentWidget() is w.start and w.start.isVisible()
                            and w.model is None for w in told)
        for window in told:
            window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert app_module.run(bad) == 0
    assert seen == {"told": 1, "start": True}
    assert bad.read_bytes() == b"not a workshop at all"
