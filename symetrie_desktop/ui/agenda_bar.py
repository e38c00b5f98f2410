"""The agenda bar: the workshop's phases, and a countdown the room can read.

The same widget serves the facilitator (with controls) and the audience screen (big and
read-only); both show one :class:`AgendaClock`.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from ..domain.agenda import KINDS, PAUSE, format_clock
from . import ask
from .agenda_clock import AgendaClock

#: Soft colours for the countdown: calm, last five minutes, time up (two tones that alternate).
CALM, SOON, UP_A, UP_B = "#1f5130", "#8a5a00", "#b3261e", "#e8857e"


def kind_label(kind: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Agenda", KINDS.get(kind, kind))


def agenda_labels(agenda) -> list[str]:
    """Each phase's name: the facilitator's, else its kind's, in the interface language."""
    return [name or kind_label(kind) for kind, name in zip(agenda.kinds, agenda.names,
                                                           strict=True)]


class AgendaBar(QWidget):
    def __init__(self, clock: AgendaClock, controls: bool = True, big: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.controls = controls
        self.setObjectName("AgendaBar")
        # the phase in progress must stand out from across the room, not only by a sunken edge
        self.setStyleSheet("#AgendaBar QToolButton { padding: 2px 8px; }"
                           "#AgendaBar QToolButton:checked { background: #263238; "
                           "color: #ffffff; font-weight: bold; border-radius: 4px; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.phases = QButtonGroup(self)
        self.phases.setExclusive(True)
        self._layout = layout
        self._labels: list[str] = []
        self._build_phases(agenda_labels(clock.agenda))
        if controls:
            self.phases.idClicked.connect(clock.go_to)
        layout.addStretch(1)
        self.countdown = QLabel(self)
        self.countdown.setAccessibleName(self.tr("Temps restant"))
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.countdown)
        self.play = self._button(self.tr("Démarrer"), clock.toggle, "▶")
        self.more = self._button(self.tr("+1 min"), clock.add_minute)
        self.next = self._button(self.tr("Phase suivante"), clock.next_phase, "»")
        for button in (self.play, self.more, self.next):
            button.setVisible(controls)
            layout.addWidget(button)
        self.set_big(big)
        clock.updated.connect(self.refresh)
        self.refresh()

    def _build_phases(self, labels: list[str]) -> None:
        """One button per phase; rebuilt when the agenda is shaped (phases added, renamed…)."""
        for button in self.phases.buttons():
            self.phases.removeButton(button)
            self._layout.removeWidget(button)
            button.hide()  # gone from the screen now, not at the next turn of the event loop
            button.deleteLater()
        self._labels = list(labels)
        for index, label in enumerate(labels):
            button = QToolButton(self)
            button.setText(label)
            button.setCheckable(True)
            if not self.controls:  # the audience sees the phases plainly but cannot click them
                button.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAccessibleName(self.tr("Phase %1").replace("%1", label))
            button.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            button.customContextMenuRequested.connect(
                lambda _pos, i=index: self._phase_menu(i))
            self.phases.addButton(button, index)
            self._layout.insertWidget(index, button)
        if hasattr(self, "countdown"):
            self.set_big(self.big)  # the new buttons take the bar's type size

    def _button(self, text: str, slot, glyph: str = "") -> QToolButton:
        button = QToolButton(self)
        button.setText(f"{glyph} {text}".strip())
        button.setAccessibleName(text)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.clicked.connect(slot)
        return button

    def set_big(self, big: bool) -> None:
        """Big type for the projector and the audience screen: the countdown is read from the
        back of the room; the facilitator drives it with keys (F7, Maj+F7, F8), so the
        buttons step aside."""
        self.big = big
        # on the wall: the room's floor of 24 px at 1920 wide, scaled down on a smaller screen
        scale = min(1.0, max(0.5, (self.window().width() or 1920) / 1920))
        font = QFont(self.font())
        if big:
            font.setPixelSize(round(24 * scale))
            font.setBold(True)  # as wide as the current phase's bold: nothing clipped
        else:
            font.setPointSizeF(10)
        for button in self.phases.buttons():
            button.setFont(font)
        clock_font = QFont(self.font())
        if big:
            clock_font.setPixelSize(round(56 * scale))
        else:
            clock_font.setPointSizeF(16)
        clock_font.setBold(True)
        clock_font.setStyleHint(QFont.StyleHint.Monospace)
        self.countdown.setFont(clock_font)
        self.countdown.setMinimumWidth(220 if big else 90)
        for button in (self.play, self.more, self.next):
            button.setVisible(self.controls and not big)
        self.refresh()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.big and event.oldSize().width() != event.size().width():
            self.set_big(True)  # the type follows the screen's width
        self._fit_phases()

    def minimumSizeHint(self) -> QSize:
        """The bar gives up phases rather than widen its window: on the wall rather than push
        a « » » button out, on the facilitator's screen rather than make the window wider
        than a small laptop's (eight phases asked for 1,330 px)."""
        hint = super().minimumSizeHint()
        least = 320 if self.big else self._fixed_width() + 160
        return QSize(min(hint.width(), least), hint.height())

    def _fixed_width(self) -> int:
        """What the countdown and the control buttons take, margins and spacing included."""
        layout = self._layout
        widgets = [self.countdown, *(b for b in (self.play, self.more, self.next)
                                     if not b.isHidden())]
        margins = layout.contentsMargins()
        return (sum(w.sizeHint().width() for w in widgets)
                + layout.spacing() * (len(widgets) + 1) + margins.left() + margins.right())

    def _fit_phases(self) -> None:
        """Too narrow for every phase (a long agenda, a small screen): the current phase,
        then the next ones and the one before, as many as fit; the others are reached with
        « Phase suivante », F8 / Maj+F8 and the Agenda menu."""
        buttons = self.phases.buttons()
        left = self.width() - self._fixed_width() - (40 if self.big else 0)
        every = sum(b.sizeHint().width() + self._layout.spacing() for b in buttons)
        # not laid out yet (its width is Qt's default): the layout's first resize fits it
        laid_out = self.testAttribute(Qt.WidgetAttribute.WA_Resized)
        if not self.big and (not laid_out or left >= every):
            for button in buttons:
                button.setVisible(True)
            return
        current = max(0, self.phases.checkedId())
        order = [current, *range(current + 1, len(buttons)), *range(current - 1, -1, -1)]
        shown = set()
        for index in order:  # what comes next matters more to the room than what is done
            button = self.phases.button(index)
            width = button.sizeHint().width() + (6 if self.big else self._layout.spacing())
            if width > left and shown:
                break
            shown.add(index)
            left -= width
        for button in buttons:
            button.setVisible(self.phases.id(button) in shown)

    def refresh(self) -> None:
        agenda = self.clock.agenda
        labels = agenda_labels(agenda)
        if labels != self._labels:
            self._build_phases(labels)
            return  # set_big refreshes
        now = self.clock.clock()
        remaining = agenda.remaining_at(now)
        button = self.phases.button(agenda.current)
        if button is None:  # being torn down
            return
        button.setChecked(True)
        self._fit_phases()
        self.countdown.setText(format_clock(remaining))
        if remaining <= 0:
            colour = UP_A if int(now) % 2 == 0 or not agenda.running else UP_B
            tip = self.tr("Temps écoulé")
        elif remaining <= 300:
            colour, tip = SOON, self.tr("Moins de cinq minutes")
        else:
            colour, tip = CALM, ""
        self.countdown.setStyleSheet(f"color: {colour}; padding: 0 12px;")
        self.countdown.setToolTip(tip)
        self.countdown.setProperty("timeUp", remaining <= 0)
        self.play.setText(("‖ " + self.tr("Pause")) if agenda.running
                          else ("▶ " + self.tr("Démarrer")))

    def _phase_menu(self, index: int) -> None:
        if not self.controls:
            return
        self.phase_menu(index).popup(self.cursor().pos())

    def phase_menu(self, index: int) -> QMenu:
        """A phase's menu: go there, its duration, and shaping the agenda around it (each
        item one undoable edit)."""
        menu = QMenu(self)
        menu.addAction(self.tr("Aller à cette phase"), lambda: self.clock.go_to(index))
        menu.addAction(self.tr("Durée prévue…"), lambda: self.ask_duration(index))
        menu.addAction(self.tr("Renommer…"), lambda: self.ask_name(index))
        menu.addSeparator()
        shape = self.clock.shape
        menu.addAction(self.tr("Ajouter une phase après"), lambda: shape(
            lambda a: a.inserted(index + 1, "parcours", self.tr("Nouvelle phase"), 20),
            "Ajouter une phase"))
        menu.addAction(self.tr("Ajouter une pause après"), lambda: shape(
            lambda a: a.inserted(index + 1, PAUSE, "", 15), "Ajouter une pause"))
        left = menu.addAction(self.tr("Déplacer vers la gauche"), lambda: shape(
            lambda a: a.moved(index, -1), "Déplacer une phase"))
        right = menu.addAction(self.tr("Déplacer vers la droite"), lambda: shape(
            lambda a: a.moved(index, 1), "Déplacer une phase"))
        remove = menu.addAction(self.tr("Supprimer cette phase"), lambda: shape(
            lambda a: a.removed(index), "Supprimer une phase"))
        count = len(self.clock.agenda.kinds)
        left.setEnabled(index > 0)
        right.setEnabled(index < count - 1)
        remove.setEnabled(count > 1)
        return menu

    def ask_name(self, index: int) -> None:
        labels = agenda_labels(self.clock.agenda)
        name = ask.text(self, self.tr("Renommer la phase"), self.tr("Nom de la phase :"),
                        labels[index])
        if name is not None:
            kind = self.clock.agenda.kinds[index]
            given = "" if name.strip() == kind_label(kind) else name  # back to its own name
            self.clock.shape(lambda a: a.renamed(index, given), "Renommer une phase")

    def ask_duration(self, index: int) -> None:
        minutes = ask.number(
            self, self.tr("Durée prévue"),
            agenda_labels(self.clock.agenda)[index] + self.tr(" (minutes) :"),
            self.clock.agenda.durations[index] // 60, 1, 600)
        if minutes is not None:
            self.clock.set_duration(index, minutes)
