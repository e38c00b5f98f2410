"""The self-diagnosis radar: five spokes, two rings at the level thresholds, the room's shape.

Drawn with QPainter from a :class:`~symetrie_desktop.domain.diagnosis.Diagnosis`; the same
widget, with ``large=True``, is what the wall shows (labels at least 24 px).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...domain.diagnosis import (
    ANCHORED_FROM,
    BUILD_BELOW,
    DIMENSIONS,
    Diagnosis,
    Dimension,
    radar_point,
)
from ...domain.model import Tag
from ..decide.common import tag_label

ACCENT = QColor("#1f3a5f")
RING = QColor("#c8ccd2")
BUILD_RING = QColor("#d98c7a")
ANCHORED_RING = QColor("#6fae7f")


def dimension_label(d: Dimension) -> str:
    return tag_label(Tag(d.value))


class RadarChart(QWidget):
    def __init__(self, parent: QWidget | None = None, large: bool = False) -> None:
        super().__init__(parent)
        self.large = large
        self._dx: Diagnosis | None = None
        self.setMinimumSize(260, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Radar de l'autodiagnostic"))

    def sizeHint(self) -> QSize:
        return QSize(900, 760) if self.large else QSize(420, 360)

    def set_diagnosis(self, dx: Diagnosis | None) -> None:
        self._dx = dx
        if dx is not None:
            self.setToolTip("\n".join(
                f"{dimension_label(s.dimension)} : "
                + ("—" if s.share is None else f"{s.share:.0f} %") for s in dx.scores))
        self.update()

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), Qt.GlobalColor.white)
        font = QFont(self.font())
        font.setPixelSize(28 if self.large else 13)
        p.setFont(font)
        fm = p.fontMetrics()
        margin_x = max(fm.horizontalAdvance(dimension_label(d)) for d in DIMENSIONS) + 16
        margin_y = fm.height() * 1.6
        radius = max(20.0, min((self.width() - 2 * margin_x) / 2,
                               (self.height() - 2 * margin_y) / 2))
        centre = QPointF(self.width() / 2, self.height() / 2 + fm.height() * 0.2)
        n = len(DIMENSIONS)

        def at(i: int, share: float) -> QPointF:
            x, y = radar_point(i, n, share)
            return QPointF(centre.x() + x * radius, centre.y() - y * radius)

        width = 3 if self.large else 1.5
        for share, colour in ((100, RING), (ANCHORED_FROM, ANCHORED_RING),
                              (BUILD_BELOW, BUILD_RING)):
            p.setPen(QPen(colour, width, Qt.PenStyle.DashLine if share < 100
                          else Qt.PenStyle.SolidLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPolygon(QPolygonF([at(i, share) for i in range(n)]))
        p.setPen(QPen(RING, 1))
        for i, d in enumerate(DIMENSIONS):
            p.drawLine(centre, at(i, 100))
            self._label(p, at(i, 100), centre, dimension_label(d), i)
        dx = self._dx
        if dx is None or dx.respondents == 0:
            # on a plate of the background's white, not across the axes and rings
            text = self.tr("Pas encore de réponse")
            metrics = p.fontMetrics()
            w, h = metrics.horizontalAdvance(text) + 16, metrics.height() + 8
            plate = QRectF(centre.x() - w / 2, centre.y() - h / 2, w, h)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor("#ffffff"))
            p.drawRoundedRect(plate, 4, 4)
            p.setPen(QColor("#5d6d7e"))
            p.drawText(plate, Qt.AlignmentFlag.AlignCenter, text)
            return
        shape = QPolygonF([at(i, s.share or 0.0) for i, s in enumerate(dx.scores)])
        fill = QColor(ACCENT)
        fill.setAlpha(60)
        p.setBrush(fill)
        p.setPen(QPen(ACCENT, 4 if self.large else 2.2))
        p.drawPolygon(shape)
        p.setBrush(ACCENT)
        dot = 7 if self.large else 3.5
        for i, s in enumerate(dx.scores):
            point = at(i, s.share or 0.0)
            p.drawEllipse(point, dot, dot)

    def _label(self, p: QPainter, tip: QPointF, centre: QPointF, text: str, i: int) -> None:
        fm = p.fontMetrics()
        w, h = fm.horizontalAdvance(text) + 4, fm.height()
        if i == 0:
            rect = QRectF(tip.x() - w / 2, tip.y() - h - 6, w, h)
        else:
            dy = -h / 2 if tip.y() < centre.y() else 4
            x = tip.x() + 8 if tip.x() > centre.x() else tip.x() - w - 8
            rect = QRectF(x, tip.y() + dy, w, h)
        p.setPen(QColor("#222222"))
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
