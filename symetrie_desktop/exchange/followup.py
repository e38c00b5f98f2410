"""Make the next session of a chain from the previous one.

The new workshop carries the journey (steps, lanes, phases), the participants, the
questionnaire of the self-diagnosis and the action plan — each action with its status, owner,
due date, review history and its origin in the previous session, whose whole board is kept
inside the file as evidence. The board itself starts empty: a follow-up asks what the room
lives now. Pure function of a workshop; writing the file is the caller's.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

from ..domain.followup import PreviousSession
from ..domain.model import Workshop
from .workshop_json import to_exchange

#: Document keys that are the chain itself, not the session: never nested in a snapshot.
_CHAIN_KEYS = ("sessions",)


def snapshot(w: Workshop) -> str:
    """The exchange JSON of one session, without the chain it carries."""
    doc = to_exchange(w)
    for key in _CHAIN_KEYS:
        doc.pop(key, None)
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))


def follow_up(previous: Workshop, today: date | None = None) -> Workshop:
    """The next session of the chain that ``previous`` ends."""
    today = today or date.today()
    session_id = max(previous.sessions, default=0) + 1
    info = replace(previous.info, date=today.isoformat())
    w = Workshop(info)
    w.participants = dict(previous.participants)
    w.steps = dict(previous.steps)
    w.lanes = dict(previous.lanes)
    w.statements = dict(previous.statements)
    w.sessions = dict(previous.sessions)
    w.sessions[session_id] = PreviousSession(session_id, previous.info.title,
                                             previous.info.date, snapshot(previous))
    actions = sorted(previous.actions.values(), key=lambda a: (a.position, a.id))
    for n, action in enumerate(actions, 1):
        # a{n} is the action's id in the snapshot (to_exchange numbers them in plan order)
        w.actions[action.id] = replace(action, addresses=(), ideas=(),
                                       origin=f"{session_id}:a{n}")
    w.reviews = dict(previous.reviews)
    w.solved = dict(previous.solved)
    return w
