"""At 5,000 post-its an edit touches only the items of the cells it changed (issue 11).

Items touched are counted by wrapping the methods the scene calls to change an item:
``CardItem.set_card`` (content), ``CardItem.setPos`` (place), ``LinkItem.set_route`` (route),
and ``CardItem.paint`` (what Qt repaints afterwards). No timing is asserted.
"""

from __future__ import annotations

from collections import defaultdict

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsItem

from symetrie_desktop.bench.workload import workload
from symetrie_desktop.commands import Document
from symetrie_desktop.commands import board as edits
from symetrie_desktop.domain.model import LaneKind
from symetrie_desktop.exchange.workshop_json import from_exchange
from symetrie_desktop.ui.board.card_item import CardItem
from symetrie_desktop.ui.board.headers import LinkItem
from symetrie_desktop.ui.board.layout import BoardLayout
from symetrie_desktop.ui.board.view import BoardView
from symetrie_desktop.ui.model import WorkshopModel


@pytest.fixture
def touched(monkeypatch):
    """What each wrapped method was called on since the last ``clear()``."""
    seen: dict[str, list] = defaultdict(list)

    def spy(cls, name, who):
        original = getattr(cls, name)

        def wrapper(self, *args, **kwargs):
            seen[name].append(who(self))
            return original(self, *args, **kwargs)

        monkeypatch.setattr(cls, name, wrapper)

    spy(CardItem, "set_card", lambda item: item.card_id)
    spy(CardItem, "setPos", lambda item: item.card_id)
    spy(CardItem, "paint", lambda item: item.card_id)
    spy(LinkItem, "set_route", lambda item: item.link)
    refresh = BoardLayout.refresh

    def cells_laid_out(layout, workshop, keys, card_ids):
        seen["refresh"].append(set(keys))  # the cells listed and sorted again
        return refresh(layout, workshop, keys, card_ids)

    monkeypatch.setattr(BoardLayout, "refresh", cells_laid_out)
    return seen


def _cell_ids(w, lane_id, step_id):
    return {c.id for c in w.cards.values() if (c.lane_id, c.step_id) == (lane_id, step_id)}


def test_one_post_it_edit_on_5000_touches_only_its_cell(qtbot, tmp_path, touched):
    doc = Document.create(tmp_path / "grand.symetrie", from_exchange(workload(5000)))
    model = WorkshopModel(doc)
    view = BoardView(model)
    qtbot.addWidget(view)
    view.resize(1600, 950)
    view.show()
    qtbot.waitExposed(view)
    view.set_zoom(1.0)
    view.horizontalScrollBar().setValue(0)
    view.verticalScrollBar().setValue(0)
    qtbot.wait(50)
    w = model.workshop
    assert len(w.cards) == 5000
    customer = w.lane_of_kind(LaneKind.CUSTOMER).id
    steps = [s.id for s in w.ordered_steps()]
    board = view.board

    # 1. the text of one post-it in view: that item only, nothing moves, no link re-routed
    first = board.layout.cells[(customer, steps[0])][0]
    touched.clear()
    model.try_push(edits.update_card, first, text="R&D <b>changé</b>")
    qtbot.wait(50)
    assert touched["set_card"] == [first]
    assert touched["setPos"] == [] and touched["set_route"] == []
    assert touched["refresh"] == [set()]  # its cell is not even listed and sorted again
    painted = set(touched["paint"])
    assert first in painted  # it was repainted…
    assert painted <= _cell_ids(w, customer, steps[0])  # …and nothing beyond its cell

    # 2. a move between two cells of a row that keeps its height: only those two cells
    counts = {s: len(board.layout.cells.get((customer, s), [])) for s in steps}
    tallest = max(counts.values())
    source, target = [s for s in steps if counts[s] < tallest - 1][:2]
    moving = board.layout.cells[(customer, source)][0]
    cells = _cell_ids(w, customer, source) | _cell_ids(w, customer, target)
    links_before = {x for x in w.links if {x.customer_card_id, x.employee_card_id} & cells}
    touched.clear()
    model.try_push(edits.move_cards, [moving], customer, target, 0)
    qtbot.wait(50)
    assert touched["set_card"] and set(touched["set_card"]) <= cells
    assert touched["refresh"] == [{(customer, source), (customer, target)}]
    assert touched["setPos"] and set(touched["setPos"]) <= cells
    assert set(touched["set_route"]) <= links_before
    assert len(touched["setPos"]) <= len(cells) < 1000

    # 3. a post-it added to the fullest cell: its row grows, so the rows below move too,
    # but no other cell of its own row
    fullest = max(steps, key=lambda s: counts[s] if s not in (source, target) else -1)
    rows = [lane.id for lane in board.layout.lanes]
    below = {c.id for c in w.cards.values() if rows.index(c.lane_id) > rows.index(customer)}
    same_row_elsewhere = {c.id for c in w.cards.values()
                          if c.lane_id == customer and c.step_id != fullest}
    touched.clear()
    model.try_push(edits.add_card, customer, fullest, "irritant", "Une de plus & <")
    qtbot.wait(50)
    moved = set(touched["setPos"])
    assert moved and not moved & same_row_elsewhere
    assert moved <= below | _cell_ids(w, customer, fullest)

    # and after all this the board is exactly where a full layout puts it
    fresh = BoardLayout.of(w)
    assert {cid: (i.x(), i.y()) for cid, i in board.cards.items()} == fresh.card_pos
    assert fresh.row_h == board.layout.row_h and fresh.cells == board.layout.cells
    assert set(board.links) == w.links
    view.close()
    model.close()


def test_the_smallest_zoom_shows_the_whole_of_a_tall_board(qtbot, tmp_path):
    # two steps of 1,500 post-its: a customer cell holds some 300, far taller than 25 screens
    doc = Document.create(tmp_path / "haut.symetrie", from_exchange(workload(1500, steps=2)))
    model = WorkshopModel(doc)
    view = BoardView(model)
    qtbot.addWidget(view)
    view.resize(1600, 950)
    view.show()
    qtbot.waitExposed(view)
    lay = view.board.layout
    scene = QRectF(0, 0, lay.width, lay.height)  # the board, without the blank margin
    assert scene.height() * 0.04 > view.viewport().height()  # the old floor could not fit it
    view.set_zoom(0.0)  # as far out as the view goes (Ctrl+- held down)
    assert view.visible_area().contains(scene)
    # zoomed out, one block per cell is drawn in the background: no post-it or link paints
    # itself (they stay, to be clicked), yet the board is not blank where post-its are
    board = view.board
    no_contents = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
    assert board.overview
    assert all(i.flags() & no_contents for i in [*board.cards.values(), *board.links.values()])
    image = view.viewport().grab().toImage()
    first = next(iter(board.cards.values()))
    centre = view.mapFromScene(first.sceneBoundingRect().center())
    assert image.pixelColor(centre).name() != "#ffffff"
    view.zoom_in()
    view.fit_board()  # Ctrl+0
    assert view.visible_area().contains(scene)
    view.set_zoom(0.9)  # zoomed in again, the post-its paint themselves
    assert not board.overview
    assert not any(i.flags() & no_contents for i in board.cards.values())
    view.close()
    model.close()
