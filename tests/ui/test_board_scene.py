"""The board's layout and scene without a window: order of rows, geometry, incremental redraw,
and the PNG export."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QGraphicsTextItem

from symetrie_desktop.commands import board as edits
from symetrie_desktop.domain.model import LaneKind
from symetrie_desktop.ui.board.card_item import CardItem, is_rtl, wrap_lines
from symetrie_desktop.ui.board.layout import BoardLayout, display_lanes
from symetrie_desktop.ui.board.picture import write_board_png
from symetrie_desktop.ui.board.scene import BoardScene
from symetrie_desktop.ui.board.style import CARD_H, CARD_W, CELL_PAD


def test_customer_lane_is_drawn_right_above_the_employee_lane(demo):
    # even when the file orders them apart, the board shows them together on top
    employee = demo.lane_of_kind(LaneKind.EMPLOYEE)
    demo.lanes[employee.id] = replace(employee, position=99)
    kinds = [lane.kind for lane in display_lanes(demo)]
    assert kinds[:2] == [LaneKind.CUSTOMER, LaneKind.EMPLOYEE]
    assert sorted(kinds[2:]) == sorted(k for k in kinds if not k.is_experience)


def test_layout_places_cards_in_their_cell_and_rows_grow_with_them(demo):
    lay = BoardLayout.of(demo)
    for card in demo.cards.values():
        x, y, w, h = lay.cell_rect(card.lane_id, card.step_id)
        cx, cy = lay.card_pos[card.id]
        assert x <= cx and cx + CARD_W <= x + w and y <= cy and cy + CARD_H <= y + h
        assert lay.cell_at(cx + 5, cy + 5) == (card.lane_id, card.step_id)
    customer = demo.lane_of_kind(LaneKind.CUSTOMER).id
    tallest = max(len(c) for (lane, _), c in demo.cells().items() if lane == customer)
    assert lay.row_h[customer] >= tallest * CARD_H


def test_scene_updates_only_what_an_edit_touched(qapp, demo_doc):
    scene = BoardScene(demo_doc.workshop)
    w = demo_doc.workshop
    items = dict(scene.cards)
    card = next(iter(w.cards.values()))
    change = edits.update_card(w, card.id, text="Texte changé").redo(demo_doc)
    scene.apply(w, change)
    assert all(scene.cards[cid] is item for cid, item in items.items())
    assert scene.cards[card.id].card.text == "Texte changé"
    step = w.ordered_steps()[0].id
    lane = w.lane_of_kind(LaneKind.EMPLOYEE).id
    edit = edits.add_card(w, lane, step, "irritant", "Nouveau")
    scene.apply(w, edit.redo(demo_doc))
    assert scene.cards[edit.created].pos().toTuple() == scene.layout.card_pos[edit.created]
    scene.apply(w, edit.undo(demo_doc))
    assert edit.created not in scene.cards
    assert not [i for i in scene.items() if isinstance(i, QGraphicsTextItem)]


def test_long_text_is_cut_with_an_ellipsis_and_rtl_is_detected(qapp):
    from PySide6.QtGui import QFont

    font = QFont()
    font.setPixelSize(13)
    lines = wrap_lines("mot " * 3000, font, 160, 4)
    assert len(lines) == 4 and lines[-1].endswith("…")
    assert wrap_lines("Court", font, 160, 4) == ["Court"]
    assert wrap_lines("Deux\nlignes", font, 160, 4) == ["Deux", "lignes"]
    assert is_rtl("التوصيل متأخر") and not is_rtl("Livraison 📦")


def test_board_png_is_written_whole_and_draws_every_level_of_detail(qapp, demo, tmp_path):
    path = write_board_png(demo, tmp_path / "tableau.png", width=1600)
    image = QImage(str(path))
    assert image.width() == 1600 and 800 < image.height() < 4000
    assert not list(tmp_path.glob(".*tmp"))
    # readable: post-its in their own fill colour, with dark text on them
    big = _colours(image)
    assert big[_rgb(IRRITANT_FILL)] > 1000 and big[_rgb(ENCHANTMENT_FILL)] > 1000
    assert sum(n for rgb, n in big.items() if max(QColor(rgb).getRgb()[:3]) < 90) > 500
    assert big[_rgb(IRRITANT_FILL, flat=True)] == 0
    # tiny: each post-it becomes a plain coloured block, still a picture of the board
    small = QImage(str(write_board_png(demo, tmp_path / "mini.png", width=300)))
    assert small.width() == 300
    tiny = _colours(small, step=1)
    assert tiny[_rgb(IRRITANT_FILL, flat=True)] > 200
    assert tiny[_rgb(ENCHANTMENT_FILL, flat=True)] > 100
    assert tiny[_rgb(IRRITANT_FILL)] == 0  # no rounded post-it drawn at that size
    assert isinstance(next(iter(BoardScene(demo).cards.values())), CardItem)


IRRITANT_FILL, ENCHANTMENT_FILL = "#f9c4b8", "#c5e8bc"  # the post-its' colours (style.py)


def _rgb(colour: str, flat: bool = False) -> int:
    """The pixel value of a post-it's fill, or of its block when zoomed far out (darker)."""
    c = QColor(colour).darker(115) if flat else QColor(colour)
    return c.rgb() & 0xFFFFFF


def _colours(image: QImage, step: int = 3) -> Counter:
    """How many sampled pixels have each colour (one in ``step`` along both axes)."""
    counts: Counter = Counter()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            counts[image.pixel(x, y) & 0xFFFFFF] += 1
    return counts


def test_layout_stacks_each_cell_by_position_then_id(demo):
    """A cell reads top to bottom in the post-its' order (position, then id), whatever the
    order they were made in."""
    cards = list(demo.cards.values())
    for n, card in enumerate(cards):  # positions against the ids' order, some shared
        demo.cards[card.id] = replace(card, position=(len(cards) - n) // 2)
    lay = BoardLayout.of(demo)
    for key, cell in demo.cells().items():
        assert lay.cells[key] == [c.id for c in cell]
        tops = [lay.card_pos[c.id][1] for c in cell]
        assert tops == sorted(set(tops))  # one below the other, in that order
        assert {lay.card_pos[c.id][0] for c in cell} == {lay.cell_rect(*key)[0] + CELL_PAD}
