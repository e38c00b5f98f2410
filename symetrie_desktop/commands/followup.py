"""Edits of a follow-up session: reviewing a carried action, marking an irritant solved.

Same contract as :mod:`.decide`: each function reads the workshop and returns an
:class:`Edit`. A review is never edited away: each status change adds a line to the
action's history, so the file keeps when the room said what.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ..domain.followup import ActionReview, Outcome, SolvedIrritant
from ..domain.model import Status, Workshop
from ..domain.rules import Reason, clean_date, clean_optional
from .board import next_id
from .document import Op
from .edit import Edit, EditError, existing


def review_action(
    w: Workshop, aid: int, status: Outcome | str, note: str = "", on: str | None = None
) -> Edit:
    """The room's word on an action today: its status, a progress note, the date.

    The action's own status follows (todo, doing, done); « abandonnée » lives in the
    history only, so the plan's columns keep their meaning.
    """
    action = existing(w.actions, aid, "action")
    try:
        outcome = Outcome(status)
    except ValueError:
        raise EditError(f"status: {status!r} is not todo, doing, done or dropped",
                        Reason.BAD_REVIEW) from None
    when = clean_date(on, "review date") or date.today().isoformat()
    review = ActionReview(next_id(w.reviews), aid, when, outcome,
                          clean_optional(note, "progress note", 2000))
    ops = [Op(None, review)]
    if outcome != Outcome.DROPPED and action.status != Status(outcome.value):
        ops.append(Op(action, replace(action, status=Status(outcome.value))))
    return Edit("Faire le point sur une action", ops, created=review.id)


def mark_solved(
    w: Workshop, session_id: int, card: str, action_id: int | None, on: str | None = None
) -> Edit:
    """An irritant of a previous session that the room judges solved, by ``action_id``."""
    session = existing(w.sessions, session_id, "previous session")
    if not any(c.get("id") == card and c.get("kind") == "irritant"
               for c in session.document().get("cards", [])):
        raise EditError(f"card {card!r} is not an irritant of session {session_id}",
                        Reason.NOT_AN_EARLIER_IRRITANT)
    if action_id is not None:
        existing(w.actions, action_id, "action")
    when = clean_date(on, "date") or date.today().isoformat()
    before = next((s for s in w.solved.values()
                   if s.session_id == session_id and s.card == card), None)
    if before is not None:
        after = replace(before, action_id=action_id, date=when)
        return Edit("Marquer un irritant résolu", [Op(before, after)] if after != before else [])
    solved = SolvedIrritant(next_id(w.solved), session_id, card, action_id, when)
    return Edit("Marquer un irritant résolu", [Op(None, solved)], created=solved.id)


def unmark_solved(w: Workshop, session_id: int, card: str) -> Edit:
    found = [s for s in w.solved.values() if s.session_id == session_id and s.card == card]
    return Edit("Irritant non résolu", [Op(s, None) for s in found])
