"""Qt item models of the brainstorm: ideas grouped by theme, irritants to answer, voters.

None keeps data of its own: :meth:`refresh` recomputes the rows from
``model.workshop`` after each change, and edits made in a view (renaming an idea,
moving it to another theme) are pushed on the workshop model as undoable edits.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from ...commands import decide
from ...domain import votes
from ...domain.model import Card, CardKind, Idea, LaneKind
from ..model import WorkshopModel
from .common import (
    CAPTION_COLOUR_ROLE,
    CAPTION_ROLE,
    CUSTOMER_COLOUR,
    EMPLOYEE_COLOUR,
    MUTED,
    RowsTableModel,
    one_line,
)

ID_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1

COL_TEXT, COL_THEME, COL_CARDS, COL_TALLY, COL_MINE = range(5)


@dataclass(eq=False)
class _Node:
    """One row of the tree; kept alive by the model so internal pointers stay valid."""

    theme: str
    idea: Idea | None = None
    row: int = 0
    parent: _Node | None = None


class IdeaTreeModel(QAbstractItemModel):
    """Themes as top rows (« Sans thème » last), their ideas underneath in brainstorm order."""

    def __init__(self, model: WorkshopModel, parent=None) -> None:
        super().__init__(parent)
        self.model = model
        #: Pushes an edit made in a view; the page replaces it to show refusals inline.
        self.push = model.try_push
        self.voter: int | None = None
        self._themes: list[_Node] = []
        self._children: dict[int, list[_Node]] = {}
        self._headers = [self.tr("Idée"), self.tr("Thème"), self.tr("Irritants"),
                         self.tr("Points"), self.tr("Mes points")]

    def refresh(self) -> None:
        w = self.model.workshop
        self.beginResetModel()
        by_theme: dict[str, list[Idea]] = {}
        for idea in w.ordered_ideas():
            by_theme.setdefault(idea.theme, []).append(idea)
        names = sorted((t for t in by_theme if t), key=str.casefold)
        if "" in by_theme:
            names.append("")
        tallies = votes.idea_tallies(w)
        if votes.is_revealed(w):  # the room sees its choice: most dots first (stable)
            for ideas in by_theme.values():
                ideas.sort(key=lambda i: -tallies[i.id])
            names.sort(key=lambda t: -sum(tallies[i.id] for i in by_theme[t]))
        self._themes = [_Node(t, row=r) for r, t in enumerate(names)]
        self._children = {
            id(node): [_Node(node.theme, idea, r, node)
                       for r, idea in enumerate(by_theme[node.theme])]
            for node in self._themes
        }
        self._tallies = tallies
        self._revealed = votes.is_revealed(w)
        self.endResetModel()

    # -- structure ----------------------------------------------------------------------------

    def index(self, row: int, column: int, parent=QModelIndex()) -> QModelIndex:  # noqa: B008
        rows = self._rows(parent)
        if not 0 <= row < len(rows) or not 0 <= column < len(self._headers):
            return QModelIndex()
        return self.createIndex(row, column, rows[row])

    def _rows(self, parent: QModelIndex) -> list[_Node]:
        if not parent.isValid():
            return self._themes
        node: _Node = parent.internalPointer()
        return self._children.get(id(node), []) if node.idea is None else []

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node: _Node = index.internalPointer()
        if node.parent is None:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._rows(parent))

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def idea_index(self, idea_id: int, column: int = 0) -> QModelIndex:
        for theme in self._themes:
            for node in self._children[id(theme)]:
                if node.idea is not None and node.idea.id == idea_id:
                    return self.createIndex(node.row, column, node)
        return QModelIndex()

    def theme_index(self, theme: str) -> QModelIndex:
        for node in self._themes:
            if node.theme == theme:
                return self.createIndex(node.row, 0, node)
        return QModelIndex()

    # -- data ---------------------------------------------------------------------------------

    # -- drag and drop: ideas dropped on a theme (or on an idea of it) join that theme ---------

    MIME = "application/x-symetrie-ideas"

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [self.MIME]

    def mimeData(self, indexes) -> QMimeData:
        ids = list(dict.fromkeys(
            i.internalPointer().idea.id for i in indexes
            if i.isValid() and i.internalPointer().idea is not None))
        data = QMimeData()
        data.setData(self.MIME, QByteArray(json.dumps(ids).encode()))
        return data

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return data.hasFormat(self.MIME) and parent.isValid()

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            ids = [int(i) for i in json.loads(bytes(data.data(self.MIME)).decode())]
        except (ValueError, TypeError):
            return False
        theme = parent.internalPointer().theme
        self.push(decide.set_theme, ids, theme)
        return False  # the edit moved them; the view must not remove rows itself

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        node: _Node = index.internalPointer()
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable \
            | Qt.ItemFlag.ItemIsDropEnabled
        if node.idea is not None:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        if node.idea is not None and index.column() in (COL_TEXT, COL_THEME):
            flags |= Qt.ItemFlag.ItemIsEditable
        if node.idea is None and node.theme and index.column() == COL_TEXT:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node: _Node = index.internalPointer()
        if node.idea is None:
            return self._theme_data(node, index.column(), role)
        return self._idea_data(node.idea, index.column(), role)

    def _theme_data(self, node: _Node, column: int, role: int):
        count = len(self._children[id(node)])
        if role == Qt.ItemDataRole.DisplayRole and column == COL_TEXT:
            name = node.theme or self.tr("Sans thème")
            return self.tr("{theme} ({n})").format(theme=name, n=count)
        if role == Qt.ItemDataRole.EditRole and column == COL_TEXT:
            return node.theme
        if role == Qt.ItemDataRole.DisplayRole and column == COL_TALLY and self._revealed:
            return sum(self._tallies[n.idea.id] for n in self._children[id(node)] if n.idea)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor("#eef2f6")
        if role == KIND_ROLE:
            return "theme"
        if role == ID_ROLE:
            return node.theme
        return None

    def _idea_data(self, idea: Idea, column: int, role: int):
        w = self.model.workshop
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == COL_TEXT:
                return idea.text if role == Qt.ItemDataRole.EditRole else \
                    one_line(idea.text, 400)
            if column == COL_THEME:
                return idea.theme
            if column == COL_CARDS:
                return len(idea.addresses)
            if column == COL_TALLY:
                return self._tallies[idea.id] if self._revealed else "—"
            if column == COL_MINE:
                mine = votes.dots_of(w, self.voter, idea.id) if self._voting() else 0
                return "●" * mine if mine else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_CARDS:
                return "\n".join(f"• {one_line(w.cards[c].text, 200)}"
                                 for c in idea.addresses if c in w.cards)
            if column == COL_TALLY and not self._revealed:
                return self.tr("Résultats masqués jusqu'à « Révéler »")
            return idea.text
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= COL_CARDS:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_MINE:
            return QColor("#c0392b")
        if role == Qt.ItemDataRole.FontRole and column == COL_TALLY and self._revealed:
            font = QFont()
            font.setBold(True)
            return font
        if role == KIND_ROLE:
            return "idea"
        if role == ID_ROLE:
            return idea.id
        return None

    def _voting(self) -> bool:
        return self.voter is None or self.voter in self.model.workshop.participants

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        node: _Node = index.internalPointer()
        if node.idea is None:
            return self.push(decide.rename_theme, node.theme, str(value)) is not None
        field = {COL_TEXT: "text", COL_THEME: "theme"}.get(index.column())
        if field is None:
            return False
        return self.push(decide.update_idea, node.idea.id,
                                   **{field: str(value)}) is not None


class IrritantListModel(QAbstractListModel):
    """Customer and employee irritants in journey order, with how many ideas answer each."""

    def __init__(self, model: WorkshopModel, parent=None) -> None:
        super().__init__(parent)
        self.model = model
        self.side: LaneKind | None = None
        self._cards: list[Card] = []
        self._answered: dict[int, int] = {}

    def refresh(self) -> None:
        w = self.model.workshop
        self.beginResetModel()
        step_order = {s.id: i for i, s in enumerate(w.ordered_steps())}
        lane_order = {lane.id: i for i, lane in enumerate(w.ordered_lanes())}
        self._cards = sorted(
            (c for c in w.cards.values()
             if c.kind == CardKind.IRRITANT and w.lane_kind_of(c).is_experience
             and (self.side is None or w.lane_kind_of(c) == self.side)),
            key=lambda c: (step_order[c.step_id], lane_order[c.lane_id], c.position, c.id),
        )
        self._answered = {}
        for idea in w.ideas.values():
            for cid in idea.addresses:
                self._answered[cid] = self._answered.get(cid, 0) + 1
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        card = self._cards[index.row()]
        w = self.model.workshop
        customer = w.lane_kind_of(card) == LaneKind.CUSTOMER
        if role == Qt.ItemDataRole.DisplayRole:
            return one_line(card.text, 240)
        if role == CAPTION_ROLE:
            side = self.tr("Client") if customer else self.tr("Collaborateur")
            n = self._answered.get(card.id, 0)
            ideas = self.tr("  · {n} idée(s)").format(n=n) if n else ""
            return f"{w.steps[card.step_id].name} · {side}{ideas}"
        if role == CAPTION_COLOUR_ROLE:
            return CUSTOMER_COLOUR if customer else EMPLOYEE_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole:
            return card.text
        if role == ID_ROLE:
            return card.id
        return None

    def row_of(self, card_id: int) -> int:
        return next((i for i, c in enumerate(self._cards) if c.id == card_id), -1)


class VoterTableModel(RowsTableModel):
    """Every participant: dots placed and left, and whether they take part in the vote
    (unticking leaves them out, e.g. the facilitator)."""

    COL_NAME, COL_USED, COL_LEFT = range(3)

    def __init__(self, model: WorkshopModel, parent=None) -> None:
        super().__init__(parent)
        self.model = model
        self.push = model.try_push
        self._rows: list = []
        self._headers = [self.tr("Participant"), self.tr("Placés"), self.tr("Restants")]

    def refresh(self) -> None:
        w = self.model.workshop
        self.beginResetModel()
        out = votes.excluded(w)
        self._rows = [(p, p.id in out, votes.used(w, p.id), votes.left(w, p.id))
                      for p in w.ordered_participants()]
        self.endResetModel()


    def participant_id(self, row: int) -> int:
        return self._rows[row][0].id

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.COL_NAME:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        p, out, used, left = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_NAME:
                return p.name
            if out:
                return self.tr("exclu") if col == self.COL_USED else ""
            return used if col == self.COL_USED else left
        if role == Qt.ItemDataRole.CheckStateRole and col == self.COL_NAME:
            return Qt.CheckState.Unchecked if out else Qt.CheckState.Checked
        if role == Qt.ItemDataRole.ForegroundRole:
            if out:
                return QColor(MUTED)
            if used == 0:
                return QColor("#b9770e")
        if role == Qt.ItemDataRole.FontRole and not out and used == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if out:
                return self.tr("Ne vote pas (cocher pour l'inclure)")
            if used == 0:
                return self.tr("N'a pas encore voté")
        if role == Qt.ItemDataRole.TextAlignmentRole and col > 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == ID_ROLE:
            return p.id
        return None

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != self.COL_NAME:
            return False
        pid = self._rows[index.row()][0].id
        out = set(votes.excluded(self.model.workshop))
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) \
            else value
        if checked:
            out.discard(pid)
        else:
            out.add(pid)
        return self.push(decide.set_vote_excluded, sorted(out)) is not None
