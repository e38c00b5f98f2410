"""A break on the wall: the room sees that it is a break, the time left in large type (when
to be back), and what comes next."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QPainter

from ...commands.agenda import current_agenda
from ...domain.agenda import format_clock
from . import register
from .base import HEADING_PX, INK, MUTED_INK, WallPage

translate = QCoreApplication.translate  # lupdate reads the context at each call

#: The countdown's size on a 1920×1080 wall: readable from anywhere in the venue's hall.
CLOCK_PX = 220


@register("pause")
class PauseWallPage(WallPage):
    def __init__(self, model, parent=None) -> None:
        super().__init__(model, parent)
        #: the window's AgendaClock (None: the time left is not shown, the bar has it)
        self.clock = getattr(parent, "clock", None)
        if self.clock is not None:
            self.clock.updated.connect(self._tick)

    def _tick(self) -> None:
        if self.isVisible():
            self.update()

    def title(self) -> str:
        return translate("Wall", "Pause")

    def draw(self, painter: QPainter, area: QRectF) -> None:
        from ..agenda_bar import agenda_labels

        agenda = current_agenda(self.model.workshop)
        labels = agenda_labels(agenda)
        after = agenda.current + 1
        text = (translate("Wall", "Ensuite : {phase}").format(phase=labels[after])
                if after < len(labels) else translate("Wall", "Ensuite : la fin de l'atelier"))
        centre = Qt.AlignmentFlag.AlignHCenter
        y = area.y() + area.height() * 0.12
        if self.clock is not None:
            y += self.text(painter, area.x(), y, area.width(),
                           format_clock(self.clock.remaining()), CLOCK_PX, True, INK, centre)
            y += self.px(40)
        self.text(painter, area.x(), y, area.width(), text, HEADING_PX * 1.5, True, MUTED_INK,
                  centre)
