"""Looking around the board: zoom, pan, rubber-band selection, sticky headers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
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
    # the whole board, its headers (in their strips beside the viewport) included
    board = view.board.sceneRect()
    assert view.visible_area().contains(QRectF(0, 0, board.right(), board.bottom()))
    assert view.horizontalScrollBar().maximum() == view.verticalScrollBar().maximum() == 0
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
    # the headers are in two strips beside the viewport, each showing the same columns or
    # rows as the board right next to it
    steps, lanes = view.header_strips()
    top_left = view.mapToScene(0, 0)
    assert steps.mapToScene(0, 0).x() == pytest.approx(top_left.x(), abs=1)
    assert lanes.mapToScene(0, 0).y() == pytest.approx(top_left.y(), abs=1)
    assert steps.geometry().bottom() < view.viewport().geometry().top()
    assert lanes.geometry().right() < view.viewport().geometry().left()
    column = view.board.layout.step_at(top_left.x() + 300)
    header = view.board.step_headers[column.id]
    assert header in steps.items(steps.mapFromScene(header.sceneBoundingRect().center()))
    lane = view.board.layout.lane_at(lanes.mapToScene(QPoint(20, 200)).y())
    assert view.board.lane_headers[lane.id] in lanes.items(QPoint(20, 200))


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


def test_an_opened_board_is_first_painted_at_its_home_zoom(qtbot, demo_file, monkeypatch):
    """The board opens on its home view (the whole width while it stays readable) from its
    very first paint: a home set after that paint drew the board twice, at two zooms."""
    from PySide6.QtCore import QEvent

    from symetrie_desktop.ui.board.view import BoardView
    from symetrie_desktop.ui.main_window import MainWindow

    painted = []
    paint = BoardView.viewportEvent

    def viewport_event(self, event):
        if event.type() == QEvent.Type.Paint:
            painted.append(round(self.zoom(), 4))
        return paint(self, event)

    monkeypatch.setattr(BoardView, "viewportEvent", viewport_event)
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1600, 1000)
    win.show()
    QApplication.processEvents()
    assert win.open_file(demo_file)
    QApplication.processEvents()  # the first paint, as at a start or an opening
    qtbot.waitUntil(lambda: bool(painted), timeout=5000)
    home = round(win.view.zoom(), 4)
    assert home < 1.0  # the demo board is wider than the view: the readable 0.75
    assert painted[0] == home
    win.close()
