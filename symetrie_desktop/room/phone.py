"""The phone page and its calls: send a post-it, place dots, read what the phone may show.

Handlers check the shape of what the phone sent (types, lengths, known ids) and answer 400
for anything malformed; the workshop is read and changed only inside jobs run on the
owner's thread (see :mod:`.gate`), with the edits of :mod:`symetrie_desktop.commands.room`.
A post-it is answered « received » only once its card is in the file.
"""

from __future__ import annotations

import asyncio
import html
import json
from string import Template
from typing import Any

from aiohttp import web

from ..commands import tray
from ..commands.agenda import current_agenda
from ..commands.board import remove_cards, update_card
from ..commands.edit import Edit
from ..commands.room import PHONE_ID, add_phone_cards, received_card, set_phone_dots
from ..domain import votes
from ..domain.model import CardKind, LaneKind
from ..domain.rules import RuleError
from ..resources import resource
from . import limits, names
from .gate import Owner
from .phone_text import STRINGS, language
from .server import RoomServer, Routes, error, room_of

#: The only files the phone page loads; the client never names a file.
ASSETS = {
    "phone.js": ("phone.js", "text/javascript"),
    "phone.css": ("phone.css", "text/css"),
}


def register(routes: Routes) -> None:
    routes.get("", page)
    for name in ASSETS:
        routes.get(name, asset)
    routes.get("api/state", state)
    routes.post("api/cards", send_card)
    routes.post("api/cards/change", change_card)
    routes.post("api/votes", send_dots)


# -- pages ------------------------------------------------------------------------------------


async def page(request: web.Request) -> web.Response:
    lang = language(request.headers.get("Accept-Language", ""))
    text = STRINGS[lang]
    template = Template(resource("room", "phone.html").read_text(encoding="utf-8"))
    strings = json.dumps(text, ensure_ascii=False).replace("<", "\\u003c")
    body = template.substitute(
        lang=lang,
        strings=strings,
        **{k: html.escape(v) for k, v in text.items()},
    )
    return web.Response(text=body, content_type="text/html", charset="utf-8")


async def asset(request: web.Request) -> web.Response:
    name = request.path.rsplit("/", 1)[-1]
    filename, content_type = ASSETS[name]
    return web.Response(text=resource("room", filename).read_text(encoding="utf-8"),
                        content_type=content_type, charset="utf-8")


# -- reading --------------------------------------------------------------------------------


def vote_open(owner: Owner) -> bool:
    return current_agenda(owner.workshop).phase_key == "vote"


def snapshot(owner: Owner, room: RoomServer, me: int | None) -> dict[str, Any]:
    """What a phone may know: names of steps and participants, the ideas during the vote with
    its own dots, and the board only when the facilitator shows it."""
    w = owner.workshop
    steps = w.ordered_steps()
    current = room.current_step()
    lanes = {k.value: (w.lane_of_kind(k).name if w.lane_of_kind(k) else "")
             for k in (LaneKind.CUSTOMER, LaneKind.EMPLOYEE)}
    out: dict[str, Any] = {
        "title": w.info.title,
        "paused": room.paused,
        "steps": [{"id": s.id, "name": s.name} for s in steps],
        "step": current if current in w.steps else (steps[0].id if steps else None),
        "participants": [{"id": p.id, "name": p.name} for p in w.ordered_participants()],
        "lanes": lanes,
        "vote": None,
        "board": None,
    }
    if vote_open(owner):
        revealed = votes.is_revealed(w)
        tallies = votes.idea_tallies(w) if revealed else None
        me = me if me in w.participants else None
        out["vote"] = {
            "budget": w.info.vote_budget,
            "left": votes.left(w, me) if me is not None else None,
            "excluded": me in votes.excluded(w) if me is not None else False,
            "revealed": revealed,
            "ideas": [
                {"id": i.id, "text": i.text,
                 "mine": votes.dots_of(w, me, i.id) if me is not None else 0,
                 "total": tallies[i.id] if tallies is not None else None}
                for i in w.ordered_ideas()
            ],
        }
    if room.show_board:
        out["board"] = board(owner)
    return out


