"""The « Matrice croisée » page: the four quadrants, the symmetry curve, counts per step and
the irritants still to pair.

The quadrants are laid out as the method's table (customer down the side,
employee across the top). Activating a pair (click, double click or Enter) asks the
main window to show both cards on the board through ``model.show_cards``.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.insights import examine_notes
from ...domain.matrix import Pair, Quadrant, pairs_by_quadrant, step_summaries, unlinked_irritants
from ...domain.model import Card
from ..model import WorkshopModel
from .common import (
    CUSTOMER_COLOUR,
    EMPLOYEE_COLOUR,
    MUTED,
    QUADRANT_COLOURS,
    QUADRANT_TINTS,
    Page,
    RowsTableModel,
    heading,
    one_line,
    quadrant_hint,
    quadrant_title,
    side_label,
)
from .curve import SymmetryCurve

PAIR_ROLE = Qt.ItemDataRole.UserRole
NOTES_ROLE = Qt.ItemDataRole.UserRole + 1
CARDS_ROLE = Qt.ItemDataRole.UserRole + 2


class PairListModel(QAbstractListModel):
    """The pairs of one quadrant, recomputed from the workshop on each change."""

    def __init__(self, quadrant: Quadrant, parent=None) -> None:
        super().__init__(parent)
        self.quadrant = quadrant
        self._pairs: list[Pair] = []
        self._notes: dict[tuple[int, int], tuple[str, str]] = {}

    def reset(self, pairs: list[Pair], notes: dict[tuple[int, int], tuple[str, str]]) -> None:
        self.beginResetModel()
        self._pairs = pairs
        self._notes = notes
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._pairs)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        pair = self._pairs[index.row()]
        key = (pair.customer.id, pair.employee.id)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{pair.step.name} — {one_line(pair.customer.text)} / " \
                   f"{one_line(pair.employee.text)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Client : {c}\nCollaborateur : {e}\n(Entrée ou clic : voir sur le "
                           "tableau)").format(c=pair.customer.text, e=pair.employee.text)
        if role == PAIR_ROLE:
            return pair
        if role == NOTES_ROLE:
            return self._notes.get(key)
        if role == CARDS_ROLE:
            return [pair.customer.id, pair.employee.id]
        return None


class PairDelegate(QStyledItemDelegate):
    """Draws a pair as the room reads it: the step, the customer note, the employee note and,
    for À examiner, the step's indicators and channels underneath."""

    PAD = 8
    MARK = 64

    def _lines(self, index: QModelIndex) -> list[tuple[str, str, str, bool]]:
        """(caption, caption colour, text, italic) for each line of the item."""
        pair: Pair = index.data(PAIR_ROLE)
        lines = [
            (self.tr("Client"), CUSTOMER_COLOUR, one_line(pair.customer.text, 220), False),
            (self.tr("Collab."), EMPLOYEE_COLOUR, one_line(pair.employee.text, 220), False),
        ]
        notes = index.data(NOTES_ROLE)
        if notes:
            indicators, channels = notes
            lines.append((self.tr("Indic."), MUTED, indicators or self.tr("aucun indicateur noté"),
                          True))
            lines.append((self.tr("Canaux"), MUTED, channels or self.tr("aucun canal noté"), True))
        return lines

    def _text_rect(self, width: int) -> QRect:
        return QRect(0, 0, max(40, width - self.MARK - 2 * self.PAD), 100_000)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._heights: dict[tuple, int] = {}  # measuring wrapped text is the slow part

    def sizeHint(self, option, index: QModelIndex) -> QSize:
        fm = option.fontMetrics
        width = option.rect.width() or (self.parent().viewport().width()
                                        if self.parent() else 300)
        lines = tuple(text for _, _, text, _ in self._lines(index))
        height = self._heights.get((lines, width))
        if height is None:
            if len(self._heights) > 20_000:
                self._heights.clear()
            flags = int(Qt.TextFlag.TextWordWrap)
            height = fm.height() + 2 * self.PAD + sum(
                fm.boundingRect(self._text_rect(width), flags, text).height() + 2
                for text in lines)
            self._heights[(lines, width)] = height
        return QSize(width, height)

    def paint(self, painter, option, index: QModelIndex) -> None:
        painter.save()
        rect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.fillRect(rect, QColor("#dbe9f7") if selected else QColor("white"))
        painter.setPen(QPen(QColor("#d5dbe0"), 1))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        pair: Pair = index.data(PAIR_ROLE)
        fm = option.fontMetrics
        x, y = rect.left() + self.PAD, rect.top() + self.PAD
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor("#1c2833"))
        painter.drawText(QRect(x, y, rect.width() - 2 * self.PAD, fm.height()),
                         Qt.AlignmentFlag.AlignLeft, pair.step.name)
        y += fm.height()
        for caption, col, text, italic in self._lines(index):
            font = QFont(option.font)
            font.setItalic(italic)
            box = fm.boundingRect(self._text_rect(rect.width()), int(Qt.TextFlag.TextWordWrap),
                                  text)
            painter.setFont(bold)
            painter.setPen(QColor(col))
            painter.drawText(QRect(x, y, self.MARK, fm.height()), Qt.AlignmentFlag.AlignLeft,
                             caption)
            painter.setFont(font)
            painter.setPen(QColor("#1c2833") if not italic else QColor("#34495e"))
            painter.drawText(QRect(x + self.MARK, y, box.width() + 4, box.height()),
                             int(Qt.TextFlag.TextWordWrap), text)
            y += box.height() + 2
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QPen(QColor("#2471a3"), 2))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.restore()


