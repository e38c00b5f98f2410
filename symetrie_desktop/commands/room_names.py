"""A name typed on a phone and accepted by the facilitator: a participant, with the post-its
that phone already sent.

A participant who is not in the list types a name on the phone; the facilitator accepts it
in the room panel. The participant is created as any other, and the post-its that phone sent
without a name (on the board, or still in the tray) become theirs — one edit, undone at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from ..domain.model import Workshop
from .board import add_participant
from .document import Op
from .edit import Edit
from .room import received_card
from .tray import attribute_pending


def accept_typed_name(w: Workshop, name: str, phone: str, phone_ids: Iterable[str]) -> Edit:
    """``name`` becomes a participant; the post-its ``phone`` sent (``phone_ids``, the ids it
    made for them) that have no author yet are attributed to them."""
    added = add_participant(w, name)
    pid = added.created
    ops = list(added.ops)
    seen: set[int] = set()
    for phone_id in phone_ids:
        cid = received_card(w, phone_id)
        card = w.cards.get(cid) if cid is not None else None
        if card is not None and card.author_id is None and cid not in seen:
            seen.add(cid)
            ops.append(Op(card, replace(card, author_id=pid)))
    ops += attribute_pending(w, phone, pid)  # type: ignore[arg-type]
    return Edit("Accepter un nom tapé sur un téléphone", ops, created=pid)
