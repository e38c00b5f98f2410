"""Edits that come from participants' phones: a post-it, and a dot moved on an idea.

They are ordinary edits built from :mod:`.board` and :mod:`.decide`, so a phone's post-it
is checked, attributed and undone like one typed on the laptop. What is particular to the
room is that a phone may send the same post-it twice (the Wi-Fi dropped before « reçu »
came back): each post-it carries an id made on the phone, and the edit that adds the card
also writes the setting ``room.card.<id>`` naming it, in the same transaction. A resend,
even after the app was restarted, finds the setting and adds nothing.
"""

from __future__ import annotations

import re

from ..domain import votes
from ..domain.model import CardKind, LaneKind, Setting, Workshop
from .board import add_card
from .decide import add_vote, remove_vote
from .document import Op
from .edit import Edit, EditError

#: Prefix of the settings that remember which phone post-it became which card.
CARD_KEY = "room.card."
#: What a phone-made id may look like: long enough to be unique, nothing that needs escaping.
PHONE_ID = re.compile(r"^[A-Za-z0-9_-]{8,64}$")


def card_key(phone_id: str) -> str:
    return CARD_KEY + phone_id


def received_card(w: Workshop, phone_id: str) -> int | None:
    """The card a phone post-it became, if it was received (and the card still exists)."""
    setting = w.settings.get(card_key(phone_id))
    if setting is None:
        return None
    try:
        cid = int(setting.value)
    except ValueError:
        return None
    return cid if cid in w.cards else None


def room_cards(w: Workshop) -> set[int]:
    """Ids of the cards that came from phones (the board marks them discreetly)."""
    out = set()
    for key, setting in w.settings.items():
        if key.startswith(CARD_KEY):
            try:
                out.add(int(setting.value))
            except ValueError:
                continue
    return out


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
    edit.ops.append(Op(w.settings.get(card_key(phone_id)),
                       Setting(card_key(phone_id), str(edit.created))))
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
