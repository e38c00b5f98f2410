"""The links of the board: their items hold no path (issue 11: building and stroking 800
paths was a quarter of opening 5,000 post-its), yet a person still finds them under the
mouse, reads their tooltip, and sees them drawn bold, moved or gone where they were."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from symetrie_desktop.commands import board as edits
from symetrie_desktop.ui.board.headers import LinkItem
from symetrie_desktop.ui.board.scene import BoardScene
from symetrie_desktop.ui.board.style import tr


def _track_middle(item: LinkItem) -> QPointF:
    line = item._track
    return QPointF(line.x1(), (line.y1() + line.y2()) / 2)


def _longest_link(view) -> LinkItem:
    """A link whose track runs far from both of its post-its (the middle of it is drawn
    only by the link, not by a post-it's repaint)."""
    return max(view.board.links.values(), key=lambda i: abs(i._track.dy()))


def _show(view, point: QPointF) -> None:
    view.centerOn(point)


def _rest_mouse(view, point) -> str:
    """What a person sees after resting the mouse at ``point`` of the board's viewport."""
    QToolTip.hideText()
    viewport = view.viewport()
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, point,
                                                viewport.mapToGlobal(point)))
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_a_link_is_found_under_the_mouse_on_its_line_only(window, view):
    item = _longest_link(view)
    middle = _track_middle(item)
    scene = view.board
    on = scene.items(middle, Qt.ItemSelectionMode.IntersectsItemShape)
    assert item in on
    # beside the line but inside its bounding box: not the link
    beside = scene.items(middle + QPointF(2.5, 0), Qt.ItemSelectionMode.IntersectsItemShape)
    assert item not in beside
    assert item.boundingRect().contains(middle + QPointF(2.5, 0))
    # its path is the drawn one: connector, track, connector (the track's x second)
    path = item.path()
    assert path.elementAt(1).x == item.track_x() == middle.x()


def test_resting_the_mouse_on_a_link_shows_its_tooltip(window, view, qtbot):
    item = _longest_link(view)
    middle = _track_middle(item)
    _show(view, middle)
    shown = _rest_mouse(view, view.mapFromScene(middle))
    assert shown == tr("Post-it liés (clic droit sur un post-it pour délier)")
    assert "délier" in shown


class _Painted:
    """The scene areas the view draws the links' layer for (BoardScene.drawForeground)."""

    def __init__(self) -> None:
        self.rects: list[QRectF] = []

    def covers(self, point: QPointF) -> bool:
        return any(r.contains(point) for r in self.rects)


@pytest.fixture(autouse=True)
def painted(monkeypatch) -> _Painted:
    """Spies on the links' layer before the window exists (PySide looks a Python override
    up once per object: a method replaced after the first paint would not be seen)."""
    seen = _Painted()
    original = BoardScene.drawForeground

    def spy(scene, painter, rect):
        seen.rects.append(QRectF(rect))
        return original(scene, painter, rect)

    monkeypatch.setattr(BoardScene, "drawForeground", spy)
    return seen


def test_selecting_a_linked_post_it_repaints_its_link_bold(painted, window, view, qtbot):
    item = _longest_link(view)
    middle = _track_middle(item)
    _show(view, middle)
    qtbot.wait(20)
    painted.rects.clear()
    card = view.board.cards[item.link.customer_card_id]
    assert not card.sceneBoundingRect().contains(middle)
    view.board.clearSelection()
    card.setSelected(True)
    assert item.highlighted and item.zValue() > 2
    qtbot.waitUntil(lambda: painted.covers(middle), timeout=3000)
    painted.rects.clear()
    view.board.clearSelection()
    assert not item.highlighted
    qtbot.waitUntil(lambda: painted.covers(middle), timeout=3000)


def test_a_link_whose_post_it_moves_is_drawn_again_where_it_was_and_where_it_goes(
        painted, window, view, qtbot, ui):
    model = window.model
    w = model.workshop
    item = _longest_link(view)
    link = item.link
    old_middle = _track_middle(item)
    _show(view, old_middle)
    qtbot.wait(20)
    painted.rects.clear()
    card = w.cards[link.customer_card_id]
    cell = view.board.layout.cells[(card.lane_id, card.step_id)]
    assert cell[-1] != card.id  # its link was the longest: it is not last in its cell
    assert model.try_push(edits.move_cards, [card.id], card.lane_id, card.step_id,
                          len(cell)) is not None
    assert ui.on_disk(window).cards[card.id].position > card.position
    moved = view.board.links[link]
    new_middle = _track_middle(moved)
    assert new_middle != old_middle
    qtbot.waitUntil(lambda: painted.covers(old_middle), timeout=3000)  # no stale line left
    view.centerOn(new_middle)
    qtbot.waitUntil(lambda: painted.covers(new_middle), timeout=3000)
