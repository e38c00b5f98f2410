"""One Symétrie per user: a second start hands its file to the running app and leaves.

Double-clicking a second workshop while the app runs must not start a second process
(two Qt apps, two undo stacks, two audience windows fighting for the projector): the new
process connects to a local socket the first one listens on, sends the file's absolute
path, waits for the answer and exits; the first one opens the file in a new window. The
same idea as Vorta's ``qt_single_application``, with one JSON line each way.

The socket's name is per user and per home folder, so the tests (which run with a
temporary home) never talk to a Symétrie the developer has open.
"""

from __future__ import annotations

import getpass
import json
import logging
import os
import zlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger("symetrie_desktop")

#: How long a second start waits for the running app (connect, then the answer).
TIMEOUT_MS = 3000


def server_name() -> str:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name (some containers): the uid still separates
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    home = str(Path.home())
    # a checksum, not a hash: it only has to tell users and homes apart, and zlib is
    # already loaded where hashlib would cost its OpenSSL library at every start
    key = f"{user}\0{home}".encode()
    digest = f"{zlib.crc32(key):08x}"
    return f"symetrie-desktop-{digest}"


def send_to_running(path: Path | None) -> bool:
    """Ask the running app to open ``path`` (or just to come to the front).

    True when a running app took the request; False when none answers, in which case
    this process is the one that should start.
    """
    socket = QLocalSocket()
    socket.connectToServer(server_name())
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    message = {"open": str(path.resolve()) if path is not None else None}
    socket.write((json.dumps(message) + "\n").encode("utf-8"))
    if not socket.waitForBytesWritten(TIMEOUT_MS):
        return False
    answered = False
    while socket.waitForReadyRead(TIMEOUT_MS):
        if socket.canReadLine():
            answered = bytes(socket.readLine().data()).strip() == b"ok"
            break
    socket.disconnectFromServer()
    return answered


class InstanceServer(QObject):
    """Listens for later starts; emits the file each one asks to open (None: just show)."""

    openRequested = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        name = server_name()
        if self.server.listen(name):
            return True
        # Nobody answered on it (checked just before), so the socket is a crashed app's.
        QLocalServer.removeServer(name)
        if self.server.listen(name):
            return True
        log.warning("single instance: cannot listen on %s (%s)", name,
                    self.server.errorString())
        return False

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            line = bytes(socket.readLine().data())
            try:
                target = json.loads(line.decode("utf-8"))["open"]
            except (ValueError, KeyError, TypeError):
                log.warning("single instance: ignored a malformed request")
                socket.write(b"error\n")
                continue
            socket.write(b"ok\n")
            socket.flush()
            self.openRequested.emit(Path(target) if target else None)
