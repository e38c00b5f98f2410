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
        window = next(w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow")
        seen["title"] = window.windowTitle()
        seen["start screen"] = window._start  # never needed: the window opened on the file
        seen["shown"] = window.stack.currentWidget() is window.tabs and window.view.isVisible()
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert app_module.run(path) == 0
    assert path.name in seen["title"]
    assert seen["start screen"] is None and seen["shown"]


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
        window = next(w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow")
        seen["message"] = window.last_message
        seen["start"] = window.stack.currentWidget() is window.start and window.start.isVisible()
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert app_module.run(bad) == 0
    assert "mauvais.symetrie" in seen["message"] and seen["start"]
    assert bad.read_bytes() == b"not a workshop at all"
