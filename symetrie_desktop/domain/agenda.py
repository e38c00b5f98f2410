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
MAX_MINUTES = 600


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

    @property
    def running(self) -> bool:
        return self.started_at is not None

    @property
    def phase_key(self) -> str:
        return PHASE_KEYS[self.current]

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
        index = max(0, min(index, len(PHASES) - 1))
        return replace(self, current=index, elapsed=0.0,
                       started_at=now if self.running else None)

    def next_phase(self, now: float) -> Agenda:
        return self.go_to(self.current + 1, now)

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
        return json.dumps({k: d // 60 for k, d in zip(PHASE_KEYS, self.durations, strict=True)})

    def progress_json(self, now: float) -> str:
        """The phase and the time spent in it, as of ``now``; the file never holds a clock."""
        return json.dumps({"current": self.phase_key, "elapsed": round(self.elapsed_at(now), 1)})

    @classmethod
    def from_json(cls, durations: str | None, progress: str | None = None) -> Agenda:
        """The saved agenda, paused; anything unreadable falls back to the defaults."""
        return cls(_durations(durations), *_progress(progress))


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


def _progress(text: str | None) -> tuple[int, float]:
    try:
        data = json.loads(text) if text else {}
        current = PHASE_KEYS.index(data.get("current", PHASE_KEYS[0]))
        elapsed = max(0.0, float(data.get("elapsed", 0.0)))
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
