"""Names typed on phones, and what became of a phone's post-its (tray, board, refused).

A participant who is not in the list types a name; the request waits, in memory, for the
facilitator (the room panel lists it): accepted, the participant is created through the
model's door with the phone's post-its (see :mod:`symetrie_desktop.commands.room_names`);
refused, the phone says so. The phone also asks what became of the post-its it sent while
the room was moderated: still in the tray, accepted, or refused.
"""

from __future__ import annotations

import time
from typing import Any

from aiohttp import web

from ..commands import tray
from ..commands.room import PHONE_ID
from ..domain.model import MAX_NAME
from ..domain.rules import RuleError, clean_name
from .server import RoomServer, Routes, error, room_of

#: Name requests the room keeps at once, and post-it ids remembered per phone.
MAX_REQUESTS = 200
MAX_SENT = 500
#: Post-its whose fate one phone may ask at once.
MAX_IDS = 100


def register(routes: Routes) -> None:
    routes.post("api/name", ask_name)
    routes.post("api/cards/status", card_status)


# -- the requests, for handlers and the room panel --------------------------------------------


def request_of(room: RoomServer, phone: str) -> dict[str, Any] | None:
    """What the phone asked and its answer: name, status (pending, accepted, refused) and
    the participant once accepted."""
    return room.name_requests.get(phone)


def pending_requests(room: RoomServer) -> list[tuple[str, str]]:
    """(phone, name) of the names waiting for the facilitator, oldest first."""
    items = sorted(room.name_requests.items(), key=lambda kv: kv[1]["at"])
    return [(phone, r["name"]) for phone, r in items if r["status"] == "pending"]


def answer(room: RoomServer, phone: str, participant: int | None) -> None:
    """The facilitator's answer: the participant made for the name, or None (refused)."""
    request = room.name_requests.get(phone)
    if request is not None:
        room.name_requests[phone] = {**request, "participant": participant,
                                     "status": "refused" if participant is None else "accepted"}


def accepted_participant(room: RoomServer, phone: str) -> int | None:
    request = room.name_requests.get(phone)
    return request["participant"] if request and request["status"] == "accepted" else None


def remember_sent(room: RoomServer, phone: str, phone_id: str) -> None:
    """Remember the post-its a phone sent with no name, to give them to the name it types."""
    sent: dict[str, list[str]] = room.extras.setdefault("names.sent", {})  # type: ignore[assignment]
    if phone not in sent and len(sent) >= MAX_REQUESTS * 5:
        return
    ids = sent.setdefault(phone, [])
    if len(ids) < MAX_SENT:
        ids.append(phone_id)


def sent_by(room: RoomServer, phone: str) -> list[str]:
    sent: dict[str, list[str]] = room.extras.get("names.sent", {})  # type: ignore[assignment]
    return list(sent.get(phone, []))


# -- the calls -----------------------------------------------------------------------------------


async def ask_name(request: web.Request) -> web.Response:
    """POST {name}: this phone's participant is not in the list; the facilitator decides."""
    room = room_of(request)
    phone = request.headers.get("X-Phone", "")
    if not PHONE_ID.match(phone):
        return error(400, "X-Phone: expected the phone's id")
    try:
        data = await request.json()
        if request.content_type != "application/json" or not isinstance(data, dict):
            raise ValueError
        if not isinstance(data.get("name"), str):
            raise ValueError
        name = clean_name(data["name"], "participant name")
    except (ValueError, UnicodeDecodeError):
        return error(400, "expected a JSON object with a name")
    except RuleError as e:
        return error(400, str(e), "bad_name")
    if len(name) > MAX_NAME:  # pragma: no cover - clean_name refuses it already
        return error(400, "name too long", "bad_name")
    if phone not in room.name_requests and len(room.name_requests) >= MAX_REQUESTS:
        return error(429, "too many names waiting", "too_many")
    current = room.name_requests.get(phone)
    if current is not None and current["status"] == "accepted":
        return error(409, "this phone's name was already accepted", "conflict")
    room.name_requests[phone] = {"name": name, "status": "pending", "participant": None,
                                 "at": time.monotonic()}
    return web.json_response({"status": "pending"})


async def card_status(request: web.Request) -> web.Response:
    """POST {ids: [...]}: for each post-it id this phone made, pending, accepted, refused or
    unknown. Knowing an id is the proof of having sent it, as for a correction."""
    room = room_of(request)
    try:
        data = await request.json()
        ids = data.get("ids") if isinstance(data, dict) else None
        if request.content_type != "application/json" or not isinstance(ids, list) \
                or len(ids) > MAX_IDS \
                or not all(isinstance(i, str) and PHONE_ID.match(i) for i in ids):
            raise ValueError
    except (ValueError, UnicodeDecodeError):
        return error(400, f"expected a JSON object with up to {MAX_IDS} post-it ids")
    statuses = await room.run(lambda owner: {i: tray.status(owner.workshop, i) for i in ids})
    return web.json_response({"statuses": statuses})
