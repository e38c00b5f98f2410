"""The one place where the room's pages and calls are listed.

A feature that wants a page or a call on the phones writes a ``register(routes)`` function
in its own module and adds it to :data:`REGISTRARS`; its handlers receive the aiohttp
request, reach the room with :func:`~.server.room_of` and the workshop with
``await room.run(job)``. Everything is under the room's token and limits already.
"""

from __future__ import annotations

from collections.abc import Callable

from . import diagnosis, names, phone
from .server import Routes

REGISTRARS: list[Callable[[Routes], None]] = [
    phone.register,
    names.register,  # typed names and the tray's answers (issue 13)
    diagnosis.register,  # the self-diagnosis page (issue 14)
]


def default_routes() -> Routes:
    routes = Routes()
    for register in REGISTRARS:
        register(routes)
    return routes
