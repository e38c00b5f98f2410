"""What the decision pages share: quadrant names and colours, card captions, small widgets.

Colours are chosen to read on a projector (saturated, not pastel) and keep their
meaning across the matrix, the action plan and the curve: red is Priorité 1.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QComboBox, QLabel, QStyle, QStyledItemDelegate, QWidget

from ...domain.matrix import Quadrant
from ...domain.model import Card, LaneKind, Status, Tag, Workshop

QUADRANT_COLOURS = {
    Quadrant.PRIORITY_1: "#c0392b",
    Quadrant.PRIORITY_2: "#d35400",
    Quadrant.TO_EXAMINE: "#2471a3",
    Quadrant.TO_CAPITALISE: "#1e8449",
}
QUADRANT_TINTS = {
    Quadrant.PRIORITY_1: "#fdecea",
    Quadrant.PRIORITY_2: "#fdf0e6",
    Quadrant.TO_EXAMINE: "#eaf2fa",
    Quadrant.TO_CAPITALISE: "#e9f7ef",
}
CUSTOMER_COLOUR = "#1f5fa8"
EMPLOYEE_COLOUR = "#c2560c"
IRRITANT_COLOUR = "#c0392b"
ENCHANTMENT_COLOUR = "#1e8449"
MUTED = "#5d6d7e"


def tr(text: str) -> str:
    return QCoreApplication.translate("Decide", text)


# lupdate reads the context of each call: literals go through translate("Decide", "…").
translate = QCoreApplication.translate


def quadrant_title(q: Quadrant) -> str:
    """The heading of a quadrant: the method's label, then what it crosses."""
    return {
        Quadrant.PRIORITY_1: translate("Decide", "Priorité 1 — irritants croisés"),
        Quadrant.PRIORITY_2: translate(
            "Decide", "Priorité 2 — enchantement client / irritant collaborateur"),
        Quadrant.TO_EXAMINE: translate(
            "Decide", "À examiner — irritant client / enchantement collaborateur"),
        Quadrant.TO_CAPITALISE: translate("Decide", "À capitaliser — enchantements croisés"),
    }[q]


def quadrant_short(q: Quadrant | None) -> str:
    if q is None:
        return translate("Decide", "Hors matrice")
    return {
        Quadrant.PRIORITY_1: translate("Decide", "Priorité 1"),
        Quadrant.PRIORITY_2: translate("Decide", "Priorité 2"),
        Quadrant.TO_EXAMINE: translate("Decide", "À examiner"),
        Quadrant.TO_CAPITALISE: translate("Decide", "À capitaliser"),
    }[q]


def quadrant_hint(q: Quadrant) -> str:
    return {
        Quadrant.PRIORITY_1: translate("Decide", "À traiter en premier."),
        Quadrant.PRIORITY_2: translate(
            "Decide", "Juste après : le personnel compense un processus défaillant par sa "
            "bonne volonté, et elle s'épuisera."),
        Quadrant.TO_EXAMINE: translate(
            "Decide", "Regarder les indicateurs et les canaux : le personnel peut apprécier ce "
            "qui gêne les clients."),
        Quadrant.TO_CAPITALISE: translate("Decide", "À protéger et à diffuser."),
    }[q]


def status_label(status: Status) -> str:
    return {Status.TO_DO: translate("Decide", "À faire"),
            Status.DOING: translate("Decide", "En cours"),
            Status.DONE: translate("Decide", "Fait")}[Status(status)]


def tag_label(tag: Tag) -> str:
    return {
        Tag.RELATIONAL: translate("Decide", "Relationnel"),
        Tag.DIGITAL: translate("Decide", "Digital"),
        Tag.SENS: translate("Decide", "Sens"),
        Tag.EPANOUISSEMENT: translate("Decide", "Épanouissement"),
        Tag.CONNEXIONS: translate("Decide", "Connexions"),
        Tag.IMAGE: translate("Decide", "Image"),
        Tag.ECOSYSTEME: translate("Decide", "Écosystème"),
    }[tag]


def side_label(workshop: Workshop, card: Card) -> str:
    if workshop.lane_kind_of(card) == LaneKind.CUSTOMER:
        return translate("Decide", "Client")
    return translate("Decide", "Collab.")


def one_line(text: str, limit: int = 140) -> str:
    """A card's text on one line, cut with an ellipsis: lists must stay readable on a projector
    even when someone pasted a whole e-mail into a post-it."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class Page(QWidget):
    """A decision page that refreshes only while it can be seen.

    During the board phase the pages sit in hidden tabs; recomputing the matrix or
    re-measuring two thousand irritants on every post-it would slow the board down
    for nothing. A hidden page notes that it is stale and catches up when shown.
    """

    #: Where the page explains a refusal of its own gestures (set by pages that edit).
    message: QLabel | None = None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stale = False

    def listen(self, model) -> None:
        model.changed.connect(self._changed)
        model.failed.connect(self._refused)

    def push(self, make, *args, **kwargs):
        """A gesture of this page, through the model's one door; a refusal is explained in
        the page's message line (one line, the room goes on). The edit, or None."""
        with self.model.refusals_shown_by(self):
            edit = self.model.try_push(make, *args, **kwargs)
        if edit is not None and self.message is not None:
            self.message.clear()
        return edit

    def _refused(self, refusal) -> None:
        if refusal.shown_by is self and self.message is not None:
            from ..messages import explain

            self.message.setText(explain(refusal.problem))

    def _changed(self, change) -> None:
        if self.isVisible():
            self.refresh(change)
        else:
            self.stale = True

    def showEvent(self, event) -> None:
        if self.stale:
            self.stale = False
            self.refresh()
        super().showEvent(event)

    def refresh(self, change=None) -> None:  # pragma: no cover - every page defines it
        raise TypeError(f"{type(self).__name__} must say how it refreshes")


