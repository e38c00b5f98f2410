"""A copy of each workshop as it was when opened, kept in the user's data folder.

The undo stack ends with the session; a backup taken at every opening brings back what a
facilitator removed by mistake in an earlier session. The copy is made with SQLite's online
backup (consistent even while the file is open) into a temporary file, then renamed, and only
the newest ``keep`` copies of each workshop are kept.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from pathlib import Path

from .workshop_file import usual_mode

KEEP = 10


def backup_copy(path: Path, folder: Path, keep: int = KEEP, now: float | None = None) -> Path:
    """Copy the workshop at ``path`` into ``folder``; return the copy's path."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y-%m-%d_%H-%M-%S", time.localtime(now))
    target = folder / f"{path.stem} {stamp}.symetrie"
    tmp = target.with_name(f".{target.name}.tmp")
    source = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, timeout=2.0)
    try:
        copy = sqlite3.connect(tmp)
        try:
            source.backup(copy)
        finally:
            copy.close()
        usual_mode(tmp)
        os.replace(tmp, target)
    finally:
        source.close()
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    for old in backups_of(path, folder)[keep:]:
        with contextlib.suppress(OSError):
            old.unlink()
    return target


def backups_of(path: Path, folder: Path) -> list[Path]:
    """The backups of one workshop, newest first."""
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob(f"{path.stem} *.symetrie")
             if p.name[len(path.stem) + 1:len(path.stem) + 2].isdigit()]
    return sorted(found, key=lambda p: p.name, reverse=True)
