"""Why a workshop file could not be opened or written, in words a facilitator can act on.

A refusal is data: a :class:`Problem` (the reason) plus the values that make it precise
(the table and row of a bad row, the limit that was passed…). The command line prints
the English ``detail``; the window picks its own translated sentence from the reason and
fills it with ``values`` (ui/messages.py), one sentence per reason.
"""

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
    #: a folder, a FIFO, a device: refused before anything reads it (values: none)
    NOT_A_FILE = "not-a-file"
    #: a table, column, index, trigger or view this version did not make (values: what)
    ALTERED = "altered"
    #: one row the app cannot use (values: table, row, why)
    BAD_ROW = "bad-row"
    #: more of something than a workshop may hold (values: what, count, limit)
    TOO_LARGE = "too-large"
    #: an unfinished edit that only a writable folder lets SQLite finish
    JOURNAL_READ_ONLY = "journal-read-only"
    #: a journal beside the file did not belong to it; set aside (values: aside)
    FOREIGN_JOURNAL = "foreign-journal"


class WorkshopFileError(Exception):
    """One line: the file's name and what is wrong with it.

    ``problem`` lets the UI choose its own (translated) sentence, filled with ``values``;
    ``detail`` is the English one the command line prints.
    """

    def __init__(self, path: str | Path, problem: Problem, detail: str,
                 values: dict[str, object] | None = None) -> None:
        self.path = Path(path)
        self.problem = problem
        self.detail = " ".join(detail.split())  # one line, whatever SQLite said
        self.values = dict(values or {})
        super().__init__(f"{self.path.name}: {self.detail}")
