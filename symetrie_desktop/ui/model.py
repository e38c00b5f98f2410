"""The one workshop model every view listens to.

It wraps the :class:`~symetrie_desktop.commands.Document` (file + in-memory
workshop) and its undo stack. Views read ``model.workshop`` when told of a change
and never keep their own copy of the data; every change is an edit pushed here.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..commands import Change, Document, Edit
from ..domain.model import Workshop
from ..domain.rules import RuleError
from ..store import WorkshopFileError
from .labels import edit_label


class EditCommand(QUndoCommand):
    """An edit on the undo stack. The edit itself knows how to apply and undo through the store."""

    def __init__(self, model: WorkshopModel, edit: Edit) -> None:
        super().__init__(edit_label(edit.label))  # French in commands/, shown translated
        self.model = model
        self.edit = edit

    def redo(self) -> None:
        self._run(self.edit.redo)

    def undo(self) -> None:
        self._run(self.edit.undo)

    def _run(self, step) -> None:
        try:
            step(self.model.document)
        except WorkshopFileError as e:
            # Nothing was written and memory still matches the file; drop the command.
            self.setObsolete(True)
            self.model.failed.emit(str(e))


class WorkshopModel(QObject):
    #: An edit was applied (or undone); the argument is the Change.
    changed = Signal(object)
    #: An edit could not be saved; the argument is a one-line message.
    failed = Signal(str)
    #: A view asks to show these card ids on the board (e.g. a pair clicked in the matrix).
    showCards = Signal(list)
    #: The active author (participant id or None) changed.
    activeAuthorChanged = Signal(object)

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.undo_stack = QUndoStack(self)
        self._active_author: int | None = None
        document.subscribe(self._relay)

    def _relay(self, change: Change) -> None:
        self.changed.emit(change)

    @property
    def workshop(self) -> Workshop:
        return self.document.workshop

    def push(self, edit: Edit) -> bool:
        """Apply an edit as one undoable step; an edit that changes nothing is not stacked."""
        if edit.empty:
            return False
        self.undo_stack.push(EditCommand(self, edit))
        return True

    def try_push(self, make, *args, **kwargs) -> Edit | None:
        """Build an edit with ``make(workshop, *args)`` and push it; a refused edit is reported
        through ``failed`` and returns None, so views need no try blocks of their own."""
        try:
            edit = make(self.workshop, *args, **kwargs)
        except RuleError as e:
            self.failed.emit(str(e))
            return None
        self.push(edit)
        return edit

    @property
    def active_author(self) -> int | None:
        if self._active_author not in self.workshop.participants:
            self._active_author = None
        return self._active_author

    def set_active_author(self, pid: int | None) -> None:
        if pid is not None and pid not in self.workshop.participants:
            pid = None
        if pid != self._active_author:
            self._active_author = pid
            self.activeAuthorChanged.emit(pid)

    def close(self) -> None:
        self.document.unsubscribe(self._relay)
        self.undo_stack.clear()
        self.document.close()


__all__ = ["Change", "EditCommand", "WorkshopModel"]
