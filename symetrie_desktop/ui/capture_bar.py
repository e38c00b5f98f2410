"""The quick capture bar: type post-its as fast as the room talks, without the mouse.

The card lands in the board's current step, in the chosen lane, with the chosen
kind and author. Focus stays in the line after Enter, so the next one can be typed
at once. Keys (also in the placeholder): Tab / Shift+Tab lane, Alt+1/2/3 kind,
Alt+←/→ step, Ctrl+1…9 author.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ..commands import board as edits
from ..domain.model import CardKind
from .board.layout import display_lanes
from .board.style import kind_label
from .board.view import BoardView
from .model import WorkshopModel

KIND_KEYS = {Qt.Key.Key_1: CardKind.IRRITANT, Qt.Key.Key_2: CardKind.ENCHANTMENT,
             Qt.Key.Key_3: CardKind.NOTE}
AUTHOR_KEYS = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5,
               Qt.Key.Key_6, Qt.Key.Key_7, Qt.Key.Key_8, Qt.Key.Key_9]


class CaptureLine(QLineEdit):
    """The text line; it keeps Tab for itself (next lane) instead of moving the focus."""

    def __init__(self, bar: CaptureBar) -> None:
        super().__init__(bar)
        self.bar = bar

    def _board_undo(self, event) -> QKeySequence.StandardKey | None:
        """Ctrl+Z / Ctrl+Shift+Z on an empty line mean the board's undo and redo, not the
        line's (which would bring back the text of the post-it just added)."""
        if self.text():
            return None
        for key in (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo):
            if event.matches(key):
                return key
        if event.key() == Qt.Key.Key_Z and event.modifiers() == (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier):
            return QKeySequence.StandardKey.Redo
        return None

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self._board_undo(event):
            event.ignore()  # let the window's Annuler / Rétablir have it
            return True
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab,
                                                                   Qt.Key.Key_Backtab):
            back = event.key() == Qt.Key.Key_Backtab or bool(
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.bar.cycle_lane(-1 if back else 1)
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        which = self._board_undo(event)
        if which is not None:  # no window shortcut took it (window not active)
            stack = self.bar.model.undo_stack
            if which == QKeySequence.StandardKey.Undo:
                stack.undo()
            else:
                stack.redo()
            return
        if not self.bar.handle_key(event):
            super().keyPressEvent(event)


class StepLabel(QLabel):
    """The current step's name, cut with '…' to the width the bar gives it (a long name
    in a narrow window was cut mid-letter with no sign of it); the whole name is in the
    tooltip."""

    def __init__(self) -> None:
        super().__init__()
        self._full = ""

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.updateGeometry()
        self._elide()

    def full_text(self) -> str:
        return self._full

    def sizeHint(self) -> QSize:
        """As wide as the whole name (within the maximum width), not as the part shown: a
        label cut short in a narrow window grows back with the window."""
        hint = super().sizeHint()
        whole = self.fontMetrics().horizontalAdvance(self._full) + 2 * self.margin() + 8
        return QSize(min(max(hint.width(), whole), self.maximumWidth()), hint.height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = self.contentsRect().width() - 2 * self.margin() - 4
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight,
                                                   max(room, 0)))


