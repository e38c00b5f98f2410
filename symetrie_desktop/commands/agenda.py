"""Saving the agenda in the workshop file, as two settings.

The planned durations change through ordinary undoable edits; the timer's progress (phase,
time spent) is saved the same way but the UI applies it directly, since undoing a clock makes
no sense to a room.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from ..domain.agenda import DURATIONS_KEY, MAX_MINUTES, MAX_PHASES, PROGRESS_KEY, Agenda
from ..domain.model import Setting, Workshop
from ..domain.rules import Reason, RuleError
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


def save_shape(w: Workshop, shape: Callable[[Agenda], Agenda], now: float,
               started_at: float | None = None, label: str = "Organiser l'agenda") -> Edit:
    """The agenda's phases reshaped (added, removed, renamed, reordered, a break, the planned
    length): one undoable gesture. ``shape(agenda) -> Agenda`` is applied to the agenda as
    saved, its timer started at ``started_at`` (the clock's, never saved). The clock's place
    goes in the same edit, so that undoing a removed or moved phase also puts the clock back
    on the phase it was on."""
    try:
        agenda = shape(replace(current_agenda(w), started_at=started_at))
    except (ValueError, IndexError) as e:
        raise RuleError(f"agenda: {e}", Reason.AGENDA_SHAPE, phases=MAX_PHASES,
                        highest=MAX_MINUTES) from None
    before = current_agenda(w)
    if agenda.durations_json() == before.durations_json() and agenda.current == before.current:
        return Edit(label)  # the same agenda (a dialog closed with OK): nothing to undo
    edit = _setting_edit(w, DURATIONS_KEY, agenda.durations_json(), label)
    if edit.ops:
        edit.ops += _setting_edit(w, PROGRESS_KEY, agenda.progress_json(now), label).ops
    return edit
