"""Checks on what people type, shared by every way of making a change (UI, import, tests)."""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum

from .model import MAX_NAME, MAX_TEXT

# Control characters break layouts and PDF text; tab and newline are kept, the rest dropped.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


class Reason(StrEnum):
    """Why a change is refused. The interface turns a reason and its values into a sentence
    in its own language (ui/messages.py); the English message stays for the command line."""

    # what people type
    EMPTY_TEXT = "empty-text"
    TOO_LONG = "too-long"  # length, limit
    NOT_TEXT = "not-text"
    NOT_A_DATE = "not-a-date"
    NOT_A_COLOUR = "not-a-colour"
    # the board
    LAST_STEP = "last-step"
    LANE_TWICE = "lane-twice"
    LANE_STAYS = "lane-stays"
    NOT_A_PAIR = "not-a-pair"
    NOT_LINKED = "not-linked"
    GONE = "gone"  # what, key: something that no longer exists
    # ideas and actions
    NOT_AN_IRRITANT = "not-an-irritant"
    NO_IRRITANT = "no-irritant"
    UNKNOWN_FIELD = "unknown-field"  # field
    BAD_STATUS = "bad-status"
    # follow-up sessions
    BAD_REVIEW = "bad-review"
    NOT_AN_EARLIER_IRRITANT = "not-an-earlier-irritant"
    # self-diagnosis (commands/after.py)
    BAD_DIMENSION = "bad-dimension"
    BAD_ANSWER = "bad-answer"
    NO_ANSWER = "no-answer"
    LEVERS_IN_PLAN = "levers-in-plan"
    MERGE_ONE = "merge-one"
    # votes
    BUDGET_RANGE = "budget-range"
    BUDGET_FULL = "budget-full"  # name, used, budget
    BUDGET_ROOM_FULL = "budget-room-full"
    LEFT_OUT = "left-out"  # name
    NO_VOTE_BACK = "no-vote-back"
    BUDGET_BELOW_VOTER = "budget-below-voter"  # name, used, budget
    BUDGET_BELOW_ROOM = "budget-below-room"  # budget
    BUDGET_BELOW_REMAINING = "budget-below-remaining"
    # the agenda
    DURATION = "duration"  # highest
    AGENDA_SHAPE = "agenda-shape"  # phases, highest
    # gestures the board refuses before any edit is built
    PICK_A_PAIR = "pick-a-pair"
    CARD_NOT_EMPTIED = "card-not-emptied"
    EXPERIENCE_ON_TOP = "experience-on-top"
    EXPERIENCE_LANE = "experience-lane"  # name


class RuleError(ValueError):
    """A value the method cannot accept; the message says which and why, in one line.

    ``reason`` and ``values`` carry the same thing as data, so that no layer above has to
    read the English message back."""

    def __init__(self, message: str, reason: Reason | None = None, **values: object) -> None:
        super().__init__(message)
        self.reason = reason
        self.values = values


def clean_text(text: str, what: str = "text", limit: int = MAX_TEXT) -> str:
    """The text as it will be kept: line ends unified, controls dropped, outer blanks trimmed.

    An empty result is refused: a blank post-it is a ghost nobody can read.
    """
    if not isinstance(text, str):
        raise RuleError(f"{what}: expected text, got {type(text).__name__}", Reason.NOT_TEXT)
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).strip()
    if not text:
        raise RuleError(f"{what}: empty text", Reason.EMPTY_TEXT)
    if len(text) > limit:
        raise RuleError(f"{what}: {len(text)} characters, more than the {limit} allowed",
                        Reason.TOO_LONG, length=len(text), limit=limit)
    return text


def clean_name(text: str, what: str = "name") -> str:
    """A short single-line label (step, lane, participant): newlines become spaces."""
    return clean_text(" ".join(str(text).split()), what, MAX_NAME)


def clean_optional(text: str | None, what: str, limit: int = MAX_TEXT) -> str:
    """Like clean_text, but an empty value is allowed and kept as ''."""
    if text is None or not str(text).strip():
        return ""
    return clean_text(str(text), what, limit)


def clean_date(value: str | None, what: str = "date") -> str:
    """An ISO date (YYYY-MM-DD) or ''."""
    if value is None or value == "":
        return ""
    try:
        return date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise RuleError(f"{what}: {value!r} is not a date (expected YYYY-MM-DD)",
                        Reason.NOT_A_DATE) from None


def clean_colour(value: str | None, what: str = "colour", default: str = "#888888") -> str:
    if value is None or value == "":
        return default
    if not _COLOUR.match(str(value)):
        raise RuleError(f"{what}: {value!r} is not a colour (expected #rrggbb)",
                        Reason.NOT_A_COLOUR)
    return str(value).lower()
