"""How much one workshop may hold: the same limits for a file that is opened and for an
exchange file that is imported.

A workshop file travels by e-mail and USB stick, so it is untrusted input: without a
bound, a million post-its or a 200 MB setting makes the app unusable for the room. Each
limit sits far above any real workshop (the demo has 78 post-its; the benchmark 5,000)
and well below what makes the board or the summary slow. The README lists them.
"""

from __future__ import annotations

from collections import Counter

from .model import MAX_NAME, MAX_TEXT, Workshop

#: How many of each thing a workshop may hold (keys are the file's table names).
MAX_COUNT: dict[str, int] = {
    "participants": 500,
    "steps": 500,
    "lanes": 50,
    "cards": 50_000,
    "links": 50_000,
    "ideas": 5_000,
    "votes": 50_000,
    "actions": 5_000,
    "settings": 200,
    # after the workshop (schema version 2)
    "sessions": 200,
    "action_reviews": 50_000,
    "solved_irritants": 50_000,
    "statements": 500,
    "diagnosis_responses": 5_000,
    "mirror_answers": 100_000,
}
#: A card, idea or action title; a participant, step or lane name (from domain/model.py).
TEXT_LIMIT = MAX_TEXT
NAME_LIMIT = MAX_NAME
#: One setting's value (JSON text): the agenda of a long day is a few kilobytes.
SETTING_LIMIT = 100_000
#: One earlier session kept in the follow-up chain: a whole exchange document.
SESSION_LIMIT = 20_000_000
#: Tags on one post-it, and the length of one tag.
TAGS_PER_CARD = 20
TAG_LIMIT = 40
#: A workshop file (or an exchange file) larger than this is not a workshop.
FILE_BYTES = 256 * 1024 * 1024
#: In the printed summary, a text is cut after this many characters, with a note saying
#: how long it was: a page must stay readable whatever was pasted into a post-it.
SUMMARY_TEXT = 10_000


class LimitError(ValueError):
    """More of something than a workshop may hold: ``what`` (a table name or a field),
    the ``count`` found and the ``limit``."""

    def __init__(self, what: str, count: int, limit: int) -> None:
        self.what = what
        self.count = count
        self.limit = limit
        super().__init__(f"{what}: {count} found, more than the {limit} a workshop may hold")


def check_count(what: str, count: int) -> None:
    limit = MAX_COUNT[what]
    if count > limit:
        raise LimitError(what, count, limit)


def over_budget(workshop: Workshop) -> tuple[int, str] | None:
    """The first vote (id, reason) that puts a participant over the workshop's vote budget.

    The app refuses such a vote and refuses a budget lowered below what someone placed,
    so a file or an exchange file holding one was made elsewhere. The anonymous round is
    not checked here: removing a participant after it legitimately shrinks its pool.
    """
    budget = workshop.info.vote_budget
    used: Counter[int] = Counter()
    for vote in sorted(workshop.votes.values(), key=lambda v: v.id):
        if vote.participant_id is None:
            continue
        used[vote.participant_id] += 1
        if used[vote.participant_id] > budget:
            participant = workshop.participants.get(vote.participant_id)
            name = participant.name if participant else f"participant {vote.participant_id}"
            return vote.id, f"{name} has more votes than the budget of {budget}"
    return None
