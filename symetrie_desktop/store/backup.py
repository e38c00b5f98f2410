"""A copy of each workshop as it was when opened, kept in the user's data folder.

The undo stack ends with the session; a backup taken at every opening brings back what a
facilitator removed by mistake in an earlier session. The copy is made with SQLite's online
backup (consistent even while the file is open) through the one atomic writer, and only
the newest ``keep`` copies of each workshop are kept.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from ..disk import write_atomic

KEEP = 10


def backup_copy(path: Path, folder: Path, keep: int = KEEP, now: float | None = None) -> Path:
    """Copy the workshop at ``path`` into ``folder``; return the copy's path."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y-%m-%d_%H-%M-%S", time.localtime(now))
    target = folder / f"{path.stem} {stamp}.symetrie"
    write_atomic(target, sqlite_copy(path))
    for old in backups_of(path, folder)[keep:]:
        with contextlib.suppress(OSError):
            old.unlink()
    return target


def sqlite_copy(source: Path) -> Callable[[Path], None]:
    """A filler for :func:`~symetrie_desktop.disk.write_atomic` copying the workshop at
    ``source`` with SQLite's online backup: consistent even while it is open and edited."""

    def fill(tmp: Path) -> None:
        src = sqlite3.connect(source.resolve().as_uri() + "?mode=ro", uri=True, timeout=2.0)
        try:
            copy = sqlite3.connect(tmp)
            try:
                src.backup(copy)
            finally:
                copy.close()
        finally:
            src.close()

    return fill


def backups_of(path: Path, folder: Path) -> list[Path]:
    """The backups of one workshop, newest first."""
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob(f"{path.stem} *.symetrie")
             if p.name[len(path.stem) + 1:len(path.stem) + 2].isdigit()]
    return sorted(found, key=lambda p: p.name, reverse=True)
