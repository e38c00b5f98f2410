"""A lock file beside an open workshop, so that a second window (or a second app on a
shared folder) gets a clear "already open" answer instead of two writers.

A lock file rather than SQLite's exclusive locking mode: other readers (sqlite3,
Datasette, our tests) must still be able to read the file while the app has it open.
A lock left by a crash is taken over when its process is gone.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
from pathlib import Path

from .errors import Problem, WorkshopFileError


def lock_path(path: Path) -> Path:
    return path.with_name(f".~lock.{path.name}")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


class FileLock:
    def __init__(self, path: Path) -> None:
        self.path = lock_path(path)
        self.held = False

    def acquire(self) -> None:
        me = {"pid": os.getpid(), "host": socket.gethostname()}
        for _attempt in range(2):
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                if self._stale():
                    with contextlib.suppress(FileNotFoundError):
                        self.path.unlink()
                    continue
                raise WorkshopFileError(
                    self.path.with_name(self.path.name.removeprefix(".~lock.")),
                    Problem.LOCKED,
                    f"already open in Symétrie ({self._owner()})",
                ) from None
            except OSError:
                return  # a read-only folder: nobody else can write either
            with os.fdopen(fd, "w") as f:
                json.dump(me, f)
            self.held = True
            return

    def _read(self) -> dict:
        try:
            return json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def _stale(self) -> bool:
        info = self._read()
        if info.get("host") != socket.gethostname():
            return False
        pid = info.get("pid")
        return not isinstance(pid, int) or (pid != os.getpid() and not _alive(pid))

    def _owner(self) -> str:
        info = self._read()
        return f"process {info.get('pid', '?')} on {info.get('host', '?')}"

    def release(self) -> None:
        if self.held:
            with contextlib.suppress(OSError):
                self.path.unlink()
            self.held = False
