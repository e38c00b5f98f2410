"""The File menu's summary entries, driven like a facilitator, then the files on disk read back."""

from __future__ import annotations

import csv

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QProgressDialog, QPushButton

from symetrie_desktop.commands import board as board_edits
from symetrie_desktop.domain.model import LaneKind
from symetrie_desktop.ui import export_actions
from symetrie_desktop.ui.export_actions import install_export_actions
from symetrie_desktop.ui.model import WorkshopModel

from .conftest import squash

TYPED = "Ajouté pendant l’atelier : R&D <b>x</b> 5 < 6"


@pytest.fixture
def window(qtbot, demo_doc):
    model = WorkshopModel(demo_doc)
    win = QMainWindow()
    qtbot.addWidget(win)
    menu = win.menuBar().addMenu("Fichier")
    win.exports = install_export_actions(win, menu, lambda: model)
    win.model = model
    win.menu = menu
    win.show()
    yield win
    model.undo_stack.clear()


def _entry(win, start: str):
    return next(a for a in win.menu.actions() if a.text().startswith(start))


def _save_as(dialogs, path):
    """The next save dialog answers ``path``; returns the questions asked, in order."""
    dialogs.expect("save", str(path))
    return dialogs.asked


def test_menu_has_the_six_entries(window):
    texts = [a.text() for a in window.menu.actions()]
    assert texts == [
        "Exporter la synthèse (PDF)…",
        "Exporter le plan d'actions (CSV)…",
        "Exporter la synthèse (Markdown)…",
        "Exporter l'atelier pour Excel (XLSX)…",
        "Exporter le diaporama du comité (PowerPoint)…",
        "Imprimer…",
    ]
    assert all(a.property("needsWorkshop") for a in window.menu.actions())


def test_pdf_export_runs_with_a_progress_dialog_and_writes_the_current_workshop(
    dialogs, window, qtbot, monkeypatch, tmp_path
):
    model = window.model
    lane = model.workshop.lane_of_kind(LaneKind.CUSTOMER)
    step = model.workshop.ordered_steps()[0]
    model.push(board_edits.add_card(model.workshop, lane.id, step.id, "irritant", TYPED))
    out = tmp_path / "exports" / "synthese"
    out.parent.mkdir()
    asked = _save_as(dialogs, out)
    with qtbot.waitSignal(window.exports.pdfWritten, timeout=20000) as done:
        _entry(window, "Exporter la synthèse (PDF)").trigger()
        dialog = window.findChild(QProgressDialog)
        assert dialog is not None and dialog.isVisible()
        assert not window.exports.pdf_action.isEnabled()  # one export at a time
    pdf = out.with_name("synthese.pdf")  # the suffix is added
    assert done.args == [str(pdf), len(PdfReader(pdf).pages)]
    assert asked[0].default.endswith("demo - synthèse.pdf")
    text = squash("".join(p.extract_text() for p in PdfReader(pdf).pages))
    assert squash(model.workshop.info.title) in text
    assert squash(TYPED) in text
    assert window.exports.pdf_action.isEnabled()
    assert "synthese.pdf" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.findChild(QProgressDialog) is None or
                    not window.findChild(QProgressDialog).isVisible())  # fmt: skip
    assert sorted(p.name for p in pdf.parent.iterdir()) == ["synthese.pdf"]


def test_cancel_leaves_no_file(dialogs, window, qtbot, slow_summary, tmp_path):
    out = tmp_path / "synthese.pdf"
    _save_as(dialogs, out)
    with qtbot.waitSignal(window.exports.exportEnded, timeout=10000):
        window.exports.pdf_action.trigger()
        dialog = window.findChild(QProgressDialog)
        button = dialog.findChild(QPushButton)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if ".pdf" in p.name]  # no temporary file either
    assert "annulé" in window.exports.last_message


def test_a_folder_that_vanished_gives_one_message_and_the_app_goes_on(
    dialogs, window, qtbot, monkeypatch, tmp_path
):
    _save_as(dialogs, tmp_path / "gone" / "synthese.pdf")
    with qtbot.waitSignal(window.exports.exportEnded, timeout=20000):
        window.exports.pdf_action.trigger()
    assert "n'a pas pu être écrite" in window.exports.last_message
    assert window.exports.pdf_action.isEnabled()
    assert not (tmp_path / "gone").exists()


def test_print_opens_a_temporary_pdf_in_the_viewer(window, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(
        export_actions.QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url))
    )
    with qtbot.waitSignal(window.exports.pdfWritten, timeout=20000):
        qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    path = opened[0].toLocalFile()
    assert path.endswith("demo.pdf")
    assert len(PdfReader(path).pages) > 3


