"""The symmetry curve: customer and employee balance (enchantments − irritants) per step.

Two lines on one chart, so the room sees at a glance where the two experiences
diverge; the band between them is shaded where they are two or more apart. Drawn
with QPainter (QtCharts is not part of PySide6-Essentials) from the step summaries
computed on each change.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...domain.matrix import StepSummary
from .common import CUSTOMER_COLOUR, EMPLOYEE_COLOUR, MUTED

#: Balances this far apart are a divergence worth showing.
GAP = 2


class SymmetryCurve(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[StepSummary] = []
        self.setMinimumSize(360, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Courbe de symétrie"))

    def sizeHint(self) -> QSize:
        return QSize(640, 300)

    def set_summaries(self, rows: list[StepSummary]) -> None:
        self._rows = list(rows)
        self.setToolTip(self._tooltip())
        self.update()

    def _tooltip(self) -> str:
        lines = [
            self.tr("{step} : client {c:+d}, collaborateur {e:+d}").format(
                step=r.step.name, c=r.customer_balance, e=r.employee_balance)
            for r in self._rows
        ]
        return "\n".join(lines)

    # -- geometry -----------------------------------------------------------------------------

    def _range(self) -> tuple[int, int]:
        values = [v for r in self._rows for v in (r.customer_balance, r.employee_balance)]
        low, high = min(values + [-1]), max(values + [1])
        return low - 1 if low == high else low, high

    def _plot_rect(self) -> QRectF:
        fm = self.fontMetrics()
        left = fm.horizontalAdvance("−00") + 14
        top = fm.height() * (3 if self._note_wraps() else 2) + 10
        bottom = fm.height() * 3 + 10
        return QRectF(left, top, max(10, self.width() - left - 16),
                      max(10, self.height() - top - bottom))

    def _point(self, plot: QRectF, index: int, value: float, low: int, high: int) -> QPointF:
        n = max(1, len(self._rows))
        x = plot.left() + plot.width() * (index + 0.5) / n  # steps as categories: labels fit
        y = plot.bottom() - plot.height() * (value - low) / (high - low)
        return QPointF(x, y)

    # -- painting -----------------------------------------------------------------------------

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        fm = self.fontMetrics()
        self._legend(p)
        if not self._rows:
            p.setPen(QColor(MUTED))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Aucune étape"))
            return
        plot = self._plot_rect()
        low, high = self._range()
        # grid and axis values
        p.setPen(QPen(QColor("#e5e8eb"), 1))
        step = max(1, (high - low) // 6)
        for v in range(low, high + 1, step):
            y = self._point(plot, 0, v, low, high).y()
            p.setPen(QPen(QColor("#9aa5b1" if v == 0 else "#e5e8eb"), 1.5 if v == 0 else 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(QColor(MUTED))
            label = f"{v:+d}" if v else "0"
            p.drawText(QRectF(0, y - fm.height() / 2, plot.left() - 6, fm.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       label.replace("-", "−"))
        cust = [self._point(plot, i, r.customer_balance, low, high)
                for i, r in enumerate(self._rows)]
        emp = [self._point(plot, i, r.employee_balance, low, high)
               for i, r in enumerate(self._rows)]
        self._divergence(p, cust, emp)
        self._step_labels(p, plot, cust)
        for points, name in ((emp, EMPLOYEE_COLOUR), (cust, CUSTOMER_COLOUR)):
            self._line(p, points, QColor(name))
        p.end()

    def _legend(self, p: QPainter) -> None:
        fm = self.fontMetrics()
        x, y = 12.0, 8.0
        font = QFont(self.font())
        font.setBold(True)
        p.setFont(font)
        for text, name in ((self.tr("Vécu client"), CUSTOMER_COLOUR),
                           (self.tr("Vécu collaborateur"), EMPLOYEE_COLOUR)):
            p.setPen(QPen(QColor(name), 3))
            p.drawLine(QPointF(x, y + fm.height() / 2), QPointF(x + 22, y + fm.height() / 2))
            p.setPen(QColor("#1c2833"))
            p.drawText(QPointF(x + 28, y + fm.ascent()), text)
            x += 28 + p.fontMetrics().horizontalAdvance(text) + 24
        p.setFont(self.font())
        p.setPen(QColor(MUTED))
        note = self._note()
        if self._note_wraps():  # no room beside the legend: on a line of its own
            x, y = 12.0, y + fm.height() + 2
        p.drawText(QPointF(x, y + fm.ascent()), note)

    def _note(self) -> str:
        return self.tr("solde = enchantements − irritants, par étape")

    def _note_wraps(self) -> bool:
        """Whether the legend and its note need two lines at this width (English does)."""
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        x = 12.0 + sum(28 + metrics.horizontalAdvance(t) + 24
                       for t in (self.tr("Vécu client"), self.tr("Vécu collaborateur")))
        return x + self.fontMetrics().horizontalAdvance(self._note()) > self.width() - 12

    def _divergence(self, p: QPainter, cust: list[QPointF], emp: list[QPointF]) -> None:
        """Shade the band between the lines around the steps where they are far apart."""
        for i, r in enumerate(self._rows):
            if abs(r.customer_balance - r.employee_balance) < GAP:
                continue
            lo, hi = max(0, i - 1), min(len(self._rows) - 1, i + 1)
            left = [QPointF((cust[j].x() + cust[i].x()) / 2 if j != i else cust[i].x(),
                            (cust[j].y() + cust[i].y()) / 2 if j != i else cust[i].y())
                    for j in (lo, i, hi)]
            right = [QPointF((emp[j].x() + emp[i].x()) / 2 if j != i else emp[i].x(),
                             (emp[j].y() + emp[i].y()) / 2 if j != i else emp[i].y())
                     for j in (hi, i, lo)]
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(192, 57, 43, 40))
            p.drawPolygon(QPolygonF(left + right))
        p.setBrush(Qt.BrushStyle.NoBrush)

    def _step_labels(self, p: QPainter, plot: QRectF, points: list[QPointF]) -> None:
        """Step names under their point, on up to three lines in a slightly smaller font."""
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
        p.setFont(font)
        fm = p.fontMetrics()
        width = plot.width() / max(1, len(points))
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap
        for i, r in enumerate(self._rows):
            x = points[i].x()
            p.setPen(QPen(QColor("#eef0f2"), 1))
            p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            rect = QRectF(x - width / 2 + 2, plot.bottom() + 6, width - 4, fm.height() * 3 + 2)
            # a word wider than the column is cut, not clipped on both sides
            text = " ".join(fm.elidedText(word, Qt.TextElideMode.ElideRight, int(rect.width()))
                            for word in r.step.name.split())
            while len(text) > 4 and fm.boundingRect(rect.toRect(), int(flags), text).height() \
                    > rect.height():
                text = text[:-2].rstrip() + "…"
            p.setPen(QColor("#1c2833"))
            p.drawText(rect, flags, text)
        p.setFont(self.font())

    def _line(self, p: QPainter, points: list[QPointF], c: QColor) -> None:
        path = QPainterPath(points[0])
        for pt in points[1:]:
            path.lineTo(pt)
        p.setPen(QPen(c, 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                      Qt.PenJoinStyle.RoundJoin))
        p.drawPath(path)
        p.setBrush(QColor("white"))
        p.setPen(QPen(c, 2.5))
        for pt in points:
            p.drawEllipse(pt, 4.5, 4.5)
        p.setBrush(Qt.BrushStyle.NoBrush)
