"""The pinned step and lane headers live in two strips beside the board's viewport (issue 11:
a pan no longer repaints the headers with everything under them). Every gesture on a
header works there as it did on the board, and a pan repaints only what it uncovers."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip

from symetrie_desktop.domain.model import LaneKind
from symetrie_desktop.ui.board import menus
from symetrie_desktop.ui.board.headers import LaneHeaderItem, StepHeaderItem


def _in(strip, item) -> QPoint:
    """The middle of a header item, in its strip's viewport."""
    return strip.mapFromScene(item.sceneBoundingRect().center())


def test_rename_reorder_and_add_steps_on_the_step_strip(ui, qtbot, window, view):
    steps, _ = view.header_strips()
    w = window.model.workshop
    first, second = ui.step_ids(w)[:2]
    qtbot.mouseDClick(steps.viewport(), Qt.MouseButton.LeftButton,
                      pos=_in(steps, view.board.step_headers[first]))
    view.editor.setText("Publicité")
    qtbot.keyClick(view.editor, Qt.Key.Key_Return)
    assert ui.on_disk(window).steps[first].name == "Publicité"
    header, next_one = view.board.step_headers[first], view.board.step_headers[second]
    end = steps.mapFromScene(QPointF(next_one.sceneBoundingRect().right() - 5,
                                     header.sceneBoundingRect().center().y()))
    ui.drag(steps.viewport(), _in(steps, header), end)
    assert ui.step_ids(ui.on_disk(window))[:2] == [second, first]
    assert view.current_step == first  # pressing a header makes its step the current one
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
    add = next(i for i in view.board._frame if getattr(i, "role", "") == "step")
    QTest.mouseClick(steps.viewport(), Qt.MouseButton.LeftButton, pos=_in(steps, add))
    view.editor.setText("Fidélité")
    qtbot.keyClick(view.editor, Qt.Key.Key_Return)
    assert ui.on_disk(window).ordered_steps()[-1].name == "Fidélité"


def test_reorder_lanes_and_open_their_menu_on_the_lane_strip(ui, window, view, monkeypatch):
    _, lanes = view.header_strips()
    w = window.model.workshop
    tools, actors = ui.lane_id(w, LaneKind.TOOLS), ui.lane_id(w, LaneKind.ACTORS)
    view.reveal(view.board.lane_headers[tools].sceneBoundingRect())
    header, target = view.board.lane_headers[tools], view.board.lane_headers[actors]
    top = target.sceneBoundingRect()
    ui.drag(lanes.viewport(), _in(lanes, header),
            lanes.mapFromScene(QPointF(top.center().x(), top.top() + 5)))
    order = [x.id for x in ui.on_disk(window).ordered_lanes()]
    assert order.index(tools) == order.index(actors) - 1
    asked = []
    monkeypatch.setattr(menus, "context_menu", lambda v, pos, item: asked.append(item))
    point = _in(lanes, view.board.lane_headers[actors])
    QApplication.sendEvent(lanes.viewport(), QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, lanes.viewport().mapToGlobal(point)))
    assert len(asked) == 1 and isinstance(asked[0], LaneHeaderItem)
    assert asked[0].lane.id == actors


def test_the_plus_under_the_lanes_adds_a_lane_named_at_once(ui, qtbot, window, view):
    # the "+" at the end of the lane strip: a click adds a custom lane at the bottom and
    # opens its name; a press dragged off the button and released elsewhere adds nothing
    _, lanes = view.header_strips()
    before = [lane.id for lane in ui.on_disk(window).ordered_lanes()]
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    add = next(i for i in view.board._frame if getattr(i, "role", "") == "lane")
    away = lanes.mapFromScene(view.board.lane_headers[before[0]].sceneBoundingRect().center())
    ui.drag(lanes.viewport(), _in(lanes, add), away)
    assert [lane.id for lane in ui.on_disk(window).ordered_lanes()] == before
    QTest.mouseClick(lanes.viewport(), Qt.MouseButton.LeftButton, pos=_in(lanes, add))
    view.editor.setText("Managers de proximité")
    qtbot.keyClick(view.editor, Qt.Key.Key_Return)
    lanes_on_disk = ui.on_disk(window).ordered_lanes()
    assert [lane.id for lane in lanes_on_disk][:-1] == before
    assert lanes_on_disk[-1].name == "Managers de proximité"
    assert lanes_on_disk[-1].kind == LaneKind.CUSTOM
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # name
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # lane
    assert [lane.id for lane in ui.on_disk(window).ordered_lanes()] == before


def test_a_step_header_on_the_strip_shows_its_name_as_a_tooltip(window, view):
    steps, _ = view.header_strips()
    step = window.model.workshop.ordered_steps()[0]
    header = view.board.step_headers[step.id]
    QToolTip.hideText()
    point = _in(steps, header)
    QApplication.sendEvent(steps.viewport(), QHelpEvent(QEvent.Type.ToolTip, point,
                                                        steps.viewport().mapToGlobal(point)))
    assert QToolTip.isVisible() and QToolTip.text() == step.name


def test_a_small_pan_repaints_thin_bands_and_no_header_on_the_board(ui, window, view,
                                                                   monkeypatch):
    view.set_zoom(1.0)
    h, v = view.horizontalScrollBar(), view.verticalScrollBar()
    h.setValue(h.maximum() // 3)
    v.setValue(v.maximum() // 3)
    QApplication.processEvents()
    view.viewport().repaint()
    painted, headers = ui.PaintedArea(), []
    view.viewport().installEventFilter(painted)
    for cls in (StepHeaderItem, LaneHeaderItem):
        real = cls.paint
        monkeypatch.setattr(cls, "paint", lambda item, p, o, w=None, real=real: (
            headers.append(w), real(item, p, o, w)))
    for dx, dy in ((40, 25), (-40, -25)):
        h.setValue(h.value() + dx)
        v.setValue(v.value() + dy)
        QApplication.processEvents()
    view.viewport().removeEventFilter(painted)
    whole = view.viewport().width() * view.viewport().height()
    assert painted.areas and max(painted.areas) < 0.15 * whole
    # headers are painted on their strips, if at all, never on the board's viewport
    assert view.viewport() not in headers