class CaptureBar(QWidget):
    def __init__(self, model: WorkshopModel, view: BoardView, parent=None) -> None:
        super().__init__(parent)
        self.model, self.view = model, view
        self.setObjectName("captureBar")
        self.step_label = StepLabel()
        self.step_label.setMinimumWidth(200)
        self.step_label.setMaximumWidth(300)
        self._step_hint = self.tr("Étape courante : Alt+← / Alt+→ pour changer, ou cliquez "
                                  "une étape sur le tableau")
        self.lane = QComboBox()
        self.lane.setToolTip(self.tr("Couloir (Tab / Maj+Tab)"))
        self.kind = QComboBox()
        self.kind.setToolTip(self.tr("Type (Alt+1 irritant, Alt+2 enchantement, Alt+3 note)"))
        for kind in CardKind:
            self.kind.addItem(kind_label(kind), kind)
        self.author = QComboBox()
        self.author.setToolTip(self.tr("Auteur (Ctrl+1 … Ctrl+9)"))
        self.line = CaptureLine(self)
        self.line.setObjectName("captureLine")
        self.line.setClearButtonEnabled(True)
        self.line.setPlaceholderText(self.tr(
            "Saisie rapide : texte puis Entrée · Tab couloir · Alt+1/2/3 irritant / "
            "enchantement / note · Alt+←/→ étape · Ctrl+1…9 auteur"))
        add = QPushButton(self.tr("Ajouter"))
        add.clicked.connect(self.commit)
        self.line.returnPressed.connect(self.commit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.step_label)
        layout.addWidget(self.lane)
        layout.addWidget(self.kind)
        layout.addWidget(self.author)
        layout.addWidget(self.line, 1)
        layout.addWidget(add)
        self.lane.currentIndexChanged.connect(self._lane_chosen)
        self.author.activated.connect(
            lambda i: self.model.set_active_author(self.author.itemData(i)))
        model.changed.connect(self._on_changed)
        model.activeAuthorChanged.connect(self._show_author)
        view.currentStepChanged.connect(self._show_step)
        view.typed.connect(self.start_typing)
        view.key_handlers.append(self.handle_key)  # Alt+1/2/3 on the board reach the bar
        self._fill()

    # -- state shown --------------------------------------------------------------------------

    def _fill(self) -> None:
        lane = self.lane.currentData()
        self.lane.blockSignals(True)
        self.lane.clear()
        for x in display_lanes(self.model.workshop):
            self.lane.addItem(x.name, x.id)
        index = self.lane.findData(lane)
        self.lane.setCurrentIndex(max(index, 0))
        self.lane.blockSignals(False)
        self._lane_chosen()
        self.author.clear()
        self.author.addItem(self.tr("Sans auteur"), None)
        for n, p in enumerate(self.model.workshop.ordered_participants(), 1):
            label = f"{n}. {p.name}" if n <= 9 else p.name
            self.author.addItem(label, p.id)
        self._show_author(self.model.active_author)
        self._show_step(self.view.current_step)

    def _on_changed(self, change) -> None:
        if change.kinds & {"lanes", "participants", "steps"}:
            self._fill()

    def _show_author(self, pid) -> None:
        self.author.setCurrentIndex(max(self.author.findData(pid), 0))

    def _show_step(self, step_id) -> None:
        steps = self.model.workshop.ordered_steps()
        ids = [s.id for s in steps]
        if step_id in ids:
            n = ids.index(step_id)
            text = self.tr("Étape {n} : {name}").format(n=n + 1, name=steps[n].name)
            self.step_label.set_full_text(text)
            self.step_label.setToolTip(f"{text}\n{self._step_hint}")
        else:
            self.step_label.set_full_text(self.tr("Aucune étape"))

    def _lane_chosen(self, *_) -> None:
        lane = self.model.workshop.lanes.get(self.lane.currentData())
        experience = lane is not None and lane.kind.is_experience
        self.kind.setEnabled(experience)
        if not experience:
            self.kind.setCurrentIndex(self.kind.findData(CardKind.NOTE))
        elif self.kind.currentData() == CardKind.NOTE:
            self.kind.setCurrentIndex(self.kind.findData(CardKind.IRRITANT))

    # -- keys ---------------------------------------------------------------------------------

    def cycle_lane(self, step: int) -> None:
        if self.lane.count():
            self.lane.setCurrentIndex((self.lane.currentIndex() + step) % self.lane.count())

    def choose_author(self, n: int) -> None:
        """The n-th participant (1-based) becomes the active author."""
        people = self.model.workshop.ordered_participants()
        if 1 <= n <= len(people):
            self.model.set_active_author(people[n - 1].id)

    def handle_key(self, event: QKeyEvent) -> bool:
        key, mods = Qt.Key(event.key()), event.modifiers()
        alt = bool(mods & Qt.KeyboardModifier.AltModifier)
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if alt and key in KIND_KEYS:
            if self.kind.isEnabled():
                self.kind.setCurrentIndex(self.kind.findData(KIND_KEYS[key]))
            return True
        if alt and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            ids = [s.id for s in self.model.workshop.ordered_steps()]
            if ids:
                now = ids.index(self.view.current_step) if self.view.current_step in ids else 0
                step = -1 if key == Qt.Key.Key_Left else 1
                self.view.set_current_step(ids[max(0, min(len(ids) - 1, now + step))])
            return True
        if ctrl and key in AUTHOR_KEYS:
            self.choose_author(AUTHOR_KEYS.index(key) + 1)
            return True
        if key == Qt.Key.Key_Escape:
            self.line.clear()
            return True
        return False

    def start_typing(self, text: str) -> None:
        """Keys typed on the board begin a post-it here, so no keystroke is lost."""
        self.line.setFocus()
        self.line.insert(text)

    # -- adding -------------------------------------------------------------------------------

    def commit(self) -> None:
        """Add the typed post-it to the current step; an empty line adds nothing."""
        text = self.line.text()
        step, lane = self.view.current_step, self.lane.currentData()
        if not text.strip() or step is None or lane is None:
            return
        edit = self.model.try_push(edits.add_card, lane, step, self.kind.currentData(), text,
                                   self.model.active_author)
        if edit is not None:
            self.line.clear()
            if edit.created is not None and edit.created in self.view.board.cards:
                item = self.view.board.cards[edit.created]
                self.view.board.select_cards([edit.created])
                self.view.reveal(item.sceneBoundingRect())
        self.line.setFocus()
