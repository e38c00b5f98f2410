"""The room's access on the wall: F9 in projector mode opens the room with its QR code, short
address and phones connected shown over the projected board, readable from the back row;
F9 again takes the card away (the room stays open); the audience window shows it too."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from PySide6.QtCore import Qt

from symetrie_desktop.ui.board import style
from symetrie_desktop.ui.room_wall import WALL_TEXT_PX, RoomWallCard

from .conftest import Phone
from .test_room_window import _answer, window  # noqa: F401 - the window fixture


@pytest.fixture(autouse=True)
def laptop_profile():
    yield
    style.set_projector(False)


def _card(host) -> RoomWallCard | None:
    return host.findChild(RoomWallCard, options=Qt.FindChildOption.FindDirectChildrenOnly)


def _readable(card: RoomWallCard) -> None:
    assert card.isVisible() and not card.qr.pixmap().isNull()
    assert card.qr.pixmap().width() >= 160
    for label in (card.title, card.address, card.phones):
        assert label.font().pixelSize() >= WALL_TEXT_PX
    host = card.parentWidget()
    assert host.rect().contains(card.geometry())  # whole, inside what the room sees


def test_f9_in_projector_mode_opens_the_room_with_its_access_on_the_wall(qtbot, window):  # noqa: F811
    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    assert window.projector.active
    qtbot.keyClick(window.view, Qt.Key.Key_F9)
    panel = window.room_panel
    assert panel.is_open and panel.isHidden()  # the room reads the wall, not the panel
    card = _card(window.centralWidget())
    _readable(card)
    server = panel.server
    assert f":{server.port}" in card.address.text()
    assert server.token in card.address.text()
    assert card.phones.text().endswith(": 0")
    with ThreadPoolExecutor(1) as pool:
        _answer(qtbot, pool.submit(Phone(server.url).state))
    card.count()  # its 2-second refresh, now
    assert card.phones.text().endswith(": 1")
    qtbot.keyClick(window.view, Qt.Key.Key_F9)
    assert not card.isVisible() and panel.is_open
    qtbot.keyClick(window.view, Qt.Key.Key_F9)
    assert card.isVisible()
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)  # leaving projector mode
    assert not window.projector.active and not card.isVisible() and panel.is_open


def test_the_audience_window_shows_the_access_while_the_room_is_open(qtbot, window):  # noqa: F811
    window.open_audience(None)
    audience = window.audience
    audience.resize(1920, 1080)
    panel = window.open_room(host="127.0.0.1", port=0)
    card = _card(audience.stack)
    _readable(card)
    assert card.qr.pixmap().width() >= 300  # a third of the wall's height
    assert card.address.font().pixelSize() >= 30
    assert panel.server.token in card.address.text()
    assert _card(window.centralWidget()) is None or not _card(window.centralWidget()).isVisible()
    panel.show_on_wall.click()
    assert not card.isVisible()
    panel.show_on_wall.click()
    assert card.isVisible()
    window.close_room()
    assert not card.isVisible()


def _shown_page(host):
    from symetrie_desktop.ui.wall.base import WallPage

    pages = [p for p in host.findChildren(WallPage) if p.isVisible()]
    assert len(pages) == 1
    return pages[0]


def test_the_card_covers_nothing_of_the_page_and_keeps_the_walls_type_size(qtbot, window):  # noqa: F811
    """The card keeps its own strip: the page lays itself out beside it, at the same scale
    (no step or quadrant hidden under the QR code, no text shrunk below the back row's)."""
    window.open_audience(None)
    audience = window.audience
    audience.resize(1920, 1080)
    qtbot.wait(20)
    page = _shown_page(audience.stack)
    scale_before, width_before = page.scale(), page.width()
    panel = window.open_room(host="127.0.0.1", port=0)
    card = _card(audience.stack)
    _readable(card)
    qtbot.wait(20)
    page = _shown_page(audience.stack)
    in_host = page.geometry()
    assert not in_host.intersects(card.geometry())
    assert card.width() <= audience.width() // 4  # the title wraps: the page keeps 3/4
    assert page.width() < width_before
    assert page.scale() == scale_before
    page.grab()  # a real paint at the narrower width
    assert page.smallest_text_px() >= WALL_TEXT_PX
    panel.show_on_wall.click()  # the card away: the page takes the whole wall back
    qtbot.wait(20)
    assert _shown_page(audience.stack).width() == width_before
