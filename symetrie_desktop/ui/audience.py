"""The audience window: the board and the timer, read-only and full screen on the second
screen, while the facilitator keeps the controls on the laptop.

It has its own scene over the same model (a view like any other: no copy of the data), so
that the facilitator's selection, editors and scrolling do not show on the wall. It either
follows the facilitator's view or stays fitted to the whole width of the board.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QScreen
from PySide6.QtWidgets import QGraphicsView, QStackedWidget, QVBoxLayout, QWidget

from .agenda_bar import AgendaBar
from .agenda_clock import AgendaClock
from .board.scene import BoardScene
from .model import WorkshopModel


class ReadOnlyBoard(QGraphicsView):
    """The board as the room sees it: no selection, no editing, no scroll bars."""

    def __init__(self, model: WorkshopModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.board = BoardScene(model.workshop, self)
        self.board.set_editable(False)  # no « + » buttons shown to the room
        self.setScene(self.board)
        self.setInteractive(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setOptimizationFlags(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.followed: QRectF | None = None  # the facilitator's visible area, when following
        model.changed.connect(self._on_changed)

    def _on_changed(self, change) -> None:
        self.board.apply(self.model.workshop, change)
        self.refit()

    def follow(self, area: QRectF | None) -> None:
        """Show ``area`` of the board (the facilitator's view), or the whole width if None."""
        self.followed = area
        self.refit()

    def refit(self) -> None:
        if self.followed is not None:
            self.fitInView(self.followed, Qt.AspectRatioMode.KeepAspectRatio)
        else:
            rect = self.board.sceneRect()
            zoom = self.viewport().width() / max(1.0, rect.width())
            self.resetTransform()
            self.scale(zoom, zoom)
            self.centerOn(rect.center().x(), rect.top() + self.viewport().height() / zoom / 2)
        corner = self.mapToScene(0, 0)
        self.board.pin(corner.x(), corner.y(),
                       self.viewport().width() / max(self.transform().m11(), 1e-6))

    def zoom(self) -> float:
        return self.transform().m11()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.refit()

    def restyle(self) -> None:
        self.board.restyle()
        self.refit()


class AudienceWindow(QWidget):
    def __init__(self, model: WorkshopModel, clock: AgendaClock) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Symétrie — vue public"))
        self.setObjectName("audienceWindow")
        self.setStyleSheet("#audienceWindow { background: #ffffff; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.agenda = AgendaBar(clock, controls=False, big=True, parent=self)
        self.board = ReadOnlyBoard(model, self)
        self.board.setAccessibleName(self.tr("Tableau du parcours (vue public)"))
        from .wall import WallView

        self.wall = WallView(model, self)
        self.wall.clock = clock  # the break page shows the countdown large
        self.wall.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        #: True: the board phases show the facilitator's live board instead of the wall page
        self.live_board = False
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.wall)
        self.stack.addWidget(self.board)
        layout.addWidget(self.agenda)
        layout.addWidget(self.stack, 1)

    def show_wall(self, key: str, heading: str = "") -> None:
        """The page of ``key`` (the facilitator's live board for the board phases, when
        the audience follows the facilitator's view)."""
        from .wall import BOARD_PHASES

        if self.live_board and key in BOARD_PHASES:
            self.stack.setCurrentWidget(self.board)
        else:
            self.wall.show_phase(key, heading)
            self.stack.setCurrentWidget(self.wall)

    def show_on(self, screen: QScreen | None) -> None:
        """Full screen on ``screen`` (the projector); a plain window when None (tests)."""
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
            self.showFullScreen()
        else:
            self.show()
