"""Saving the agenda in the workshop file, as two settings.

The planned durations change through ordinary undoable edits; the timer's progress (phase,
time spent) is saved the same way but the UI applies it directly, since undoing a clock makes
no sense to a room.
"""

from __future__ import annotations

from ..domain.agenda import DURATIONS_KEY, PROGRESS_KEY, Agenda
from ..domain.model import Setting, Workshop
from .document import Op
from .edit import Edit


def current_agenda(w: Workshop) -> Agenda:
    durations = w.settings.get(DURATIONS_KEY)
    progress = w.settings.get(PROGRESS_KEY)
    return Agenda.from_json(durations.value if durations else None,
                            progress.value if progress else None)


def _setting_edit(w: Workshop, key: str, value: str, label: str) -> Edit:
    before = w.settings.get(key)
    after = Setting(key, value)
    return Edit(label, [] if before == after else [Op(before, after)])


def save_durations(w: Workshop, agenda: Agenda) -> Edit:
    return _setting_edit(w, DURATIONS_KEY, agenda.durations_json(), "Modifier la durée")


def save_progress(w: Workshop, agenda: Agenda, now: float) -> Edit:
    return _setting_edit(w, PROGRESS_KEY, agenda.progress_json(now), "Avancer l'agenda")
