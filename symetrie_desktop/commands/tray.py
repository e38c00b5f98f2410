"""The room's tray: phone post-its waiting for the facilitator, kept in the file.

When the facilitator moderates the room, a phone's post-it does not go on the board: it
waits in the tray until the facilitator accepts it (as sent, or with the text corrected),
merges it into a post-it already on the board, or refuses it. The phone is told « reçu »
as soon as the post-it is in the tray, so the tray must be as durable as the board: it is
kept in the file, in a few settings (``room.tray.0`` … ``room.tray.f``, chosen by a hash
of the post-it's phone id, like the records of :mod:`.room`), and every move in or out of
it is an ordinary edit. A pending post-it survives a crash; undoing an acceptance puts the
post-it back in the tray.

What became of a post-it the phone sent is read from the records of :mod:`.room`: the card
it became (accepted or merged), :data:`REFUSED`, or still in the tray.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace

from ..domain.model import CardKind, LaneKind, Setting, Workshop
from ..domain.rules import RuleError, clean_text
from .board import add_card, update_card
from .document import Op
from .edit import Edit, EditError, existing
from .room import PHONE_ID, received_card, record_card, setting_object, shard_key

#: Prefix of the settings that hold the tray.
TRAY_KEY = "room.tray."
#: What the records of :mod:`.room` say of a post-it the facilitator refused (no card has 0).
REFUSED = 0
#: A tray setting past this many characters takes no more post-its (the phone keeps its
#: post-it and sends it again later): far below a setting's limit in the file.
TRAY_CHARS = 90_000


@dataclass(frozen=True, slots=True)
class Pending:
    """A phone post-it waiting in the tray, with what the phone said of it."""

    phone_id: str
    text: str
    lane: str
    kind: str
    step_id: int
    author_id: int | None
    #: The phone that sent it (its X-Phone header; '' when unknown), for a typed name.
    phone: str
    #: Arrival order across the whole tray.
    order: int


def tray_key(phone_id: str) -> str:
    return shard_key(TRAY_KEY, phone_id)


def _shard(setting: Setting | None) -> dict[str, Pending]:
    """The post-its of one tray setting; anything that does not read as one is left out."""
    out: dict[str, Pending] = {}
    for key, item in setting_object(setting).items():
        try:
            pending = Pending(**item)
        except TypeError:
            continue
        if pending.phone_id == key and isinstance(pending.order, int):
            out[key] = pending
    return out


def _write(w: Workshop, key: str, items: dict[str, Pending]) -> Op:
    before = w.settings.get(key)
    if not items:
        return Op(before, None)
    text = json.dumps({k: asdict(p) for k, p in items.items()}, ensure_ascii=False,
                      separators=(",", ":"))
    return Op(before, Setting(key, text))


def tray(w: Workshop) -> list[Pending]:
    """Every post-it in the tray, in the order they arrived."""
    items = [p for key, s in w.settings.items() if key.startswith(TRAY_KEY)
             for p in _shard(s).values()]
    return sorted(items, key=lambda p: p.order)


def pending(w: Workshop, phone_id: str) -> Pending | None:
    return _shard(w.settings.get(tray_key(phone_id))).get(phone_id)


def status(w: Workshop, phone_id: str) -> str:
    """'pending', 'accepted' (on the board, or merged), 'refused', or 'unknown'."""
    if pending(w, phone_id) is not None:
        return "pending"
    card = received_card(w, phone_id)
    if card is None:
        return "unknown"
    return "refused" if card == REFUSED else "accepted"


def hold_phone_cards(w: Workshop, items: Sequence[dict]) -> tuple[Edit, list[str]]:
    """Phone post-its that arrived together, put in the tray as one edit.

    ``items`` hold phone_id, lane, step_id, kind, text, author_id and phone. The answer for
    each is its status ('pending' when it is in the tray once the edit is written, or what
    became of it when it was sent before), or the reason it was refused. A post-it sent
    twice is kept once."""
    shards: dict[str, dict[str, Pending]] = {}
    order = max((p.order for p in tray(w)), default=0)
    answers: list[str] = []
    for item in items:
        try:
            phone_id = item["phone_id"]
            if not isinstance(phone_id, str) or not PHONE_ID.match(phone_id):
                raise EditError("post-it id: expected 8 to 64 letters, digits, '-' or '_'")
            key = tray_key(phone_id)
            shard = shards.setdefault(key, _shard(w.settings.get(key)))
            known = status(w, phone_id)
            if phone_id in shard or known != "unknown":
                answers.append("pending" if phone_id in shard else known)
                continue
            lane, kind = LaneKind(item["lane"]), CardKind(item["kind"])
            if not lane.is_experience or kind == CardKind.NOTE:
                raise EditError("a phone post-it is an irritant or an enchantment, "
                                "in the customer or the employee lane")
            existing(w.steps, item["step_id"], "step")
            if item.get("author_id") is not None:
                existing(w.participants, item["author_id"], "participant")
            order += 1
            shard[phone_id] = Pending(phone_id, clean_text(item["text"], "card text"),
                                      lane.value, kind.value, item["step_id"],
                                      item.get("author_id"), item.get("phone", ""), order)
            if len(_write(w, key, shard).after.value) > TRAY_CHARS:  # type: ignore[union-attr]
                del shard[phone_id]
                raise EditError("the tray is full for now")
            answers.append("pending")
        except RuleError as e:  # before ValueError, which it is too
            answers.append(str(e))
        except ValueError:
            answers.append(f"unknown lane or kind {item.get('lane')!r}/{item.get('kind')!r}")
    ops = [_write(w, key, shard) for key, shard in shards.items()
           if shard != _shard(w.settings.get(key))]
    return Edit("Post-it mis en attente", ops), answers


def _taken_out(w: Workshop, phone_id: str) -> tuple[Pending, Op]:
    """The pending post-it, and the op that takes it out of the tray."""
    key = tray_key(phone_id)
    shard = _shard(w.settings.get(key))
    item = shard.pop(phone_id, None)
    if item is None:
        raise EditError("this post-it is no longer in the tray")
    return item, _write(w, key, shard)


def accept_pending(w: Workshop, phone_id: str, text: str | None = None,
                   author_id: int | None = None) -> Edit:
    """The facilitator accepts a pending post-it, with its text corrected when ``text`` is
    given: it goes on the board (attributed, marked as from the room) and leaves the tray."""
    item, out = _taken_out(w, phone_id)
    lane = w.lane_of_kind(LaneKind(item.lane))
    if lane is None:  # pragma: no cover - every workshop has both lanes
        raise EditError(f"there is no {item.lane} lane")
    author = author_id if author_id is not None else item.author_id
    if author is not None and author not in w.participants:
        author = None  # removed meanwhile: the post-it stays, with no author
    added = add_card(w, lane.id, item.step_id, item.kind,
                     item.text if text is None else text, author)
    ops = [out, *added.ops, record_card(w, phone_id, added.created)]  # type: ignore[arg-type]
    return Edit("Accepter un post-it de la salle", ops, created=added.created)


def merge_pending(w: Workshop, phone_id: str, card_id: int) -> Edit:
    """The pending post-it says what a post-it on the board says: its text is added to
    that post-it's (unless already there), and the phone's post-it counts as that one."""
    item, out = _taken_out(w, phone_id)
    card = existing(w.cards, card_id, "card")
    merged = card.text if item.text in card.text else f"{card.text}\n{item.text}"
    ops = [out, *update_card(w, card_id, text=merged).ops, record_card(w, phone_id, card_id)]
    return Edit("Fusionner un post-it de la salle", ops, created=card_id)


def refuse_pending(w: Workshop, phone_id: str) -> Edit:
    """The facilitator refuses a pending post-it: it leaves the tray, and a resend of it is
    answered « refusé »."""
    _item, out = _taken_out(w, phone_id)
    return Edit("Refuser un post-it de la salle", [out, record_card(w, phone_id, REFUSED)])


def change_pending(w: Workshop, phone_id: str, text: str | None) -> Edit:
    """The phone corrects (``text``) or withdraws (None) its post-it while it waits."""
    item, out = _taken_out(w, phone_id)
    if text is None:
        return Edit("Retirer un post-it en attente", [out])
    key = tray_key(phone_id)
    shard = _shard(w.settings.get(key))
    shard[phone_id] = replace(item, text=clean_text(text, "card text"))
    return Edit("Corriger un post-it en attente", [_write(w, key, shard)])


def attribute_pending(w: Workshop, phone: str, author_id: int) -> list[Op]:
    """Ops that give the post-its a phone left in the tray with no name to ``author_id``
    (a typed name the facilitator accepted)."""
    ops = []
    for key, setting in w.settings.items():
        if not key.startswith(TRAY_KEY):
            continue
        shard = _shard(setting)
        changed = False
        for pid, item in shard.items():
            if item.phone == phone and item.author_id is None:
                shard[pid] = replace(item, author_id=author_id)
                changed = True
        if changed:
            ops.append(_write(w, key, shard))
    return ops
