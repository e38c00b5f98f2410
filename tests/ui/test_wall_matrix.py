"""The matrix on the wall reads whole: after the overview, every pair of every quadrant at
body size, a sheet at a time (Page Down, a click), on the projector and the audience
window together, at 1920×1080 and 1280×720."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from symetrie_desktop.commands import Document
from symetrie_desktop.domain.matrix import pairs_by_quadrant
from symetrie_desktop.exchange.demo import demo_workshop, generated_workshop
from symetrie_desktop.exchange.workshop_json import from_exchange
from symetrie_desktop.ui.wall.base import BODY_PX, HEADING_PX, SMALL_PX, TITLE_PX


def sheets_seen(qtbot, data: dict, tmp_path: Path, size: tuple[int, int]):
    """Every sheet of the matrix page of an audience window at ``size``: the texts drawn
    and the sizes used, stepping as the facilitator does."""
    from symetrie_desktop.ui.agenda_clock import AgendaClock
    from symetrie_desktop.ui.audience import AudienceWindow
    from symetrie_desktop.ui.model import WorkshopModel

    doc = Document.create(tmp_path / f"matrice-{size[0]}.symetrie", from_exchange(data))
    model = WorkshopModel(doc)
    clock = AgendaClock(model, parent=model)
    audience = AudienceWindow(model, clock)
    qtbot.addWidget(audience)
    audience.resize(*size)
    audience.show()
    qtbot.waitExposed(audience)
    try:
        audience.show_wall("matrice")
        page = audience.wall.currentWidget()
        page.grab()
        texts, smallest, sizes = [], [], set()
        for n in range(page.sheet_count()):
            assert page.sheet == n
            page.grab()
            assert page.drawn.cut == [], page.drawn.cut[:1]
            texts.extend(page.drawn.texts)
            smallest.append(page.smallest_text_px())
            sizes.update(round(s / page.scale()) for s in page.drawn.sizes)
            audience.wall.step(1)
        audience.wall.step(1)  # past the last sheet: it stays there
        assert page.sheet == page.sheet_count() - 1
        return model.workshop, texts, smallest, sizes, page.sheet_count()
    finally:
        clock.stop()
        audience.close()
        model.close()


@pytest.mark.parametrize("which", ["demo", "ten_steps"])
@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720)])
def test_every_pair_of_every_quadrant_is_read_whole_at_body_size(qtbot, tmp_path, which, size):
    data = demo_workshop() if which == "demo" else generated_workshop(steps=10, cards=600,
                                                                      seed=2)
    workshop, texts, smallest, sizes, count = sheets_seen(qtbot, data, tmp_path, size)
    pairs = [p for found in pairs_by_quadrant(workshop).values() for p in found]
    assert len(pairs) >= 16 and count >= 5  # the overview and at least a sheet a quadrant
    for pair in pairs:
        assert f"Client : {pair.customer.text}" in texts
        assert f"Collab. : {pair.employee.text}" in texts
    assert min(smallest) >= SMALL_PX  # at 1920×1080, or what 1280×720 scales down alike
    assert BODY_PX in sizes and HEADING_PX in sizes and TITLE_PX in sizes  # headings larger


def test_page_down_and_a_click_step_the_matrix_on_both_screens(qtbot, window):
    window.open_audience(None)
    qtbot.addWidget(window.audience)
    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    window.clock.go_to(3)  # « Matrice croisée »
    wall, audience = window.wall, window.audience.wall
    assert wall.key == "matrice" and audience.key == "matrice"
    for page in (wall.currentWidget(), audience.currentWidget()):
        page.grab()
    qtbot.keyClick(wall, Qt.Key.Key_PageDown)
    assert wall.currentWidget().sheet == 1 and audience.currentWidget().sheet == 1
    wall.currentWidget().grab()
    assert wall.currentWidget().drawn.texts[0].startswith("Matrice croisée — Priorité 1")
    qtbot.mouseClick(wall, Qt.MouseButton.LeftButton, pos=QPoint(400, 400))
    assert wall.currentWidget().sheet == 2 and audience.currentWidget().sheet == 2
    qtbot.keyClick(wall, Qt.Key.Key_PageUp)
    assert wall.currentWidget().sheet == 1
    qtbot.keyClick(wall, Qt.Key.Key_F8)  # the next phase, and back: from the overview
    qtbot.keyClick(wall, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert wall.key == "matrice" and wall.currentWidget().sheet == 0
    assert window.capture.line.text() == ""  # no key became a post-it
    qtbot.keyClick(wall, Qt.Key.Key_Escape)
