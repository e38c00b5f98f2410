"""A copy of each workshop as it was when opened, kept in the user's data folder.

The undo stack ends with the session; a backup taken at every opening brings back what a
facilitator removed by mistake in an earlier session. The copy is made with SQLite's online
backup (consistent even while the file is open) through the one atomic writer, and only
the newest ``keep`` copies of each workshop are kept.

Copies are grouped by the file's identity (device and inode), not by its name: two
``atelier.symetrie`` in two folders are two workshops, each with its own ``keep`` copies,
and a name with characters a glob pattern would read (``[ ]``, ``*``) works like any other.
The name only stays at the front of each copy, for the facilitator browsing the folder.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from ..disk import write_atomic
from .verify import harden

KEEP = 10
_STAMP = re.compile(r" \d{4}-\d\d-\d\d_\d\d-\d\d-\d\d(?:-\d+)? ([0-9a-f]{12})\.symetrie$")
#: The hidden file a copy is written to before its rename (``disk.write_atomic``), and its
#: journal: what a backup cut short by a crash or a power cut leaves in the folder.
_UNFINISHED = re.compile(r"^\..* \d{4}-\d\d-\d\d_\d\d-\d\d-\d\d(?:-\d+)? ([0-9a-f]{12})"
                         r"\.symetrie\.[0-9a-f]+\.tmp(?:-journal)?$")
#: An unfinished copy this old is no copy in progress (one takes well under a second).
STALE_AFTER = 600.0


def identity(path: Path) -> str:
    """Twelve hex digits naming the file itself (device and inode), whatever its path."""
    import hashlib  # imported here, on the backup's worker thread: OpenSSL's library
    # would otherwise cost every start a few milliseconds

    info = os.stat(path)
    return hashlib.sha256(f"{info.st_dev}:{info.st_ino}".encode()).hexdigest()[:12]


def backup_copy(path: Path, folder: Path, keep: int = KEEP, now: float | None = None) -> Path:
    """Copy the workshop at ``path`` into ``folder``; return the copy's path."""
    folder.mkdir(parents=True, exist_ok=True)
    key = identity(path)
    stamp = time.strftime("%Y-%m-%d_%H-%M-%S", time.localtime(now))
    target = folder / f"{path.stem} {stamp} {key}.symetrie"
    n = 1
    while target.exists():  # two openings in the same second keep both copies
        n += 1
        target = folder / f"{path.stem} {stamp}-{n} {key}.symetrie"
    write_atomic(target, sqlite_copy(path))
    for old in _copies(key, folder)[keep:] + _unfinished(key, folder, time.time()):
        with contextlib.suppress(OSError):
            old.unlink()
    return target


def _unfinished(key: str, folder: Path, now: float) -> list[Path]:
    """This workshop's copies cut short long ago (a crash during a backup leaves its hidden
    temporary file, as big as the workshop): removed at the next backup, so that crashes do
    not pile them up in the folder."""
    found = []
    for entry in folder.iterdir():
        match = _UNFINISHED.match(entry.name)
        if match and match.group(1) == key:
            with contextlib.suppress(OSError):
                if now - entry.stat().st_mtime > STALE_AFTER:
                    found.append(entry)
    return found


def sqlite_copy(source: Path) -> Callable[[Path], None]:
    """A filler for :func:`~symetrie_desktop.disk.write_atomic` copying the workshop at
    ``source`` with SQLite's online backup: consistent even while it is open and edited."""

    def fill(tmp: Path) -> None:
        src = sqlite3.connect(source.resolve().as_uri() + "?mode=ro", uri=True, timeout=2.0)
        try:
            harden(src)
            copy = sqlite3.connect(tmp)
            try:
                src.backup(copy)
            finally:
                copy.close()
        finally:
            src.close()

    return fill


def _copies(key: str, folder: Path) -> list[Path]:
    found = []
    for entry in folder.iterdir() if folder.is_dir() else ():
        match = _STAMP.search(entry.name)
        if match and match.group(1) == key:
            found.append(entry)
    # newest first: by the time stamp (then the same-second counter), not by the name
    return sorted(found, key=lambda p: (_STAMP.search(p.name).group(0), p.stat().st_mtime),
                  reverse=True)


def backups_of(path: Path, folder: Path) -> list[Path]:
    """The backups of one workshop, newest first."""
    try:
        return _copies(identity(path), folder)
    except OSError:
        return []
