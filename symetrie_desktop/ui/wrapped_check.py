"""A check box whose sentence wraps, for the narrow side panels.

A ``QCheckBox`` never wraps its text: the room panel's « Verrouiller : les téléphones ne
peuvent plus corriger ni retirer leurs post-it » made the panel 485 px at the least, and
the window 1,466 px with the room open, wider than a small laptop's screen. Here the box
keeps the sentence as its accessible name and tooltip, and a word-wrapping label beside
it shows the sentence; a click on the label ticks the box, as a click on a box's own text
does.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSizePolicy, QWidget


class _Sentence(QLabel):
    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self.box = box
        self.setWordWrap(True)
        self.setBuddy(box)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)  # what setWordWrap set: its height follows its width
        self.setSizePolicy(policy)

    def minimumSizeHint(self) -> QSize:
        """A few words wide: the panel decides the width, the sentence wraps to it."""
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), 120), hint.height())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.box.isEnabled():
            self.box.click()
        super().mouseReleaseEvent(event)


def wrapped_check(box: QCheckBox, parent: QWidget | None = None) -> QWidget:
    """A row showing ``box`` with its text moved to a wrapping label beside it; add the row
    to the layout instead of the box. The box keeps working as before (``click``,
    ``toggled``, ``setChecked``)."""
    text = box.text()
    box.setText("")
    box.setAccessibleName(text.replace("&", ""))
    row = QWidget(parent)
    row.sentence = _Sentence(text, box)  # type: ignore[attr-defined]
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(row.sentence, 1)  # type: ignore[attr-defined]
    return row
