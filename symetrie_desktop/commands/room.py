"""Edits that come from participants' phones: a post-it, and a dot moved on an idea.

They are ordinary edits built from :mod:`.board` and :mod:`.decide`, so a phone's post-it
is checked, attributed and undone like one typed on the laptop. What is particular to the
room is that a phone may send the same post-it twice (the Wi-Fi dropped before « reçu »
came back): each post-it carries an id made on the phone, and the edit that adds the card
also records "this phone id became that card" in the same transaction. A resend, even
after the app was restarted, finds the record and adds nothing.

The records live in a few settings (``room.cards.0`` … ``room.cards.f``, a JSON object
each, chosen by a hash of the phone id) rather than one setting per post-it: a workshop
holds a bounded number of settings, and sixteen small objects stay far below the size
of one setting even for thousands of phone post-its.
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Sequence
from dataclasses import replace

from ..domain import votes
from ..domain.model import CardKind, LaneKind, Setting, Workshop
from ..domain.rules import RuleError
from .board import add_card
from .decide import add_vote, remove_vote
from .document import Op
from .edit import Edit, EditError

#: Prefix of the settings that remember which phone post-it became which card.
CARD_KEY = "room.cards."
SHARDS = 16
#: Past this many characters a record setting forgets its oldest entries (a phone resends
#: within minutes, not after thousands of other post-its).
SHARD_CHARS = 60_000
#: What a phone-made id may look like: long enough to be unique, nothing that needs escaping.
PHONE_ID = re.compile(r"^[A-Za-z0-9_-]{8,64}$")


def shard_key(prefix: str, phone_id: str) -> str:
    """The one of the ``SHARDS`` settings under ``prefix`` that holds ``phone_id``."""
    return f"{prefix}{zlib.crc32(phone_id.encode()) % SHARDS:x}"


def card_key(phone_id: str) -> str:
    return shard_key(CARD_KEY, phone_id)


def setting_object(setting: Setting | None) -> dict:
    """A room setting's JSON object; {} for a missing, unreadable or non-object value (the
    file is untrusted: a damaged record forgets, it never stops the room)."""
    if setting is None:
        return {}
    try:
        value = json.loads(setting.value)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _records(setting: Setting | None) -> dict[str, int]:
    return {k: v for k, v in setting_object(setting).items()
            if isinstance(v, int) and not isinstance(v, bool)}


def received_card(w: Workshop, phone_id: str) -> int | None:
    """The card a phone post-it became, when it was received (even if since removed)."""
    return _records(w.settings.get(card_key(phone_id))).get(phone_id)


def room_cards(w: Workshop) -> set[int]:
    """Ids of the cards that came from phones and are still there (the board marks them)."""
    out: set[int] = set()
    for key, setting in w.settings.items():
        if key.startswith(CARD_KEY):
            out.update(c for c in _records(setting).values() if c in w.cards)
    return out


def record_card(w: Workshop, phone_id: str, card_id: int) -> Op:
    key = card_key(phone_id)
    before = w.settings.get(key)
    records = _records(before)
    records[phone_id] = card_id
    text = json.dumps(records, separators=(",", ":"))
    while len(text) > SHARD_CHARS and len(records) > 1:
        records.pop(next(iter(records)))
        text = json.dumps(records, separators=(",", ":"))
    return Op(before, Setting(key, text))


def add_phone_card(
    w: Workshop,
    phone_id: str,
    lane: LaneKind | str,
    step_id: int,
    kind: CardKind | str,
    text: str,
    author_id: int | None = None,
) -> Edit:
    """A post-it sent from a phone, into the customer or employee lane of a step.

    A post-it already received returns an empty edit whose ``created`` is the card it became,
    so the phone is told « reçu » again and nothing is written twice.
    """
    if not isinstance(phone_id, str) or not PHONE_ID.match(phone_id):
        raise EditError("post-it id: expected 8 to 64 letters, digits, '-' or '_'")
    existing = received_card(w, phone_id)
    if existing is not None:
        return Edit("Post-it reçu d'un téléphone", created=existing)
    try:
        lane_kind = LaneKind(lane)
        card_kind = CardKind(kind)
    except ValueError:
        raise EditError(f"unknown lane or kind {lane!r}/{kind!r}") from None
    if not lane_kind.is_experience:
        raise EditError("a phone writes in the customer or the employee lane")
    if card_kind == CardKind.NOTE:
        raise EditError("a phone post-it is an irritant or an enchantment")
    target = w.lane_of_kind(lane_kind)
    if target is None:  # pragma: no cover - every workshop has both lanes
        raise EditError(f"there is no {lane_kind.value} lane")
    edit = add_card(w, target.id, step_id, card_kind, text, author_id)
    edit.ops.append(record_card(w, phone_id, edit.created))
    edit.label = "Post-it reçu d'un téléphone"
    return edit


def set_phone_dots(w: Workshop, participant_id: int, idea_id: int, dots: int) -> Edit:
    """Bring one participant's dots on an idea to ``dots``, one dot at a time.

    The phone says how many dots it wants rather than "one more", so a tap sent twice
    counts once. Only a step of one dot from what the file holds is accepted; anything else
    means the phone's view is stale and it is refused (the phone then reloads).
    """
    if isinstance(dots, bool) or not isinstance(dots, int):
        raise EditError("dots: expected a whole number")
    now = votes.dots_of(w, participant_id, idea_id)
    if dots == now:
        return Edit("Voter")
    if dots == now + 1:
        return add_vote(w, participant_id, idea_id)
    if dots == now - 1:
        return remove_vote(w, participant_id, idea_id)
    raise EditError(f"dots: {now} on this idea, cannot go to {dots} in one tap")


def add_phone_cards(w: Workshop, items: Sequence[dict]) -> tuple[Edit, list[int | str]]:
    """Several phone post-its that arrived together, as one edit (one transaction, one
    redraw): in a busy room the laptop writes and draws once per batch, not once per
    post-it. ``items`` hold the arguments of :func:`add_phone_card` by name; the answer
    for each is the card it became, or the reason it was refused (it is then left out).
    A post-it sent twice in the same batch becomes one card."""
    scratch = replace(w, cards=dict(w.cards), settings=dict(w.settings))
    ops: list[Op] = []
    answers: list[int | str] = []
    for item in items:
        try:
            edit = add_phone_card(scratch, **item)
        except RuleError as e:
            answers.append(str(e))
            continue
        for op in edit.ops:  # only cards and settings: the tables the scratch has its own of
            table = getattr(scratch, op.kind)
            if op.after is None:
                table.pop(op.key, None)
            else:
                table[op.key] = op.after
        ops += edit.ops
        answers.append(edit.created)  # type: ignore[arg-type]
    label = "Post-it reçu d'un téléphone" if len(items) == 1 else "Post-it reçus des téléphones"
    return Edit(label, ops), answers
