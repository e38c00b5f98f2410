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
