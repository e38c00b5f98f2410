"""Participants pasted as a list, one per line: « Nom ; métier ; front/back ».

Facilitators keep the list of who comes in a spreadsheet or an e-mail; pasting it is faster
than one dialog per person. Fields are separated by ``;`` or by a tab (what a spreadsheet
puts between copied cells); the métier and the office are optional. The whole list is one
edit, so one Ctrl+Z takes it back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..domain.model import Office, Workshop
from .board import add_participant, next_id
from .edit import Edit

_OFFICES = {"front": Office.FRONT, "back": Office.BACK, "front-office": Office.FRONT,
            "back-office": Office.BACK, "front office": Office.FRONT,
            "back office": Office.BACK}


@dataclass(frozen=True, slots=True)
class RosterLine:
    name: str
    department: str = ""
    office: Office | None = None


class RosterError(ValueError):
    """A line that is not « Nom ; métier ; front/back »: its number (from 1), the value at
    fault, and why (``"office"``: neither front nor back; ``"name"``: no name)."""

    def __init__(self, line: int, value: str, reason: str = "office") -> None:
        what = "is neither front nor back" if reason == "office" else "has no name"
        super().__init__(f"line {line}: {value!r} {what}")
        self.line = line
        self.value = value
        self.reason = reason


def parse_roster(text: str) -> list[RosterLine]:
    """The participants of a pasted list; blank lines are skipped, a bad office is refused."""
    found = []
    for n, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        fields = [f.strip() for f in re.split(r"[;\t]", line)]
        if not fields or not fields[0]:
            if any(fields):
                raise RosterError(n, line.strip(), "name")
            continue
        office_text = fields[2].lower() if len(fields) > 2 else ""
        if office_text and office_text not in _OFFICES:
            raise RosterError(n, fields[2])
        found.append(RosterLine(fields[0], fields[1] if len(fields) > 1 else "",
                                _OFFICES.get(office_text)))
    return found


def add_participants(w: Workshop, lines: list[RosterLine]) -> Edit:
    """Every participant of the list, after those already there, as one edit."""
    ops = []
    base = next_id(w.participants)
    position = max((p.position for p in w.participants.values()), default=-1) + 1
    for k, line in enumerate(lines):
        one = add_participant(w, line.name, line.department, line.office)
        participant = one.ops[0].after
        participant = replace(participant, id=base + k, position=position + k,
                              colour=_colour(len(w.participants) + k))
        ops.append(replace(one.ops[0], after=participant))
    return Edit("Ajouter des participants", ops)


def _colour(n: int) -> str:
    from .board import PARTICIPANT_COLOURS

    return PARTICIPANT_COLOURS[n % len(PARTICIPANT_COLOURS)]
