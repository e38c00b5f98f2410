"""The room's web server: aiohttp on a thread and event loop of its own.

Every page and call lives under ``/r/<token>/``, where the token is a fresh unguessable
string put in the QR code's URL; anything else is 404. Before a handler runs, the
middleware checks the token, the phone's request rate and whether the phone was removed;
every answer carries a strict Content-Security-Policy and no caching. Pages and calls are
added through :class:`Routes` (see :mod:`.routes`), so a new phone page is one function.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import secrets
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from aiohttp import web

from . import limits
from .gate import Gate, Job

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
ROOM: web.AppKey[RoomServer] = web.AppKey("room")

#: What a phone's own id (header X-Phone) may look like.
_PHONE = re.compile(r"^[A-Za-z0-9_-]{8,64}$")

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'; "
       "frame-ancestors 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",  # the token is in the URL
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
}
#: How long a phone counts as connected after its last request (phones poll every few s).
CONNECTED_FOR = 20.0


@dataclass(frozen=True, slots=True)
class Route:
    method: str
    #: Relative to the room's root ``/r/<token>/`` ('' is the phone page itself).
    path: str
    handler: Handler


@dataclass
class Routes:
    """The room's pages and calls; each feature registers its own (see :mod:`.routes`)."""

    items: list[Route] = field(default_factory=list)

    def add(self, method: str, path: str, handler: Handler) -> None:
        if path.startswith("/"):
            raise ValueError(f"room route {path!r}: relative to the room's root, no leading /")
        self.items.append(Route(method, path, handler))

    def get(self, path: str, handler: Handler) -> None:
        self.add("GET", path, handler)

    def post(self, path: str, handler: Handler) -> None:
        self.add("POST", path, handler)


#: The reason code of an answer when the handler gives none, by HTTP status: the phone page
#: turns the code into a sentence in its own language (see phone_text.py).
DEFAULT_REASONS = {400: "bad_request", 403: "removed", 404: "not_found", 405: "not_found",
                   409: "conflict", 413: "too_large", 429: "too_many", 503: "not_saved"}


def error(status: int, message: str, reason: str | None = None) -> web.Response:
    """A 4xx/5xx answer the phone page can show (it never shows server internals): the
    message is for people reading logs, the ``reason`` code is what the phone translates."""
    code = reason or DEFAULT_REASONS.get(status, "error")
    return web.json_response({"error": message, "reason": code}, status=status)