class MessageLabel(QLabel):
    """A refusal explained in one line, in red; hidden while there is nothing to say so it
    takes no room."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet("color: #c0392b; font-weight: 600;")
        self.hide()

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self.setText("")


def message_label(parent: QWidget | None = None) -> QLabel:
    return MessageLabel(parent)


CAPTION_ROLE = Qt.ItemDataRole.UserRole + 10
CAPTION_COLOUR_ROLE = Qt.ItemDataRole.UserRole + 11


class CaptionDelegate(QStyledItemDelegate):
    """An item as a coloured caption line (step, side…) over its text wrapped in full.

    Heights are measured on the view's current width, so nothing is cut or left blank
    when the splitter moves; the view must call ``doItemsLayout`` on resize (ListView
    with ``ResizeMode.Adjust`` does).
    """

    PAD = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heights: dict[tuple[str, int], int] = {}  # measuring text is the slow part

    def _width(self, option) -> int:
        """The text width, with room kept for a scroll bar whether it shows or not: heights
        measured before and after it appears must agree."""
        view = self.parent()
        if view is None:
            return max(60, option.rect.width() - 2 * self.PAD)
        bar = view.verticalScrollBar()
        width = view.viewport().width() if bar.isVisible() else \
            view.viewport().width() - bar.sizeHint().width()
        return max(60, width - 2 * self.PAD - 4)

    def sizeHint(self, option, index) -> QSize:
        fm = option.fontMetrics
        width = self._width(option)
        key = (index.data() or "", width)
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) > 50_000:
                self._heights.clear()
            height = fm.boundingRect(QRect(0, 0, width, 100_000),
                                     int(Qt.TextFlag.TextWordWrap), key[0]).height()
            self._heights[key] = height
        return QSize(width, fm.height() + height + 2 * self.PAD)

    def paint(self, painter, option, index) -> None:
        painter.save()
        rect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        back = "#cfe2f6" if selected else ("#f7f9fa" if index.row() % 2 else "white")
        painter.fillRect(rect, QColor(back))
        painter.setPen(QColor("#e1e5e8"))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        fm = option.fontMetrics
        x, y = rect.left() + self.PAD, rect.top() + self.PAD
        width = min(self._width(option), rect.width() - 2 * self.PAD)
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor(index.data(CAPTION_COLOUR_ROLE) or MUTED))
        painter.drawText(QRect(x, y, width, fm.height()), int(Qt.AlignmentFlag.AlignLeft),
                         QFontMetrics(bold).elidedText(index.data(CAPTION_ROLE) or "",
                                                       Qt.TextElideMode.ElideRight, width))
        painter.setFont(option.font)
        painter.setPen(QColor("#1c2833"))
        painter.drawText(QRect(x, y + fm.height(), width, rect.height()),
                         int(Qt.TextFlag.TextWordWrap), index.data() or "")
        if selected:
            painter.setPen(QColor("#2471a3"))
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.restore()


class ChoiceDelegate(QStyledItemDelegate):
    """A combo editor: statuses (fixed) or owners (participants' names, free text allowed)."""

    def __init__(self, choices, editable: bool, parent=None) -> None:
        super().__init__(parent)
        self.choices = choices  # callable -> list[(label, value)]
        self.editable = editable

    def createEditor(self, parent, option, index):
        editor = QComboBox(parent)
        editor.setEditable(self.editable)
        for label, value in self.choices():
            editor.addItem(label, value)
        return editor

    def setEditorData(self, editor, index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        at = editor.findData(value)
        if at >= 0:
            editor.setCurrentIndex(at)
        elif self.editable:
            editor.setEditText(value or "")

    def setModelData(self, editor, model, index) -> None:
        if self.editable:
            model.setData(index, editor.currentText())
        else:
            model.setData(index, editor.currentData())


def colour(name: str) -> QColor:
    return QColor(name)


def heading(text: str, parent: QWidget | None = None, size: int = 13) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(label.textFormat().PlainText)
    label.setStyleSheet(f"font-weight: 600; font-size: {size}pt;")
    label.setWordWrap(True)
    return label


class RowsTableModel(QAbstractTableModel):
    """A table over ``_rows`` recomputed from the workshop, with ``_headers`` on top.

    The rows are derived, never edited here: a change of the workshop resets them, so the
    table cannot drift from the one copy of the data.
    """

    _rows: list
    _headers: list[str]
    #: number the rows in the vertical header (1, 2, 3…)
    numbered = False

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return section + 1 if self.numbered else None
