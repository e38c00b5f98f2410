"""The one workshop model every view listens to.

It wraps the :class:`~symetrie_desktop.commands.Document` (file + in-memory
workshop) and its undo stack. Views read ``model.workshop`` when told of a change
and never keep their own copy of the data; every change is an edit pushed here.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..commands import Change, Document, Edit
from ..domain.model import Workshop
from ..domain.rules import RuleError
from ..store import WorkshopFileError
from .labels import edit_label


class EditCommand(QUndoCommand):
    """An edit on the undo stack. The edit itself knows how to apply and undo through the store.

    A save the disk refuses (full, unplugged, read-only) must not cost the history: the
    command stays on the stack and knows whether its edit is in the file (``applied``).
    QUndoStack moves its index even when undo or redo fails, so after a refusal the model
    puts the index back at once; the undo and redo that this calls find the edit already
    where it should be and write nothing.
    """

    def __init__(self, model: WorkshopModel, edit: Edit, applied: bool = False) -> None:
        super().__init__(edit_label(edit.label))  # French in commands/, shown translated
        self.model = model
        self.edit = edit
        self.applied = applied

    def redo(self) -> None:
        if not self.applied:
            self.applied = self._run(self.edit.redo, back_to=self._place())

    def undo(self) -> None:
        if self.applied:
            self.applied = not self._run(self.edit.undo, back_to=self._place() + 1)

    def _place(self) -> int:
        """This command's place on the stack: the index at which it counts as not applied."""
        stack = self.model.undo_stack
        for i in range(stack.count()):
            if stack.command(i) is self:
                return i
        return stack.index()

    def _run(self, step, back_to: int) -> bool:
        try:
            step(self.model.document)
        except WorkshopFileError as e:
            # Nothing was written and memory still matches the file; the stack goes back.
            self.model.restore_index(back_to)
            self.model.failed.emit(str(e))
            return False
        return True


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
        """Apply an edit as one undoable step; an edit that changes nothing is not stacked.

        The edit is written first and stacked only once it is in the file, so a refused
        save leaves the redo history as it was (pushing would have cut it).
        """
        if edit.empty:
            return False
        try:
            edit.redo(self.document)
        except WorkshopFileError as e:
            self.failed.emit(str(e))
            return False
        self.undo_stack.push(EditCommand(self, edit, applied=True))
        return True

    def restore_index(self, index: int) -> None:
        """Put the undo stack's index back where it was before a refused undo or redo (once
        QUndoStack has finished moving it)."""
        QTimer.singleShot(0, self, lambda: self._set_index(index))

    def _set_index(self, index: int) -> None:
        if self.undo_stack.index() != index:
            self.undo_stack.setIndex(index)

    def try_push(self, make, *args, **kwargs) -> Edit | None:
        """Build an edit with ``make(workshop, *args)`` and push it; a refused edit is reported
        through ``failed`` and returns None, so views need no try blocks of their own."""
        try:
            edit = make(self.workshop, *args, **kwargs)
        except RuleError as e:
            self.failed.emit(str(e))
            return None
        if not self.push(edit) and not edit.empty:
            return None  # the file refused it; failed said why
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