def board(owner: Owner) -> list[dict[str, Any]]:
    """The customer and employee post-its step by step, for « afficher le tableau »."""
    w = owner.workshop
    rows = []
    for step in w.ordered_steps():
        row: dict[str, Any] = {"step": step.name}
        for kind in (LaneKind.CUSTOMER, LaneKind.EMPLOYEE):
            lane = w.lane_of_kind(kind)
            row[kind.value] = [] if lane is None else [
                {"kind": c.kind.value, "text": c.text} for c in w.cell(lane.id, step.id)]
        rows.append(row)
    return rows


async def state(request: web.Request) -> web.Response:
    room = room_of(request)
    me = _optional_int(request.query.get("me"))
    out = await room.run(lambda owner: snapshot(owner, room, me))
    request_ = names.request_of(room, request.headers.get("X-Phone", ""))
    out["name"] = None if request_ is None else {
        k: request_[k] for k in ("name", "status", "participant")}
    out["locked"] = room.locked
    out["moderated"] = room.moderated
    return web.json_response(out)


# -- writing --------------------------------------------------------------------------------


class BadRequest(Exception):
    """What the phone sent is not what the page sends: 400, nothing written."""


async def _payload(request: web.Request) -> dict[str, Any]:
    if request.content_type != "application/json":
        raise BadRequest("expected JSON")
    raw = await request.read()  # raises 413 past limits.MAX_BODY
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise BadRequest("malformed JSON") from None
    if not isinstance(data, dict):
        raise BadRequest("expected a JSON object")
    return data


def _field(data: dict, name: str, kind: type, optional: bool = False) -> Any:
    value = data.get(name)
    if value is None and optional:
        return None
    if not isinstance(value, kind) or isinstance(value, bool):
        raise BadRequest(f"{name}: expected {kind.__name__}")
    return value


def _optional_int(text: str | None) -> int | None:
    try:
        return int(text) if text else None
    except ValueError:
        return None


def push(owner: Owner, edit: Edit) -> Edit | None:
    """Push an edit already built (and so already checked) through the owner's door."""
    return owner.try_push(lambda _w: edit)


def receive_cards(owner: Owner, batch: list[dict[str, Any]],
                  moderated: bool = False) -> list[tuple[int, dict]]:
    """On the owner's thread: post-its that arrived together become cards in one edit (or,
    when the room is moderated, wait in the tray, in one edit); a resend finds its card or
    its place in the tray. One answer (status, body) per post-it, in order."""
    w = owner.workshop
    answers: list[tuple[int, dict]] = [(500, {"error": "not handled"})] * len(batch)
    items, where = [], []
    for i, f in enumerate(batch):
        known = tray.status(w, f["id"])
        if f.get("named") and f["author"] not in w.participants:
            f["author"] = None  # the accepted name was undone: the post-it keeps no name
        if f["step"] not in w.steps:
            answers[i] = (400, {"error": "unknown step", "reason": "unknown_step"})
        elif f["author"] is not None and f["author"] not in w.participants:
            answers[i] = (400, {"error": "unknown participant", "reason": "unknown_participant"})
        elif known in ("pending", "refused"):
            answers[i] = (200, {"status": known})
        else:
            items.append({"phone_id": f["id"], "lane": f["lane"], "step_id": f["step"],
                          "kind": f["kind"], "text": f["text"], "author_id": f["author"]})
            where.append(i)
    if moderated:
        for item, i in zip(items, where, strict=True):
            item["phone"] = batch[i].get("phone", "")
        edit, held = tray.hold_phone_cards(w, items)
        if not edit.empty:
            push(owner, edit)
        w = owner.workshop
        for i, answer in zip(where, held, strict=True):
            now = tray.status(w, batch[i]["id"])
            if answer not in ("pending", "accepted", "refused"):
                answers[i] = (400, {"error": answer, "reason": "bad_request"})
            elif now != answer:  # the write failed: nothing in memory
                answers[i] = (503, {"error": "not saved", "reason": "not_saved"})
            elif now == "accepted":
                answers[i] = (200, {"status": "received",
                                    "card": received_card(w, batch[i]["id"])})
            else:
                answers[i] = (200, {"status": now})
        return answers
    edit, made = add_phone_cards(w, items)
    if not edit.empty:
        push(owner, edit)
    w = owner.workshop
    for i, card in zip(where, made, strict=True):
        if isinstance(card, str):
            answers[i] = (400, {"error": card, "reason": "bad_request"})
        elif received_card(w, batch[i]["id"]) is None:  # the write failed: nothing in memory
            answers[i] = (503, {"error": "not saved", "reason": "not_saved"})
        else:
            answers[i] = (200, {"status": "received", "card": card})
    return answers


