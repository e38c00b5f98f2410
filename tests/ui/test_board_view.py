"""Looking around the board: zoom, pan, rubber-band selection, sticky headers."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from symetrie_desktop.domain.model import LaneKind


def _wheel(view, steps: int, modifiers) -> None:
    pos = QPointF(view.viewport().rect().center())
    event = QWheelEvent(pos, view.viewport().mapToGlobal(pos), QPoint(), QPoint(0, 120 * steps),
                        Qt.MouseButton.NoButton, modifiers, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), event)


def test_zoom_with_ctrl_wheel_and_the_view_menu(window, view):
    view.set_zoom(1.0)
    _wheel(view, 2, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() > 1.2
    _wheel(view, -4, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() < 1.0
    actions = {a.text(): a for a in window.view_menu.actions()}
    actions["Tout le tableau"].trigger()
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(view.board.sceneRect().adjusted(2, 2, -2, -2))
    actions["Taille réelle"].trigger()
    assert view.zoom() == 1.0
    for _ in range(40):
        actions["Zoom arrière"].trigger()
    assert view.zoom() >= 0.04  # never so small the board disappears


def test_drag_on_empty_space_pans_and_headers_stay_in_sight(ui, window, view):
    view.set_zoom(1.6)
    h, v = view.horizontalScrollBar(), view.verticalScrollBar()
    h.setValue(h.maximum() // 2)
    v.setValue(v.maximum() // 2)
    w = window.model.workshop
    lane = w.lane_of_kind(LaneKind.ACTORS).id
    # an empty cell of the actors lane: step 2 has no actors note in the demo
    step = next(s.id for s in w.ordered_steps() if not w.cell(lane, s.id))
    point = view.cell_point(lane, step)
    start = (h.value(), v.value())
    ui.drag(view.viewport(), point, point - QPoint(100, 60))
    assert (h.value(), v.value()) == (start[0] + 100, start[1] + 60)
    top = view.mapToScene(0, 0)
    header = next(iter(view.board.step_headers.values()))
    assert header.y() >= top.y()  # pinned under the top edge
    lane_header = next(iter(view.board.lane_headers.values()))
    assert lane_header.x() >= top.x()


def test_shift_drag_selects_with_a_rubber_band(ui, window, view):
    w = window.model.workshop
    customer = ui.lane_id(w, LaneKind.CUSTOMER)
    first = ui.step_ids(w)[0]
    cell = w.cell(customer, first)
    view.set_zoom(0.55)
    view.home()
    view.set_zoom(0.55)
    a = view.board.cards[cell[0].id].sceneBoundingRect()
    b = view.board.cards[cell[1].id].sceneBoundingRect()
    start = view.mapFromScene(a.left() - 8, a.top() - 6)
    end = view.mapFromScene(b.right() - 20, b.bottom() - 10)
    ui.drag(view.viewport(), start, end, modifiers=Qt.KeyboardModifier.ShiftModifier)
    assert sorted(view.selected_card_ids()) == sorted([cell[0].id, cell[1].id])
