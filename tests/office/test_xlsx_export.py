"""The Excel export, read back with openpyxl as a facilitator's spreadsheet would show it."""

from __future__ import annotations

from datetime import datetime

import pytest
from openpyxl import load_workbook

from symetrie_desktop.cli import main
from symetrie_desktop.domain.matrix import ordered_plan, pairs
from symetrie_desktop.exchange.xlsx_export import write_xlsx
from symetrie_desktop.report.labels import Labels
from symetrie_desktop.store import load_file, write_new


def rows(ws) -> list[dict]:
    values = list(ws.iter_rows(values_only=True))
    return [dict(zip(values[0], r, strict=False)) for r in values[1:]]


def shown_width(value) -> int:
    """What a cell shows on its first line: a date shows as DD/MM/YYYY."""
    if isinstance(value, datetime):
        return 10
    return len(str(value or "").split("\n")[0])


@pytest.fixture
def demo_file(tmp_path, demo):
    path = tmp_path / "demo.symetrie"
    write_new(path, demo)
    return path


def test_export_xlsx_of_the_demo_holds_post_its_pairs_and_plan(tmp_path, demo_file, capsys):
    out = tmp_path / "atelier.xlsx"
    assert main(["export-xlsx", str(demo_file), "-o", str(out)]) == 0
    assert "post-its" in capsys.readouterr().out
    w = load_file(demo_file)
    book = load_workbook(out)
    assert book.sheetnames == ["Atelier", "Participants", "Étapes", "Couloirs", "Post-it",
                               "Paires", "Idées", "Votes", "Plan d'actions"]
    cards = rows(book["Post-it"])
    assert sorted(r["Texte"] for r in cards) == sorted(c.text for c in w.cards.values())
    # every pair under its quadrant, quadrants in priority order
    lb = Labels("fr")
    expected = [(lb.quadrant(p.quadrant), p.customer.text, p.employee.text) for p in pairs(w)]
    got = [(r["Quadrant"], r["Vécu client"], r["Vécu collaborateur"])
           for r in rows(book["Paires"])]
    assert got == expected and len(got) >= 4
    assert [q for q, *_ in got] == sorted((q for q, *_ in got),
                                          key=lambda q: [x for x, *_ in expected].index(q))
    plan = rows(book["Plan d'actions"])
    assert [r["Action"] for r in plan] == [a.title for a, _ in ordered_plan(w)]
    assert [r["Rang"] for r in plan] == list(range(1, len(plan) + 1))
    dated = [r for r in plan if r["Échéance"] is not None]
    assert dated and all(isinstance(r["Échéance"], datetime) for r in dated)
    ideas = rows(book["Idées"])
    assert [r["Votes"] for r in ideas] == sorted((r["Votes"] for r in ideas), reverse=True)
    assert sum(r["Votes"] for r in ideas) > 0


def test_every_sheet_has_a_frozen_filterable_header_and_fitting_widths(tmp_path, demo):
    out = tmp_path / "a.xlsx"
    write_xlsx(demo, out)
    book = load_workbook(out)
    for ws in book.worksheets:
        assert ws.freeze_panes == "A2", ws.title
        headers = [c.value for c in ws[1]]
        for k, header in enumerate(headers, 1):
            letter = ws.cell(row=1, column=k).column_letter
            width = ws.column_dimensions[letter].width
            assert width >= len(header), (ws.title, header)
            longest = max(shown_width(c.value) for c in ws[letter])
            assert width >= min(longest, 30), (ws.title, header)  # longer texts wrap
        if ws.title != "Atelier":
            assert ws.auto_filter.ref.startswith("A1:"), ws.title
    assert isinstance(book["Atelier"]["B4"].value, datetime)  # the workshop's date


def test_english_headers_and_formula_like_text_stays_text(tmp_path, demo):
    card = next(iter(demo.cards.values()))
    from dataclasses import replace

    demo.cards[card.id] = replace(card, text="=1+1 et -2")
    out = tmp_path / "a.xlsx"
    write_xlsx(demo, out, "en")
    book = load_workbook(out)
    assert book.sheetnames[-1] == "Action plan"
    texts = [r["Text"] for r in rows(book["Post-its"])]
    assert "=1+1 et -2" in texts
    cell = next(c for c in book["Post-its"]["F"] if c.value == "=1+1 et -2")
    assert cell.data_type == "s"
    assert [c.value for c in book["Action plan"][1]][:4] == ["Rank", "Ref.", "Priority",
                                                            "Action"]


def test_file_menu_exports_the_workbook_of_the_open_workshop(dialogs, qtbot, demo_doc,
                                                             tmp_path):
    from PySide6.QtWidgets import QMainWindow

    from symetrie_desktop.ui.export_actions import install_export_actions
    from symetrie_desktop.ui.model import WorkshopModel

    model = WorkshopModel(demo_doc)
    win = QMainWindow()
    qtbot.addWidget(win)
    menu = win.menuBar().addMenu("Fichier")
    actions = install_export_actions(win, menu, lambda: model)
    dialogs.expect("save", str(tmp_path / "pour excel"))
    entry = next(a for a in menu.actions() if "Excel" in a.text())
    with qtbot.waitSignal(actions.officeWritten, timeout=30000):  # written off the UI thread
        entry.trigger()
    assert dialogs.asked[0].default.endswith("demo.xlsx")
    book = load_workbook(tmp_path / "pour excel.xlsx")
    texts = {r["Texte"] for r in rows(book["Post-it"])}
    assert texts == {c.text for c in model.workshop.cards.values()}
    assert "pour excel.xlsx" in win.statusBar().currentMessage()


def test_the_window_loads_neither_openpyxl_nor_pptx_until_an_export():
    import subprocess
    import sys

    code = ("import sys; import symetrie_desktop.ui.main_window, symetrie_desktop.cli; "
            "print('openpyxl' in sys.modules or 'pptx' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60, env={"QT_QPA_PLATFORM": "offscreen",
                                                      **__import__("os").environ}).stdout
    assert out.strip().endswith("False")