class Inbox:
    """Post-its waiting for the owner's thread. While one batch is being written, those that
    arrive meanwhile gather into the next: a busy room costs one write and one redraw per
    batch, a quiet room still gets each post-it written at once."""

    BATCH = 50

    def __init__(self, room: RoomServer) -> None:
        self.room = room
        self.waiting: list[tuple[dict[str, Any], asyncio.Future]] = []
        self.busy = False

    async def receive(self, fields: dict[str, Any]) -> tuple[int, dict]:
        future = asyncio.get_running_loop().create_future()
        self.waiting.append((fields, future))
        if not self.busy:
            self.busy = True
            asyncio.get_running_loop().create_task(self._drain())
        return await future

    async def _drain(self) -> None:
        try:
            while self.waiting:
                batch, self.waiting = self.waiting[: self.BATCH], self.waiting[self.BATCH:]
                fields = [f for f, _ in batch]
                try:
                    answers = await self.room.run(
                        lambda owner, fields=fields: receive_cards(
                            owner, fields, self.room.moderated))
                except Exception as e:  # a bug: each waiting phone gets a 500, keeps its post-it
                    answers = [(500, {"error": type(e).__name__})] * len(batch)
                for (_, future), answer in zip(batch, answers, strict=True):
                    if not future.done():
                        future.set_result(answer)
        finally:
            self.busy = False


def inbox(room: RoomServer) -> Inbox:
    box = room.extras.get("phone.inbox")
    if box is None:
        box = room.extras["phone.inbox"] = Inbox(room)
    return box


async def send_card(request: web.Request) -> web.Response:
    room = room_of(request)
    try:
        data = await _payload(request)
        fields = {
            "id": _field(data, "id", str),
            "text": _field(data, "text", str),
            "lane": _field(data, "lane", str),
            "kind": _field(data, "kind", str),
            "step": _field(data, "step", int),
            "author": _field(data, "author", int, optional=True),
        }
        if not PHONE_ID.match(fields["id"]):
            raise BadRequest("id: 8 to 64 letters, digits, '-' or '_'")
        if fields["lane"] not in (LaneKind.CUSTOMER.value, LaneKind.EMPLOYEE.value):
            raise BadRequest("lane: customer or employee")
        if fields["kind"] not in (CardKind.IRRITANT.value, CardKind.ENCHANTMENT.value):
            raise BadRequest("kind: irritant or enchantment")
        if not fields["text"].strip():
            raise BadRequest("text: empty")
        if len(fields["text"]) > limits.MAX_TEXT:
            raise BadRequest(f"text: more than {limits.MAX_TEXT} characters")
    except BadRequest as e:
        return error(400, str(e))
    if room.paused:
        return error(503, "paused", "paused")
    phone = request.headers.get("X-Phone", "")
    fields["phone"] = phone if PHONE_ID.match(phone) else ""
    if fields["author"] is None and fields["phone"]:
        # a name typed on this phone and accepted meanwhile: the post-it is theirs
        fields["author"] = names.accepted_participant(room, fields["phone"])
        fields["named"] = fields["author"] is not None
        names.remember_sent(room, fields["phone"], fields["id"])
    status, body = await inbox(room).receive(fields)
    return web.json_response(body, status=status)


