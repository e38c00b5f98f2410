"""Whole texts in item views: rows as tall as their wrapped text, never cut with « … ».

Qt's tree view measures a row with no width to wrap in, so a long idea stays one line and
is elided. This delegate measures the text at the width of its column and asks the view
to lay its rows out again when a column is resized.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem

#: Room around the text of a cell (the style's padding and the tree's indentation).
_PAD = 10


class WrappedTextDelegate(QStyledItemDelegate):
    def __init__(self, view: QAbstractItemView, column: int) -> None:
        super().__init__(view)
        self.view = view
        self.column = column
        header = getattr(view, "header", None) or view.horizontalHeader
        header().sectionResized.connect(lambda *_: view.scheduleDelayedItemsLayout())

    def _width(self, index) -> int:
        header = getattr(self.view, "header", None) or self.view.horizontalHeader
        width = header().sectionSize(self.column)
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        indent = getattr(self.view, "indentation", lambda: 0)() * (depth + 1)
        return max(40, width - indent - _PAD)

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        base = super().sizeHint(option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not text:
            return base
        rect = option.fontMetrics.boundingRect(0, 0, self._width(index), 100000,
                                               int(Qt.TextFlag.TextWordWrap), str(text))
        return QSize(base.width(), max(base.height(), rect.height() + 8))

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:
        super().initStyleOption(option, index)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        option.textElideMode = Qt.TextElideMode.ElideNone
