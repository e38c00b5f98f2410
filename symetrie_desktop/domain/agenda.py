"""The workshop's agenda: its phases, their planned durations, and the countdown the room sees.

Time is passed in (``now``, in seconds from any monotonic clock) so that the rules can be
tested with a fake clock and the same state can be shown on two screens. The state saved in
the file never holds a clock reading: a reopened workshop resumes paused where it stopped,
without counting the time the app was closed.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field, replace

from .rules import Reason, RuleError

DURATIONS_KEY = "agenda.durations"
PROGRESS_KEY = "agenda.progress"

#: (key, French label, planned minutes) in the order a workshop runs.
PHASES: tuple[tuple[str, str, int], ...] = (
    ("parcours", "Parcours", 30),
    ("vecu_client", "Vécu client", 30),
    ("vecu_collaborateur", "Vécu collaborateur", 30),
    ("matrice", "Matrice croisée", 20),
    ("brainstorm", "Brainstorm", 25),
    ("vote", "Vote", 10),
    ("plan", "Plan d'actions", 30),
    ("synthese", "Synthèse", 15),
)
PHASE_KEYS = tuple(key for key, _label, _minutes in PHASES)
#: A break: the room stops, the clock still counts it (it belongs to the planned length).
PAUSE = "pause"
PAUSE_LABEL = "Pause"
#: Every kind of phase an agenda may hold, with its French label.
KINDS: dict[str, str] = {**{key: label for key, label, _m in PHASES}, PAUSE: PAUSE_LABEL}
MAX_MINUTES = 600
#: Limits of a shaped agenda (a long day with breaks fits; a hostile file cannot make the
#: agenda bar or the dialog unusable).
MAX_PHASES = 20
MAX_NAME = 60
MAX_PLANNED = 24 * 60


def default_durations() -> tuple[int, ...]:
    return tuple(minutes * 60 for _key, _label, minutes in PHASES)


@dataclass(frozen=True, slots=True)
class Agenda:
    """Where the workshop is in its agenda.

    ``elapsed`` is the time spent in the current phase up to ``started_at``; while the timer
    runs, ``started_at`` is the clock reading when it was (re)started.
    """

    durations: tuple[int, ...] = field(default_factory=default_durations)
    current: int = 0
    elapsed: float = 0.0
    started_at: float | None = None
    #: The kind of each phase (a key of KINDS) and the facilitator's name for it ("": the
    #: kind's own label); the eight default phases unless the agenda was shaped.
    kinds: tuple[str, ...] = PHASE_KEYS
    names: tuple[str, ...] = ("",) * len(PHASE_KEYS)
    #: The planned length of the workshop in minutes (0: not set, the phases' total)
    planned: int = 0

    @property
    def running(self) -> bool:
        return self.started_at is not None

    @property
    def phase_key(self) -> str:
        """The kind of the current phase: it chooses the page the wall shows."""
        return self.kinds[self.current]

    @property
    def total_minutes(self) -> int:
        return sum(self.durations) // 60

    @property
    def planned_minutes(self) -> int:
        return self.planned or self.total_minutes

    @property
    def shaped(self) -> bool:
        """True once the facilitator changed the phases themselves (not only durations)."""
        return (self.kinds != PHASE_KEYS or any(self.names) or bool(self.planned))

    def phases(self) -> list[tuple[str, str, int]]:
        """(kind, name, minutes) of every phase, in order: what :meth:`reshaped` takes."""
        return [(k, n, d // 60) for k, n, d in zip(self.kinds, self.names, self.durations,
                                                   strict=True)]

    def reshaped(self, phases: list[tuple[str, str, int]], planned: int | None = None,
                 current: int | None = None) -> Agenda:
        """The agenda with these (kind, name, minutes) phases, in this order (``planned``
        None keeps the planned length). The clock moves to ``current`` (default: the same
        place in the list); its time spent is kept only if that is still the same phase."""
        if not 1 <= len(phases) <= MAX_PHASES:
            raise ValueError(f"agenda: {len(phases)} phases, expected 1 to {MAX_PHASES}")
        kinds, names, durations = [], [], []
        for n, (kind, name, minutes) in enumerate(phases, 1):
            if kind not in KINDS:
                raise ValueError(f"agenda phase {n}: unknown kind {kind!r}")
            if type(minutes) is not int or not 1 <= minutes <= MAX_MINUTES:
                raise ValueError(f"agenda phase {n}: {minutes} minutes is not between 1 and "
                                 f"{MAX_MINUTES}")
            if not isinstance(name, str):
                raise ValueError(f"agenda phase {n}: the name is not text")
            kinds.append(kind)
            names.append(clean_name(name))
            durations.append(minutes * 60)
        planned = self.planned if planned is None else planned
        if type(planned) is not int or not 0 <= planned <= MAX_PLANNED:
            raise ValueError(f"agenda: planned length {planned} minutes is not between 0 and "
                             f"{MAX_PLANNED}")
        same_place = current is None
        current = min(self.current if current is None else max(0, current), len(kinds) - 1)
        same = (same_place and current == self.current and self.current < len(self.kinds)
                and kinds[current] == self.kinds[self.current])
        return replace(self, durations=tuple(durations), kinds=tuple(kinds),
                       names=tuple(names), planned=planned, current=current,
                       elapsed=self.elapsed if same else 0.0,
                       started_at=self.started_at if same else None)

    # -- one gesture each (the agenda bar's menu): built on reshaped() ----------------------

    def renamed(self, index: int, name: str) -> Agenda:
        phases = self.phases()
        kind, _old, minutes = phases[index]
        phases[index] = (kind, name, minutes)
        return self.reshaped(phases)

    def inserted(self, index: int, kind: str, name: str = "", minutes: int = 15) -> Agenda:
        """A new phase at ``index``; the clock stays on the phase it was on."""
        phases = self.phases()
        phases.insert(index, (kind, name, minutes))
        current = self.current + (1 if index <= self.current else 0)
        moved = self.reshaped(phases, current=current)
        return replace(moved, elapsed=self.elapsed, started_at=self.started_at)

    def removed(self, index: int) -> Agenda:
        """Without the phase at ``index``; removing the current one moves the clock to the
        phase that takes its place, with a fresh countdown."""
        phases = self.phases()
        del phases[index]
        if index == self.current:
            return self.reshaped(phases, current=index)
        moved = self.reshaped(phases, current=self.current - (1 if index < self.current else 0))
        return replace(moved, elapsed=self.elapsed, started_at=self.started_at)

    def moved(self, index: int, step: int) -> Agenda:
        """The phase at ``index`` moved ``step`` places; the clock follows the phase it was
        on, wherever that goes."""
        target = index + step
        if not 0 <= target < len(self.kinds):
            return self
        order = list(range(len(self.kinds)))
        order.insert(target, order.pop(index))
        phases = self.phases()
        moved = self.reshaped([phases[i] for i in order], current=order.index(self.current))
        return replace(moved, elapsed=self.elapsed, started_at=self.started_at)

    def elapsed_at(self, now: float) -> float:
        if self.started_at is None:
            return self.elapsed
        return self.elapsed + max(0.0, now - self.started_at)

    def remaining_at(self, now: float) -> float:
        """Seconds left in the current phase; negative once time is up."""
        return self.durations[self.current] - self.elapsed_at(now)

    def time_is_up(self, now: float) -> bool:
        return self.remaining_at(now) <= 0

    def start(self, now: float) -> Agenda:
        return self if self.running else replace(self, started_at=now)

    def pause(self, now: float) -> Agenda:
        if not self.running:
            return self
        return replace(self, elapsed=self.elapsed_at(now), started_at=None)

    def toggle(self, now: float) -> Agenda:
        return self.pause(now) if self.running else self.start(now)

    def add_minute(self) -> Agenda:
        durations = list(self.durations)
        durations[self.current] = min(durations[self.current] + 60, MAX_MINUTES * 60)
        return replace(self, durations=tuple(durations))

    def go_to(self, index: int, now: float) -> Agenda:
        """Move to a phase with a fresh countdown; the timer keeps running if it was."""
        index = max(0, min(index, len(self.durations) - 1))
        return replace(self, current=index, elapsed=0.0,
                       started_at=now if self.running else None)

    def next_phase(self, now: float) -> Agenda:
        return self.go_to(self.current + 1, now)

    def previous_phase(self, now: float) -> Agenda:
        return self.go_to(self.current - 1, now)

    def with_duration(self, index: int, minutes: int) -> Agenda:
        if not 1 <= minutes <= MAX_MINUTES:
            raise RuleError(f"duration: {minutes} minutes is not between 1 and {MAX_MINUTES}",
                            Reason.DURATION, highest=MAX_MINUTES)
        durations = list(self.durations)
        durations[index] = minutes * 60
        return replace(self, durations=tuple(durations))

    # -- saving -------------------------------------------------------------------------------
    # Two settings: the planned durations (changed by undoable edits) and the progress (moved
    # by the timer, never undone), so that undoing a duration does not turn the clock back.

    def durations_json(self) -> str:
        """The default phases keep the first format (minutes per phase key); a shaped
        agenda is saved as its list of phases and the planned length."""
        if not self.shaped:
            return json.dumps({k: d // 60 for k, d in zip(PHASE_KEYS, self.durations,
                                                          strict=True)})
        phases = [{"kind": k, "name": n, "minutes": d // 60}
                  for k, n, d in zip(self.kinds, self.names, self.durations, strict=True)]
        return json.dumps({"phases": phases, "planned": self.planned}, ensure_ascii=False)

    def progress_json(self, now: float) -> str:
        """The phase and the time spent in it, as of ``now``; the file never holds a clock."""
        return json.dumps({"current": self.phase_key, "index": self.current,
                           "elapsed": round(self.elapsed_at(now), 1)})

    @classmethod
    def from_json(cls, durations: str | None, progress: str | None = None) -> Agenda:
        """The saved agenda, paused; anything unreadable falls back to the defaults."""
        shape = _shape(durations)
        if shape is None:
            return cls(_durations(durations), *_progress(progress))
        kinds, names, seconds, planned = shape
        return cls(seconds, *_progress(progress, kinds), kinds=kinds, names=names,
                   planned=planned)


def _shape(text: str | None):
    """(kinds, names, durations, planned) of a shaped agenda, or None (default phases)."""
    try:
        saved = json.loads(text) if text else None
        if not isinstance(saved, dict) or not isinstance(saved.get("phases"), list):
            return None
        if len(saved["phases"]) > MAX_PHASES:
            return None  # checked before reading a hostile list of a million phases
        planned = saved.get("planned", 0)
        shaped = Agenda().reshaped([(p["kind"], p.get("name", ""), p["minutes"])
                                    for p in saved["phases"]],
                                   planned if type(planned) is int else 0)
        return shaped.kinds, shaped.names, shaped.durations, shaped.planned
    except (ValueError, TypeError, KeyError, AttributeError):
        return None


def clean_name(name: str) -> str:
    """A phase name as the agenda bar shows it: one line of printable text, at most
    MAX_NAME characters (a file may hold anything)."""
    return " ".join("".join(c if c.isprintable() else " " for c in name).split())[:MAX_NAME]


def _durations(text: str | None) -> tuple[int, ...]:
    try:
        saved = json.loads(text) if text else {}
        if not isinstance(saved, dict):
            return default_durations()
        found = []
        for key, _label, minutes in PHASES:
            value = saved.get(key, minutes)
            ok = isinstance(value, int) and 1 <= value <= MAX_MINUTES
            found.append((value if ok else minutes) * 60)
        return tuple(found)
    except ValueError:
        return default_durations()


def _progress(text: str | None, kinds: tuple[str, ...] = PHASE_KEYS) -> tuple[int, float]:
    try:
        data = json.loads(text) if text else {}
        key = data.get("current", kinds[0])
        index = data.get("index")
        if isinstance(index, int) and 0 <= index < len(kinds) and kinds[index] == key:
            current = index  # the place in the list (an agenda may hold two breaks)
        else:
            current = kinds.index(key)
        elapsed = max(0.0, float(data.get("elapsed", 0.0)))
        if not math.isfinite(elapsed):
            elapsed = 0.0
    except (ValueError, TypeError, AttributeError):
        return 0, 0.0
    return current, elapsed


def format_clock(seconds: float) -> str:
    """'12:05', or '-0:42' once time is up (the room sees how far over it is)."""
    if seconds > 0:
        whole, sign = math.ceil(seconds), ""  # 0.3 s left still shows 0:01
    else:
        whole = math.floor(-seconds)
        sign = "-" if whole else ""
    return f"{sign}{whole // 60}:{whole % 60:02d}"
