"""Every question the window asks the facilitator, in one place.

A modal question stops the program until someone answers it: in the room that is the
point, in a test run it is a hang. So no view opens a ``QMessageBox``, ``QFileDialog`` or
``QInputDialog`` itself: it calls one of the functions below. Each builds a
:class:`Question` and, when a responder is installed (the tests' autouse fixture installs
one that answers what the test scripted and fails on anything else), hands it over
instead of opening the dialog. Warnings that do not block (:func:`notice`) are boxes the
room can ignore, so they are shown either way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

#: The kinds of question, as a responder sees them.
CONFIRM = "confirm"
OPEN_PATH = "open"
SAVE_PATH = "save"
NUMBER = "number"
TEXT = "text"


@dataclass(frozen=True)
class Question:
    """What is asked: its kind, its title and text, and what it proposes by default."""

    kind: str
    title: str
    text: str = ""
    default: object = None


#: When set, receives every question instead of a dialog and returns the answer.
responder: Callable[[Question], object] | None = None


def _asked(question: Question, dialog: Callable[[], object]) -> object:
    if responder is not None:
        return responder(question)
    return dialog()


def confirm(parent: QWidget | None, title: str, question: str, default: bool = False) -> bool:
    """Yes or No; ``default`` is the button Enter presses (No unless told)."""
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No

    def dialog() -> bool:
        return QMessageBox.question(parent, title, question, yes | no,
                                    yes if default else no) == yes

    return bool(_asked(Question(CONFIRM, title, question, default), dialog))


def open_path(parent: QWidget | None, title: str, folder: Path | str,
              file_filter: str) -> Path | None:
    """A file to open, or None when the facilitator cancels."""

    def dialog() -> str:
        return QFileDialog.getOpenFileName(parent, title, str(folder), file_filter)[0]

    return _path(_asked(Question(OPEN_PATH, title, file_filter, str(folder)), dialog))


def save_path(parent: QWidget | None, title: str, suggested: Path | str,
              file_filter: str) -> Path | None:
    """Where to write a file (``suggested`` is proposed), or None when cancelled."""

    def dialog() -> str:
        return QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)[0]

    return _path(_asked(Question(SAVE_PATH, title, file_filter, str(suggested)), dialog))


def number(parent: QWidget | None, title: str, label: str, value: int, lowest: int,
           highest: int) -> int | None:
    """A whole number between ``lowest`` and ``highest``, or None when cancelled."""

    def dialog() -> int | None:
        chosen, ok = QInputDialog.getInt(parent, title, label, value, lowest, highest)
        return chosen if ok else None

    answer = _asked(Question(NUMBER, title, label, value), dialog)
    return None if answer is None else max(lowest, min(highest, int(answer)))


def text(parent: QWidget | None, title: str, label: str, value: str) -> str | None:
    """One line of text (a name), or None when cancelled."""

    def dialog() -> str | None:
        chosen, ok = QInputDialog.getText(parent, title, label, text=value)
        return chosen if ok else None

    answer = _asked(Question(TEXT, title, label, value), dialog)
    return None if answer is None else str(answer)


def notice(parent: QWidget | None, title: str, text: str,
           box: QMessageBox | None = None) -> QMessageBox:
    """A warning that does not block the window (typing on the board goes on); pass the
    box returned last time to reuse it instead of piling boxes up."""
    if box is None:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowModality(Qt.WindowModality.NonModal)
    box.setWindowTitle(title)
    box.setText(text)
    box.setModal(False)  # open() would make it window-modal and stop the typing
    box.show()
    return box


def _path(answer: object) -> Path | None:
    return Path(answer) if answer else None
