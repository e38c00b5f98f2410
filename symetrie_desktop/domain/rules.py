"""Checks on what people type, shared by every way of making a change (UI, import, tests)."""

from __future__ import annotations

import re
from datetime import date

from .model import MAX_NAME, MAX_TEXT

# Control characters break layouts and PDF text; tab and newline are kept, the rest dropped.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


class RuleError(ValueError):
    """A value the method cannot accept; the message says which and why, in one line."""


def clean_text(text: str, what: str = "text", limit: int = MAX_TEXT) -> str:
    """The text as it will be kept: line ends unified, controls dropped, outer blanks trimmed.

    An empty result is refused: a blank post-it is a ghost nobody can read.
    """
    if not isinstance(text, str):
        raise RuleError(f"{what}: expected text, got {type(text).__name__}")
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).strip()
    if not text:
        raise RuleError(f"{what}: empty text")
    if len(text) > limit:
        raise RuleError(f"{what}: {len(text)} characters, more than the {limit} allowed")
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
        raise RuleError(f"{what}: {value!r} is not a date (expected YYYY-MM-DD)") from None


def clean_colour(value: str | None, what: str = "colour", default: str = "#888888") -> str:
    if value is None or value == "":
        return default
    if not _COLOUR.match(str(value)):
        raise RuleError(f"{what}: {value!r} is not a colour (expected #rrggbb)")
    return str(value).lower()