def test_plan_csv_export_writes_the_plan_for_excel(dialogs, window, monkeypatch, tmp_path):
    out = tmp_path / "plan.csv"
    _save_as(dialogs, out)
    _entry(window, "Exporter le plan d'actions").trigger()
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    assert rows[0][:3] == ["Rang", "Priorité", "Action"]
    assert len(rows) == 1 + len(window.model.workshop.actions)


def test_markdown_export_writes_the_summary(dialogs, window, monkeypatch, tmp_path):
    out = tmp_path / "synthese.md"
    _save_as(dialogs, out)
    _entry(window, "Exporter la synthèse (Markdown)").trigger()
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Atelier symétrie des attentions")
    assert "### Priorité 1" in text


def test_actions_can_go_before_an_existing_entry(qtbot, demo_doc):
    win = QMainWindow()
    qtbot.addWidget(win)
    menu = win.menuBar().addMenu("Fichier")
    quit_action = menu.addAction("Quitter")
    install_export_actions(win, menu, WorkshopModel(demo_doc), before=quit_action)
    assert [a.text() for a in menu.actions()][-2:] == ["Imprimer…", "Quitter"]


def test_cancelling_the_file_dialog_writes_nothing(dialogs, window, monkeypatch, tmp_path):
    dialogs.expect("save", "").expect("save", "")
    assert window.exports.export_plan() is False
    assert window.exports.export_pdf() is False
    assert window.exports.job is None


# -- the workbook and the deck, off the UI thread -------------------------------------------


def test_the_workbook_is_written_off_the_ui_thread_from_the_workshop_as_it_was_clicked(
    dialogs, window, qtbot, monkeypatch, tmp_path
):
    """At 5,000 post-its the workbook takes seconds: the window (and the projector) keeps
    running meanwhile, and the file holds the workshop of the moment of the click."""
    import threading

    from openpyxl import load_workbook

    gate = threading.Event()
    threads: list[str] = []
    original = export_actions._write_xlsx

    def gated(workshop, path, lang, progress):
        threads.append(threading.current_thread().name)
        assert gate.wait(20), "the test never opened the gate"
        return original(workshop, path, lang, progress)

    monkeypatch.setattr(export_actions, "_write_xlsx", gated)
    model = window.model
    before = {c.text for c in model.workshop.cards.values()}
    out = tmp_path / "exports" / "classeur"
    out.parent.mkdir()
    _save_as(dialogs, out)
    with qtbot.waitSignal(window.exports.officeWritten, timeout=30000) as done:
        _entry(window, "Exporter l'atelier pour Excel").trigger()
        dialog = window.findChild(QProgressDialog)
        assert dialog is not None and dialog.isVisible()
        assert dialog.findChild(QPushButton) is None  # nothing to cancel: one library call
        assert (dialog.minimum(), dialog.maximum()) == (0, 0)  # busy, no false percentage
        assert not any(a.isEnabled() for a in window.exports.actions)  # one at a time
        # the room goes on while the file is written: this post-it is not in it
        lane = model.workshop.lane_of_kind(LaneKind.CUSTOMER)
        step = model.workshop.ordered_steps()[0]
        model.push(board_edits.add_card(model.workshop, lane.id, step.id, "irritant", TYPED))
        gate.set()
    path = out.with_name("classeur.xlsx")
    assert done.args == [str(path)]
    assert threads and threads[0] != threading.main_thread().name
    book = load_workbook(path)
    ws = book["Post-it"]
    header = [c.value for c in ws[1]]
    texts = {row[header.index("Texte")] for row in ws.iter_rows(min_row=2, values_only=True)}
    assert texts == before and TYPED not in texts
    assert all(a.isEnabled() for a in window.exports.actions)
    assert "classeur.xlsx" in window.statusBar().currentMessage()
    assert [p.name for p in out.parent.iterdir()] == ["classeur.xlsx"]  # no temporary file


def test_a_workbook_into_a_vanished_folder_gives_one_message_naming_it(
    dialogs, window, qtbot, tmp_path
):
    _save_as(dialogs, tmp_path / "gone" / "classeur.xlsx")
    with qtbot.waitSignal(window.exports.exportEnded, timeout=30000):
        window.exports.xlsx_action.trigger()
    assert window.exports.last_message.startswith("« classeur.xlsx » n'a pas pu être écrit")
    assert window.exports.xlsx_action.isEnabled() and window.exports.job is None
    assert not (tmp_path / "gone").exists()
