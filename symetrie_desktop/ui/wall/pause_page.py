"""A break on the wall: the room sees that it is a break and what comes next; the clock
above the page says when it ends."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QPainter

from ...commands.agenda import current_agenda
from . import register
from .base import HEADING_PX, MUTED_INK, WallPage

translate = QCoreApplication.translate  # lupdate reads the context at each call


@register("pause")
class PauseWallPage(WallPage):
    def title(self) -> str:
        return translate("Wall", "Pause")

    def draw(self, painter: QPainter, area: QRectF) -> None:
        from ..agenda_bar import agenda_labels

        agenda = current_agenda(self.model.workshop)
        labels = agenda_labels(agenda)
        after = agenda.current + 1
        text = (translate("Wall", "Ensuite : {phase}").format(phase=labels[after])
                if after < len(labels) else translate("Wall", "Ensuite : la fin de l'atelier"))
        y = area.y() + area.height() * 0.3
        self.text(painter, area.x(), y, area.width(), text, HEADING_PX * 1.5, True, MUTED_INK,
                  Qt.AlignmentFlag.AlignHCenter)
