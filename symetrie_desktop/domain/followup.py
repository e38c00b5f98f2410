"""What a follow-up session carries from the sessions before it.

A follow-up session is a new workshop file on the same journey: the board starts empty
(the room writes what it lives *now*), while the action plan, its review history and the
previous boards travel along. Each previous session is kept whole as its exchange JSON
(:class:`PreviousSession`), so the post-its an action addressed stay readable as evidence,
apart from the new post-its, and a chain 1 → 2 → 3 keeps every earlier board.
No Qt and no SQL here: plain values and the few rules that read them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import lru_cache
from typing import Any


class Outcome(StrEnum):
    """What a review says of an action. ``dropped`` exists only in reviews: the plan's own
    status stays the last working one, so the plan keeps reading as before."""

    TO_DO = "todo"
    DOING = "doing"
    DONE = "done"
    DROPPED = "dropped"


@dataclass(frozen=True, slots=True)
class PreviousSession:
    """An earlier session of the chain, as its exchange document (JSON text).

    ``id`` is the session's rank in the chain (1 is the first workshop); the document
    holds no previous sessions of its own, the chain lives in the newest file.
    """

    id: int
    title: str
    date: str
    exchange: str

    def document(self) -> dict[str, Any]:
        return _parsed(self.exchange)


@lru_cache(maxsize=32)
def _parsed(text: str) -> dict[str, Any]:
    return json.loads(text)


@dataclass(frozen=True, slots=True)
class ActionReview:
    """One line of an action's history: on ``date`` the room said ``status`` (and why)."""

    id: int
    action_id: int
    date: str
    status: Outcome
    note: str = ""


@dataclass(frozen=True, slots=True)
class SolvedIrritant:
    """An irritant of a previous session that the room judged solved, and by which action.

    ``card`` is the card's id inside that session's document (``c12``).
    """

    id: int
    session_id: int
    card: str
    action_id: int | None
    date: str


@dataclass(frozen=True, slots=True)
class Evidence:
    """A post-it of a previous session that a carried action addresses."""

    session_id: int
    card: str
    step: str
    side: str  # 'customer' or 'employee' (or another lane kind)
    kind: str  # 'irritant', 'enchantment' or 'note'
    text: str


def parse_origin(origin: str) -> tuple[int, str] | None:
    """'2:a5' -> (2, 'a5'): the session and the action's id in that session's document."""
    head, sep, ref = origin.partition(":")
    if not sep or not head.isdigit() or not ref:
        return None
    return int(head), ref


def evidence(sessions: dict[int, PreviousSession], origin: str) -> list[Evidence]:
    """The post-its an action carried from ``origin`` addresses, following the chain back:
    an action carried twice finds its evidence in the session where it was made."""
    found: list[Evidence] = []
    seen: set[str] = set()
    while origin and origin not in seen:
        seen.add(origin)
        parsed = parse_origin(origin)
        if parsed is None or parsed[0] not in sessions:
            break
        sid, ref = parsed
        doc = sessions[sid].document()
        action = next((a for a in doc.get("actions", []) if a.get("id") == ref), None)
        if action is None:
            break
        cards = {c["id"]: c for c in doc.get("cards", [])}
        steps = {s["id"]: s.get("name", "") for s in doc.get("steps", [])}
        lanes = {x["id"]: x.get("kind", "") for x in doc.get("lanes", [])}
        for cid in action.get("addresses", []):
            c = cards.get(cid)
            if c is not None:
                found.append(Evidence(sid, cid, steps.get(c.get("step"), ""),
                                      lanes.get(c.get("lane"), ""), c.get("kind", ""),
                                      c.get("text", "")))
        origin = action.get("origin", "") or ""
    return found


def latest_review(reviews: dict[int, ActionReview], action_id: int) -> ActionReview | None:
    mine = [r for r in reviews.values() if r.action_id == action_id]
    return max(mine, key=lambda r: (r.date, r.id)) if mine else None


def history(reviews: dict[int, ActionReview], action_id: int) -> list[ActionReview]:
    """An action's reviews, oldest first."""
    return sorted((r for r in reviews.values() if r.action_id == action_id),
                  key=lambda r: (r.date, r.id))


class Progress(StrEnum):
    """Where a carried action stands at a review, as sponsors ask it."""

    DONE = "done"
    DOING = "doing"
    LATE = "late"
    DROPPED = "dropped"
    TO_DO = "todo"


def outcome_of(status: str, review: ActionReview | None) -> Outcome:
    return review.status if review is not None else Outcome(str(status))


def progress(outcome: Outcome, due: str, today: date) -> Progress:
    """Done and dropped are final; otherwise an action past its due date is late."""
    if outcome == Outcome.DONE:
        return Progress.DONE
    if outcome == Outcome.DROPPED:
        return Progress.DROPPED
    if due and date.fromisoformat(due) < today:
        return Progress.LATE
    return Progress.DOING if outcome == Outcome.DOING else Progress.TO_DO


def is_overdue(status: str, review: ActionReview | None, due: str, today: date) -> bool:
    return progress(outcome_of(status, review), due, today) == Progress.LATE
