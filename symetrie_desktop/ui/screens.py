"""Which screen is the projector: asked at every start, so kept apart from the audience
window's module (which imports the read-only board and the agenda bar)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QScreen


def second_screen() -> QScreen | None:
    """The screen that is not the laptop's (the projector), if one is connected."""
    screens = QGuiApplication.screens()
    if len(screens) < 2:
        return None
    primary = QGuiApplication.primaryScreen()
    return next((s for s in screens if s is not primary), screens[1])