class QuadrantBox(QFrame):
    """One quadrant: a coloured heading, what it asks of the room, and its pairs."""

    def __init__(self, quadrant: Quadrant, page: MatrixPage) -> None:
        super().__init__(page)
        self.quadrant = quadrant
        colour = QUADRANT_COLOURS[quadrant]
        self.setObjectName("quadrant")
        self.setStyleSheet(f"#quadrant {{ background: {QUADRANT_TINTS[quadrant]}; "
                           f"border: 2px solid {colour}; border-radius: 6px; }}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setStyleSheet(f"color: {colour}; font-weight: 700; font-size: 12pt;")
        hint = QLabel(quadrant_hint(quadrant), self)
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {MUTED};")
        self.pairs = PairListModel(quadrant, self)
        self.view = QListView(self)
        self.view.setModel(self.pairs)
        self.view.setItemDelegate(PairDelegate(self.view))
        self.view.setWordWrap(True)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setAccessibleName(quadrant_title(quadrant))
        self.view.setStyleSheet("QListView { border: 1px solid #d5dbe0; background: white; }")
        self.empty = QLabel(self.tr("Aucune paire"), self)
        self.empty.setStyleSheet(f"color: {MUTED}; font-style: italic;")
        layout.addWidget(self.title)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        self.view.clicked.connect(page.show_pair)
        self.view.activated.connect(page.show_pair)

    def reset(self, pairs: list[Pair], notes: dict) -> None:
        self.pairs.reset(pairs, notes)
        self.title.setText(f"{quadrant_title(self.quadrant)}  ({len(pairs)})")
        self.empty.setVisible(not pairs)


class StepCountsModel(RowsTableModel):
    """Irritants and enchantments per step and side, with the two balances."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows = []
        # two-line headers keep the count columns narrow, in English too, so that the step
        # column keeps room for the step's name
        self._headers = [self.tr("Étape"), self.tr("Irr.\nclient"), self.tr("Ench.\nclient"),
                         self.tr("Irr.\ncollab."), self.tr("Ench.\ncollab."),
                         self.tr("Solde\nclient"), self.tr("Solde\ncollab.")]

    def reset(self, rows) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()


    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        values = [r.step.name, r.customer_irritants, r.customer_enchantments,
                  r.employee_irritants, r.employee_enchantments, r.customer_balance,
                  r.employee_balance]
        value = values[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() >= 5:
                return f"{value:+d}".replace("-", "−") if value else "0"
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() >= 5 and value:
            return QColor("#c0392b") if value < 0 else QColor("#1e8449")
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 0 and \
                r.employee_cards == 0:
            return QColor("#c0392b")
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0 and \
                r.employee_cards == 0:
            return self.tr("Aucun vécu collaborateur sur cette étape : angle mort")
        return None


class UnlinkedModel(QAbstractListModel):
    """Irritants not yet paired, so the facilitator can pair them on the board."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._cards: list[Card] = []
        self._labels: list[str] = []

    def reset(self, cards: list[Card], labels: list[str]) -> None:
        self.beginResetModel()
        self._cards, self._labels = cards, labels
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        card = self._cards[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._labels[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return card.text
        if role == CARDS_ROLE:
            return [card.id]
        return None


class MatrixPage(Page):
    def __init__(self, model: WorkshopModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.boxes = {q: QuadrantBox(q, self) for q in Quadrant}
        grid = QGridLayout()
        grid.setSpacing(8)
        top = QLabel(self.tr("Collaborateur : irritant"))
        top2 = QLabel(self.tr("Collaborateur : enchantement"))
        left = QLabel(self.tr("Client :\nirritant"))
        left2 = QLabel(self.tr("Client :\nenchantement"))
        for label in (top, top2, left, left2):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setStyleSheet(f"color: {MUTED}; font-weight: 600;")
        grid.addWidget(top, 0, 1)
        grid.addWidget(top2, 0, 2)
        grid.addWidget(left, 1, 0)
        grid.addWidget(left2, 2, 0)
        grid.addWidget(self.boxes[Quadrant.PRIORITY_1], 1, 1)
        grid.addWidget(self.boxes[Quadrant.TO_EXAMINE], 1, 2)
        grid.addWidget(self.boxes[Quadrant.PRIORITY_2], 2, 1)
        grid.addWidget(self.boxes[Quadrant.TO_CAPITALISE], 2, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(1, 1)
        grid.setRowStretch(2, 1)
        matrix = QWidget(self)
        matrix_layout = QVBoxLayout(matrix)
        matrix_layout.setContentsMargins(0, 0, 0, 0)
        matrix_layout.addWidget(heading(self.tr("Matrice croisée"), matrix, 15))
        matrix_layout.addLayout(grid, 1)

        self.curve = SymmetryCurve(self)
        self.counts = StepCountsModel(self)
        self.counts_view = QTableView(self)
        self.counts_view.setModel(self.counts)
        self.counts_view.verticalHeader().hide()
        self.counts_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.counts_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 7):  # fixed widths: measuring every cell of 40 steps is slow
            self.counts_view.horizontalHeader().setSectionResizeMode(
                col, QHeaderView.ResizeMode.Fixed)
            lines = self.counts.headerData(col, Qt.Orientation.Horizontal).split("\n")
            self.counts_view.horizontalHeader().resizeSection(
                col, max(self.fontMetrics().horizontalAdvance(line) for line in lines) + 16)
        self.unlinked = UnlinkedModel(self)
        self.unlinked_view = QListView(self)
        self.unlinked_view.setModel(self.unlinked)
        self.unlinked_view.setAlternatingRowColors(True)
        self.unlinked_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.unlinked_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.unlinked_view.clicked.connect(self.show_pair)
        self.unlinked_view.activated.connect(self.show_pair)
        self.unlinked_title = heading("", self, 12)

        side = QSplitter(Qt.Orientation.Vertical, self)
        for title, widget in ((self.tr("Courbe de symétrie"), self.curve),
                              (self.tr("Par étape"), self.counts_view)):
            box = QWidget(side)
            lay = QVBoxLayout(box)
            lay.setContentsMargins(0, 0, 0, 0)
            lay.addWidget(heading(title, box, 12))
            lay.addWidget(widget, 1)
            side.addWidget(box)
        box = QWidget(side)
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.unlinked_title)
        lay.addWidget(self.unlinked_view, 1)
        side.addWidget(box)
        side.setStretchFactor(0, 4)
        side.setStretchFactor(1, 3)
        side.setStretchFactor(2, 2)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(matrix)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addWidget(split)
        self.listen(model)
        self.refresh()

    def refresh(self, change=None) -> None:
        if change is not None and not change.kinds & {"cards", "links", "steps", "lanes"}:
            return
        w = self.model.workshop
        grouped = pairs_by_quadrant(w)
        notes = {
            (n.pair.customer.id, n.pair.employee.id): (
                " ; ".join(one_line(c.text, 90) for c in n.indicators),
                " ; ".join(one_line(c.text, 90) for c in n.channels),
            )
            for n in examine_notes(w)
        }
        for q, box in self.boxes.items():
            box.reset(grouped[q], notes if q == Quadrant.TO_EXAMINE else {})
        summaries = step_summaries(w)
        self.curve.set_summaries(summaries)
        self.counts.reset(summaries)
        cards = unlinked_irritants(w)
        labels = [f"{w.steps[c.step_id].name} · {side_label(w, c)} — {one_line(c.text)}"
                  for c in cards]
        self.unlinked.reset(cards, labels)
        self.unlinked_title.setText(self.tr("Irritants à relier ({n})").format(n=len(cards)))

    def show_pair(self, index: QModelIndex) -> None:
        cards = index.data(CARDS_ROLE)
        if cards:
            self.model.show_cards(cards)
