"""The room's pictures for the README (``make room-screenshots``): the room panel with its
tray and a typed name waiting, and the access on the wall (the audience window at
1920×1080). Skipped unless ROOM_SCREENSHOTS names the folder to write them to."""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from PySide6.QtWidgets import QScrollArea

from symetrie_desktop.ui.board import style

from .conftest import Phone
from .test_room_window import _answer, window  # noqa: F401 - the window fixture

SHOTS = os.environ.get("ROOM_SCREENSHOTS")
pytestmark = pytest.mark.skipif(not SHOTS, reason="only for make room-screenshots")


def test_room_panel_and_wall_pictures(qtbot, window):  # noqa: F811
    panel = window.open_room(host="127.0.0.1", port=0)
    panel.tray.moderate.click()
    with ThreadPoolExecutor(1) as pool:
        phone = Phone(panel.server.url)
        for n, (text, step) in enumerate((("Le parking de l'agence est introuvable", 2),
                                          ("Le livreur a appelé avant de passer", 4))):
            _answer(qtbot, pool.submit(phone.post_it, text, step, "customer", "irritant", 2,
                                       f"shot-post-it-{n}"))
        _answer(qtbot, pool.submit(Phone(panel.server.url).ask_name, "Zoé Martin"))
    panel._count()
    window.resize(1920, 1080)
    qtbot.wait(50)
    body = panel.findChild(QScrollArea, "roomPanelScroll").widget()
    shot = body.grab()  # the whole panel, the part scrolled out of view included
    assert shot.height() >= body.minimumSizeHint().height()
    assert shot.save(str(Path(SHOTS) / "room-panel.png"))

    window.open_audience(None)
    window.audience.resize(1920, 1080)
    window._sync_room_wall()
    qtbot.wait(50)
    assert window.audience.grab().save(str(Path(SHOTS) / "room-wall.png"))
    style.set_projector(False)