def change_own_card(owner: Owner, phone_id: str, text: str | None) -> tuple[int, dict]:
    """On the owner's thread: the phone corrects (text) or withdraws (None) its own post-it.
    Only the phone that made the id knows it, so knowing it is the proof of authorship."""
    w = owner.workshop
    cid = received_card(w, phone_id)
    waiting = tray.pending(w, phone_id) is not None
    if not waiting and (cid is None or cid not in w.cards):
        return 404, {"error": "no such post-it", "reason": "not_found"}
    try:
        if waiting:  # still in the tray: the facilitator has not seen it on the board yet
            edit = tray.change_pending(w, phone_id, text)
        else:
            edit = remove_cards(w, [cid]) if text is None else update_card(w, cid, text=text)
    except RuleError as e:
        return 400, {"error": str(e), "reason": "bad_request"}
    if not edit.empty and push(owner, edit) is None:
        return 503, {"error": "not saved", "reason": "not_saved"}
    return 200, {"status": "withdrawn" if text is None else "corrected", "card": cid}


async def change_card(request: web.Request) -> web.Response:
    room = room_of(request)
    try:
        data = await _payload(request)
        phone_id = _field(data, "id", str)
        text = _field(data, "text", str, optional=True)
        if not PHONE_ID.match(phone_id):
            raise BadRequest("id: 8 to 64 letters, digits, '-' or '_'")
        if text is not None and not text.strip():
            raise BadRequest("text: empty")
        if text is not None and len(text) > limits.MAX_TEXT:
            raise BadRequest(f"text: more than {limits.MAX_TEXT} characters")
    except BadRequest as e:
        return error(400, str(e))
    if room.paused:
        return error(503, "paused", "paused")
    if room.locked:
        return error(423, "the facilitator has locked the post-its", "locked")
    status, body = await room.run(lambda owner: change_own_card(owner, phone_id, text))
    return web.json_response(body, status=status)


def place_dots(owner: Owner, pid: int, idea: int, dots: int) -> tuple[int, dict[str, Any]]:
    w = owner.workshop
    if pid not in w.participants:
        return 400, {"error": "unknown participant", "reason": "unknown_participant"}
    if idea not in w.ideas:
        return 400, {"error": "unknown idea", "reason": "bad_request"}
    if not vote_open(owner):
        return 409, {"error": "vote closed", "reason": "vote_closed"}
    try:
        edit = set_phone_dots(w, pid, idea, dots)
    except RuleError as e:
        return 409, {"error": str(e), "reason": "vote_refused", "mine": votes.dots_of(w, pid, idea),
                     "left": votes.left(w, pid)}
    if not edit.empty and push(owner, edit) is None:
        return 503, {"error": "not saved", "reason": "not_saved"}
    w = owner.workshop
    return 200, {"mine": votes.dots_of(w, pid, idea), "left": votes.left(w, pid)}


async def send_dots(request: web.Request) -> web.Response:
    room = room_of(request)
    try:
        data = await _payload(request)
        pid = _field(data, "participant", int)
        idea = _field(data, "idea", int)
        dots = _field(data, "dots", int)
        if not 0 <= dots <= 99:
            raise BadRequest("dots: 0 to 99")
    except BadRequest as e:
        return error(400, str(e))
    if room.paused:
        return error(503, "paused", "paused")
    status, body = await room.run(lambda owner: place_dots(owner, pid, idea, dots))
    return web.json_response(body, status=status)
