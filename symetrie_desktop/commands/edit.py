"""An edit: what one user gesture changes, able to apply and undo itself.

An edit is computed from the workshop as it is when the gesture happens and is
nothing but a list of :class:`Op`; undoing replays the list backwards with each op
turned around. Because the undo stack is linear, the workshop is always in the
same state when an edit is redone as when it was made.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..domain.rules import RuleError
from .document import Change, Document, Op


class EditError(RuleError):
    """A gesture the method refuses (unknown card, lane that must stay, vote over budget…)."""


@dataclass(slots=True)
class Edit:
    #: What the Edit menu shows after "Annuler" / "Rétablir", in French.
    label: str
    ops: list[Op] = field(default_factory=list)
    #: The id of what the edit created, when it created one thing (a card, a step…).
    created: int | None = None

    def redo(self, doc: Document) -> Change:
        return doc.apply(self.ops)

    def undo(self, doc: Document) -> Change:
        return doc.apply([op.inverse() for op in reversed(self.ops)])

    @property
    def empty(self) -> bool:
        return not self.ops
