"""Why a workshop file could not be opened or written, in words a facilitator can act on."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path


class Problem(StrEnum):
    MISSING = "missing"
    NOT_SQLITE = "not-sqlite"
    FOREIGN = "foreign"
    NEWER = "newer"
    DAMAGED = "damaged"
    LOCKED = "locked"
    READ_ONLY = "read-only"
    EXISTS = "exists"
    WRITE_FAILED = "write-failed"


class WorkshopFileError(Exception):
    """One line: the file's name and what is wrong with it.

    ``problem`` lets the UI choose its own (translated) sentence; ``detail`` is the
    English one the command line prints.
    """

    def __init__(self, path: str | Path, problem: Problem, detail: str) -> None:
        self.path = Path(path)
        self.problem = problem
        self.detail = detail
        super().__init__(f"{self.path.name}: {detail}")
