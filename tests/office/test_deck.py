"""The steering-committee deck, opened with python-pptx: native tables and charts, nothing
running off its slide, long content continued on the next slide."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest
from pptx import Presentation
from pptx.enum.chart import XL_CHART_TYPE
from pptx.util import Emu

from symetrie_desktop.cli import main
from symetrie_desktop.domain.matrix import Quadrant, ordered_plan, pairs
from symetrie_desktop.store import write_new

PT = 12700  # EMU per point


def fits(text: str, width_emu: int, height_emu: int, size_pt: float, margins_pt=(7.2, 3.6)):
    """A conservative check of our own: every character as wide as half an em, lines of
    1.2 em, words not kept whole (so a long word costs no more than its letters)."""
    per_line = max(1, int((width_emu / PT - 2 * margins_pt[0]) / (size_pt * 0.5)))
    lines = sum(max(1, math.ceil(len(line) / per_line)) for line in text.split("\n"))
    return lines * size_pt * 1.2 + 2 * margins_pt[1] <= height_emu / PT + 0.5


def font_size(frame) -> float:
    sizes = [r.font.size.pt for p in frame.paragraphs for r in p.runs if r.font.size]
    return max(sizes, default=18.0)


def check_no_overflow(prs) -> None:
    W, H = prs.slide_width, prs.slide_height
    for n, slide in enumerate(prs.slides, 1):
        for shape in slide.shapes:
            assert shape.left >= 0 and shape.top >= 0, (n, shape.name)
            assert shape.left + shape.width <= W, (n, shape.name)
            if shape.has_table:
                rows = shape.table.rows
                assert shape.top + sum(r.height for r in rows) <= H, (n, "table runs off")
                cols = [c.width for c in shape.table.columns]
                for r, row in enumerate(rows):
                    for k, cell in enumerate(row.cells):
                        text = cell.text_frame.text
                        assert fits(text, cols[k], row.height, font_size(cell.text_frame)), (
                            n, r, k, text)
            elif shape.has_text_frame:
                assert shape.top + shape.height <= H, (n, shape.name)
                frame = shape.text_frame
                assert fits(frame.text, shape.width, shape.height, font_size(frame)), (
                    n, frame.text)
            else:
                assert shape.top + shape.height <= H, (n, shape.name)


def table_rows(prs, title_start: str) -> list[list[str]]:
    found = []
    for slide in prs.slides:
        titles = [s.text_frame.text for s in slide.shapes if s.has_text_frame]
        if titles and titles[0].startswith(title_start):
            table = next(s.table for s in slide.shapes if s.has_table)
            found += [[c.text_frame.text for c in row.cells] for row in list(table.rows)[1:]]
    return found


@pytest.fixture
def deck(tmp_path, demo, capsys):
    src = tmp_path / "demo.symetrie"
    write_new(src, demo)
    out = tmp_path / "comite.pptx"
    assert main(["export-pptx", str(src), "-o", str(out)]) == 0
    assert "slides" in capsys.readouterr().out
    return Presentation(out)


def test_the_demo_deck_has_native_tables_and_a_line_chart(deck, demo):
    assert (deck.slide_width, deck.slide_height) == (Emu(12192000), Emu(6858000))  # 16:9
    p1 = [p for p in pairs(demo) if p.quadrant == Quadrant.PRIORITY_1]
    rows = table_rows(deck, "Priorité 1")
    assert [(r[1], r[2]) for r in rows] == [(p.customer.text, p.employee.text) for p in p1]
    plan = table_rows(deck, "Plan d’actions")
    assert [r[2] for r in plan] == [a.title for a, _ in ordered_plan(demo)]
    charts = [s.chart for slide in deck.slides for s in slide.shapes if s.has_chart]
    assert len(charts) == 1 and charts[0].chart_type == XL_CHART_TYPE.LINE_MARKERS
    steps = [s.name for s in demo.ordered_steps()]
    assert list(charts[0].plots[0].categories) == steps
    assert len(charts[0].plots[0].series) == 2
    check_no_overflow(deck)


def test_long_content_continues_on_the_next_slide_and_nothing_overflows(tmp_path, demo):
    from symetrie_desktop.report.deck import write_deck

    actions = sorted(demo.actions.values(), key=lambda a: a.position)
    base = actions[0]
    for n in range(40):
        aid = 1000 + n
        demo.actions[aid] = replace(base, id=aid, position=aid,
                                    title=f"Action {n} " + "très longue " * (n % 9) + "x" * 60)
    card = next(iter(demo.cards.values()))
    demo.cards[card.id] = replace(card, text="Un texte sans fin. " * 600)
    out = tmp_path / "long.pptx"
    slides = write_deck(demo, out, "en")
    prs = Presentation(out)
    assert slides == len(prs.slides)
    plan = table_rows(prs, "Action plan")
    assert len(plan) == len(demo.actions)
    continued = [s for s in prs.slides
                 if s.shapes[0].text_frame.text.startswith("Action plan (")]
    assert len(continued) >= 2
    check_no_overflow(prs)


def test_file_menu_writes_the_deck_of_the_open_workshop(dialogs, qtbot, demo_doc,
                                                      tmp_path):
    from PySide6.QtWidgets import QMainWindow

    from symetrie_desktop.ui.export_actions import install_export_actions
    from symetrie_desktop.ui.model import WorkshopModel

    model = WorkshopModel(demo_doc)
    win = QMainWindow()
    qtbot.addWidget(win)
    menu = win.menuBar().addMenu("Fichier")
    actions = install_export_actions(win, menu, lambda: model)
    dialogs.expect("save", str(tmp_path / "comité"))
    with qtbot.waitSignal(actions.officeWritten, timeout=30000):  # written off the UI thread
        next(a for a in menu.actions() if "PowerPoint" in a.text()).trigger()
    assert dialogs.asked[0].default.endswith("demo - comité.pptx")
    prs = Presentation(tmp_path / "comité.pptx")
    plan = table_rows(prs, "Plan d’actions")
    assert [r[2] for r in plan] == [a.title for a, _ in ordered_plan(model.workshop)]


def test_the_self_diagnosis_radar_has_its_slide_when_there_are_answers(tmp_path, demo):
    from symetrie_desktop.domain.diagnosis import (
        DIMENSIONS,
        DiagnosisResponse,
        Statement,
    )
    from symetrie_desktop.report.deck import write_deck

    for n, dimension in enumerate(DIMENSIONS, 1):
        demo.statements[n] = Statement(n, dimension, f"Affirmation {n}", 0)
    demo.responses[1] = DiagnosisResponse(1, tuple((n, 1 + n % 4) for n in range(1, 6)))
    demo.responses[2] = DiagnosisResponse(2, tuple((n, 4) for n in range(1, 6)))
    out = tmp_path / "radar.pptx"
    write_deck(demo, out)
    prs = Presentation(out)
    charts = [s.chart for slide in prs.slides for s in slide.shapes if s.has_chart]
    radar = [c for c in charts if c.chart_type == XL_CHART_TYPE.RADAR_MARKERS]
    assert len(radar) == 1
    assert list(radar[0].plots[0].categories) == ["Sens", "Épanouissement", "Connexions",
                                                  "Image", "Écosystème"]
    # Sens: answers 2 and 4 -> mean 3 -> two thirds of the way from 1 to 4
    assert radar[0].plots[0].series[0].values[0] == 67
    check_no_overflow(prs)
