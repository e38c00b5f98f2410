"""« Ouvrir la salle »: the panel that opens the room to the participants' phones.

It starts the room's server (:mod:`symetrie_desktop.room`) on the laptop's local address,
shows the QR code and the address to type, how many phones are connected, and lets the
facilitator pause the room or show the board on the phones. Phone edits reach the model
through :class:`QtGate`: a queued signal wakes the Qt thread, which runs them through
``WorkshopModel.try_push`` like any keyboard edit. Closing the panel, the workshop or the
window stops the server.
"""

from __future__ import annotations

import io

from PySide6.QtCore import QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDockWidget,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..room.gate import Gate
from ..room.network import DEFAULT_PORT, LOOPBACK, LocalAddress, local_addresses
from ..room.server import RoomServer
from .model import WorkshopModel
from .room_tray import TrayBox
from .wrapped_check import wrapped_check


class _Waker(QObject):
    jobs = Signal()


class QtGate(Gate):
    """Jobs from the server thread, run on the Qt thread: the signal is queued across threads."""

    def __init__(self, model: WorkshopModel) -> None:
        super().__init__(model)
        self._waker = _Waker()
        # a few milliseconds of jobs per turn of the event loop: the board keeps drawing
        self._waker.jobs.connect(lambda: self.pump(budget=0.01),
                                 Qt.ConnectionType.QueuedConnection)

    def _wake(self) -> None:
        self._waker.jobs.emit()


#: The QR code's width in the panel: read by a phone held near the laptop (the wall's is
#: larger), and the panel still fits a 1,280 px screen beside the vote page.
QR_PX = 240


class _Body(QWidget):
    """The panel's content: as narrow as its QR code allows on a small screen, and the
    width its tray's buttons and sentences read well at (``PREFERRED_PX``) when the
    window has room."""

    PREFERRED_PX = 340

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), self.PREFERRED_PX), hint.height())


