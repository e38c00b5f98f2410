"""The pinned headers as two strips beside the board's viewport, as a spreadsheet has them.

Pinned inside the viewport, the step and lane headers moved on every scroll, so each pan
repainted their two strips with every post-it and link under them: a third to a half of a
pan's time at 5,000 post-its, and a full repaint cost twice an empty one (issue 11 profiles).
Here the board view keeps margins at its top and left, and each margin holds a strip: a
small view of the same scene, through the same zoom, scrolled with the board along one
axis only. The headers stay where the layout put them; a pan scrolls the strips' own
pixels, so only the narrow bands newly shown are painted. A click, a drag, a right click,
a double click or the wheel on a strip is handed to the board view as if it had happened
at the same place on its viewport (above or left of it), so every header gesture keeps its
one code path in ``view.py``; tooltips come from the scene as on the board.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QContextMenuEvent, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget

from .style import LANE_HEADER_W, TOP

_OFF = Qt.ScrollBarPolicy.ScrollBarAlwaysOff


class HeaderStrip(QGraphicsView):
    """The step headers (``Qt.Orientation.Horizontal``: follows the board's horizontal
    scroll) or the lane headers (``Vertical``) of ``view``'s scene."""

    def __init__(self, view: QGraphicsView, orientation: Qt.Orientation) -> None:
        super().__init__(view.scene(), view)
        self.main = view
        self.horizontal = orientation == Qt.Orientation.Horizontal
        self.setObjectName("stepHeaderStrip" if self.horizontal else "laneHeaderStrip")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(_OFF)
        self.setVerticalScrollBarPolicy(_OFF)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setOptimizationFlags(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setRenderHints(view.renderHints())
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)

    def sync(self) -> None:
        """Same zoom as the board, same part of the scene along the strip's axis."""
        main = self.main
        if self.transform() != main.transform():
            self.setTransform(main.transform())
        shown = main.sceneRect()
        if self.horizontal:
            rect = QRectF(shown.left(), 0, shown.width(), TOP)
        else:
            rect = QRectF(0, shown.top(), LANE_HEADER_W, shown.height())
        if rect != self.sceneRect():
            self.setSceneRect(rect)
        if self.horizontal:
            self.horizontalScrollBar().setValue(main.horizontalScrollBar().value())
            self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())
        else:
            self.verticalScrollBar().setValue(main.verticalScrollBar().value())
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        # only white lies under the headers: the lanes' fills, the grid and the links of
        # the board start right of and below them
        painter.fillRect(rect, Qt.GlobalColor.white)

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        pass

    # -- handing gestures to the board view ----------------------------------------------------

    def _main_point(self, point: QPointF) -> QPointF:
        """The same place in the board view's viewport coordinates (negative: above or left)."""
        offset = self.viewport().mapTo(self.main, QPoint(0, 0)) - self.main.viewport().pos()
        return point + QPointF(offset)

    def _mouse(self, event: QMouseEvent) -> QMouseEvent:
        return QMouseEvent(event.type(), self._main_point(event.position()),
                           event.globalPosition(), event.button(), event.buttons(),
                           event.modifiers())

    def _after(self) -> None:
        # the board view shows a closed hand while a header is dragged: show it here too
        self.viewport().setCursor(self.main.viewport().cursor())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.main.mousePressEvent(self._mouse(event))
        self._after()
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.main.mouseMoveEvent(self._mouse(event))
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.main.mouseReleaseEvent(self._mouse(event))
        self._after()
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.main.mouseDoubleClickEvent(self._mouse(event))
        event.accept()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.main.contextMenuEvent(QContextMenuEvent(
            event.reason(), self._main_point(QPointF(event.pos())).toPoint(),
            event.globalPos(), event.modifiers()))
        event.accept()

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.main.wheelEvent(QWheelEvent(
            self._main_point(event.position()), event.globalPosition(), event.pixelDelta(),
            event.angleDelta(), event.buttons(), event.modifiers(), event.phase(),
            event.inverted()))
        event.accept()


class Corner(QWidget):
    """The white square where the two strips meet."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("headerCorner")

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
