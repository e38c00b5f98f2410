"""The room panel's tray and name requests: what phones sent that waits for the facilitator.

With moderation on, phone post-its wait in the tray (kept in the file, see
:mod:`symetrie_desktop.commands.tray`); the facilitator picks one, may correct its text, and
accepts it, merges it into a post-it of the same cell, or refuses it. Names typed on phones
wait below, to be accepted (a participant is created, with that phone's post-its) or
refused. Every answer is an edit through the model's door, undone like any other.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..commands.room_names import accept_typed_name
from ..commands.tray import Pending, accept_pending, merge_pending, refuse_pending, tray
from ..domain.model import CardKind, LaneKind
from ..room import names
from ..room.server import RoomServer
from .board.style import kind_label, lane_kind_label
from .model import WorkshopModel
from .wrapped_check import wrapped_check


def _short(text: str, n: int = 60) -> str:
    line = " ".join(text.split())
    return line if len(line) <= n else line[: n - 1] + "…"


class TrayBox(QWidget):
    """Moderation switch, the tray with its answers, and the names typed on phones."""

    def __init__(self, model: WorkshopModel, parent=None) -> None:
        super().__init__(parent)
        self.model = model
        self.server: RoomServer | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.moderate = QCheckBox(self.tr("Modérer : les post-it des téléphones attendent "
                                          "ici avant le tableau"))
        self.moderate.toggled.connect(self._moderate)
        self.lock = QCheckBox(self.tr("Verrouiller : les téléphones ne peuvent plus corriger "
                                      "ni retirer leurs post-it"))
        self.lock.toggled.connect(self._lock)
        layout.addWidget(wrapped_check(self.moderate, self))
        layout.addWidget(wrapped_check(self.lock, self))

        self.tray_box = QGroupBox(self.tr("En attente"))
        box = QVBoxLayout(self.tray_box)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Post-it en attente"))
        self.list.setMinimumHeight(110)
        # in the narrow side panel, a long post-it wraps rather than hide behind a scroll bar
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(lambda *_: self._picked())
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Texte du post-it à accepter"))
        self.text.setMaximumHeight(70)
        self.accept = QPushButton(self.tr("Accepter"))
        self.accept.setToolTip(self.tr("Met le post-it sur le tableau, avec le texte ci-dessus"))
        self.accept.clicked.connect(self._accept)
        self.refuse = QPushButton(self.tr("Refuser"))
        self.refuse.clicked.connect(self._refuse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept)
        buttons.addWidget(self.refuse)
        self.merge_into = QComboBox()
        self.merge_into.setAccessibleName(self.tr("Post-it du tableau où fusionner"))
        self.merge = QPushButton(self.tr("Fusionner"))
        self.merge.setToolTip(self.tr("Ajoute ce texte au post-it choisi, de la même case"))
        self.merge.clicked.connect(self._merge)
        merging = QHBoxLayout()
        merging.addWidget(self.merge_into, 1)
        merging.addWidget(self.merge)
        for part in (self.list, self.text):
            box.addWidget(part)
        box.addLayout(buttons)
        box.addLayout(merging)
        layout.addWidget(self.tray_box)

        self.names_box = QGroupBox(self.tr("Noms tapés sur les téléphones"))
        nbox = QVBoxLayout(self.names_box)
        self.names = QListWidget()
        self.names.setAccessibleName(self.tr("Noms en attente"))
        self.names.setMaximumHeight(90)
        self.accept_name = QPushButton(self.tr("Accepter ce nom"))
        self.accept_name.clicked.connect(self._accept_name)
        self.refuse_name = QPushButton(self.tr("Refuser ce nom"))
        self.refuse_name.clicked.connect(self._refuse_name)
        nbuttons = QHBoxLayout()
        nbuttons.addWidget(self.accept_name)
        nbuttons.addWidget(self.refuse_name)
        nbox.addWidget(self.names)
        nbox.addLayout(nbuttons)
        layout.addWidget(self.names_box)
        model.changed.connect(self._changed)
        self.refresh()

    # -- the server -----------------------------------------------------------------------------

    def attach(self, server: RoomServer | None) -> None:
        """The room opened (its server) or closed (None): the switches apply to it."""
        self.server = server
        if server is not None:
            server.moderated = self.moderate.isChecked()
            server.locked = self.lock.isChecked()
        self.refresh()

    def _moderate(self, on: bool) -> None:
        if self.server is not None:
            self.server.moderated = on
        self.refresh()

    def _lock(self, on: bool) -> None:
        if self.server is not None:
            self.server.locked = on

    # -- what it shows ----------------------------------------------------------------------------

    def _changed(self, change) -> None:
        if change.kinds & {"settings", "cards", "participants", "steps"}:
            self.refresh()

    def refresh(self) -> None:
        """The tray as the file holds it, and the names waiting on the server."""
        w = self.model.workshop
        waiting = tray(w)
        keep = self.current()
        self.list.blockSignals(True)
        self.list.clear()
        for p in waiting:
            step = w.steps[p.step_id].name if p.step_id in w.steps else "?"
            who = w.participants[p.author_id].name if p.author_id in w.participants \
                else self.tr("Sans nom")
            kind = kind_label(CardKind(p.kind))
            lane = lane_kind_label(LaneKind(p.lane))
            item = QListWidgetItem(f"{_short(p.text)}\n{step} · {lane} · {kind} · {who}")
            item.setData(Qt.ItemDataRole.UserRole, p.phone_id)
            self.list.addItem(item)
            if keep is not None and p.phone_id == keep.phone_id:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self.tray_box.setTitle(self.tr("En attente : {n}").format(n=len(waiting)))
        self.tray_box.setVisible(self.moderate.isChecked() or bool(waiting))
        self._picked(keep_text=keep is not None and self.current() == keep)
        self.refresh_names()

    def current(self) -> Pending | None:
        item = self.list.currentItem()
        if item is None:
            return None
        phone_id = item.data(Qt.ItemDataRole.UserRole)
        return next((p for p in tray(self.model.workshop) if p.phone_id == phone_id), None)

    def _picked(self, keep_text: bool = False) -> None:
        p = self.current()
        for widget in (self.accept, self.refuse, self.text, self.merge_into):
            widget.setEnabled(p is not None)
        if not keep_text:
            self.text.setPlainText(p.text if p is not None else "")
        self.merge_into.clear()
        if p is None:
            self.merge.setEnabled(False)
            return
        w = self.model.workshop
        lane = w.lane_of_kind(LaneKind(p.lane))
        cell = w.cell(lane.id, p.step_id) if lane is not None and p.step_id in w.steps else []
        for card in cell:
            self.merge_into.addItem(_short(card.text, 50), card.id)
        self.merge.setEnabled(bool(cell))
        self.merge_into.setEnabled(bool(cell))

    def refresh_names(self) -> None:
        waiting = names.pending_requests(self.server) if self.server is not None else []
        keep = self.names.currentItem()
        kept = keep.data(Qt.ItemDataRole.UserRole) if keep is not None else None
        self.names.clear()
        for phone, name in waiting:
            item = QListWidgetItem(self.tr("{name} — téléphone {code}").format(
                name=name, code=phone[:4].upper()))
            item.setData(Qt.ItemDataRole.UserRole, phone)
            self.names.addItem(item)
            if phone == kept:
                self.names.setCurrentItem(item)
        if self.names.currentItem() is None and self.names.count():
            self.names.setCurrentRow(0)
        self.names_box.setVisible(bool(waiting))

    # -- the facilitator's answers ---------------------------------------------------------

    def _accept(self) -> None:
        p = self.current()
        if p is None:
            return
        text = self.text.toPlainText()
        self.model.try_push(accept_pending, p.phone_id, None if text == p.text else text)

    def _refuse(self) -> None:
        p = self.current()
        if p is not None:
            self.model.try_push(refuse_pending, p.phone_id)

    def _merge(self) -> None:
        p = self.current()
        target = self.merge_into.currentData()
        if p is not None and target is not None:
            self.model.try_push(merge_pending, p.phone_id, target)

    def _accept_name(self) -> None:
        item = self.names.currentItem()
        if item is None or self.server is None:
            return
        phone = item.data(Qt.ItemDataRole.UserRole)
        request = names.request_of(self.server, phone)
        if request is None:
            return
        edit = self.model.try_push(accept_typed_name, request["name"], phone,
                                   names.sent_by(self.server, phone))
        if edit is not None:
            names.answer(self.server, phone, edit.created)
        self.refresh_names()

    def _refuse_name(self) -> None:
        item = self.names.currentItem()
        if item is not None and self.server is not None:
            names.answer(self.server, item.data(Qt.ItemDataRole.UserRole), None)
        self.refresh_names()
