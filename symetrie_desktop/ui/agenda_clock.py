"""The agenda's running clock, shared by every screen that shows the timer.

The agenda itself (durations, phase, time spent) lives in the workshop file; the only thing
kept here is when the timer was last started, which is never saved: a reopened workshop
resumes paused where it stopped.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject, QTimer, Signal

from ..commands.agenda import current_agenda, save_durations, save_progress, save_shape
from ..domain.agenda import PROGRESS_KEY, Agenda
from .model import WorkshopModel

#: While the timer runs, the time spent is saved this often, so a crash loses little.
SAVE_EVERY_S = 30.0


class AgendaClock(QObject):
    #: The display should be refreshed (a tick, or the agenda changed).
    updated = Signal()

    def __init__(self, model: WorkshopModel, clock: Callable[[], float] = time.monotonic,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.clock = clock
        self._started_at: float | None = None
        self._last_save = 0.0
        #: What the clock last wrote (or found) in the file, and the agenda it counted from
        #: then: an undo or redo of a reshaped agenda puts older progress back in the file,
        #: and these tell the clock's own writes from that (see _adopt_progress).
        self._mine = self._saved_progress()
        self._counted = self.agenda
        self._writing = False
        self._timer = QTimer(self)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._tick)
        model.changed.connect(self._on_change)

    @property
    def agenda(self) -> Agenda:
        saved = current_agenda(self.model.workshop)
        return replace(saved, started_at=self._started_at)  # phases, names, progress

    @property
    def running(self) -> bool:
        return self._started_at is not None

    def remaining(self) -> float:
        return self.agenda.remaining_at(self.clock())

    # -- timer moves: saved at once, not undoable --------------------------------------------

    def start(self) -> None:
        self._move(lambda a, now: a.start(now))

    def pause(self) -> None:
        self._move(lambda a, now: a.pause(now))

    def toggle(self) -> None:
        self._move(lambda a, now: a.toggle(now))

    def add_minute(self) -> None:
        now = self.clock()
        self.model.try_push(save_durations, self.agenda.add_minute())
        self._save_progress(self.agenda, now)

    def next_phase(self) -> None:
        self._move(lambda a, now: a.next_phase(now))

    def previous_phase(self) -> None:
        self._move(lambda a, now: a.previous_phase(now))

    def go_to(self, index: int) -> None:
        self._move(lambda a, now: a.go_to(index, now))

    def set_duration(self, index: int, minutes: int) -> None:
        """A planned duration changed: an ordinary undoable edit."""
        self.model.try_push(lambda w: save_durations(w, self.agenda.with_duration(index, minutes)))

    def shape(self, change: Callable[[Agenda], Agenda],
              label: str = "Organiser l'agenda") -> bool:
        """The agenda's phases reshaped (added, removed, renamed, reordered, a break): one
        undoable edit (commands/agenda.py ``save_shape``) through the model's one door. The
        timer keeps running if it was; a phase that takes the current one's place starts
        from its full duration."""
        now = self.clock()
        was_running = self.running
        self._writing = True
        try:
            edit = self.model.try_push(save_shape, change, now, self._started_at, label)
        finally:
            self._writing = False
        if edit is None:
            return False
        if edit.empty:
            return True  # nothing saved: the clock goes on counting from its last save
        self._started_at = now if was_running else None
        self._last_save = now
        self._remember()
        self.updated.emit()
        return True

    def set_shape(self, phases: list[tuple[str, str, int]], planned: int) -> bool:
        """The dialog's whole agenda at once (Agenda > Organiser l'agenda…)."""
        return self.shape(lambda a: a.reshaped(phases, planned))

    def _move(self, change: Callable[[Agenda, float], Agenda]) -> None:
        now = self.clock()
        self._save_progress(change(self.agenda, now), now)

    def _save_progress(self, agenda: Agenda, now: float) -> None:
        self._writing = True
        try:
            if not self.model.record(save_progress(self.model.workshop, agenda, now)):
                return
        finally:
            self._writing = False
        # the saved elapsed time already counts up to now: count again from here
        self._started_at = now if agenda.running else None
        self._last_save = now
        self._remember()
        if agenda.running:
            self._timer.start()
        else:
            self._timer.stop()
        self.updated.emit()

    # -- ticking -------------------------------------------------------------------------------

    def _tick(self) -> None:
        now = self.clock()
        if self.running and now - self._last_save >= SAVE_EVERY_S:
            self._save_progress(self.agenda, now)
        else:
            self.updated.emit()

    def _on_change(self, change) -> None:
        if "settings" in change.kinds:
            if not self._writing and self._saved_progress() != self._mine:
                # after the change is fully applied: not from inside the model's signal
                QTimer.singleShot(0, self._adopt_progress)
            self.updated.emit()

    def _saved_progress(self) -> str | None:
        setting = self.model.workshop.settings.get(PROGRESS_KEY)
        return setting.value if setting is not None else None

    def _remember(self) -> None:
        self._mine = self._saved_progress()
        self._counted = self.agenda

    def _adopt_progress(self) -> None:
        """The file's progress changed under the clock: an undo or redo of a reshaped agenda
        put back the phase and time spent of that moment, up to minutes old while the timer
        ran. Back on the phase it was counting, the clock keeps its time spent until now;
        on another phase, that phase's time as it was put back. Running stays running."""
        if self._saved_progress() == self._mine:
            return
        if not self.running:
            self._remember()  # paused: nothing was counting, what came back is right
            return
        before, restored, now = self._counted, current_agenda(self.model.workshop), self.clock()
        was = (before.kinds[before.current], before.current, before.names[before.current])
        back = (restored.kinds[restored.current], restored.current,
                restored.names[restored.current])
        same = was[0] == back[0] and (was[1] == back[1] or was[2] == back[2])
        elapsed = before.elapsed_at(now) if same else restored.elapsed
        self._save_progress(replace(restored, elapsed=elapsed, started_at=now), now)

    def stop(self) -> None:
        """Save the time spent and stop ticking: the workshop is being closed."""
        if self.running:
            now = self.clock()
            self._save_progress(self.agenda.pause(now), now)
        self._timer.stop()
