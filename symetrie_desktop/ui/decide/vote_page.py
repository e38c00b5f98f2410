"""The « Brainstorm et vote » page: irritants to answer, ideas by theme, the dot-voting panel.

The facilitator picks an irritant (or several) and creates an idea in one gesture,
regroups ideas into themes, merges duplicates, then runs the vote: participant by
participant (the current voter is the model's active author) or as an anonymous
round. Tallies stay hidden until « Révéler » and the budget is never exceeded; a
refused dot is explained in the panel in plain French.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...commands import decide
from ...domain import votes
from ...domain.model import LaneKind
from ..model import WorkshopModel
from .common import (
    MUTED,
    CaptionDelegate,
    ChoiceDelegate,
    Page,
    heading,
    message_label,
    one_line,
)
from .idea_models import (
    COL_CARDS,
    COL_MINE,
    COL_TALLY,
    COL_TEXT,
    COL_THEME,
    ID_ROLE,
    KIND_ROLE,
    IdeaTreeModel,
    IrritantListModel,
    VoterTableModel,
)
from .wrap import WrappedTextDelegate

ANONYMOUS = -1  # the voter combo's value for the anonymous round


class VotePage(Page):
    def __init__(self, model: WorkshopModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self._irritant_panel())
        split.addWidget(self._idea_panel())
        split.addWidget(self._vote_panel())
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 5)
        split.setStretchFactor(2, 3)
        split.setSizes([420, 760, 400])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addWidget(split)
        self.listen(model)
        model.activeAuthorChanged.connect(self._author_changed)
        self.refresh()

    # -- building -------------------------------------------------------------------------------

    def _irritant_panel(self) -> QWidget:
        panel = QWidget(self)
        lay = QVBoxLayout(panel)
        lay.setContentsMargins(0, 0, 6, 0)
        lay.addWidget(heading(self.tr("Irritants à résoudre"), panel, 13))
        self.side_combo = QComboBox(panel)
        self.side_combo.addItem(self.tr("Client et collaborateur"), None)
        self.side_combo.addItem(self.tr("Vécu client"), LaneKind.CUSTOMER)
        self.side_combo.addItem(self.tr("Vécu collaborateur"), LaneKind.EMPLOYEE)
        self.side_combo.currentIndexChanged.connect(self._side_changed)
        lay.addWidget(self.side_combo)
        self.irritants = IrritantListModel(self.model, self)
        self.irritants_view = QListView(panel)
        self.irritants_view.setModel(self.irritants)
        self.irritants_view.setItemDelegate(CaptionDelegate(self.irritants_view))
        self.irritants_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.irritants_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.irritants_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.irritants_view.doubleClicked.connect(lambda _i: self.create_idea())
        lay.addWidget(self.irritants_view, 1)
        form = QFormLayout()
        self.idea_text = QLineEdit(panel)
        self.idea_text.setPlaceholderText(self.tr("Texte de l'idée (sinon : « Résoudre : … »)"))
        self.idea_text.setMaxLength(20_000)
        self.idea_text.returnPressed.connect(self.create_idea)
        self.theme_combo = QComboBox(panel)
        self.theme_combo.setEditable(True)
        self.theme_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.theme_combo.lineEdit().setPlaceholderText(self.tr("Sans thème"))
        form.addRow(self.tr("Idée"), self.idea_text)
        form.addRow(self.tr("Thème"), self.theme_combo)
        lay.addLayout(form)
        self.create_button = QPushButton(self.tr("Créer l'idée pour les irritants choisis"), panel)
        self.create_button.setToolTip(self.tr("Ou double-cliquer sur un irritant"))
        self.create_button.clicked.connect(self.create_idea)
        lay.addWidget(self.create_button)
        return panel

    def _idea_panel(self) -> QWidget:
        panel = QWidget(self)
        lay = QVBoxLayout(panel)
        lay.setContentsMargins(6, 0, 6, 0)
        lay.addWidget(heading(self.tr("Idées par thème"), panel, 13))
        self.ideas = IdeaTreeModel(self.model, self)
        self.ideas.push = self._push
        self.ideas_view = QTreeView(panel)
        self.ideas_view.setModel(self.ideas)
        self.ideas_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.ideas_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ideas_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                        | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.ideas_view.setAlternatingRowColors(True)
        # whole idea texts, wrapped: the room decides on what it can read
        self.ideas_view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.ideas_view.setWordWrap(True)
        self.ideas_view.setItemDelegateForColumn(COL_TEXT, WrappedTextDelegate(
            self.ideas_view, COL_TEXT))
        self.ideas_view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.ideas_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.ideas_view.setDropIndicatorShown(True)
        self.ideas_view.setItemDelegateForColumn(COL_THEME, ChoiceDelegate(
            self._theme_choices, True, self.ideas_view))
        self.ideas_view.setStyleSheet("QTreeView::item { padding: 3px 2px; }")
        header = self.ideas_view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_THEME, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_THEME, 130)
        for col in (COL_CARDS, COL_TALLY, COL_MINE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        lay.addWidget(self.ideas_view, 1)
        buttons = QHBoxLayout()
        self.plus_button = QPushButton(self.tr("+1 point"), panel)
        self.minus_button = QPushButton(self.tr("−1 point"), panel)
        self.merge_button = QPushButton(self.tr("Fusionner"), panel)
        self.delete_button = QPushButton(self.tr("Supprimer"), panel)
        self.action_button = QPushButton(self.tr("Créer une action"), panel)
        self.plus_button.setToolTip(self.tr("Un point du votant sur l'idée choisie (touche +)"))
        self.minus_button.setToolTip(self.tr("Retirer un point (touche −)"))
        self.merge_button.setToolTip(self.tr("Fusionner les idées choisies dans la première"))
        self.action_button.setToolTip(self.tr("L'idée devient une action du plan"))
        self.plus_button.clicked.connect(self.vote_plus)
        self.minus_button.clicked.connect(self.vote_minus)
        self.merge_button.clicked.connect(self.merge_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.action_button.clicked.connect(self.action_from_selected)
        for b in (self.plus_button, self.minus_button):
            b.setStyleSheet("font-weight: 600; padding: 4px 14px;")
            buttons.addWidget(b)
        buttons.addStretch(1)
        for b in (self.merge_button, self.delete_button, self.action_button):
            buttons.addWidget(b)
        lay.addLayout(buttons)
        self.ideas_view.installEventFilter(self)
        return panel

    def eventFilter(self, watched, event) -> bool:
        """Keys on the idea tree: + and − place or take back a dot, Delete removes ideas
        (unless a cell is being edited, where the keys belong to the text)."""
        if watched is self.ideas_view and event.type() == QEvent.Type.KeyPress and \
                self.ideas_view.state() != QAbstractItemView.State.EditingState:
            slot = {Qt.Key.Key_Plus: self.vote_plus, Qt.Key.Key_Minus: self.vote_minus,
                    Qt.Key.Key_Delete: self.delete_selected}.get(Qt.Key(event.key()))
            if slot is not None:
                slot()
                return True
        return super().eventFilter(watched, event)

    def _vote_panel(self) -> QWidget:
        panel = QWidget(self)
        lay = QVBoxLayout(panel)
        lay.setContentsMargins(6, 0, 0, 0)
        lay.addWidget(heading(self.tr("Vote par points"), panel, 13))
        form = QFormLayout()
        self.voter_combo = QComboBox(panel)
        self.voter_combo.currentIndexChanged.connect(self._voter_chosen)
        self.budget_spin = QSpinBox(panel)
        self.budget_spin.setRange(0, 99)
        self.budget_spin.setKeyboardTracking(False)
        self.budget_spin.valueChanged.connect(self._budget_changed)
        form.addRow(self.tr("Votant"), self.voter_combo)
        form.addRow(self.tr("Points par participant"), self.budget_spin)
        lay.addLayout(form)
        self.left_label = QLabel(panel)
        self.left_label.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.left_label.setWordWrap(True)
        lay.addWidget(self.left_label)
        self.message = message_label(panel)
        lay.addWidget(self.message)
        self.reveal_button = QPushButton(panel)
        self.reveal_button.setCheckable(True)
        self.reveal_button.clicked.connect(self._reveal_clicked)
        lay.addWidget(self.reveal_button)
        self.ranking = QLabel(panel)
        self.ranking.setWordWrap(True)
        self.ranking.setTextFormat(Qt.TextFormat.RichText)
        lay.addWidget(self.ranking)
        self.not_voted_label = QLabel(panel)
        self.not_voted_label.setWordWrap(True)
        self.not_voted_label.setTextFormat(Qt.TextFormat.PlainText)
        self.not_voted_label.setStyleSheet("color: #b9770e; font-weight: 600;")
        lay.addWidget(self.not_voted_label)
        self.voters = VoterTableModel(self.model, self)
        self.voters.push = self._push
        self.voters_view = QTableView(panel)
        self.voters_view.setModel(self.voters)
        self.voters_view.verticalHeader().hide()
        self.voters_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.voters_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        h = self.voters_view.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.voters_view.clicked.connect(self._voter_clicked)
        lay.addWidget(self.voters_view, 1)
        hint = QLabel(self.tr("Décocher un participant (par exemple l'animateur) le retire "
                              "du vote. Cliquer sur un nom en fait le votant."), panel)
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {MUTED};")
        lay.addWidget(hint)
        return panel

    # -- refresh ------------------------------------------------------------------------------

    def refresh(self, change=None) -> None:
        """Re-read the workshop; a dot placed does not re-measure two thousand irritants."""
        kinds = change.kinds if change is not None else None
        selected = self.selected_ideas()
        current = self._current_idea()
        self.ideas.voter = self.voter()
        self.ideas.refresh()
        if kinds is None or kinds & {"cards", "ideas", "steps", "lanes"}:
            self.irritants.refresh()
        self.voters.refresh()
        self.ideas_view.expandAll()
        self._restore_selection(selected, current)
        self._refresh_voter_combo()
        self._refresh_vote_state()
        themes = sorted({i.theme for i in self.model.workshop.ideas.values() if i.theme},
                        key=str.casefold)
        text = self.theme_combo.currentText()
        self.theme_combo.blockSignals(True)
        self.theme_combo.clear()
        self.theme_combo.addItems(themes)
        self.theme_combo.setEditText(text)
        self.theme_combo.blockSignals(False)

    def _theme_choices(self) -> list[tuple[str, str]]:
        themes = sorted({i.theme for i in self.model.workshop.ideas.values() if i.theme},
                        key=str.casefold)
        return [(t, t) for t in themes]

    def _refresh_voter_combo(self) -> None:
        w = self.model.workshop
        want = self.voter_combo.currentData()
        if want is None:  # first time: the board's author, else the first who has not voted
            missing = votes.not_voted(w)
            want = self.model.active_author if self.model.active_author is not None else \
                missing[0].id if missing else ANONYMOUS
        self.voter_combo.blockSignals(True)
        self.voter_combo.clear()
        for p in votes.voters(w):
            self.voter_combo.addItem(p.name, p.id)
        self.voter_combo.addItem(self.tr("Tour anonyme"), ANONYMOUS)
        at = self.voter_combo.findData(want)
        self.voter_combo.setCurrentIndex(at if at >= 0 else self.voter_combo.count() - 1)
        self.voter_combo.blockSignals(False)

    def _refresh_vote_state(self) -> None:
        w = self.model.workshop
        self.budget_spin.blockSignals(True)
        self.budget_spin.setValue(w.info.vote_budget)
        self.budget_spin.blockSignals(False)
        voter = self.voter()
        if voter is None:
            self.left_label.setText(self.tr("Tour anonyme : {n} point(s) restant(s) pour la "
                                            "salle").format(n=votes.left(w, None)))
        else:
            self.left_label.setText(
                self.tr("{name} : {left} point(s) restant(s) sur {budget}").format(
                    name=w.participants[voter].name, left=votes.left(w, voter),
                    budget=w.info.vote_budget))
        revealed = votes.is_revealed(w)
        self.reveal_button.setChecked(revealed)
        self.reveal_button.setText(self.tr("Masquer les résultats") if revealed
                                   else self.tr("Révéler les résultats"))
        self._refresh_ranking(revealed)
        self._select_voter_row(voter)
        missing = votes.not_voted(w)
        room_left = votes.left(w, None)  # dots the room has not placed, by name or not
        if missing:
            self.not_voted_label.setText(self.tr("Pas encore voté ({n}) : {names}").format(
                n=len(missing), names=", ".join(p.name for p in missing)))
        elif room_left:  # everyone has voted once, but dots are still to place
            pending = ", ".join(f"{s.participant.name} ({s.left})"
                                for s in votes.voter_states(w) if s.left)
            self.not_voted_label.setText(self.tr(
                "{n} point(s) restent à placer : {names}").format(n=room_left, names=pending)
                if pending else self.tr("{n} point(s) restent à placer.").format(n=room_left))
        else:
            self.not_voted_label.setText(self.tr("Tout le monde a voté : tous les points sont "
                                                 "placés."))

    def _refresh_ranking(self, revealed: bool) -> None:
        """Once revealed, the five ideas with the most dots, so the room sees what it chose."""
        w = self.model.workshop
        tallies = votes.idea_tallies(w)
        top = sorted((i for i in w.ordered_ideas() if tallies[i.id]),
                     key=lambda i: -tallies[i.id])[:5]
        self.ranking.setVisible(revealed and bool(top))
        rows = "".join(
            f"<tr><td align='right'><b>{tallies[i.id]}</b>&nbsp;</td>"
            f"<td>{escape(one_line(i.text, 400))}</td></tr>" for i in top)
        self.ranking.setText(self.tr("<b>Classement</b>") + f"<table>{rows}</table>")

    def _select_voter_row(self, voter: int | None) -> None:
        """Highlight the current voter in the participants' list."""
        self.voters_view.clearSelection()
        for row in range(self.voters.rowCount()):
            if self.voters.participant_id(row) == voter:
                self.voters_view.selectRow(row)

    def _restore_selection(self, ideas: list[int], current: int | None) -> None:
        sel = self.ideas_view.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | \
            QItemSelectionModel.SelectionFlag.Rows
        for iid in ideas:
            index = self.ideas.idea_index(iid)
            if index.isValid():
                sel.select(index, flags)
        if current is not None:
            index = self.ideas.idea_index(current)
            if index.isValid():
                sel.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)

    # -- selection helpers ----------------------------------------------------------------------

    def voter(self) -> int | None:
        """The participant whose dots are being entered, or None for the anonymous round."""
        data = self.voter_combo.currentData()
        if data is None:
            return self.model.active_author
        return None if data == ANONYMOUS else int(data)

    def selected_ideas(self) -> list[int]:
        rows = self.ideas_view.selectionModel().selectedRows(0) if self.ideas_view.model() \
            else []
        ids = [i.data(ID_ROLE) for i in rows if i.data(KIND_ROLE) == "idea"]
        current = self._current_idea()
        if current in ids:  # the one the facilitator clicked last comes first (kept on merge)
            ids.remove(current)
            ids.insert(0, current)
        return ids

    def _current_idea(self) -> int | None:
        index = self.ideas_view.currentIndex()
        if index.isValid() and index.data(KIND_ROLE) == "idea":
            return index.data(ID_ROLE)
        return None

    def select_idea(self, idea_id: int) -> None:
        index = self.ideas.idea_index(idea_id)
        self.ideas_view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)

    def selected_irritants(self) -> list[int]:
        rows = sorted(self.irritants_view.selectionModel().selectedRows(), key=lambda i: i.row())
        return [i.data(ID_ROLE) for i in rows]

    # -- gestures -----------------------------------------------------------------------------

    def _push(self, factory, *args, **kwargs):
        """Push an edit; a refusal is shown in the panel instead of raising."""
        return self.push(factory, *args, **kwargs)

    def create_idea(self) -> None:
        cards = self.selected_irritants()
        if not cards:
            self.message.setText(self.tr("Choisissez d'abord un irritant dans la liste."))
            return
        edit = self._push(decide.idea_from_irritants, cards, self.idea_text.text(),
                          self.model.active_author, self.theme_combo.currentText())
        if edit is not None:
            self.idea_text.clear()
            self.select_idea(edit.created)

    def vote_plus(self) -> None:
        idea = self._current_idea()
        if idea is None:
            self.message.setText(self.tr("Choisissez une idée pour y placer un point."))
            return
        w = self.model.workshop
        voter = self.voter()
        if voter is not None and votes.left(w, voter) <= 0:
            self.message.setText(self.tr(
                "Budget atteint : {name} a déjà placé ses {n} points. Retirez-en un pour "
                "changer d'avis.").format(name=w.participants[voter].name,
                                          n=votes.used(w, voter)))
            return
        if voter is None and votes.left(w, None) <= 0:
            self.message.setText(self.tr("Budget atteint : la salle a placé tous ses points."))
            return
        self._push(decide.add_vote, voter, idea)

    def vote_minus(self) -> None:
        idea = self._current_idea()
        if idea is None:
            return
        if votes.dots_of(self.model.workshop, self.voter(), idea) == 0:
            self.message.setText(self.tr("Ce votant n'a pas de point sur cette idée."))
            return
        self._push(decide.remove_vote, self.voter(), idea)

    def merge_selected(self) -> None:
        ideas = self.selected_ideas()
        if len(ideas) < 2:
            self.message.setText(self.tr("Choisissez au moins deux idées à fusionner."))
            return
        edit = self._push(decide.merge_ideas, ideas[0], ideas[1:])
        if edit is not None:
            self.select_idea(ideas[0])

    def delete_selected(self) -> None:
        ideas = self.selected_ideas()
        if ideas:
            self._push(decide.remove_ideas, ideas)

    def action_from_selected(self) -> None:
        idea = self._current_idea()
        if idea is None:
            self.message.setText(self.tr("Choisissez l'idée à transformer en action."))
            return
        if self._push(decide.action_from_idea, idea) is not None:
            self.message.setText("")

    def _reveal_clicked(self, checked: bool) -> None:
        self._push(decide.set_votes_revealed, checked)
        self._refresh_vote_state()

    def _budget_changed(self, value: int) -> None:
        if self._push(decide.set_vote_budget, value) is None:
            self._refresh_vote_state()

    def _side_changed(self) -> None:
        self.irritants.side = self.side_combo.currentData()
        self.irritants.refresh()

    def _voter_chosen(self) -> None:
        data = self.voter_combo.currentData()
        self.message.clear()
        if data is not None and data != ANONYMOUS:
            self.model.set_active_author(int(data))
        self.refresh()

    def _voter_clicked(self, index) -> None:
        pid = self.voters.participant_id(index.row())
        at = self.voter_combo.findData(pid)
        if at >= 0:
            self.voter_combo.setCurrentIndex(at)

    def _author_changed(self, pid) -> None:
        """The board's current author becomes the voter (no author: the voter stays)."""
        if pid is None:
            return
        at = self.voter_combo.findData(pid)
        if at >= 0 and at != self.voter_combo.currentIndex():
            self.voter_combo.setCurrentIndex(at)