class RoomServer:
    """The room's server: start() to listen, stop() to close; thread-safe counters for the UI."""

    def __init__(self, gate: Gate, host: str = "127.0.0.1", port: int = 0,
                 routes: Routes | None = None, token: str | None = None) -> None:
        from .routes import default_routes

        self.gate = gate
        self.host = host
        self.port = port
        self.token = token or secrets.token_urlsafe(9)  # 72 bits, short enough to type
        self.routes = routes if routes is not None else default_routes()
        #: Refuse new post-its and votes (the phones keep them and send them later).
        self.paused = False
        #: Let phones see the board (read-only); off by default.
        self.show_board = False
        #: Moderation: phone post-its wait in the tray (in the file) for the facilitator.
        self.moderated = False
        #: Phones may no longer correct or withdraw their post-its (the phase is locked).
        self.locked = False
        #: Names typed on phones, by phone: {"name", "status", "participant"} (see names.py).
        self.name_requests: dict[str, dict] = {}
        #: The step new post-its go to by default (the window gives the board's current step).
        self.current_step: Callable[[], int | None] = lambda: None
        #: Per-room objects of the route modules (made and used on the server's thread).
        self.extras: dict[str, object] = {}
        self._removed: set[str] = set()
        self._seen: dict[str, float] = {}
        #: The participant each phone last said it was (None: no name chosen).
        self.phone_names: dict[str, int | None] = {}
        self._phone_limits = limits.RateLimiter(limits.PHONE_BURST, limits.PHONE_RATE)
        self._address_limits = limits.RateLimiter(limits.ADDRESS_BURST, limits.ADDRESS_RATE)
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._ready = threading.Event()
        self._failure: BaseException | None = None

    # -- life -----------------------------------------------------------------------------

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/r/{self.token}/"

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, timeout: float = 10.0) -> None:
        """Listen; returns once the port is bound, raises OSError when it cannot be."""
        self._thread = threading.Thread(target=self._run, name="room-server", daemon=True)
        self._thread.start()
        if not self._ready.wait(timeout):
            raise OSError(f"the room server did not start within {timeout:.0f} s")
        if self._failure is not None:
            self._thread.join(timeout)
            raise self._failure

    def stop(self, timeout: float = 10.0) -> None:
        """Stop listening, after the requests in progress got their answer.

        Call it from the owner's thread: while waiting, it runs the jobs those requests
        still hand to the gate, so they can finish.
        """
        thread, loop, stop = self._thread, self._loop, self._stop
        if thread is None:
            return
        if loop is not None and stop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):  # the loop closed meanwhile
                loop.call_soon_threadsafe(stop.set)
        deadline = time.monotonic() + timeout
        while thread.is_alive() and time.monotonic() < deadline:
            self.gate.pump()
            thread.join(0.02)
        self.gate.pump()
        self._thread = None

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        self._loop = loop
        try:
            loop.run_until_complete(self._serve())
        except BaseException as e:
            self._failure = e
        finally:
            self._ready.set()
            loop.close()

    async def _serve(self) -> None:
        self._stop = asyncio.Event()
        app = self._app()
        runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=5.0)
        await runner.setup()
        try:
            site = web.TCPSite(runner, self.host, self.port, reuse_address=True)
            await site.start()
            server = site._server  # the bound port, when 0 was asked for
            if server is not None and server.sockets:
                self.port = server.sockets[0].getsockname()[1]
            self._ready.set()
            await self._stop.wait()
        finally:
            await runner.cleanup()

    def _app(self) -> web.Application:
        app = web.Application(client_max_size=limits.MAX_BODY,
                              middlewares=[self._headers, self._guard])
        app[ROOM] = self
        for route in self.routes.items:
            app.router.add_route(route.method, "/r/{token}/" + route.path, route.handler)
        return app

    # -- what every request goes through ------------------------------------------------------

    @web.middleware
    async def _headers(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        try:
            response = await handler(request)
        except web.HTTPException as e:
            response = error(e.status, e.reason)
        response.headers.update(SECURITY_HEADERS)
        return response

    @web.middleware
    async def _guard(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        token = request.match_info.get("token", "")
        if not secrets.compare_digest(token.encode(), self.token.encode()):
            return error(404, "not found", "not_found")
        phone = request.headers.get("X-Phone", "")
        address = request.remote or "?"
        if _PHONE.match(phone):
            if phone in self._removed:
                return error(403, "removed", "removed")
            if not self._phone_limits.allow(phone):
                return error(429, "too many requests", "too_many")
            self._note(phone, request)
        if not self._address_limits.allow(address):
            return error(429, "too many requests", "too_many")
        return await handler(request)

    def _note(self, phone: str, request: web.Request) -> None:
        """Remember when a phone was last seen, and who it said it was (bounded memory)."""
        now = time.monotonic()
        if len(self._seen) >= limits.MAX_CLIENTS and phone not in self._seen:
            for old in [p for p, t in self._seen.items() if now - t >= CONNECTED_FOR]:
                del self._seen[old]
                self.phone_names.pop(old, None)
            if len(self._seen) >= limits.MAX_CLIENTS:
                return
        self._seen[phone] = now
        if request.path.endswith("/api/state"):
            me = request.query.get("me", "")
            self.phone_names[phone] = int(me) if me.isdigit() and len(me) < 9 else None

    # -- for handlers and the window -------------------------------------------------------

    async def run(self, job: Job):
        """Run ``job(owner)`` on the owner's thread and return its result."""
        return await asyncio.wrap_future(self.gate.submit(job))

    def phones(self) -> list[tuple[str, int | None]]:
        """The phones connected now (seen in the last few seconds), with the participant each
        chose, most recent first."""
        now = time.monotonic()
        seen = sorted(((t, p) for p, t in list(self._seen.items())
                       if now - t < CONNECTED_FOR and p not in self._removed), reverse=True)
        return [(p, self.phone_names.get(p)) for _t, p in seen]

    def phones_connected(self) -> int:
        return len(self.phones())

    def remove_phone(self, phone: str) -> None:
        """Refuse this phone from now on (it gets 403 and says so)."""
        self._removed.add(phone)


def room_of(request: web.Request) -> RoomServer:
    return request.app[ROOM]
