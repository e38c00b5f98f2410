"""An edit: what one user gesture changes, able to apply and undo itself.

An edit is computed from the workshop as it is when the gesture happens and is
nothing but a list of :class:`Op`; undoing replays the list backwards with each op
turned around. Because the undo stack is linear, the workshop is always in the
same state when an edit is redone as when it was made.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..domain.rules import Reason, RuleError
from .document import Change, Document, Op


class EditError(RuleError):
    """A gesture the method refuses (unknown card, lane that must stay, vote over budget…)."""


def existing(table: dict, key: int, what: str):
    """``table[key]``, or a refusal saying the thing is gone (deleted meanwhile, or a stale
    id from another view): every edit looks things up this way."""
    try:
        return table[key]
    except KeyError:
        raise EditError(f"unknown {what} {key!r}", Reason.GONE, what=what, key=key) from None


@dataclass(slots=True)
class Edit:
    #: What the Edit menu shows after "Annuler" / "Rétablir": a French key, translated in
    #: one place (ui/labels.py), where ``{n}`` stands for :attr:`count`.
    label: str
    ops: list[Op] = field(default_factory=list)
    #: The id of what the edit created, when it created one thing (a card, a step…).
    created: int | None = None
    #: How many things the gesture touched, for a label that says it.
    count: int | None = None

    @property
    def text(self) -> str:
        """The label in French with its count (logs, the command line)."""
        return self.label.replace("{n}", str(self.count)) if self.count is not None \
            else self.label

    def redo(self, doc: Document) -> Change:
        return doc.apply(self.ops)

    def undo(self, doc: Document) -> Change:
        return doc.apply([op.inverse() for op in reversed(self.ops)])

    @property
    def empty(self) -> bool:
        return not self.ops
