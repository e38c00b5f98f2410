"""The « Suivi » page: the plan review of a follow-up session.

Each carried action shows its status today, its owner and due date (overdue ones in red), its
last progress note; selecting one shows its whole history and the post-its of the previous
session it addressed — the evidence, kept apart from this session's board. The room gives a
status, a note and a date (one edit, kept in the history) and can mark an irritant solved by
the action.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...commands import followup
from ...domain.followup import Outcome, evidence, history, is_overdue, latest_review, outcome_of
from ..decide.common import Page, heading, one_line
from ..model import WorkshopModel

ID_ROLE = Qt.ItemDataRole.UserRole
LATE = QColor("#c0392b")


def outcome_label(o: Outcome) -> str:
    from PySide6.QtCore import QCoreApplication

    t = QCoreApplication.translate
    return {Outcome.TO_DO: t("FollowUpPage", "À faire"),
            Outcome.DOING: t("FollowUpPage", "En cours"),
            Outcome.DONE: t("FollowUpPage", "Faite"),
            Outcome.DROPPED: t("FollowUpPage", "Abandonnée")}[o]


class FollowUpPage(Page):
    def __init__(self, model: WorkshopModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpPage")
        self.model = model
        v = QVBoxLayout(self)
        v.setContentsMargins(8, 8, 8, 8)
        v.addWidget(heading(self.tr("Revue du plan d'actions"), self))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        v.addWidget(self.intro)
        split = QSplitter(Qt.Orientation.Vertical)
        v.addWidget(split, 1)
        self.table = QTableWidget(0, 5)
        self.table.setAccessibleName(self.tr("Actions reprises de la séance précédente"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Action"), self.tr("Porteur"), self.tr("Échéance"), self.tr("État"),
            self.tr("Dernier point")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._show_selected)
        split.addWidget(self.table)

        bottom = QWidget()
        b = QHBoxLayout(bottom)
        col = QVBoxLayout()
        col.addWidget(QLabel(self.tr("Historique de l'action")))
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Historique de l'action"))
        col.addWidget(self.history)
        form = QHBoxLayout()
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("État"))
        for o in Outcome:
            self.status.addItem(outcome_label(o), o.value)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Point d'avancement"))
        self.note.setAccessibleName(self.tr("Point d'avancement"))
        self.when = QDateEdit()
        self.when.setAccessibleName(self.tr("Date du point"))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("dd/MM/yyyy")
        self.review_button = QPushButton(self.tr("Faire le point"))
        self.review_button.clicked.connect(self.review)
        form.addWidget(self.status)
        form.addWidget(self.note, 1)
        form.addWidget(self.when)
        form.addWidget(self.review_button)
        col.addLayout(form)
        b.addLayout(col, 3)
        col = QVBoxLayout()
        col.addWidget(QLabel(self.tr("Post-it de la séance précédente (preuves)")))
        self.evidence = QListWidget()
        self.evidence.setAccessibleName(self.tr("Post-it de la séance précédente"))
        col.addWidget(self.evidence)
        self.solve_button = QPushButton(self.tr("Irritant résolu par cette action"))
        self.solve_button.clicked.connect(self.solve)
        col.addWidget(self.solve_button)
        b.addLayout(col, 2)
        split.addWidget(bottom)
        split.setSizes([400, 300])
        self.listen(model)
        self.refresh()

    def today(self) -> date:
        info = self.model.workshop.info
        try:
            return date.fromisoformat(info.date) if info.date else date.today()
        except ValueError:
            return date.today()

    def carried(self) -> list:
        w = self.model.workshop
        return [a for a in sorted(w.actions.values(), key=lambda a: (a.position, a.id))
                if a.origin]

    def refresh(self, change=None) -> None:
        w = self.model.workshop
        selected = self.selected_action()
        actions = self.carried()
        if w.sessions:
            last = w.sessions[max(w.sessions)]
            self.intro.setText(self.tr(
                "Séance de suivi n° {n} : {count} actions reprises de « {title} ». Les actions "
                "en retard sont en rouge.").format(n=max(w.sessions) + 1, count=len(actions),
                                                    title=last.title))
        else:
            self.intro.setText(self.tr(
                "Cet atelier est une première séance. Fichier > Nouvelle séance de suivi crée "
                "la suivante, avec le plan à revoir."))
        today = self.today()
        self.table.setRowCount(len(actions))
        for row, a in enumerate(actions):
            review = latest_review(w.reviews, a.id)
            late = is_overdue(a.status, review, a.due, today)
            state = outcome_label(outcome_of(a.status, review))
            if late:
                state = self.tr("{state} — en retard").format(state=state)
            cells = [one_line(a.title, 120), a.owner, _date(a.due), state,
                     one_line(review.note, 120) if review else ""]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, a.id)
                if late:
                    item.setForeground(QBrush(LATE))
                    if col == 3:
                        font = QFont(item.font())
                        font.setBold(True)
                        item.setFont(font)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        if selected is not None:
            self.select(selected)
        self._show_selected()

    def selected_action(self) -> int | None:
        items = self.table.selectedItems()
        return items[0].data(ID_ROLE) if items else None

    def select(self, aid: int) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(ID_ROLE) == aid:
                self.table.selectRow(row)
                return

    def _show_selected(self) -> None:
        w = self.model.workshop
        aid = self.selected_action()
        self.history.clear()
        self.evidence.clear()
        action = w.actions.get(aid) if aid is not None else None
        for widget in (self.review_button, self.solve_button, self.status, self.note):
            widget.setEnabled(action is not None)
        if action is None:
            return
        for r in history(w.reviews, aid):
            note = f" — {r.note}" if r.note else ""
            self.history.addItem(f"{_date(r.date)} : {outcome_label(r.status)}{note}")
        solved = {(s.session_id, s.card) for s in w.solved.values()}
        for e in evidence(w.sessions, action.origin):
            mark = "✔ " if (e.session_id, e.card) in solved else ""
            side = self.tr("Client") if e.side == "customer" else self.tr("Collab.")
            kind = self.tr("irritant") if e.kind == "irritant" else self.tr("enchantement")
            item = QListWidgetItem(f"{mark}[{e.step}] {side}, {kind} : {one_line(e.text, 160)}")
            item.setData(ID_ROLE, (e.session_id, e.card, e.kind))
            self.evidence.addItem(item)
        review = latest_review(w.reviews, aid)
        self.status.setCurrentIndex(self.status.findData(outcome_of(action.status, review).value))
        self.when.setDate(QDate(self.today()))

    def review(self) -> None:
        aid = self.selected_action()
        if aid is None:
            return
        when = self.when.date().toPython().isoformat()
        if self.model.try_push(followup.review_action, aid, self.status.currentData(),
                               self.note.text(), on=when) is not None:
            self.note.clear()

    def solve(self) -> None:
        aid = self.selected_action()
        item = self.evidence.currentItem()
        if aid is None or item is None:
            return
        session_id, card, _kind = item.data(ID_ROLE)
        self.model.try_push(followup.mark_solved, session_id, card, aid,
                            on=self.when.date().toPython().isoformat())


def _date(iso: str) -> str:
    try:
        return date.fromisoformat(iso).strftime("%d/%m/%Y") if iso else ""
    except ValueError:
        return iso
