"""The one workshop model every view listens to.

It wraps the :class:`~symetrie_desktop.commands.Document` (file + in-memory
workshop) and its undo stack. Views read ``model.workshop`` when told of a change
and never keep their own copy of the data. Every change comes in through one door,
:meth:`WorkshopModel.try_push`, whatever asks for it (a view, later the network); every
refusal goes out through one signal, ``failed``, carrying a :class:`Refusal` (the reason as
data, never a sentence to read back). The agenda clock's progress, which is saved but not
undoable, has its own named method, :meth:`WorkshopModel.record`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..commands import Change, Document, Edit
from ..domain.model import Workshop
from ..domain.rules import Reason, RuleError
from ..store import WorkshopFileError
from .labels import edit_label


@dataclass(frozen=True)
class Refusal:
    """A change that was refused (a :class:`RuleError` with its reason and values) or could
    not be saved (a :class:`WorkshopFileError` with its problem). ``shown_by`` is the view
    that explains it in its own place (a decision page's message line); None lets the
    window say it."""

    problem: Exception
    shown_by: object | None = None

    @property
    def reason(self) -> Reason | None:
        return getattr(self.problem, "reason", None)

    @property
    def values(self) -> dict:
        return dict(getattr(self.problem, "values", {}))


class EditCommand(QUndoCommand):
    """An edit on the undo stack. The edit itself knows how to apply and undo through the store.

    A save the disk refuses (full, unplugged, read-only) must not cost the history: the
    command stays on the stack and knows whether its edit is in the file (``applied``).
    QUndoStack moves its index even when undo or redo fails, so after a refusal the model
    puts the index back at once; the undo and redo that this calls find the edit already
    where it should be and write nothing.
    """

    def __init__(self, model: WorkshopModel, edit: Edit, applied: bool = False) -> None:
        super().__init__(edit_label(edit))  # a French key and a count, shown translated
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
            self.model.report(e)
            return False
        return True


class WorkshopModel(QObject):
    #: An edit was applied (or undone); the argument is the Change.
    changed = Signal(object)
    #: A change was refused or could not be saved; the argument is a :class:`Refusal`.
    failed = Signal(object)
    #: A view asks to show these card ids on the board (e.g. a pair clicked in the matrix).
    showCards = Signal(list)
    #: The active author (participant id or None) changed.
    activeAuthorChanged = Signal(object)

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.undo_stack = QUndoStack(self)
        self._active_author: int | None = None
        self._shown_by: object | None = None
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
            self.report(e, self._shown_by)
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
        """THE door for every change: build an edit with ``make(workshop, *args, **kwargs)``
        (a function of ``commands/``) and push it. A refused edit is reported through
        ``failed`` and returns None, so callers need no try blocks of their own."""
        try:
            edit = make(self.workshop, *args, **kwargs)
        except RuleError as e:
            self.report(e, self._shown_by)
            return None
        if not self.push(edit) and not edit.empty:
            return None  # the file refused it; failed said why
        return edit

    def refuse(self, reason: Reason, **values: object) -> None:
        """A gesture a view turns down before any edit is built (two post-its needed to link,
        an experience lane dragged down…): reported like a refused edit."""
        self.report(RuleError(f"refused: {reason.value}", reason, **values), self._shown_by)

    def report(self, problem: Exception, shown_by: object | None = None) -> None:
        self.failed.emit(Refusal(problem, shown_by))

    @contextmanager
    def refusals_shown_by(self, view: object) -> Iterator[None]:
        """While inside, refusals are marked as explained by ``view`` (which listens to
        ``failed`` and shows those marked for it); the window leaves them alone."""
        before, self._shown_by = self._shown_by, view
        try:
            yield
        finally:
            self._shown_by = before

    def record(self, edit: Edit) -> bool:
        """Save an edit that is not undoable (the agenda clock's progress: undoing a clock
        makes no sense to a room). False, reported through ``failed``, if it could not be
        saved; memory still matches the file."""
        if edit.empty:
            return True
        try:
            edit.redo(self.document)
        except WorkshopFileError as e:
            self.report(e)
            return False
        return True

    def show_cards(self, ids: Iterable[int]) -> None:
        """Ask the window to show these post-its on the board (a pair clicked in the matrix,
        an action's irritants)."""
        self.showCards.emit(list(ids))

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


__all__ = ["Change", "EditCommand", "Refusal", "WorkshopModel"]
