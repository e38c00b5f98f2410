"""The room's access on the wall: the QR code, the short address and the phones connected,
large enough to read from the back row, over the projected board or the audience window.

When the room is open, the card shows in projector mode and on the audience window (the
room panel's « Montrer l'accès au mur » switches it off once everyone has joined; F9 in
projector mode does the same). Sizes follow the wall: the QR code about a third of the
screen's height, the address at least 24 px at 1920×1080 (the room's floor).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:  # the server (aiohttp, ssl: about 0.5 s) only once a room is opened
    from ..room.server import RoomServer

# The smallest text on the wall, in pixels at 1920×1080 (DOMAIN.md: the back row).
WALL_TEXT_PX = 24


class RoomWallCard(QFrame):
    """The card itself, a child of the widget it sits on (kept in its top-right corner).

    While shown, the card keeps a strip of its host for itself (the host's right contents
    margin), so the projected page lays itself out beside it: the room never loses a step of
    the journey or a quadrant of the matrix under the QR code.
    """

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self.setObjectName("roomWallCard")
        self.setStyleSheet("#roomWallCard { background: #ffffff; border: 3px solid #2f5d9e;"
                           " border-radius: 14px; } QLabel { color: #1d1d1d; }")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.server: RoomServer | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        self.title = QLabel(self.tr("Participez depuis votre téléphone"))
        self.qr = QLabel()
        self.address = QLabel()
        self.phones = QLabel()
        for label in (self.title, self.qr, self.address, self.phones):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        self.title.setWordWrap(True)
        self.qr.setAccessibleName(self.tr("QR code de la salle"))
        self.timer = QTimer(self)
        self.timer.setInterval(2000)
        self.timer.timeout.connect(self.count)
        self._host_margins = host.contentsMargins()
        host.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize \
                and self.server is not None:
            self.lay_out()
        return False

    def show_room(self, server: RoomServer | None) -> None:
        """Show ``server``'s access, or hide the card (None)."""
        self.server = server
        if server is None:
            self.timer.stop()
            self.hide()
            host = self.parentWidget()
            if host is not None:
                host.setContentsMargins(self._host_margins)
            return
        self.lay_out()
        self.count()
        self.timer.start()
        self.show()
        self.raise_()

    def _font(self, px: int, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(px)
        font.setBold(bold)
        return font

    def lay_out(self) -> None:
        """Sizes from the wall's height (1080 px is the reference), then the corner."""
        from .room_panel import qr_pixmap, short_address

        host = self.parentWidget()
        if self.server is None or host is None:
            return
        scale = max(host.window().height(), 1) / 1080  # the whole wall, not the corner
        text = max(WALL_TEXT_PX, round(30 * scale))
        self.title.setFont(self._font(max(WALL_TEXT_PX, round(28 * scale)), bold=True))
        self.address.setFont(self._font(text, bold=True))
        self.phones.setFont(self._font(max(WALL_TEXT_PX, round(26 * scale))))
        qr_px = max(160, round(340 * scale))
        self.qr.setPixmap(qr_pixmap(self.server.url, qr_px))
        self.address.setText(short_address(self.server.url))
        # As narrow as the QR code allows (the title wraps): every pixel the card keeps is
        # taken from the projected page beside it.
        self.title.setMaximumWidth(qr_px + round(60 * scale))
        self.adjustSize()
        margin = max(12, round(24 * scale))
        self.move(max(0, host.width() - self.width() - margin), margin)
        kept = self._host_margins
        host.setContentsMargins(kept.left(), kept.top(),
                                kept.right() + self.width() + margin, kept.bottom())

    def count(self) -> None:
        if self.server is not None:
            self.phones.setText(self.tr("Téléphones connectés : {n}").format(
                n=self.server.phones_connected()))


def _card(host: QWidget) -> RoomWallCard:
    card = host.findChild(RoomWallCard, options=Qt.FindChildOption.FindDirectChildrenOnly)
    return card if card is not None else RoomWallCard(host)


def sync_walls(window) -> None:
    """Show or hide the card on what the room reads: the projected window in projector mode,
    and the audience window, while the room is open and the panel asks for it."""
    panel = window.room_panel
    server = panel.server if panel is not None and panel.show_on_wall.isChecked() else None
    central = window.centralWidget()
    if central is not None:
        _card(central).show_room(server if window.projector.active else None)
    if window.audience is not None:  # below its agenda bar: the timer stays in sight
        _card(window.audience.stack).show_room(server)
