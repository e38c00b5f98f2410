"""The open workshop: the file on disk and the one in-memory copy every view reads.

Every change goes through :meth:`Document.apply` as a list of :class:`Op` — "this
entity was that, make it this" — written to the file in one transaction and only
then to memory, so memory never holds what the disk does not.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..collector import long_lived, release
from ..domain.model import Link, Setting, Workshop, WorkshopInfo
from ..store import WorkshopFile
from ..store.workshop_file import Entity

Listener = Callable[["Change"], None]

_KIND_NAMES = {
    "WorkshopInfo": "info",
    "Participant": "participants",
    "Step": "steps",
    "Lane": "lanes",
    "Card": "cards",
    "Link": "links",
    "Idea": "ideas",
    "Vote": "votes",
    "Action": "actions",
    "Setting": "settings",
    "PreviousSession": "sessions",
    "ActionReview": "reviews",
    "SolvedIrritant": "solved",
    "Statement": "statements",
    "DiagnosisResponse": "responses",
    "MirrorAnswer": "mirror",
}


@dataclass(frozen=True, slots=True)
class Op:
    """One entity going from ``before`` to ``after``; None means absent (added or removed)."""

    before: Entity | None
    after: Entity | None

    def inverse(self) -> Op:
        return Op(self.after, self.before)

    @property
    def kind(self) -> str:
        entity = self.after if self.after is not None else self.before
        return _KIND_NAMES[type(entity).__name__]

    @property
    def key(self) -> object:
        entity = self.after if self.after is not None else self.before
        return _key(entity)


def _key(entity: Entity | None) -> object:
    if isinstance(entity, Link):
        return entity
    if isinstance(entity, Setting):
        return entity.key
    if isinstance(entity, WorkshopInfo):
        return 1
    return entity.id  # type: ignore[union-attr]


@dataclass(slots=True)
class Change:
    """What one edit touched, so that a view redraws only that."""

    touched: dict[str, set] = field(default_factory=dict)

    @classmethod
    def of(cls, ops: Iterable[Op]) -> Change:
        change = cls()
        for op in ops:
            change.touched.setdefault(op.kind, set()).add(op.key)
        return change

    @property
    def kinds(self) -> set[str]:
        return set(self.touched)

    def ids(self, kind: str) -> set:
        return self.touched.get(kind, set())

    @property
    def structure(self) -> bool:
        """Steps or lanes changed: the board's grid must be laid out again."""
        return bool(self.kinds & {"steps", "lanes"})


class Document:
    """A workshop file opened for editing, with listeners told of every change."""

    def __init__(self, file: WorkshopFile) -> None:
        self.file = file
        self.workshop: Workshop = file.load()
        self._listeners: list[Listener] = []

    @classmethod
    def open(cls, path: str | Path) -> Document:
        """The file opened and read; what is read lives as long as the document, so the
        garbage collector is kept from walking it (see :mod:`..collector`)."""
        with long_lived():
            return cls(WorkshopFile.open(path))

    @classmethod
    def create(cls, path: str | Path, workshop: Workshop, overwrite: bool = False) -> Document:
        return cls(WorkshopFile.create(path, workshop, overwrite))

    @property
    def path(self) -> Path:
        return self.file.path

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    def apply(self, ops: Sequence[Op]) -> Change:
        """Write ``ops`` in one transaction, then mirror them in memory and tell listeners.

        If the write fails nothing is mirrored: the error propagates and the file
        and memory both still hold the state before the edit.
        """
        with self.file.transaction():
            for op in ops:
                self.file.write(op.before, op.after)
        for op in ops:
            _mirror(self.workshop, op)
        change = Change.of(ops)
        for listener in list(self._listeners):
            listener(change)
        return change

    def reload(self) -> None:
        """Read the file again (after an error, the file is the truth)."""
        self.workshop = self.file.load()

    def close(self) -> None:
        self.file.close()
        release()


def _mirror(w: Workshop, op: Op) -> None:
    kind = op.kind
    if kind == "info":
        assert isinstance(op.after, WorkshopInfo)
        w.info = op.after
    elif kind == "links":
        if op.before is not None:
            w.links.discard(op.before)  # type: ignore[arg-type]
        if op.after is not None:
            w.links.add(op.after)  # type: ignore[arg-type]
    else:
        table: dict = getattr(w, kind)
        if op.after is None:
            table.pop(op.key, None)
        else:
            table[op.key] = op.after
