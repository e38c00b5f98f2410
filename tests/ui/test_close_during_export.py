"""Closing the window while an export is written off the UI thread: the window waits for
the file, then closes; the workshop file stays whole."""

from __future__ import annotations

import threading

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton

from symetrie_desktop.store import load_file
from symetrie_desktop.ui import export_actions


def _gated(monkeypatch, name: str) -> threading.Event:
    """The export ``name`` waits for the returned event before it writes."""
    gate = threading.Event()
    original = getattr(export_actions, name)

    def gated(workshop, path, lang, progress):
        assert gate.wait(20), "the test never opened the gate"
        return original(workshop, path, lang, progress)

    monkeypatch.setattr(export_actions, name, gated)
    return gate


def test_quitting_during_the_workbook_waits_for_it_then_closes(
        window, dialogs, qtbot, monkeypatch, tmp_path):
    gate = _gated(monkeypatch, "_write_xlsx")
    out = tmp_path / "exports" / "atelier.xlsx"
    out.parent.mkdir()
    dialogs.expect("save", str(out))
    window.exports.xlsx_action.trigger()
    quit_action = next(a for a in window.file_menu.actions() if a.text() == "&Quitter")
    quit_action.trigger()  # Ctrl+Q while the workbook is being written
    assert window.isVisible()
    assert "se fermera une fois l'export terminé" in window.statusBar().currentMessage()
    assert not out.exists()
    path = window.model.document.path
    gate.set()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=30000)
    assert window.model is None  # closed the normal way: the workshop was closed
    book = load_workbook(out)
    assert len(list(book["Post-it"].iter_rows(min_row=2))) == len(load_file(path).cards)


def test_cancelling_the_summary_after_quitting_closes_without_a_file(
        window, dialogs, qtbot, slow_summary, tmp_path):
    out = tmp_path / "synthese.pdf"
    dialogs.expect("save", str(out))
    window.exports.pdf_action.trigger()
    window.close()
    assert window.isVisible()
    dialog = window.findChild(QProgressDialog)
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=20000)
    assert not out.exists()


def test_a_failed_workbook_keeps_the_window_open_with_its_message(
        window, dialogs, qtbot, tmp_path):
    dialogs.expect("save", str(tmp_path / "gone" / "atelier.xlsx"))
    with qtbot.waitSignal(window.exports.exportEnded, timeout=30000):
        window.exports.xlsx_action.trigger()
        window.close()
    qtbot.wait(50)
    assert window.isVisible() and window.model is not None
    assert window.exports.last_message.startswith("« atelier.xlsx » n'a pas pu être écrit")
    window.close()  # nothing in progress now: it closes at once
    assert not window.isVisible()
