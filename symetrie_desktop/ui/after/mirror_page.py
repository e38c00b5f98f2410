"""The « Enquête miroir » page: per question and step, the customers' mean, the employees'
estimate, the gap and the number of answers; the largest gaps beside the symmetry curve."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...commands.after import mirror_scale
from ...domain.matrix import step_summaries
from ...domain.mirror import gaps, largest_gaps
from ..decide.common import Page, heading
from ..decide.curve import SymmetryCurve
from ..model import WorkshopModel

OVER = QColor("#c0392b")
UNDER = QColor("#1f5fa8")


def _num(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


class MirrorPage(Page):
    def __init__(self, model: WorkshopModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mirrorPage")
        self.model = model
        v = QVBoxLayout(self)
        v.setContentsMargins(8, 8, 8, 8)
        v.addWidget(heading(self.tr("Enquête miroir"), self))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        v.addWidget(self.intro)
        self.table = QTableWidget(0, 5)
        self.table.setAccessibleName(self.tr("Écarts de l'enquête miroir"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Question"), self.tr("Étape"), self.tr("Clients (moyenne)"),
            self.tr("Estimation des collaborateurs"), self.tr("Écart")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        v.addWidget(self.table, 2)
        row = QHBoxLayout()
        self.curve = SymmetryCurve(self)
        row.addWidget(self.curve, 3)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("<b>Les plus grands écarts</b>")))
        self.largest = QLabel()
        self.largest.setWordWrap(True)
        self.largest.setTextFormat(Qt.TextFormat.RichText)
        self.largest.setAlignment(Qt.AlignmentFlag.AlignTop)
        side.addWidget(self.largest, 1)
        row.addLayout(side, 2)
        v.addLayout(row, 2)
        self.listen(model)
        self.refresh()

    def refresh(self, change=None) -> None:
        w = self.model.workshop
        scale = mirror_scale(w)
        if w.mirror and scale:
            self.intro.setText(self.tr(
                "{n} réponses, échelle de {lo} à {hi}. Écart = estimation des collaborateurs "
                "moins moyenne des clients : positif, les équipes surestiment ce que vivent les "
                "clients (en rouge) ; négatif, elles le sous-estiment (en bleu).").format(
                    n=len(w.mirror), lo=scale[0], hi=scale[1]))
        else:
            self.intro.setText(self.tr(
                "Aucune enquête importée. Fichier > Importer une enquête miroir… lit un CSV "
                "aux colonnes question;etape;population;note (population : client ou "
                "collaborateur ; échelles acceptées 1–4, 1–5, 1–7, 0–10)."))
        rows = gaps(w.mirror)
        self.table.setRowCount(len(rows))
        for r, g in enumerate(rows):
            cells = [g.question, g.step or self.tr("Tout le parcours"),
                     self.tr("{v} ({n} rép.)").format(v=_num(g.customer_mean), n=g.customers),
                     self.tr("{v} ({n} rép.)").format(v=_num(g.employee_mean), n=g.employees),
                     ("+" if g.gap > 0 else "") + _num(g.gap)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 4 and abs(g.gap) >= 0.05:
                    item.setForeground(QBrush(OVER if g.gap > 0 else UNDER))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.curve.set_summaries(step_summaries(w))
        lines = []
        for g in largest_gaps(w.mirror, 5):
            colour = "#c0392b" if g.gap > 0 else "#1f5fa8"
            where = g.step or self.tr("Tout le parcours")
            lines.append(f"<p><b style='color:{colour}'>{'+' if g.gap > 0 else ''}"
                         f"{_num(g.gap)}</b> {g.question} <i>({where}, "
                         + self.tr("{c} clients, {e} collaborateurs").format(
                             c=g.customers, e=g.employees) + ")</i></p>")
        self.largest.setText("".join(lines) or self.tr("—"))
