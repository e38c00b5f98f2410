"""The workshop file: self-contained, marked as ours, versioned, checked on open, one
transaction per edit, and never changed when it is refused."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from symetrie_desktop.commands import Document
from symetrie_desktop.commands import board as edits
from symetrie_desktop.exchange.workshop_json import to_exchange
from symetrie_desktop.store import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    Problem,
    WorkshopFile,
    WorkshopFileError,
    load_file,
    schema,
    write_new,
)
from symetrie_desktop.store.lock import lock_path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_file_is_marked_versioned_and_uses_the_rollback_journal(tmp_path, demo):
    path = tmp_path / "a.symetrie"
    write_new(path, demo)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.symetrie"]


def test_an_open_document_syncs_fully_with_foreign_keys_and_leaves_no_side_file(demo_doc):
    conn = demo_doc.file.db.conn
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    w = demo_doc.workshop
    edits.add_card(w, w.ordered_lanes()[0].id, w.ordered_steps()[0].id, "irritant", "x").redo(
        demo_doc)
    names = {p.name for p in demo_doc.path.parent.iterdir()}
    assert not any(n.endswith(("-wal", "-shm", "-journal")) for n in names)
    demo_doc.close()
    assert sorted(p.name for p in demo_doc.path.parent.iterdir()) == ["demo.symetrie"]


def test_reading_back_gives_the_same_workshop(tmp_path, demo):
    path = tmp_path / "a.symetrie"
    write_new(path, demo)
    assert to_exchange(load_file(path)) == to_exchange(demo)
    with WorkshopFile.open(path) as f:
        assert to_exchange(f.load()) == to_exchange(demo)


def make_newer(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()


def make_foreign(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()


def make_damaged(path: Path, demo) -> None:
    write_new(path, demo)
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page * 2, len(data), page):  # scribble over every page but the first
        data[offset: offset + 200] = b"\xde\xad\xbe\xef" * 50
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    "prepare,problem,words",
    [
        (lambda p, d: p.write_bytes(b""), Problem.NOT_SQLITE, "not a Symétrie workshop"),
        (lambda p, d: p.write_text("Bonjour"), Problem.NOT_SQLITE, "not a Symétrie workshop"),
        (lambda p, d: p.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50), Problem.DAMAGED,
         "damaged"),
        (lambda p, d: make_foreign(p), Problem.FOREIGN, "not a Symétrie workshop"),
        (lambda p, d: (write_new(p, d), make_newer(p)), Problem.NEWER, "newer Symétrie"),
        (lambda p, d: make_damaged(p, d), Problem.DAMAGED, "damaged"),
    ],
    ids=["empty", "text", "truncated", "foreign", "newer", "damaged"],
)
def test_a_file_that_is_not_a_healthy_workshop_is_refused_clearly_and_left_untouched(
    tmp_path, demo, prepare, problem, words
):
    path = tmp_path / "x.symetrie"
    prepare(path, demo)
    before = digest(path)
    for opener in (WorkshopFile.open, load_file):
        with pytest.raises(WorkshopFileError) as info:
            opener(path)
        assert info.value.problem == problem
        assert words in str(info.value)
        assert str(info.value).startswith("x.symetrie: ")
        assert "\n" not in str(info.value)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.symetrie"]


def test_a_missing_file_is_named(tmp_path):
    with pytest.raises(WorkshopFileError) as info:
        WorkshopFile.open(tmp_path / "nope.symetrie")
    assert info.value.problem == Problem.MISSING


def test_a_second_opening_is_refused_while_the_first_holds_the_file(demo_doc):
    with pytest.raises(WorkshopFileError) as info:
        WorkshopFile.open(demo_doc.path)
    assert info.value.problem == Problem.LOCKED
    assert "already open" in str(info.value)
    # readers such as sqlite3, Datasette or a test can still read it meanwhile
    assert len(load_file(demo_doc.path).cards) == len(demo_doc.workshop.cards)
    demo_doc.close()
    assert not lock_path(demo_doc.path).exists()
    WorkshopFile.open(demo_doc.path).close()


def test_a_lock_left_by_a_crashed_process_is_taken_over(tmp_path, demo):
    path = tmp_path / "a.symetrie"
    write_new(path, demo)
    import socket

    lock_path(path).write_text(f'{{"pid": 999999999, "host": "{socket.gethostname()}"}}')
    WorkshopFile.open(path).close()
    assert not lock_path(path).exists()


def test_an_older_file_is_upgraded_on_open(tmp_path, demo, monkeypatch):
    path = tmp_path / "old.symetrie"
    write_new(path, demo)

    def add_column(db):
        db.execute("ALTER TABLE cards ADD COLUMN colour TEXT NOT NULL DEFAULT ''")

    monkeypatch.setattr(schema, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setitem(schema.MIGRATIONS, SCHEMA_VERSION, add_column)
    import symetrie_desktop.store.workshop_file as wf

    monkeypatch.setattr(wf, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with WorkshopFile.open(path) as f:
        assert len(f.load().cards) == len(demo.cards)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
    assert "colour" in [r[1] for r in conn.execute("PRAGMA table_info(cards)")]
    conn.close()


def test_a_failing_migration_leaves_the_older_file_as_it_was(tmp_path, demo, monkeypatch):
    path = tmp_path / "old.symetrie"
    write_new(path, demo)
    before = digest(path)

    def broken(db):
        db.execute("ALTER TABLE cards ADD COLUMN half_done TEXT")
        db.execute("THIS IS NOT SQL")

    import symetrie_desktop.store.workshop_file as wf

    monkeypatch.setattr(wf, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setitem(wf.MIGRATIONS, SCHEMA_VERSION, broken)
    with pytest.raises(WorkshopFileError) as info:
        WorkshopFile.open(path)
    assert info.value.problem == Problem.DAMAGED
    assert digest(path) == before
    assert not lock_path(path).exists()


def count_commits(doc: Document) -> list[str]:
    statements: list[str] = []
    doc.file.db.conn.set_trace_callback(statements.append)
    return statements


def test_a_drag_of_ten_cards_is_one_transaction_on_disk_when_the_call_returns(demo_doc):
    w = demo_doc.workshop
    customer = w.lane_of_kind("customer")
    first, last = w.ordered_steps()[0], w.ordered_steps()[-1]
    ids = [c.id for c in w.cards.values() if c.lane_id == customer.id][:10]
    assert len(ids) == 10
    statements = count_commits(demo_doc)
    edits.move_cards(w, ids, customer.id, last.id, 0).redo(demo_doc)
    commits = [s for s in statements if s.strip().upper().startswith("COMMIT")]
    begins = [s for s in statements if s.strip().upper().startswith("BEGIN")]
    assert len(commits) == 1 and len(begins) == 1
    # durable: another connection sees all ten moved at once
    on_disk = load_file(demo_doc.path)
    assert [on_disk.cards[i].step_id for i in ids] == [last.id] * 10
    assert first.id != last.id


def test_an_edit_that_fails_half_way_leaves_file_and_memory_as_they_were(demo_doc, monkeypatch):
    w = demo_doc.workshop
    before = to_exchange(w)
    ids = list(w.cards)[:5]
    edit = edits.remove_cards(w, ids)
    calls = {"n": 0}
    real_write = demo_doc.file.write

    def failing_write(b, a):
        calls["n"] += 1
        if calls["n"] == 3:
            raise sqlite3.OperationalError("disk I/O error")
        real_write(b, a)

    monkeypatch.setattr(demo_doc.file, "write", failing_write)
    with pytest.raises(WorkshopFileError) as info:
        edit.redo(demo_doc)
    assert info.value.problem == Problem.WRITE_FAILED
    assert to_exchange(demo_doc.workshop) == before
    assert to_exchange(load_file(demo_doc.path)) == before


def test_the_database_refuses_a_blank_card_even_if_a_bug_tried(demo_doc):
    with pytest.raises(sqlite3.IntegrityError):
        demo_doc.file.db.execute("UPDATE cards SET text = '   ' WHERE id = 1")
