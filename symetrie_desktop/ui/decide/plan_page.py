"""The « Plan d'actions » page: the cross action plan in a table, ordered by the matrix.

Rows come from :func:`ordered_plan` on every change (Priorité 1 first, then by due
date), so an action moves to its place as soon as what it addresses is linked on
the board. Title, owner, due date and status are edited in place; each edit is one
undoable step saved at once.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...commands import decide
from ...domain import votes
from ...domain.matrix import Quadrant, ordered_plan
from ...domain.model import Action, Status
from ..model import WorkshopModel
from .common import (
    MUTED,
    QUADRANT_COLOURS,
    ChoiceDelegate,
    Page,
    RowsTableModel,
    heading,
    message_label,
    one_line,
    quadrant_short,
    side_label,
    status_label,
)

ACTION_ROLE = Qt.ItemDataRole.UserRole
PRIORITY_ROLE = Qt.ItemDataRole.UserRole + 1
(COL_PRIORITY, COL_TITLE, COL_OWNER, COL_DUE, COL_STATUS, COL_CARDS, COL_IDEAS) = range(7)
NO_DATE = QDate(2000, 1, 1)  # the date editor's minimum, shown as « Sans échéance »
STATUS_COLOURS = {Status.TO_DO: "#5d6d7e", Status.DOING: "#b9770e", Status.DONE: "#1e8449"}


class PlanTableModel(RowsTableModel):
    numbered = True

    def __init__(self, model: WorkshopModel, parent=None) -> None:
        super().__init__(parent)
        self.model = model
        self.push = model.try_push
        self._rows: list[tuple[Action, Quadrant | None]] = []
        self._headers = [self.tr("Priorité"), self.tr("Action"), self.tr("Porteur"),
                         self.tr("Échéance"), self.tr("Statut"), self.tr("Irritants traités"),
                         self.tr("Idées")]

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = ordered_plan(self.model.workshop)
        self.endResetModel()


    def action(self, row: int) -> Action:
        return self._rows[row][0]

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (COL_TITLE, COL_OWNER, COL_DUE, COL_STATUS):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        action, priority = self._rows[index.row()]
        col = index.column()
        if role == ACTION_ROLE:
            return action.id
        if role == PRIORITY_ROLE:
            return priority
        if role == Qt.ItemDataRole.EditRole:
            return {COL_TITLE: action.title, COL_OWNER: action.owner, COL_DUE: action.due,
                    COL_STATUS: action.status.value}.get(col)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(action, priority, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(action, col)
        if col == COL_PRIORITY:
            if role == Qt.ItemDataRole.BackgroundRole and priority is not None:
                return QColor(QUADRANT_COLOURS[priority])
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor("white") if priority is not None else QColor(MUTED)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
        if col == COL_STATUS and role == Qt.ItemDataRole.ForegroundRole:
            return QColor(STATUS_COLOURS[action.status])
        if col == COL_DUE and role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, action: Action, priority: Quadrant | None, col: int):
        w = self.model.workshop
        if col == COL_PRIORITY:
            return quadrant_short(priority)
        if col == COL_TITLE:
            return one_line(action.title, 200)
        if col == COL_OWNER:
            return action.owner or "—"
        if col == COL_DUE:
            # the chosen language's short date (15/01/2027 in French and British English)
            return QLocale().toString(QDate.fromString(action.due, Qt.DateFormat.ISODate),
                                      QLocale.FormatType.ShortFormat) \
                if action.due else self.tr("Sans échéance")
        if col == COL_STATUS:
            return status_label(action.status)
        if col == COL_CARDS:
            cards = [w.cards[c] for c in action.addresses if c in w.cards]
            if not cards:
                return "—"
            more = f"  (+{len(cards) - 1})" if len(cards) > 1 else ""
            return self.tr("{side} : {text}").format(
                side=side_label(w, cards[0]), text=one_line(cards[0].text, 60)) + more
        if col == COL_IDEAS:
            ideas = [w.ideas[i] for i in action.ideas if i in w.ideas]
            if not ideas:
                return "—"
            more = f"  (+{len(ideas) - 1})" if len(ideas) > 1 else ""
            return f"{one_line(ideas[0].text, 50)}{more}"
        return None

    def _tooltip(self, action: Action, col: int) -> str | None:
        w = self.model.workshop
        if col == COL_CARDS:
            line = self.tr("• {side} — {step} : {text}")
            return "\n".join(line.format(side=side_label(w, w.cards[c]),
                                          step=w.steps[w.cards[c].step_id].name,
                                          text=one_line(w.cards[c].text, 200))
                             for c in action.addresses if c in w.cards) or None
        if col == COL_IDEAS:
            return "\n".join(f"• {one_line(w.ideas[i].text, 200)}"
                             for i in action.ideas if i in w.ideas) or None
        if col == COL_PRIORITY:
            return self.tr("Le quadrant le plus urgent parmi les paires que l'action traite")
        return one_line(action.title, 400) if col == COL_TITLE else None

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        field = {COL_TITLE: "title", COL_OWNER: "owner", COL_DUE: "due",
                 COL_STATUS: "status"}.get(index.column())
        if field is None:
            return False
        aid = self._rows[index.row()][0].id
        return self.push(decide.update_action, aid, **{field: value}) is not None


class PriorityDelegate(QStyledItemDelegate):
    """The priority as a coloured label that keeps its colour when the row is selected: the
    colour is the information."""

    def paint(self, painter, option, index) -> None:
        priority = index.data(PRIORITY_ROLE)
        painter.save()
        rect = option.rect.adjusted(3, 3, -3, -3)
        if priority is not None:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(QUADRANT_COLOURS[priority]))
            painter.drawRoundedRect(rect, 4, 4)
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("white") if priority is not None else QColor(MUTED))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), index.data() or "")
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 24, size.height())


class PlanFilter(QSortFilterProxyModel):
    """Keeps the plan's order; filters by owner ('' selects actions with no owner) and by
    status; ``ANY`` lets everything through."""

    ANY = "\x00any"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.owner: str = self.ANY
        self.status: str = self.ANY

    def set_filters(self, owner: str, status: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            self.owner, self.status = owner, status
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self.owner, self.status = owner, status
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        action = self.sourceModel().action(row)
        if self.owner != self.ANY and action.owner != self.owner:
            return False
        return self.status == self.ANY or action.status.value == self.status


class DateDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):
        editor = QDateEdit(parent)
        editor.setCalendarPopup(True)
        editor.setDisplayFormat("dd/MM/yyyy")
        editor.setMinimumDate(NO_DATE)
        editor.setSpecialValueText(self.tr("Sans échéance"))
        return editor

    def setEditorData(self, editor, index) -> None:
        due = index.data(Qt.ItemDataRole.EditRole)
        date = QDate.fromString(due, Qt.DateFormat.ISODate) if due else NO_DATE
        editor.setDate(date if date.isValid() else NO_DATE)

    def setModelData(self, editor, model, index) -> None:
        date = editor.date()
        model.setData(index, "" if date <= NO_DATE else date.toString(Qt.DateFormat.ISODate))


class PlanPage(Page):
    def __init__(self, model: WorkshopModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.table = PlanTableModel(model, self)
        self.table.push = self._push
        self.proxy = PlanFilter(self)
        self.proxy.setSourceModel(self.table)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setItemDelegateForColumn(COL_DUE, DateDelegate(self.view))
        self.view.setItemDelegateForColumn(COL_PRIORITY, PriorityDelegate(self.view))
        self.view.setItemDelegateForColumn(COL_STATUS, ChoiceDelegate(
            lambda: [(status_label(s), s.value) for s in Status], False, self.view))
        self.view.setItemDelegateForColumn(COL_OWNER, ChoiceDelegate(
            lambda: [(p.name, p.name) for p in model.workshop.ordered_participants()], True,
            self.view))
        header = self.view.horizontalHeader()
        for col, mode in ((COL_PRIORITY, QHeaderView.ResizeMode.ResizeToContents),
                          (COL_TITLE, QHeaderView.ResizeMode.Stretch),
                          (COL_OWNER, QHeaderView.ResizeMode.ResizeToContents),
                          (COL_DUE, QHeaderView.ResizeMode.Interactive),
                          (COL_STATUS, QHeaderView.ResizeMode.ResizeToContents),
                          (COL_CARDS, QHeaderView.ResizeMode.Interactive),
                          (COL_IDEAS, QHeaderView.ResizeMode.Interactive)):
            header.setSectionResizeMode(col, mode)
        header.resizeSection(COL_DUE, 140)  # room for the date editor and its arrow
        header.resizeSection(COL_CARDS, 300)
        header.resizeSection(COL_IDEAS, 240)
        self.view.viewport().installEventFilter(self)  # its width shares the text columns
        self.view.verticalHeader().setDefaultSectionSize(30)
        self.view.doubleClicked.connect(self._show_cards)

        # create
        self.idea_combo = QComboBox(self)
        self.idea_combo.setMinimumContentsLength(40)
        self.idea_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.from_idea_button = QPushButton(self.tr("Créer l'action depuis l'idée"), self)
        self.from_idea_button.clicked.connect(self.action_from_idea)
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("Nouvelle action…"))
        self.title_edit.returnPressed.connect(self.add_action)
        self.add_button = QPushButton(self.tr("Ajouter"), self)
        self.add_button.clicked.connect(self.add_action)
        self.delete_button = QPushButton(self.tr("Supprimer l'action"), self)
        self.delete_button.clicked.connect(self.delete_action)
        create = QHBoxLayout()
        create.addWidget(QLabel(self.tr("Idée :"), self))
        create.addWidget(self.idea_combo, 3)
        create.addWidget(self.from_idea_button)
        create.addSpacing(16)
        create.addWidget(self.title_edit, 2)
        create.addWidget(self.add_button)

        # filters
        self.owner_filter = QComboBox(self)
        self.status_filter = QComboBox(self)
        self.status_filter.addItem(self.tr("Tous les statuts"), PlanFilter.ANY)
        for s in Status:
            self.status_filter.addItem(status_label(s), s.value)
        self.owner_filter.currentIndexChanged.connect(self._filter_changed)
        self.status_filter.currentIndexChanged.connect(self._filter_changed)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Porteur :"), self))
        filters.addWidget(self.owner_filter)
        filters.addWidget(QLabel(self.tr("Statut :"), self))
        filters.addWidget(self.status_filter)
        self.count_label = QLabel(self)
        self.count_label.setStyleSheet(f"color: {MUTED};")
        filters.addWidget(self.count_label)
        filters.addStretch(1)
        filters.addWidget(self.delete_button)

        self.message = message_label(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addWidget(heading(self.tr("Plan d'actions croisé"), self, 15))
        note = QLabel(self.tr("Trié par priorité (quadrant le plus urgent des paires traitées), "
                              "puis par échéance. Double-cliquer une cellule pour la modifier."),
                      self)
        note.setStyleSheet(f"color: {MUTED};")
        layout.addWidget(note)
        layout.addLayout(create)
        layout.addLayout(filters)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        self.listen(model)
        self.refresh()


    #: the parts of the width left by the narrow columns that the post-its and the ideas
    #: take, at most their first widths; the action's title takes the rest
    _SHARES = ((COL_CARDS, 0.34, 300), (COL_IDEAS, 0.27, 240))

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.view.viewport():
            self._share_columns(event.size().width())
        return super().eventFilter(watched, event)

    def _share_columns(self, width: int) -> None:
        """On a narrow window the two long text columns kept 540 px between them and the
        action's title, the one column that says what the action is, shrank to a few
        letters (at 1,280 px with the participants panel); they now give up room first."""
        header = self.view.horizontalHeader()
        narrow = sum(header.sectionSize(c) for c in (COL_PRIORITY, COL_OWNER, COL_DUE,
                                                      COL_STATUS))
        left = max(0, width - narrow)
        for col, share, most in self._SHARES:
            header.resizeSection(col, max(120, min(most, int(left * share))))

    def _push(self, factory, *args, **kwargs):
        return self.push(factory, *args, **kwargs)

    def refresh(self, change=None) -> None:
        if change is not None and not change.kinds & {
                "actions", "ideas", "cards", "links", "steps", "lanes", "votes", "settings",
                "participants"}:
            return
        current = self.current_action()
        self.table.refresh()
        self._refresh_owner_filter()
        self._refresh_ideas()
        self.count_label.setText(self.tr("{shown} action(s) sur {total}").format(
            shown=self.proxy.rowCount(), total=self.table.rowCount()))
        if current is not None:
            self.select_action(current)

    def _refresh_owner_filter(self) -> None:
        owners = sorted({a.owner for a in self.model.workshop.actions.values() if a.owner},
                        key=str.casefold)
        keep = self.owner_filter.currentData()
        self.owner_filter.blockSignals(True)
        self.owner_filter.clear()
        self.owner_filter.addItem(self.tr("Tous les porteurs"), PlanFilter.ANY)
        for owner in owners:
            self.owner_filter.addItem(owner, owner)
        self.owner_filter.addItem(self.tr("Sans porteur"), "")
        at = self.owner_filter.findData(keep) if keep is not None else 0
        self.owner_filter.setCurrentIndex(max(0, at))
        self.owner_filter.blockSignals(False)
        self._filter_changed()

    def _refresh_ideas(self) -> None:
        """Ideas to turn into actions, most voted first once the vote is revealed; ideas that
        already have an action are marked."""
        w = self.model.workshop
        keep = self.idea_combo.currentData()
        tallies = votes.idea_tallies(w)
        revealed = votes.is_revealed(w)
        planned = {i for a in w.actions.values() for i in a.ideas}
        ideas = w.ordered_ideas()
        if revealed:
            ideas.sort(key=lambda i: -tallies[i.id])
        self.idea_combo.blockSignals(True)
        self.idea_combo.clear()
        for idea in ideas:
            text = one_line(idea.text, 90)
            if revealed:
                text = self.tr("{text} — {n} pt").format(text=text, n=tallies[idea.id])
            if idea.id in planned:
                text = self.tr("{text} (déjà au plan)").format(text=text)
            self.idea_combo.addItem(text, idea.id)
        at = self.idea_combo.findData(keep)
        if at >= 0:
            self.idea_combo.setCurrentIndex(at)
        self.idea_combo.blockSignals(False)
        self.from_idea_button.setEnabled(bool(ideas))

    def _filter_changed(self) -> None:
        owner = self.owner_filter.currentData()
        status = self.status_filter.currentData()
        self.proxy.set_filters(PlanFilter.ANY if owner is None else owner,
                               PlanFilter.ANY if status is None else status)
        self.count_label.setText(self.tr("{shown} action(s) sur {total}").format(
            shown=self.proxy.rowCount(), total=self.table.rowCount()))

    def current_action(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(ACTION_ROLE) if index.isValid() else None

    def select_action(self, aid: int) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, COL_TITLE)
            if index.data(ACTION_ROLE) == aid:
                self.view.setCurrentIndex(index)
                return

    def action_from_idea(self) -> None:
        idea = self.idea_combo.currentData()
        if idea is None:
            self.message.setText(self.tr("Aucune idée à transformer : passez par le brainstorm."))
            return
        edit = self._push(decide.action_from_idea, idea)
        if edit is not None:
            self.select_action(edit.created)

    def add_action(self) -> None:
        edit = self._push(decide.add_action, self.title_edit.text())
        if edit is not None:
            self.title_edit.clear()
            self.select_action(edit.created)

    def delete_action(self) -> None:
        aid = self.current_action()
        if aid is not None:
            self._push(decide.remove_action, aid)

    def _show_cards(self, index: QModelIndex) -> None:
        if index.column() == COL_CARDS:
            action = self.model.workshop.actions.get(index.data(ACTION_ROLE))
            if action is not None and action.addresses:
                self.model.show_cards(action.addresses)
