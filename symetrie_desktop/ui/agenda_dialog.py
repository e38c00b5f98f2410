"""Agenda > Organiser l'agenda…: the facilitator shapes the workshop's phases — adds,
removes, renames and reorders them, adds a break — and sees the total against the planned
length of the workshop before saving (one undoable edit)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.agenda import KINDS, MAX_MINUTES, MAX_NAME, MAX_PHASES, PAUSE, Agenda
from .agenda_bar import kind_label

COL_NAME, COL_KIND, COL_MINUTES = range(3)


def hours(minutes: int) -> str:
    """« 3 h 10 », « 45 min »."""
    return f"{minutes // 60} h {minutes % 60:02d}" if minutes >= 60 else f"{minutes} min"


class AgendaDialog(QDialog):
    def __init__(self, agenda: Agenda, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Organiser l'agenda"))
        self.resize(620, 560)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Nom"), self.tr("Page au mur"),
                                              self.tr("Minutes")])
        self.table.setAccessibleName(self.tr("Phases de l'agenda"))
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_MINUTES, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        # Alt+letter reaches each button from the keyboard
        self.add_button = QPushButton(self.tr("&Ajouter une phase"), self)
        self.pause_button = QPushButton(self.tr("Ajouter une &pause"), self)
        self.remove_button = QPushButton(self.tr("&Supprimer"), self)
        self.up_button = QPushButton(self.tr("&Monter"), self)
        self.down_button = QPushButton(self.tr("&Descendre"), self)
        # a phase of the facilitator's own: named, on the board until another page is chosen
        self.add_button.clicked.connect(
            lambda: self.add_phase("parcours", name=self.tr("Nouvelle phase")))
        self.pause_button.clicked.connect(lambda: self.add_phase(PAUSE, 15))
        self.remove_button.clicked.connect(self.remove_phase)
        self.up_button.clicked.connect(lambda: self.move_phase(-1))
        self.down_button.clicked.connect(lambda: self.move_phase(1))
        for b in (self.add_button, self.pause_button, self.remove_button, self.up_button,
                  self.down_button):
            buttons.addWidget(b)
        layout.addLayout(buttons)
        form = QFormLayout()
        self.planned = QSpinBox(self)
        self.planned.setRange(0, MAX_MINUTES * MAX_PHASES)
        self.planned.setSingleStep(15)
        self.planned.setSuffix(self.tr(" min"))
        self.planned.setSpecialValueText(self.tr("non fixée"))
        self.planned.setAccessibleName(self.tr("Durée prévue de l'atelier"))
        self.planned.setValue(agenda.planned)
        self.planned.valueChanged.connect(self._update_total)
        form.addRow(self.tr("Durée prévue de l'atelier"), self.planned)
        layout.addLayout(form)
        self.total = QLabel(self)
        self.total.setWordWrap(True)
        layout.addWidget(self.total)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel, self)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        for kind, name, seconds in zip(agenda.kinds, agenda.names, agenda.durations,
                                       strict=True):
            self._insert(self.table.rowCount(), kind, name, seconds // 60)
        self._update_total()

    # -- rows ---------------------------------------------------------------------------------

    def _insert(self, row: int, kind: str, name: str, minutes: int) -> None:
        self.table.insertRow(row)
        edit = QLineEdit(name, self.table)
        edit.setMaxLength(MAX_NAME)
        edit.setPlaceholderText(kind_label(kind))
        edit.setAccessibleName(self.tr("Nom de la phase"))
        combo = QComboBox(self.table)
        for key in KINDS:
            combo.addItem(kind_label(key), key)
        combo.setCurrentIndex(combo.findData(kind))
        combo.setAccessibleName(self.tr("Type de phase (la page projetée)"))
        combo.currentIndexChanged.connect(
            lambda _i, e=edit, c=combo: e.setPlaceholderText(kind_label(c.currentData())))
        spin = QSpinBox(self.table)
        spin.setRange(1, MAX_MINUTES)
        spin.setValue(minutes)
        spin.setAccessibleName(self.tr("Minutes"))
        spin.valueChanged.connect(self._update_total)
        for column, widget in ((COL_NAME, edit), (COL_KIND, combo), (COL_MINUTES, spin)):
            self.table.setCellWidget(row, column, widget)
            widget.installEventFilter(self)  # working in a row makes it the selected one
        self.table.setCurrentCell(row, COL_NAME)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            for row in range(self.table.rowCount()):
                for column in (COL_NAME, COL_KIND, COL_MINUTES):
                    if self.table.cellWidget(row, column) is watched:
                        self.table.setCurrentCell(row, column)
                        return False
        return False

    def phases(self) -> list[tuple[str, str, int]]:
        """(kind, name, minutes) of every row, in order; a name that only repeats its
        page's own (« Vote » for a vote) is no name of its own."""
        rows = []
        for r in range(self.table.rowCount()):
            kind = self.table.cellWidget(r, COL_KIND).currentData()
            name = self.table.cellWidget(r, COL_NAME).text().strip()
            rows.append((kind, "" if name == kind_label(kind) else name,
                         self.table.cellWidget(r, COL_MINUTES).value()))
        return rows

    def add_phase(self, kind: str, minutes: int = 20, name: str = "") -> None:
        """A new phase after the selected one (at the end when none is); its name is ready
        to be typed over."""
        if self.table.rowCount() >= MAX_PHASES:
            return
        row = self.table.currentRow()
        row = row + 1 if row >= 0 else self.table.rowCount()
        self._insert(row, kind, name, minutes)
        self._update_total()
        edit = self.table.cellWidget(row, COL_NAME)
        edit.setFocus()
        edit.selectAll()

    def remove_phase(self) -> None:
        row = self.table.currentRow()
        if row >= 0 and self.table.rowCount() > 1:  # an agenda keeps at least one phase
            self.table.removeRow(row)
            self._update_total()

    def move_phase(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        phases = self.phases()
        kind, name, minutes = phases[row]
        self.table.removeRow(row)
        self._insert(target, kind, name, minutes)

    # -- total --------------------------------------------------------------------------------

    def total_minutes(self) -> int:
        return sum(minutes for _k, _n, minutes in self.phases())

    def _update_total(self, *_args) -> None:
        total, planned = self.total_minutes(), self.planned.value()
        text = self.tr("Total des phases : {total}").format(total=hours(total))
        if planned:
            gap = total - planned
            if gap > 0:
                text += self.tr(" — {gap} de plus que la durée prévue ({planned})").format(
                    gap=hours(gap), planned=hours(planned))
            elif gap < 0:
                text += self.tr(" — {gap} de moins que la durée prévue ({planned})").format(
                    gap=hours(-gap), planned=hours(planned))
            else:
                text += self.tr(" — exactement la durée prévue")
        self.total.setText(text)
        self.total.setStyleSheet("" if not planned or total == planned else
                                 "color: #8a5a00; font-weight: 600;")
