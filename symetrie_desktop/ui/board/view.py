"""The board view: zoom, pan, selection, and every gesture that edits the board.

Gestures become edits pushed on the model (one edit per gesture, so one Ctrl+Z
undoes one drag); the scene redraws itself when the model says what changed.

Mouse: drag a post-it to move it (the whole selection goes along), drag the round
handle of a selected customer or employee post-it onto its partner to link them,
drag empty space to pan, Shift+drag (or Ctrl+drag) to select with a rubber band,
Ctrl+wheel to zoom; double-click a cell to add a post-it, a post-it to edit it, a
header to rename it; drag a step or lane header to reorder.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLineF, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QContextMenuEvent, QKeyEvent, QPainter, QPen, QTransform
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsLineItem,
    QGraphicsView,
)

from ...commands import board as edits
from ...domain.model import CardKind, LaneKind
from ...domain.rules import Reason
from ..model import WorkshopModel
from . import navigation, style
from .ahead import DrawAhead
from .card_item import CardItem
from .editing import EditingMixin
from .headers import AddItem, LaneHeaderItem, StepHeaderItem
from .scene import OVERVIEW_ZOOM, BoardScene
from .scrollbar import LeanScrollBar
from .strips import Corner, HeaderStrip
from .style import CARD_W, COLUMN_W, LANE_HEADER_W, PHASE_H, TOP

MIN_ZOOM, MAX_ZOOM = 0.04, 3.0
_SMOOTH = QPainter.RenderHint.Antialiasing
_ARROWS = {Qt.Key.Key_Up: navigation.UP, Qt.Key.Key_Down: navigation.DOWN,
           Qt.Key.Key_Left: navigation.LEFT, Qt.Key.Key_Right: navigation.RIGHT}


def tr(text: str) -> str:
    return QCoreApplication.translate("BoardView", text)


class BoardView(EditingMixin, QGraphicsView):
    #: The step the facilitator works on (the capture bar adds cards there).
    currentStepChanged = Signal(object)
    zoomChanged = Signal(float)
    #: Text typed while the board has the focus (sent on to the quick capture bar).
    typed = Signal(str)

    def __init__(self, model: WorkshopModel, parent=None) -> None:
        super().__init__(parent)
        self.model = model
        self.board = BoardScene(model.workshop, self)
        self.setScene(self.board)
        self.setObjectName("boardView")
        self.setOptimizationFlags(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        # the background is cached only zoomed out (see _set_overview)
        self.setHorizontalScrollBar(LeanScrollBar(Qt.Orientation.Horizontal))
        self.setVerticalScrollBar(LeanScrollBar(Qt.Orientation.Vertical))
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.new_card_kind = CardKind.IRRITANT
        self._mode: str | None = None
        self._press_view = QPoint()
        self._press_scene = QPointF()
        self._press_item = None
        self._dragging = False
        self._drag_origin: dict[CardItem, QPointF] = {}
        self._guide: QGraphicsLineItem | None = None
        self.editor = None
        #: Handlers for modified keys meant for the quick capture bar (Alt+1/2/3 …), tried
        #: in turn before the board drops a key: no keystroke may be lost.
        self.key_handlers: list = []
        # the pinned headers live in two strips in the view's top and left margins (strips.py)
        self._margins = (-1, -1)
        self._strips_zoom = 0.0  # the zoom the strips were last set for
        self._exposed = None  # the region being repainted (viewportEvent), for drawForeground
        self._home_pending = False  # see open_home
        self.ahead = DrawAhead(self, OVERVIEW_ZOOM)  # post-its drawn ahead (ahead.py)
        self._step_strip = HeaderStrip(self, Qt.Orientation.Horizontal)
        self._lane_strip = HeaderStrip(self, Qt.Orientation.Vertical)
        self._corner = Corner(self)
        self.board.sceneRectChanged.connect(self._frame_scene_rect)
        self._frame_scene_rect()
        steps = model.workshop.ordered_steps()
        self.set_current_step(steps[0].id if steps else None)
        model.changed.connect(self._on_changed)

    # -- model --------------------------------------------------------------------------------

    @property
    def workshop(self):
        return self.model.workshop

    def _on_changed(self, change) -> None:
        self.board.apply(self.workshop, change)
        if self.board.current_step not in self.workshop.steps:
            steps = self.workshop.ordered_steps()
            self.set_current_step(steps[0].id if steps else None)
        elif change.structure:
            self.board.set_current_step(None)
            self.set_current_step(self._current)

    @property
    def current_step(self) -> int | None:
        return self._current

    def set_current_step(self, step_id: int | None) -> None:
        self._current = step_id
        if step_id != self.board.current_step:
            self.board.set_current_step(step_id)
            self.currentStepChanged.emit(step_id)

    def selected_card_ids(self) -> list[int]:
        return self.board.selected_card_ids()

    def show_cards(self, ids) -> None:
        """Select these cards and bring them into view (asked by the matrix, the plan…)."""
        area = self.board.select_cards(ids)
        if area.isEmpty():
            return
        first = self.board.cards.get(next(iter(ids)))
        if first is not None:
            self.set_current_step(first.card.step_id)
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        if area.width() > visible.width() or area.height() > visible.height():
            self.fitInView(area.adjusted(-40, -40, 40, 40), Qt.AspectRatioMode.KeepAspectRatio)
            self._clamp_zoom()
        self.centerOn(area.center())

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._home_pending = False
            self._exposed = event.region()
            self.ahead.restart()
        return super().viewportEvent(event)


    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        """The scene's background as Qt's background cache drew it, without antialiasing
        (its painter had none): the grid's lines stay one sharp pixel wide, now that the
        background is drawn straight into each uncovered band (see _set_overview)."""
        smooth = painter.testRenderHint(_SMOOTH)
        painter.setRenderHint(_SMOOTH, False)
        super().drawBackground(painter, rect)
        painter.setRenderHint(_SMOOTH, smooth)

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        """The links, area by area of what is repainted: a pan repaints two thin bands at
        the viewport's edges, whose bounding rectangle (what Qt passes) is the whole view
        and crosses every link in it."""
        exposed = self._exposed
        self._exposed = None
        if exposed is None or exposed.rectCount() > 8:
            self.board.drawForeground(painter, rect)
            return
        for part in exposed:
            self.board.drawForeground(painter, self.mapToScene(part).boundingRect())

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self.ahead.restart()
        if self.zoom() != self._strips_zoom:  # a zoom scrolls too: everything again
            self._pin_headers()
            return
        # a pan: each strip follows its own axis, the labels the part in view
        if dx:
            self._step_strip.horizontalScrollBar().setValue(self.horizontalScrollBar().value())
        if dy:
            self._lane_strip.verticalScrollBar().setValue(self.verticalScrollBar().value())
        area = self.visible_area()
        self.board.pin(area.left(), area.top(), area.width(), move=False)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._home_pending:
            self.home()
        self._pin_headers()

    def _frame_scene_rect(self, *_args) -> None:
        """The viewport shows the board right of the lane headers and below the step
        headers: those are shown by the strips in the margins."""
        r = self.board.sceneRect()
        rect = QRectF(LANE_HEADER_W, TOP, max(1.0, r.right() - LANE_HEADER_W),
                      max(1.0, r.bottom() - TOP))
        if rect != self.sceneRect():
            self.setSceneRect(rect)
        self._pin_headers()

    def _set_overview(self) -> None:
        """Zoomed out, one block per cell, drawn once into Qt's background cache. Closer,
        no cache: a pan scrolled the cache's pixels as well as the viewport's, and drew
        the uncovered bands into it before copying them out (a millisecond of each pan at
        5,000 post-its, issue 11), where the lanes' fills and the grid cost less drawn
        right where they are uncovered."""
        on = self.zoom() < OVERVIEW_ZOOM
        self.board.set_overview(on)
        mode = (QGraphicsView.CacheModeFlag.CacheBackground if on
                else QGraphicsView.CacheModeFlag.CacheNone)
        if self.cacheMode() != mode:
            self.setCacheMode(mode)

    def _pin_headers(self) -> None:
        self._set_overview()
        zoom = self.zoom()
        margins = (round(LANE_HEADER_W * zoom), round(TOP * zoom))
        if margins != self._margins:
            self._margins = margins
            self.setViewportMargins(margins[0], margins[1], 0, 0)
        left, top = margins
        port = self.viewport().geometry()
        self._step_strip.setGeometry(port.x(), port.y() - top, port.width(), top)
        self._lane_strip.setGeometry(port.x() - left, port.y(), left, port.height())
        self._corner.setGeometry(port.x() - left, port.y() - top, left, top)
        self._step_strip.sync()
        self._lane_strip.sync()
        self._strips_zoom = zoom
        area = self.visible_area()
        self.board.pin(area.left(), area.top(), area.width(), move=False)

    def header_strips(self) -> tuple[HeaderStrip, HeaderStrip]:
        """The step headers' strip (top) and the lane headers' strip (left)."""
        return self._step_strip, self._lane_strip

    def _whole_size(self) -> tuple[float, float]:
        """The viewport's size with the header strips: what the board's fit is made for."""
        left, top = max(0, self._margins[0]), max(0, self._margins[1])
        return self.viewport().width() + left, self.viewport().height() + top

    def reveal(self, rect: QRectF) -> None:
        """Scroll so that ``rect`` is in view (the pinned headers are beside the viewport)."""
        self.ensureVisible(rect, 16, 16)

    def open_home(self) -> None:
        """:meth:`home`, and again at each resize until the board is first painted: the
        window's layout gives the view its size after the opening, and a home made after the
        first paint drew the board twice, at two zooms (a fifth of opening 5,000 post-its,
        issue 11)."""
        self._home_pending = True
        self.home()

    def home(self) -> None:
        """The view a facilitator wants on opening: the whole width if it stays readable,
        from the top-left corner."""
        rect = self.board.sceneRect()
        fit = self._whole_size()[0] / max(1.0, rect.right())
        self.set_zoom(max(0.75, min(1.0, fit)))
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())
        self._pin_headers()

    # -- zoom ---------------------------------------------------------------------------------

    def zoom(self) -> float:
        return self.transform().m11()

    def min_zoom(self) -> float:
        """The smallest zoom: MIN_ZOOM, or less when that is what shows the whole board (a
        5,000-post-it board is taller than 25 screens at zoom 1)."""
        return max(0.001, min(MIN_ZOOM, self._fit_zoom()))

    def _fit_zoom(self) -> float:
        """The zoom at which the whole board, headers included, fits the view."""
        rect = self.board.sceneRect()
        width, height = self._whole_size()
        # a pixel to spare: the margins are rounded to whole pixels
        return min((width - 1) / max(1.0, rect.right()), (height - 1) / max(1.0, rect.bottom()))

    def set_zoom(self, factor: float) -> None:
        factor = max(self.min_zoom(), min(MAX_ZOOM, factor))
        self.setTransform(QTransform.fromScale(factor, factor))  # exact: 1.0 stays 1.0
        self._pin_headers()
        self.zoomChanged.emit(self.zoom())

    def zoom_by(self, ratio: float) -> None:
        self.set_zoom(self.zoom() * ratio)

    def zoom_in(self) -> None:
        self.zoom_by(1.2)

    def zoom_out(self) -> None:
        self.zoom_by(1 / 1.2)

    def zoom_reset(self) -> None:
        self.set_zoom(1.0)

    def fit_width(self) -> None:
        """The whole journey across the view, from the top (projector mode)."""
        rect = self.board.sceneRect()
        self.set_zoom(self._whole_size()[0] / max(1.0, rect.right()))
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())
        self._pin_headers()

    def visible_area(self) -> QRectF:
        """The part of the board in view, with the headers' strips as if the board ran
        under them (the audience window follows it and pins its own headers there)."""
        left, top = max(0, self._margins[0]), max(0, self._margins[1])
        return self.mapToScene(self.viewport().rect().adjusted(-left, -top, 0, 0)).boundingRect()

    def fit_board(self) -> None:
        self.set_zoom(self._fit_zoom())
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())
        self._clamp_zoom()
        self._pin_headers()

    def _clamp_zoom(self) -> None:
        if not self.min_zoom() <= self.zoom() <= MAX_ZOOM:
            self.set_zoom(self.zoom())
        self._set_overview()
        self.zoomChanged.emit(self.zoom())

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom_by(1.15 ** steps)
            event.accept()
            return
        super().wheelEvent(event)

    # -- finding things under the pointer -----------------------------------------------------

    def _item_at(self, point: QPoint):
        for item in self.items(point):
            if isinstance(item, CardItem | StepHeaderItem | LaneHeaderItem | AddItem):
                return item
        return None

    # -- mouse --------------------------------------------------------------------------------

    def mousePressEvent(self, event) -> None:
        point = event.position().toPoint()
        self._press_view, self._press_scene = point, self.mapToScene(point)
        self._dragging = False
        item = self._press_item = self._item_at(point)
        button, mods = event.button(), event.modifiers()
        additive = bool(mods & (Qt.KeyboardModifier.ControlModifier
                                | Qt.KeyboardModifier.ShiftModifier))
        self._mode = None
        if button == Qt.MouseButton.MiddleButton:
            self._mode = "pan"
        elif button == Qt.MouseButton.RightButton:
            if isinstance(item, CardItem) and not item.isSelected():
                self.board.clearSelection()
                item.setSelected(True)
            event.accept()
            return
        elif button != Qt.MouseButton.LeftButton:
            pass
        elif isinstance(item, CardItem):
            local = item.mapFromScene(self._press_scene)
            if item.isSelected() and item.linkable and item.handle_rect().contains(local):
                self._mode = "link"
            else:
                self._mode = "card"
                if additive:
                    item.setSelected(not item.isSelected())
                elif not item.isSelected():
                    self.board.clearSelection()
                    item.setSelected(True)
            self.set_current_step(item.card.step_id)
        elif isinstance(item, StepHeaderItem):
            self._mode = "step"
            self.set_current_step(item.step.id)
        elif isinstance(item, LaneHeaderItem):
            self._mode = "lane"
        elif isinstance(item, AddItem):
            self._mode = "add"
        elif additive:
            self._mode = "band"
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
            super().mousePressEvent(event)
            return
        else:
            self._mode = "pan"
            self.board.clearSelection()
            step = self.board.layout.step_at(self._press_scene.x())
            if step is not None:
                self.set_current_step(step.id)
        if self._mode == "pan":
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        point = event.position().toPoint()
        scene_pos = self.mapToScene(point)
        if self._mode == "band":
            super().mouseMoveEvent(event)
            return
        if self._mode is None:
            return
        if not self._dragging:
            if (point - self._press_view).manhattanLength() < QApplication.startDragDistance():
                return
            self._dragging = True
            self._start_drag()
        delta = scene_pos - self._press_scene
        if self._mode == "pan":
            move = point - self._press_view
            self._press_view = point
            h, v = self.horizontalScrollBar(), self.verticalScrollBar()
            h.setValue(h.value() - move.x())
            v.setValue(v.value() - move.y())
        elif self._mode == "card":
            for item, origin in self._drag_origin.items():
                item.setPos(origin + delta)
            self._show_card_guide(scene_pos)
        elif self._mode == "link":
            start = self._press_item.mapToScene(self._press_item.handle_rect().center())
            self._set_guide(QLineF(start, scene_pos))
        elif self._mode == "step":
            index = self.board.layout.step_index_at(scene_pos.x())
            x = LANE_HEADER_W + index * COLUMN_W
            self._set_guide(QLineF(x, PHASE_H, x, self.board.layout.board_bottom))
        elif self._mode == "lane":
            lay = self.board.layout
            index = lay.lane_index_at(scene_pos.y())
            y = (lay.row_y[lay.lanes[index].id] if index < len(lay.lanes) else lay.board_bottom)
            self._set_guide(QLineF(0, y, lay.board_right, y))

    def mouseReleaseEvent(self, event) -> None:
        mode, self._mode = self._mode, None
        self.viewport().unsetCursor()
        scene_pos = self.mapToScene(event.position().toPoint())
        if mode == "band":
            super().mouseReleaseEvent(event)
            self.setDragMode(QGraphicsView.DragMode.NoDrag)
            return
        self._set_guide(None)
        item, dragged, self._dragging = self._press_item, self._dragging, False
        if mode == "card" and dragged:
            self._drop_cards(scene_pos)
        elif mode == "card" and not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        ):
            self.board.clearSelection()
            item.setSelected(True)
        elif mode == "link" and dragged:
            target = self._item_at(event.position().toPoint())
            if isinstance(target, CardItem) and target is not item:
                self.link(item.card_id, target.card_id)
        elif mode == "step" and dragged:
            self._drop_step(item.step.id, scene_pos)
        elif mode == "lane" and dragged:
            self._drop_lane(item.lane.id, scene_pos)
        elif mode == "add" and isinstance(item, AddItem) and item is self._item_at(
            event.position().toPoint()
        ):
            if item.role == "step":
                self.add_step(len(self.board.layout.steps))
            else:
                self.add_lane(LaneKind.CUSTOM, None)
        event.accept()

    def mouseDoubleClickEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        point = event.position().toPoint()
        item = self._item_at(point)
        if isinstance(item, CardItem):
            self.edit_card(item.card_id)
        elif isinstance(item, StepHeaderItem):
            self.rename_step(item.step.id)
        elif isinstance(item, LaneHeaderItem):
            self.rename_lane(item.lane.id)
        elif item is None:
            pos = self.mapToScene(point)
            cell = self.board.layout.cell_at(pos.x(), pos.y())
            if cell is not None:
                self.new_card(*cell)
        event.accept()

    # -- dragging -----------------------------------------------------------------------------

    def _start_drag(self) -> None:
        if self._mode == "card":
            items = [i for i in self.board.selectedItems() if isinstance(i, CardItem)]
            self._drag_origin = {i: i.pos() for i in items}
            for i in items:
                i.setZValue(10)
        elif self._mode in ("step", "lane", "pan"):
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)

    def _set_guide(self, line: QLineF | None) -> None:
        if line is None:
            if self._guide is not None:
                self.board.removeItem(self._guide)
                self._guide = None
            return
        if self._guide is None:
            self._guide = QGraphicsLineItem()
            pen = QPen(QColor(style.SELECTION_COLOUR), 4)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            self._guide.setPen(pen)
            self._guide.setZValue(20)
            self.board.addItem(self._guide)
        self._guide.setLine(line)

    def _show_card_guide(self, pos: QPointF) -> None:
        lay = self.board.layout
        cell = lay.cell_at(pos.x(), pos.y())
        if cell is None:
            self._set_guide(None)
            return
        index = lay.slot_index(*cell, pos.y())
        x, y = lay.slot_pos(*cell, index)
        y -= 5
        self._set_guide(QLineF(x, y, x + CARD_W, y))

    def _drop_cards(self, pos: QPointF) -> None:
        ids = [i.card_id for i in sorted(self._drag_origin,
                                         key=lambda i: (self._drag_origin[i].x(),
                                                        self._drag_origin[i].y()))]
        self._drag_origin = {}
        lay = self.board.layout
        cell = lay.cell_at(pos.x(), pos.y())
        if cell is not None:
            self.model.try_push(edits.move_cards, ids, *cell, lay.slot_index(*cell, pos.y()))
            self.set_current_step(cell[1])
        self.board.place_cards(ids)

    def _drop_step(self, step_id: int, pos: QPointF) -> None:
        order = [s.id for s in self.board.layout.steps]
        index = self.board.layout.step_index_at(pos.x())
        if index > order.index(step_id):
            index -= 1
        self.model.try_push(edits.move_step, step_id, index)

    def _drop_lane(self, lane_id: int, pos: QPointF) -> None:
        """Reorder the lanes below the two experience lanes, which stay on top together."""
        lay = self.board.layout
        lane = self.workshop.lanes[lane_id]
        if lane.kind.is_experience:
            self.model.refuse(Reason.EXPERIENCE_ON_TOP)
            return
        shown = [x.id for x in lay.lanes]
        index = lay.lane_index_at(pos.y())
        if index > shown.index(lane_id):
            index -= 1
        rest = [x for x in shown if x != lane_id]
        index = max(index, sum(1 for x in rest if self.workshop.lanes[x].kind.is_experience))
        ordered = [x.id for x in self.workshop.ordered_lanes() if x.id != lane_id]
        target = ordered.index(rest[index]) if index < len(rest) else len(ordered)
        self.model.try_push(edits.move_lane, lane_id, target)

    # -- keys ---------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_selection()
        elif key == Qt.Key.Key_L and not ctrl and len(self.selected_card_ids()) == 2:
            self.link_selection()
        elif key == Qt.Key.Key_D and ctrl:
            self.duplicate_selection()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            ids = self.selected_card_ids()
            if len(ids) == 1:
                self.edit_card(ids[0])
        elif key == Qt.Key.Key_Escape:
            self.board.clearSelection()
        elif key in _ARROWS and not ctrl:
            self.move_selection(_ARROWS[key], bool(mods & Qt.KeyboardModifier.ShiftModifier))
        elif (event.text().isprintable() and event.text().strip() and not ctrl
              and not mods & Qt.KeyboardModifier.AltModifier):
            self.typed.emit(event.text())  # the facilitator just starts typing a post-it
        elif not (mods & (Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier)
                  and any(handler(event) for handler in self.key_handlers)):
            # nobody else took it (the capture bar takes Alt/Ctrl keys: kind, step, author)
            super().keyPressEvent(event)
            return
        event.accept()

    # -- context menus ------------------------------------------------------------------------

    def contextMenuEvent(self, event) -> None:
        from .menus import context_menu

        pos, global_pos = event.pos(), event.globalPos()
        ids = self.selected_card_ids()
        if event.reason() == QContextMenuEvent.Reason.Keyboard and ids:
            # the menu key (or Shift+F10) opens the menu of the selected post-it
            item = self.board.cards[ids[-1]]
            pos = self.mapFromScene(item.sceneBoundingRect().center())
            global_pos = self.viewport().mapToGlobal(pos)
        menu = context_menu(self, self.mapToScene(pos), self._item_at(pos))
        if menu is not None:
            menu.exec(global_pos)
        event.accept()

    def move_selection(self, direction: str, extend: bool = False) -> int | None:
        """Select the post-it the arrow leads to (Shift keeps the others selected), show it
        and make its step the current one; returns its id."""
        ids = self.selected_card_ids()
        layout = self.board.layout
        if ids:
            target = navigation.neighbour(layout, self._keyboard_anchor(ids), direction)
        else:
            target = navigation.first_card(layout, self.current_step)
        if target is None:
            return None
        self._anchor = target
        self.board.select_cards([*ids, target] if extend else [target])
        item = self.board.cards[target]
        self.set_current_step(item.card.step_id)
        self.reveal(item.sceneBoundingRect())
        return target

    def _keyboard_anchor(self, ids: list[int]) -> int:
        anchor = getattr(self, "_anchor", None)
        return anchor if anchor in ids else ids[-1]

    # -- geometry for tests and the capture bar -----------------------------------------------

    def cell_point(self, lane_id: int, step_id: int, index: int | None = None) -> QPoint:
        """A viewport point inside a cell: on card ``index``, or in the empty part below."""
        lay = self.board.layout
        cards = lay.cells.get((lane_id, step_id), [])
        if index is None:
            x, y = lay.slot_pos(lane_id, step_id, len(cards))
            scene = QPointF(x + CARD_W / 2, y + min(style.D.card_h / 2, 20))
        else:
            x, y = lay.slot_pos(lane_id, step_id, index)
            scene = QPointF(x + CARD_W / 2, y + style.D.card_h / 2)
        self.reveal(QRectF(scene.x() - 10, scene.y() - 10, 20, 20))
        return self.mapFromScene(scene)
