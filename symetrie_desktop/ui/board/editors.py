"""The small editors that open over the board: a post-it's text and a header's name.

They live in the view's viewport (not in the scene) so they keep a readable size at
any zoom. Enter commits, Shift+Enter starts a new line, Esc cancels, and leaving
the editor (a click elsewhere) commits too, as on a paper post-it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit

from ...domain.model import CardKind
from .style import CARD_COLOURS, kind_label
from .style import SELECTION_COLOUR as SELECTION

# lupdate reads the context of each call: literals go through translate("BoardEditor", "…").
translate = QCoreApplication.translate


class _Once:
    """Commit or cancel exactly once, whatever arrives first (Enter, Esc or focus out)."""

    def _finish(self, commit: bool) -> None:
        if getattr(self, "_done", False):
            return
        self._done = True
        if commit:
            self.committed.emit(self.value())  # type: ignore[attr-defined]
        else:
            self.cancelled.emit()  # type: ignore[attr-defined]
        self.hide()  # type: ignore[attr-defined]
        self.deleteLater()  # type: ignore[attr-defined]


class CardEditor(_Once, QPlainTextEdit):
    """Edits a post-it's text; for a new post-it Alt+1/2/3 also choose its kind."""

    committed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent, text: str = "", kind: CardKind = CardKind.NOTE,
                 kinds: bool = False) -> None:
        super().__init__(parent)
        self.kind = kind
        self._kinds = kinds
        self.setObjectName("cardEditor")
        font = QFont()
        font.setPixelSize(14)
        self.setFont(font)
        self.setTabChangesFocus(True)
        self._kind_label = QLabel(self)
        self._kind_label.setVisible(kinds)
        self.setPlainText(text)
        hint = translate("BoardEditor",
                         "Entrée : valider · Maj+Entrée : à la ligne · Échap : annuler")
        self.setPlaceholderText(hint)
        if kinds:
            hint += translate("BoardEditor", " · Alt+1/2/3 : irritant / enchantement / note")
        self.setToolTip(hint)
        self._show_kind()
        cursor = self.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.setTextCursor(cursor)

    def value(self) -> str:
        return self.toPlainText()

    def _show_kind(self) -> None:
        """The post-it's colour, and its kind in words (colour alone is not enough)."""
        fill, edge = CARD_COLOURS[self.kind]
        self.setStyleSheet(
            f"QPlainTextEdit#cardEditor {{ background: {QColor(fill).lighter(106).name()};"
            f" color: #1f1f1f; border: 3px solid {SELECTION}; border-radius: 6px; }}"
            f"QLabel {{ color: {edge}; background: transparent; font-weight: bold; }}")
        if self._kinds:
            mark = {CardKind.IRRITANT: "▲ ", CardKind.ENCHANTMENT: "★ "}.get(self.kind, "")
            self._kind_label.setText(mark + kind_label(self.kind)
                                     + translate("BoardEditor", "  (Alt+1/2/3)"))
            self._kind_label.adjustSize()
            self._place_label()

    def _place_label(self) -> None:
        label = self._kind_label
        label.move(self.width() - label.width() - 8, self.height() - label.height() - 5)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_label()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            mods & Qt.KeyboardModifier.ShiftModifier
        ):
            self._finish(True)
            return
        if key == Qt.Key.Key_Escape:
            self._finish(False)
            return
        if self._kinds and mods & Qt.KeyboardModifier.AltModifier:
            chosen = {Qt.Key.Key_1: CardKind.IRRITANT, Qt.Key.Key_2: CardKind.ENCHANTMENT,
                      Qt.Key.Key_3: CardKind.NOTE}.get(Qt.Key(key))
            if chosen is not None:
                self.kind = chosen
                self._show_kind()
                return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self._finish(True)


class NameEditor(_Once, QLineEdit):
    """Renames a step or a lane in place."""

    committed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent, text: str) -> None:
        super().__init__(text, parent)
        self.setStyleSheet(f"QLineEdit {{ border: 3px solid {SELECTION}; border-radius: 5px;"
                           " padding: 2px 6px; background: #ffffff; color: #1f1f1f; }")
        font = QFont()
        font.setPixelSize(14)
        font.setBold(True)
        self.setFont(font)
        self.selectAll()

    def value(self) -> str:
        return self.text()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._finish(True)
            return
        if event.key() == Qt.Key.Key_Escape:
            self._finish(False)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self._finish(True)
