"""Random damage to a valid workshop file, and the one check every case must pass.

Shared by the short fuzz test in the suite (tests/untrusted/test_fuzz_files.py) and the
long run (``make fuzz``, which sets FUZZ_EXAMPLES). A case either opens fully, takes ten
edits and passes ``integrity_check`` afterwards, or is refused with one sentence, the
file unchanged and no lock left; never a traceback, never a hang (the store's statement
deadline is lowered for the run, so a file that would hang is refused instead).
"""

from __future__ import annotations

import contextlib
import hashlib
import random
import sqlite3
from pathlib import Path

from hypothesis import strategies as st

from symetrie_desktop.commands import Document
from symetrie_desktop.commands import board as edits
from symetrie_desktop.domain.rules import RuleError
from symetrie_desktop.exchange.demo import generated_workshop
from symetrie_desktop.exchange.workshop_json import from_exchange
from symetrie_desktop.store import SCHEMA_VERSION, WorkshopFileError, load_file, schema, write_new
from symetrie_desktop.store.lock import lock_path
from symetrie_desktop.store.sqlite import Database

_BASE: dict[str, bytes] = {}


def base_bytes(folder: Path) -> bytes:
    """A small but complete workshop (every table has rows), made once per run."""
    if "file" not in _BASE:
        path = folder / "base.symetrie"
        write_new(path, from_exchange(generated_workshop(steps=3, cards=24, seed=5)))
        _BASE["file"] = path.read_bytes()
    return _BASE["file"]


def _columns() -> list[tuple[str, str]]:
    """Every (table, column) of this version's schema, from its own migrations."""
    db = sqlite3.connect(":memory:")
    try:
        for v in range(SCHEMA_VERSION):
            schema.MIGRATIONS[v](Database(db))
        names = [r[0] for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return [(n, row[1]) for n in names for row in db.execute(f"PRAGMA table_info({n})")]
    finally:
        db.close()


COLUMNS = _columns()
VALUES = ["NULL", "'x'", "''", "42", "-1", "3.5", "X'00FF'", "X'C3'", "'[]'", "'{\"a\": 1}'",
          "'bogus'", "999999", "'avant'", "'#zzzzzz'", "'2026-02-31'", "9223372036854775807"]
SCHEMA_CHANGES = [
    "CREATE TRIGGER t AFTER UPDATE ON cards BEGIN DELETE FROM cards; END",
    "CREATE TRIGGER t BEFORE INSERT ON cards BEGIN SELECT RAISE(IGNORE); END",
    "CREATE VIEW v AS WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) "
    "SELECT x FROM r",
    "CREATE TABLE extra (x)",
    "CREATE INDEX extra_index ON cards (text)",
    "DROP TABLE votes",
    "DROP INDEX cards_by_cell",
    "ALTER TABLE cards ADD COLUMN extra TEXT",
    "PRAGMA user_version = 0",
    "PRAGMA user_version = 99",
    "PRAGMA application_id = 7",
    "DELETE FROM lanes",
    "DELETE FROM steps",
    "DELETE FROM workshop",
]

byte_flips = st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)),
                      min_size=1, max_size=8).map(lambda flips: ("flip", flips))
truncations = st.floats(0, 1, exclude_max=True).map(lambda at: ("truncate", at))
row_changes = st.lists(st.tuples(st.sampled_from(COLUMNS), st.sampled_from(VALUES),
                                 st.integers(0, 30)), min_size=1, max_size=3
                       ).map(lambda changes: ("rows", changes))
schema_changes = st.lists(st.sampled_from(SCHEMA_CHANGES), min_size=1, max_size=2
                          ).map(lambda changes: ("schema", changes))
mutations = st.one_of(byte_flips, truncations, row_changes, schema_changes)


def damage(path: Path, mutation) -> None:
    kind, what = mutation
    if kind == "flip":
        data = bytearray(path.read_bytes())
        for where, value in what:
            data[int(where * len(data))] = value
        path.write_bytes(bytes(data))
    elif kind == "truncate":
        data = path.read_bytes()
        path.write_bytes(data[: int(what * len(data))])
    else:
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            conn.execute("PRAGMA foreign_keys = OFF")
            conn.execute("PRAGMA ignore_check_constraints = ON")
            statements = what if kind == "schema" else [
                f"UPDATE {table} SET {column} = {value} WHERE rowid IN "
                f"(SELECT rowid FROM {table} ORDER BY rowid LIMIT 1 OFFSET {offset})"
                for (table, column), value, offset in what]
            for statement in statements:
                with contextlib.suppress(sqlite3.Error):  # what SQLite refuses is no damage
                    conn.execute(statement)
        finally:
            conn.close()


def ten_edits(doc: Document, seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(10):
        w = doc.workshop
        lanes, steps, cards = sorted(w.lanes), sorted(w.steps), sorted(w.cards)
        try:
            if not lanes or not steps:
                edits.set_info(w, title=f"Atelier {rng.random()}").redo(doc)
            elif cards and rng.random() < 0.5:
                edits.update_card(w, rng.choice(cards), text=f"Revu {rng.random()}").redo(doc)
            else:
                edits.add_card(w, rng.choice(lanes), rng.choice(steps), "note",
                               f"Nouveau {rng.random()}").redo(doc)
        except RuleError:
            pass  # the app refuses this edit in this workshop: a sentence, not a crash


def check_case(folder: Path, mutation, seed: int = 0) -> str:
    """Run one case; return 'opened' or 'refused' (any other outcome raises)."""
    path = folder / f"case-{seed}.symetrie"
    path.write_bytes(base_bytes(folder))
    damage(path, mutation)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    try:
        doc = Document.open(path)
    except WorkshopFileError as e:
        assert "\n" not in str(e) and str(e).startswith(path.name), str(e)
        assert hashlib.sha256(path.read_bytes()).hexdigest() == before, "changed on refusal"
        assert not lock_path(path).exists(), "lock left behind"
        with contextlib.suppress(WorkshopFileError):
            load_file(path)
        return "refused"
    try:
        ten_edits(doc, seed)
    finally:
        doc.close()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()
    load_file(path)
    return "opened"
