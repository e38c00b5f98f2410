"""The recent files list, kept in the user's settings: read by the File menu and the start
screen, written at every opening (so kept apart from the start screen, which a window
opened on a file never builds)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

RECENT_KEY = "recentFiles"
MAX_RECENT = 8


def recent_files() -> list[Path]:
    """Recent workshop files that still exist, newest first."""
    value = QSettings().value(RECENT_KEY, [])
    if isinstance(value, str):
        value = [value]
    return [Path(p) for p in (value or []) if Path(p).is_file()]


def remember(path: Path) -> None:
    path = Path(path).resolve()
    paths = [str(path)] + [str(p) for p in recent_files() if p.resolve() != path]
    QSettings().setValue(RECENT_KEY, paths[:MAX_RECENT])