def qr_pixmap(text: str, size: int) -> QPixmap:
    """The QR code of ``text`` as a pixmap about ``size`` pixels wide (segno, no network)."""
    import segno

    code = segno.make(text, error="m")
    modules = code.symbol_size(scale=1, border=2)[0]
    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=max(1, size // modules), border=2)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


class RoomPanel(QDockWidget):
    """The room's dock: open/close, QR code, address, phones connected, pause, board."""

    roomChanged = Signal(bool)  # the room opened (True) or closed (False)

    def __init__(self, model: WorkshopModel, current_step=lambda: None, parent=None) -> None:
        super().__init__(self.tr("La salle"), parent)
        self.setObjectName("roomPanel")
        self.model = model
        self.current_step = current_step
        self.server: RoomServer | None = None
        self.addresses: list[LocalAddress] = []
        body = _Body()
        layout = QVBoxLayout(body)
        self.intro = QLabel(self.tr("Les participants envoient leurs post-it et leurs votes "
                                    "depuis leur téléphone, sur le réseau de la salle."))
        self.intro.setWordWrap(True)
        self.address_choice = QComboBox()
        self.address_choice.setAccessibleName(self.tr("Adresse du portable sur le réseau"))
        self.address_choice.activated.connect(lambda _i: self._restart())
        self.toggle = QPushButton(self.tr("Ouvrir la salle"))
        self.toggle.setAccessibleName(self.tr("Ouvrir ou fermer la salle"))
        self.toggle.clicked.connect(self._toggle)
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setAccessibleName(self.tr("QR code de la salle"))
        self.address = QLabel()
        self.address.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.address.setWordWrap(True)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.address.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.address.setFont(font)
        self.phones = QLabel()
        self.phones.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.phone_list = QListWidget()
        self.phone_list.setAccessibleName(self.tr("Téléphones connectés"))
        self.phone_list.setMaximumHeight(120)
        self.remove = QPushButton(self.tr("Retirer ce téléphone de la salle"))
        self.remove.setAccessibleName(self.tr("Retirer le téléphone choisi de la salle"))
        self.remove.clicked.connect(self._remove_phone)
        self.pause = QCheckBox(self.tr("Mettre la salle en pause"))
        self.pause.toggled.connect(self._pause)
        self.show_board = QCheckBox(self.tr("Afficher le tableau sur les téléphones"))
        self.show_board.toggled.connect(self._show_board)
        self.show_on_wall = QCheckBox(self.tr("Montrer le QR code au mur (projecteur, "
                                              "fenêtre public)"))
        self.show_on_wall.setChecked(True)
        self.show_on_wall.toggled.connect(lambda _on: self.roomChanged.emit(self.is_open))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.tray = TrayBox(model)
        for widget in (self.intro, self.address_choice, self.toggle, self.qr, self.address,
                       self.status, self.phones, self.phone_list, self.remove,
                       wrapped_check(self.pause, body), wrapped_check(self.show_board, body),
                       wrapped_check(self.show_on_wall, body), self.tray):
            layout.addWidget(widget)
        layout.addStretch(1)
        # scrolled when the screen is short: open, the panel is taller than a laptop's
        # 768 px, and its sentences wrap rather than widen the window
        scroll = QScrollArea()
        scroll.setObjectName("roomPanelScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        self.setWidget(scroll)
        # never narrower than its content (the QR code, the address): wrapped, the rest fits
        body.setMinimumWidth(QR_PX + 2 * layout.contentsMargins().left())
        scroll.setMinimumWidth(body.minimumWidth() + scroll.verticalScrollBar().sizeHint().width())
        self.timer = QTimer(self)
        self.timer.setInterval(2000)
        self.timer.timeout.connect(self._count)
        self._refresh_addresses()
        self._show_state()

    # -- opening and closing ---------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self.server is not None

    def open_room(self, host: str | None = None, port: int | None = None) -> bool:
        """Start the server; False (with the reason shown) when the port cannot be had."""
        if self.server is not None:
            return True
        if host is None:
            index = self.address_choice.currentIndex()
            host = self.addresses[index].address if 0 <= index < len(self.addresses) else LOOPBACK
        server = None
        for attempt in ([DEFAULT_PORT, 0] if port is None else [port]):
            server = RoomServer(QtGate(self.model), host, attempt)
            server.current_step = self.current_step
            try:
                server.start()
                break
            except OSError as e:
                server = None
                why = e.strerror or str(e)
        if server is None:
            self.status.setText(self.tr("La salle n'a pas pu s'ouvrir ({why}).").format(why=why))
            return False
        server.paused = self.pause.isChecked()
        server.show_board = self.show_board.isChecked()
        self.server = server
        self.tray.attach(server)
        self.timer.start()
        self._show_state()
        self.roomChanged.emit(True)
        return True

    def close_room(self) -> None:
        server, self.server = self.server, None
        if server is None:
            return
        self.timer.stop()
        self.tray.attach(None)
        server.stop()
        self._show_state()
        self.roomChanged.emit(False)

    def _toggle(self) -> None:
        if self.is_open:
            self.close_room()
        else:
            self._refresh_addresses()
            self.open_room()

    def _restart(self) -> None:
        if self.is_open:
            self.close_room()
            self.open_room()

    def closeEvent(self, event) -> None:
        self.close_room()
        super().closeEvent(event)

    # -- what the panel shows ----------------------------------------------------------------

    def _refresh_addresses(self) -> None:
        current = self.address_choice.currentText()
        self.addresses = local_addresses() or [LocalAddress("loopback", LOOPBACK)]
        self.address_choice.clear()
        self.address_choice.addItems([a.label for a in self.addresses])
        if current:
            self.address_choice.setCurrentText(current)
        self.address_choice.setVisible(len(self.addresses) > 1)

    def _show_state(self) -> None:
        server = self.server
        self.toggle.setText(self.tr("Fermer la salle") if server else self.tr("Ouvrir la salle"))
        self.qr.setVisible(server is not None)
        self.address.setVisible(server is not None)
        self.phones.setVisible(server is not None)
        self.phone_list.setVisible(server is not None)
        self.remove.setVisible(server is not None)
        if server is None:
            self.qr.clear()
            self.address.clear()
            if not self.status.text() or self.status.text() == self._open_hint():
                self.status.setText("")
            return
        self.qr.setPixmap(qr_pixmap(server.url, QR_PX))
        self.address.setText(short_address(server.url))
        self.address.setToolTip(server.url)
        self.status.setText(self._open_hint())
        self._count()

    def _open_hint(self) -> str:
        return self.tr("Scannez le QR code, ou tapez l'adresse dans le navigateur du téléphone "
                       "(même Wi-Fi que ce portable).")

    def _count(self) -> None:
        if self.server is None:
            return
        phones = self.server.phones()
        self.phones.setText(self.tr("Téléphones connectés : {n}").format(n=len(phones)))
        chosen = self.phone_list.currentItem()
        keep = chosen.data(Qt.ItemDataRole.UserRole) if chosen is not None else None
        self.phone_list.clear()
        people = self.model.workshop.participants
        for phone, pid in phones:
            who = people[pid].name if pid in people else self.tr("Sans nom")
            item = QListWidgetItem(self.tr("{who} — téléphone {code}").format(
                who=who, code=phone[:4].upper()))
            item.setData(Qt.ItemDataRole.UserRole, phone)
            self.phone_list.addItem(item)
            if phone == keep:
                self.phone_list.setCurrentItem(item)
        self.remove.setEnabled(bool(phones))
        self.tray.refresh_names()

    def _remove_phone(self) -> None:
        """The chosen phone is refused from now on (its page says it was removed)."""
        item = self.phone_list.currentItem()
        if self.server is None or item is None:
            return
        self.server.remove_phone(item.data(Qt.ItemDataRole.UserRole))
        self._count()

    def _pause(self, on: bool) -> None:
        if self.server is not None:
            self.server.paused = on

    def _show_board(self, on: bool) -> None:
        if self.server is not None:
            self.server.show_board = on


def short_address(url: str) -> str:
    """The join URL as a person types it: no scheme, the token on its own line."""
    rest = url.split("://", 1)[-1]
    host, _, path = rest.partition("/")
    return f"{host}\n/{path}"
