"""Dot voting: who may vote, how many dots each has left, and what the tallies say.

The rules live here, without Qt, so that the vote panel, the edits that refuse a
vote over budget and the printed summary all count the same way.

* Every participant gets ``workshop.info.vote_budget`` dots; a participant may
  put several dots on the same idea (that is how dot voting is played in a room).
* Participants listed in the ``vote.excluded`` setting (often the facilitator) do
  not vote and are not counted as "has not voted yet".
* An anonymous round (dots with no participant) may place at most the dots the
  room has not placed by name: budget × voters − named dots. The budget holds for
  the room even when names are not recorded.
* Tallies may stay hidden until the facilitator reveals them (``vote.revealed``),
  so the first voters do not steer the others.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass

from .model import Participant, Setting, Workshop

REVEALED_KEY = "vote.revealed"
EXCLUDED_KEY = "vote.excluded"


def setting_value(workshop: Workshop, key: str, default: object = None) -> object:
    """The JSON value of a setting; ``default`` when absent or unreadable (hand-edited file)."""
    setting = workshop.settings.get(key)
    if setting is None:
        return default
    try:
        return json.loads(setting.value)
    except ValueError:
        return default


def setting(key: str, value: object) -> Setting:
    return Setting(key, json.dumps(value, ensure_ascii=False))


def is_revealed(workshop: Workshop) -> bool:
    return setting_value(workshop, REVEALED_KEY, False) is True


def excluded(workshop: Workshop) -> frozenset[int]:
    """Participants left out of the vote; unknown ids (removed participants) are ignored."""
    value = setting_value(workshop, EXCLUDED_KEY, [])
    if not isinstance(value, list):
        return frozenset()
    return frozenset(
        v for v in value if isinstance(v, int) and not isinstance(v, bool)
        and v in workshop.participants
    )


def voters(workshop: Workshop) -> list[Participant]:
    """The participants who vote, in the workshop's order."""
    out = excluded(workshop)
    return [p for p in workshop.ordered_participants() if p.id not in out]


def used(workshop: Workshop, participant_id: int | None) -> int:
    """Dots placed by a participant (None: the anonymous round), on ideas or cards."""
    return sum(1 for v in workshop.votes.values() if v.participant_id == participant_id)


def anonymous_pool(workshop: Workshop) -> int:
    """How many dots the anonymous round may hold in all: those not placed by name."""
    named = sum(used(workshop, p.id) for p in voters(workshop))
    return max(0, workshop.info.vote_budget * len(voters(workshop)) - named)


def left(workshop: Workshop, participant_id: int | None) -> int:
    """Dots still to place by a participant, or by the anonymous round."""
    if participant_id is None:
        return max(0, anonymous_pool(workshop) - used(workshop, None))
    return max(0, workshop.info.vote_budget - used(workshop, participant_id))


@dataclass(frozen=True, slots=True)
class VoterState:
    """Where one participant stands in the vote: votes used and votes left."""

    participant: Participant
    used: int
    left: int

    @property
    def has_voted(self) -> bool:
        return self.used > 0


def voter_states(workshop: Workshop) -> list[VoterState]:
    """Each voter with the dots placed and left, for the panel's "who has not voted" list."""
    return [VoterState(p, used(workshop, p.id), left(workshop, p.id)) for p in voters(workshop)]


def not_voted(workshop: Workshop) -> list[Participant]:
    return [s.participant for s in voter_states(workshop) if not s.has_voted]


def idea_tallies(workshop: Workshop) -> Counter[int]:
    """Dots per idea (every idea present, zero included)."""
    tally: Counter[int] = Counter({i: 0 for i in workshop.ideas})
    for v in workshop.votes.values():
        if v.idea_id is not None and v.idea_id in workshop.ideas:
            tally[v.idea_id] += 1
    return tally


def dots_of(workshop: Workshop, participant_id: int | None, idea_id: int) -> int:
    """Dots one participant (or the anonymous round) put on one idea."""
    return sum(
        1 for v in workshop.votes.values()
        if v.participant_id == participant_id and v.idea_id == idea_id
    )


def over_budget(workshop: Workshop, budget: int) -> list[Participant]:
    """Voters who already placed more dots than ``budget`` (a budget change would be unfair)."""
    return [p for p in voters(workshop) if used(workshop, p.id) > budget]
