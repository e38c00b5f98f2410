"""Open = verify: what a workshop file must be before the app reads or writes a byte of it.

A ``.symetrie`` file travels by e-mail and USB stick, so it is untrusted input. Before
anything else runs on it:

* it must be a regular file (a FIFO would block every reader, a device is not a file);
* SQLite runs with ``trusted_schema`` off and, where the Python offers it, the defensive
  configuration (no writes to the schema, no triggers or views run from it);
* its schema must be exactly the one this version's own migrations build for the file's
  version: the expected schema is made in an in-memory database from ``MIGRATIONS``, never
  from a hand-written list, so tables added by a later migration are covered by themselves.
  A trigger, a view, a table, a column or an index that we did not make means the file
  was changed by something else: it is refused, never run.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import time
from pathlib import Path

from ..domain import limits
from . import schema
from .errors import Problem, WorkshopFileError
from .sqlite import Database

#: sqlite_master entries SQLite itself may add (``ANALYZE`` statistics); they run nothing.
_SQLITE_OWN = ("sqlite_stat1", "sqlite_stat4")
#: No check on open may take longer than this (a crafted file must not hang the room).
CHECK_SECONDS = 60.0


def check_regular(path: Path) -> os.stat_result:
    """Refuse at once what is not a regular file, or is too large to be a workshop."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise WorkshopFileError(path, Problem.MISSING, "no such file") from None
    except OSError as e:
        raise WorkshopFileError(path, Problem.MISSING,
                                f"cannot be read ({e.strerror})") from None
    if stat.S_ISDIR(info.st_mode):
        raise WorkshopFileError(path, Problem.NOT_A_FILE, "is a folder, not a workshop file")
    if not stat.S_ISREG(info.st_mode):
        raise WorkshopFileError(path, Problem.NOT_A_FILE,
                                "is not a regular file (a pipe or a device), not a workshop file")
    if info.st_size > limits.FILE_BYTES:
        raise WorkshopFileError(
            path, Problem.TOO_LARGE,
            f"is {info.st_size // 2**20} MB, more than the {limits.FILE_BYTES // 2**20} MB "
            "a workshop file may be",
            {"what": "bytes", "count": info.st_size, "limit": limits.FILE_BYTES})
    return info


def harden(conn: sqlite3.Connection, deadline: float | None = None,
           own_schema: bool = False) -> None:
    """Settings for a connection to an untrusted file: nothing in its schema runs.

    ``deadline`` (a ``time.monotonic()`` value) interrupts any statement still running
    then, so that no file can keep the app waiting. ``own_schema`` is for the editing
    connection, opened only once the schema was found identical to ours: its CHECK
    constraints call ``json_valid``, which SQLite (before 3.45) does not mark innocuous,
    so ``trusted_schema`` stays on there; a trigger or view could not have got that far.
    """
    setconfig = getattr(conn, "setconfig", None)  # Python 3.12 and later
    if setconfig is not None:
        for name, on in (("SQLITE_DBCONFIG_DEFENSIVE", True),
                         ("SQLITE_DBCONFIG_TRUSTED_SCHEMA", own_schema),
                         ("SQLITE_DBCONFIG_ENABLE_TRIGGER", False),
                         ("SQLITE_DBCONFIG_ENABLE_VIEW", False)):
            option = getattr(sqlite3, name, None)
            if option is not None:
                setconfig(option, on)
    conn.execute(f"PRAGMA trusted_schema = {'ON' if own_schema else 'OFF'}")
    conn.execute("PRAGMA cell_size_check = ON")
    conn.execute("PRAGMA mmap_size = 0")
    if deadline is not None:
        conn.set_progress_handler(lambda: int(time.monotonic() > deadline), 10_000)


def schema_of(conn: sqlite3.Connection) -> dict[tuple[str, str], tuple[str, str]]:
    """Every object of the schema: (type, name) -> (table, SQL with blanks collapsed)."""
    rows = conn.execute("SELECT CAST(type AS BLOB), CAST(name AS BLOB), CAST(tbl_name AS BLOB), "
                        "CAST(sql AS BLOB) FROM sqlite_master").fetchall()
    found = {}
    for row in rows:  # bytes, so that a damaged name is a difference, not a decoding error
        kind, name, table, sql = (b.decode("utf-8", "replace") if b else "" for b in row)
        if name not in _SQLITE_OWN:
            found[(kind, name)] = (table, " ".join(sql.split()))
    return found


def expected_schema(version: int) -> dict[tuple[str, str], tuple[str, str]]:
    """The schema this version's migrations build for a file of ``version``."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        db = Database(conn)
        for v in range(version):
            schema.MIGRATIONS[v](db)
        return schema_of(conn)
    finally:
        conn.close()


def check_schema(path: Path, conn: sqlite3.Connection, version: int) -> None:
    """Refuse a file whose schema is not exactly ours for its version."""
    found = schema_of(conn)
    wanted = expected_schema(version)
    for key in sorted(found.keys() - wanted.keys()):
        _altered(path, f"{key[0]} '{key[1]}' that Symétrie did not make", key)
    for key in sorted(wanted.keys() - found.keys()):
        _altered(path, f"no {key[0]} '{key[1]}'", key)
    for key in sorted(wanted):
        if found[key] != wanted[key]:
            _altered(path, f"{key[0]} '{key[1]}' is not the one Symétrie made", key)


def _altered(path: Path, what: str, key: tuple[str, str]) -> None:
    raise WorkshopFileError(
        path, Problem.ALTERED,
        f"was changed outside Symétrie ({what}); it was not opened and not modified",
        {"kind": key[0], "object": key[1]})


def damage(result: list[str]) -> str:
    """The first line of ``quick_check`` that says something (SQLite may give many)."""
    for row in result:
        for line in str(row).splitlines():
            line = line.strip()
            if line and not line.startswith("***"):
                return line if len(line) <= 120 else line[:117] + "..."
    return "integrity check failed"
