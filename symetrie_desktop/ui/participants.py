"""The participants panel: who is in the room, and who is speaking now (the active author).

New post-its carry the active author's colour and initials. Choosing the author is
one key (Ctrl+1 … Ctrl+9, in the order of this list) or a click here. A list prepared
elsewhere is pasted in one go (Ctrl+V on the list, or « Coller »): one person a line,
« Nom ; métier ; front/back », or cells copied from a spreadsheet.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..commands import board as edits
from ..commands.roster import RosterError, add_participants, parse_roster
from ..domain.model import Office, Participant
from ..domain.palette import next_colours
from . import ask
from .model import WorkshopModel


def swatch(colour: str, size: int = 16) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class ParticipantDialog(QDialog):
    """Name, department, front or back office, colour. Opened with ``open()``, never blocking."""

    submitted = Signal(dict)

    def __init__(self, parent: QWidget, participant: Participant | None, colour: str) -> None:
        super().__init__(parent)
        self.setObjectName("participantDialog")
        self.setWindowTitle(self.tr("Participant") if participant is None
                            else self.tr("Modifier « {name} »").format(name=participant.name))
        self.name = QLineEdit(participant.name if participant else "")
        self.name.setMaxLength(200)
        self.department = QLineEdit(participant.department if participant else "")
        self.department.setPlaceholderText(self.tr("Ventes, service client, livraison…"))
        self.office = QComboBox()
        self.office.addItem(self.tr("—"), None)
        self.office.addItem(self.tr("Front-office (au contact du client)"), Office.FRONT)
        self.office.addItem(self.tr("Back-office"), Office.BACK)
        if participant is not None:
            self.office.setCurrentIndex(max(0, self.office.findData(participant.office)))
        self.colour = participant.colour if participant else colour
        self.colour_button = QPushButton(self.tr("Choisir…"))
        self.colour_button.clicked.connect(self._pick_colour)
        self._show_colour()
        form = QFormLayout()
        form.addRow(self.tr("Nom"), self.name)
        form.addRow(self.tr("Métier"), self.department)
        form.addRow(self.tr("Position"), self.office)
        form.addRow(self.tr("Couleur"), self.colour_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _show_colour(self) -> None:
        self.colour_button.setIcon(swatch(self.colour))

    def _pick_colour(self) -> None:
        dialog = QColorDialog(QColor(self.colour), self)
        dialog.colorSelected.connect(lambda c: (setattr(self, "colour", c.name()),
                                                self._show_colour()))
        dialog.open()

    def values(self) -> dict:
        return {"name": self.name.text(), "department": self.department.text(),
                "office": self.office.currentData(), "colour": self.colour}

    def _submit(self) -> None:
        if not self.name.text().strip():
            self.name.setPlaceholderText(self.tr("Le nom est nécessaire"))
            self.name.setFocus()
            return
        self.submitted.emit(self.values())
        self.accept()


class ParticipantsPanel(QDockWidget):
    def __init__(self, model: WorkshopModel, parent=None) -> None:
        super().__init__(self_title(), parent)
        self.setObjectName("participantsDock")
        self.model = model
        self.list = QListWidget()
        self.list.setObjectName("participantsList")
        self.list.itemClicked.connect(self._clicked)
        self.list.itemDoubleClicked.connect(lambda _: self.edit())
        self.list.setSpacing(2)
        self.list.setToolTip(self.tr("Cliquez un participant pour en faire l'auteur des "
                                     "nouveaux post-it (ou Ctrl+1 … Ctrl+9)"))
        add = QPushButton(self.tr("Ajouter…"))
        add.clicked.connect(self.add)
        edit = QPushButton(self.tr("Modifier…"))
        edit.clicked.connect(self.edit)
        remove = QPushButton(self.tr("Retirer"))
        remove.clicked.connect(self.remove)
        paste = QPushButton(self.tr("Coller"))
        paste.setToolTip(self.tr("Ajouter une liste copiée, une personne par ligne : "
                                 "« Nom ; métier ; front/back » (Ctrl+V dans la liste)"))
        paste.clicked.connect(lambda: self.paste_list())
        shortcut = QShortcut(QKeySequence.StandardKey.Paste, self.list)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(lambda: self.paste_list())
        # two rows of two: in one row the four buttons made the panel 346 px at the least,
        # and the window wider than a 1920 px screen at 150 % (1,280 px) on the vote page
        buttons = QGridLayout()
        for n, b in enumerate((add, edit, remove, paste)):
            buttons.addWidget(b, n // 2, n % 2)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.setWidget(body)
        self.dialog: ParticipantDialog | None = None
        model.changed.connect(lambda c: self.refresh() if "participants" in c.kinds else None)
        model.activeAuthorChanged.connect(lambda _: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        active = self.model.active_author
        self.list.clear()
        for n, p in enumerate(self.model.workshop.ordered_participants(), 1):
            office = {Office.FRONT: "front", Office.BACK: "back"}.get(p.office, "")
            details = " · ".join(x for x in (p.department, office) if x)
            key = f"  (Ctrl+{n})" if n <= 9 else ""
            text = f"{p.name}{key}" + (f"\n{details}" if details else "")
            item = QListWidgetItem(swatch(p.colour), text)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            if p.id == active:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
                item.setText(text + self.tr("\n✎ auteur actif"))
            self.list.addItem(item)
        self.setWindowTitle(self_title(len(self.model.workshop.participants)))

    def _clicked(self, item: QListWidgetItem) -> None:
        pid = item.data(Qt.ItemDataRole.UserRole)
        self.model.set_active_author(None if pid == self.model.active_author else pid)

    def _current(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def add(self) -> ParticipantDialog:
        used = (p.colour for p in self.model.workshop.participants.values())
        dialog = ParticipantDialog(self, None, next_colours(used, 1)[0])

        def submitted(v: dict) -> None:
            edit = self.model.try_push(edits.add_participant, v["name"], v["department"],
                                       v["office"], v["colour"])
            if edit is not None and edit.created is not None:
                self.model.set_active_author(edit.created)

        dialog.submitted.connect(submitted)
        return self._show(dialog)

    def edit(self) -> ParticipantDialog | None:
        pid = self._current()
        if pid is None:
            return None
        dialog = ParticipantDialog(self, self.model.workshop.participants[pid], "#888888")
        dialog.submitted.connect(
            lambda v: self.model.try_push(edits.update_participant, pid, **v))
        return self._show(dialog)

    def _show(self, dialog: ParticipantDialog) -> ParticipantDialog:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def paste_list(self, text: str | None = None) -> bool:
        """Add everyone of a pasted list (the clipboard's by default) as one undo step; a bad
        line is named and nothing is added."""
        if text is None:
            text = QGuiApplication.clipboard().text()
        try:
            lines = parse_roster(text)
        except RosterError as e:
            if e.reason == "name":
                why = self.tr("Liste collée, ligne {n} : « {value} » n'a pas de nom ; aucun "
                              "participant ajouté.")
            else:
                why = self.tr("Liste collée, ligne {n} : « {value} » n'est ni front ni back ; "
                              "aucun participant ajouté.")
            self._tell(why.format(n=e.line, value=e.value))
            return False
        if not lines:
            self._tell(self.tr("Rien à coller : copiez d'abord une liste, une personne par "
                               "ligne (« Nom ; métier ; front/back »)."))
            return False
        return self.model.try_push(add_participants, lines) is not None

    def _tell(self, text: str) -> None:
        show = getattr(self.window(), "show_message", None)
        if callable(show):
            show(text)
        else:
            ask.notice(self, self.tr("Participants"), text)

    def remove(self) -> None:
        pid = self._current()
        if pid is None:
            return
        p = self.model.workshop.participants[pid]
        count = sum(1 for c in self.model.workshop.cards.values() if c.author_id == pid)
        if count and not ask.confirm(
                self, self.tr("Retirer un participant"),
                self.tr("{name} est l'auteur de {n} post-it. Ils restent sur le tableau, "
                        "sans auteur. Retirer {name} ?").format(name=p.name, n=count),
                default=True):
            return
        self.model.try_push(edits.remove_participant, pid)


def self_title(count: int | None = None) -> str:
    from PySide6.QtCore import QCoreApplication

    title = QCoreApplication.translate("ParticipantsPanel", "Participants")
    return title if count is None else f"{title} ({count})"
