"""``symetrie-desktop serve FILE``: the room with no window.

The main thread owns the workshop file and runs the phones' edits one by one (the same
edit objects and rules as the window); the server runs on its own thread. The first line
printed is the join URL, so a script can read it; Ctrl+C or SIGTERM closes the room after
the requests in progress got their answer, and every post-it a phone was told « reçu » is
in the file by then.
"""

from __future__ import annotations

import errno
import signal
import sys
import threading
from pathlib import Path
from typing import TextIO

from ..commands import Document
from .gate import DocumentOwner, WorkerGate
from .network import DEFAULT_PORT, best_address
from .server import RoomServer


def serve(path: Path, host: str | None = None, port: int | None = None,
          out: TextIO = sys.stdout, moderate: bool = False, lock: bool = False) -> int:
    document = Document.open(path)
    gate = WorkerGate(DocumentOwner(document))
    stop = threading.Event()
    previous = {sig: signal.signal(sig, lambda *_: stop.set())
                for sig in (signal.SIGINT, signal.SIGTERM)}
    server = None
    try:
        server = start_server(gate, host or best_address(), port)
        server.moderated, server.locked = moderate, lock
        print(server.url, file=out, flush=True)
        print(f"{path.name}: room open; Ctrl+C closes it", file=out, flush=True)
        gate.run_until(stop.is_set)
        print(f"{path.name}: room closed, {len(document.workshop.cards)} cards saved",
              file=out, flush=True)
    finally:
        if server is not None:
            server.stop()
        document.close()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 0


def start_server(gate: WorkerGate, host: str, port: int | None) -> RoomServer:
    """Listen on ``port``, or on the usual port and any free one when it is taken."""
    server = RoomServer(gate, host, DEFAULT_PORT if port is None else port)
    try:
        server.start()
    except OSError as e:
        if port is not None or e.errno != errno.EADDRINUSE:
            raise
        server = RoomServer(gate, host, 0)
        server.start()
    return server
