"""A hot journal beside a workshop file: finish the crashed edit, never let it cost the file.

SQLite rolls a hot ``NAME-journal`` back into ``NAME`` on the next read-write connection:
that is how a crash in the middle of an edit leaves the file as it was after the last edit
that returned. But SQLite cannot tell a journal that belongs to the file from one copied
beside it from another workshop (an e-mail attachment, a sync tool): rolling that one back
writes another file's pages into this one and cuts it to the other's size.

So before any roll-back:

1. the journal's own header is checked against the file, as SQLite's format allows: same
   page size, and the copy of page 1 it holds (every write journals page 1, whose header
   counts the file's changes) must be this file's page 1 (our application id, the same
   change counter or the one just before it); a journal with nothing played back yet
   must not cut the file;
2. the file and the journal are copied aside, the roll-back runs, and the result is checked
   (ours, the expected schema, ``quick_check``); if it is not sound the copy of the file is
   put back.

Either way, a journal that does not belong is set aside as ``NAME-journal.set-aside``
(SQLite never looks at that name) and the refusal says so: the workshop is unchanged and
opens on the next try.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import struct
from pathlib import Path

from ..disk import move
from . import lock
from .errors import Problem, WorkshopFileError
from .schema import APPLICATION_ID, SCHEMA_VERSION
from .verify import check_schema, harden

_MAGIC = bytes.fromhex("d9d505f920a163d7")
SET_ASIDE = ".set-aside"


def journal_of(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def recover(path: Path) -> None:
    """Roll back a hot journal beside ``path`` if it belongs to the file; else set it aside.

    Does nothing when there is no journal, when a live Symétrie holds the file (the journal
    is its transaction in progress) or when the folder is read-only (the checks that follow
    say so).
    """
    journal = journal_of(path)
    try:
        if journal.stat().st_size == 0:
            return
    except OSError:
        return
    if lock.held_elsewhere(path) or not os.access(path.parent, os.W_OK):
        return
    if not _belongs(path, journal):
        _set_aside(path, journal, restore=None)
    import shutil  # here only: with its compression modules, a hundredth of every command

    file_copy = path.with_name(f".{path.name}.before-rollback")
    journal_copy = path.with_name(f".{journal.name}.before-rollback")
    try:
        shutil.copyfile(path, file_copy)
        shutil.copyfile(journal, journal_copy)
    except OSError:
        _discard(file_copy, journal_copy)
        return  # no room for the safety copy: leave it to SQLite's reader, which refuses
    try:
        _roll_back(path)
        sound = _sound(path)
    except sqlite3.Error:
        sound = False
    if sound:
        _discard(file_copy, journal_copy)
        return
    _set_aside(path, journal_copy, restore=file_copy)


def _belongs(path: Path, journal: Path) -> bool:
    """What the journal's header and its copy of page 1 say about whose journal it is."""
    try:
        with path.open("rb") as f:
            db_head = f.read(100)
        with journal.open("rb") as f:
            head = f.read(28)
            if len(head) < 28 or head[:8] != _MAGIC:
                return True  # not a valid journal: SQLite ignores it, nothing is played back
            n_rec, _nonce, n_orig, sector, page = struct.unpack(">IIIII", head[8:28])
            db_page = struct.unpack(">H", db_head[16:18])[0]
            db_page = 65536 if db_page == 1 else db_page
            if page != db_page or sector < 512:
                return False
            if n_rec in (0, 0xFFFFFFFF):
                # nothing was written to the file yet; the roll-back would only resize it
                return n_orig * page >= path.stat().st_size - page
            for _record in range(n_rec):
                f.seek(sector + _record * (page + 8))
                number = f.read(4)
                if len(number) < 4:
                    break
                if struct.unpack(">I", number)[0] == 1:
                    original = f.read(100)
                    return _same_file(original, db_head)
            return True  # page 1 not in the synced part: let the copy-and-check decide
    except (OSError, struct.error):
        return True  # unreadable: let the copy-and-check below decide


def _same_file(original: bytes, current: bytes) -> bool:
    if len(original) < 100 or len(current) < 100:
        return False
    app = struct.unpack(">I", original[68:72])[0]
    before = struct.unpack(">I", original[24:28])[0]
    now = struct.unpack(">I", current[24:28])[0]
    return app in (APPLICATION_ID, 0) and now in (before, (before + 1) & 0xFFFFFFFF)


def _roll_back(path: Path) -> None:
    """Let SQLite play the journal back: reading page 1 is enough, and parses no schema."""
    conn = sqlite3.connect(str(path), timeout=2.0)
    try:
        harden(conn)
        conn.execute("PRAGMA user_version").fetchone()
    finally:
        conn.close()


def _sound(path: Path) -> bool:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, timeout=2.0)
    try:
        harden(conn)
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            return False
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            return False
        try:
            check_schema(path, conn, version)
        except WorkshopFileError:
            return False
        return [r[0] for r in conn.execute("PRAGMA quick_check")] == ["ok"]
    finally:
        conn.close()


def _set_aside(path: Path, journal: Path, restore: Path | None) -> None:
    aside = journal_of(path).with_name(journal_of(path).name + SET_ASIDE)
    if restore is not None:
        move(restore, path)
    move(journal, aside)
    with contextlib.suppress(OSError):
        journal_of(path).unlink()
    raise WorkshopFileError(
        path, Problem.FOREIGN_JOURNAL,
        f"a journal that did not belong to it was beside it; it was set aside as {aside.name} "
        "and the workshop was not modified (open it again)",
        {"aside": aside.name})


def _discard(*paths: Path) -> None:
    for p in paths:
        with contextlib.suppress(OSError):
            p.unlink()
