"""Aide > À propos: the versions and the places a support request needs."""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import QSettings, qVersion
from PySide6.QtWidgets import QApplication

from symetrie_desktop import __version__
from symetrie_desktop.ui import app as app_module


def _about_action(window):
    return next(a for a in window.help_menu.actions() if "propos" in a.text())


def test_about_box_shows_versions_and_where_files_live(window, qtbot, isolated_settings):
    from symetrie_desktop.ui.main_window import backups_dir

    _about_action(window).trigger()
    dialog = window._about_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    facts = dict(line.split(": ", 1) for line in dialog.facts_text().splitlines())
    assert facts["Symétrie"] == __version__
    assert facts["Qt"] == qVersion()
    assert facts["PySide6"] == PySide6.__version__
    assert facts["Python"] == platform.python_version()
    assert facts["Réglages"] == QSettings().fileName()
    assert facts["Sauvegardes"] == str(backups_dir())
    assert facts["Journal"] == str(app_module.log_file())
    # the places named are this user's (here: the test's temporary home)
    for key in ("Réglages", "Sauvegardes", "Journal"):
        assert facts[key].startswith(str(isolated_settings)), key
    # what is shown is what facts_text says
    for value in facts.values():
        assert value in dialog.facts.text()
    dialog.close()


def test_starting_the_app_writes_the_log_named_in_about(qtbot, demo_doc, monkeypatch):
    path = demo_doc.path
    demo_doc.close()
    before = set(QApplication.topLevelWidgets())
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    assert app_module.run(path) == 0
    for w in set(QApplication.topLevelWidgets()) - before:
        w.close()
        w.deleteLater()
    qtbot.wait(10)
    log = app_module.log_file()
    assert f"Symétrie {__version__} started" in log.read_text(encoding="utf-8")
    sizes = {s.width() for s in QApplication.windowIcon().availableSizes()}
    assert {16, 32, 48, 256} <= sizes  # the drawn icon, not Qt's default


def test_the_log_keeps_two_older_copies_and_stays_small(tmp_path):
    """The log rotates like logging's RotatingFileHandler: at start when it is already
    too big, and as soon as a record takes it over the limit."""
    import logging

    path = tmp_path / "symetrie.log"
    path.write_text("x" * 300, encoding="utf-8")  # left over, already over the limit
    handler = app_module._SmallLog(path, max_bytes=200, backups=2)
    assert (tmp_path / "symetrie.log.1").read_text(encoding="utf-8") == "x" * 300
    assert not path.exists()  # opened by the first record only
    record = logging.LogRecord("t", logging.WARNING, __file__, 1, "ligne %d : %s", None, None)
    for n in range(12):
        record.args = (n, "é" * 30)
        handler.emit(record)
    handler.close()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["symetrie.log", "symetrie.log.1", "symetrie.log.2"]
    assert all(p.stat().st_size <= 200 + 80 for p in tmp_path.iterdir())  # one record over
    assert "ligne 11 : éé" in path.read_text(encoding="utf-8")
    assert "ligne 0 " not in path.read_text(encoding="utf-8")
