"""The one door to disk: every output is written whole or not at all, even when the writer is
killed between writing and renaming, and an older file is copied before it is upgraded."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from symetrie_desktop import disk
from symetrie_desktop.exchange.templates import blank
from symetrie_desktop.store import SCHEMA_VERSION, WorkshopFile, load_file, write_new

# Run in a child process: it writes through the real writer and is killed (SIGKILL, as a
# power cut or the OOM killer would) at the moment it asks for the rename.
KILLED_AT_RENAME = """
import os, signal, sys
from pathlib import Path

os.replace = lambda *_args, **_kwargs: os.kill(os.getpid(), signal.SIGKILL)
what, path = sys.argv[1], Path(sys.argv[2])
if what == "bytes":
    from symetrie_desktop.disk import write_atomic
    write_atomic(path, b"new " * 10_000)
else:
    from symetrie_desktop.disk import create_demo
    create_demo(path)
"""


def _killed_at_rename(what: str, path: Path) -> None:
    child = subprocess.run([sys.executable, "-c", KILLED_AT_RENAME, what, str(path)],
                           capture_output=True, timeout=60)
    assert child.returncode == -signal.SIGKILL, child.stderr.decode()


def test_a_writer_killed_between_write_and_rename_leaves_the_old_file_intact(tmp_path):
    path = tmp_path / "plan.csv"
    path.write_bytes(b"old file")
    _killed_at_rename("bytes", path)
    assert path.read_bytes() == b"old file"
    # the new content had been written (and flushed) beside it, under a hidden name
    leftovers = list(tmp_path.glob(".plan.csv.*.tmp"))
    assert [p.read_bytes() for p in leftovers] == [b"new " * 10_000]


def test_a_workshop_save_killed_before_the_rename_leaves_the_old_workshop(tmp_path):
    path = tmp_path / "atelier.symetrie"
    write_new(path, blank())
    before = load_file(path)
    _killed_at_rename("workshop", path)
    after = load_file(path)
    assert after == before and not after.cards


def test_every_kind_of_content_lands_whole_with_the_usual_mode(tmp_path):
    disk.write_atomic(tmp_path / "a.txt", "é")
    disk.write_atomic(tmp_path / "b.csv", "é", encoding="utf-8-sig")
    disk.write_atomic(tmp_path / "c.bin", lambda tmp: tmp.write_bytes(b"\x00\x01"))
    assert (tmp_path / "a.txt").read_bytes() == "é".encode()
    assert (tmp_path / "b.csv").read_bytes() == b"\xef\xbb\xbf" + "é".encode()
    assert (tmp_path / "c.bin").read_bytes() == b"\x00\x01"
    assert (tmp_path / "a.txt").stat().st_mode & 0o044  # readable by others, unlike mkstemp
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.csv", "c.bin"]


def test_a_failing_writer_leaves_the_old_file_and_no_temporary_one(tmp_path):
    path = tmp_path / "synthese.pdf"
    path.write_bytes(b"%PDF old")

    def broken(tmp: Path) -> None:
        tmp.write_bytes(b"%PDF half")
        raise OSError("disk full")

    try:
        disk.write_atomic(path, broken)
    except OSError as e:
        assert "disk full" in str(e)
    else:  # pragma: no cover - the writer must raise
        raise AssertionError("the error was swallowed")
    assert path.read_bytes() == b"%PDF old"
    assert [p.name for p in tmp_path.iterdir()] == ["synthese.pdf"]


def test_an_older_file_is_copied_as_it_was_before_its_upgrade(tmp_path, demo, monkeypatch):
    path = tmp_path / "old.symetrie"
    write_new(path, demo)
    import symetrie_desktop.store.workshop_file as wf

    monkeypatch.setattr(wf, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setitem(wf.MIGRATIONS, SCHEMA_VERSION, lambda db: db.execute(
        "ALTER TABLE cards ADD COLUMN colour TEXT NOT NULL DEFAULT ''"))
    WorkshopFile.open(path).close()
    kept = tmp_path / f"old.v{SCHEMA_VERSION}.bak"
    conn = sqlite3.connect(kept)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert "colour" not in [r[1] for r in conn.execute("PRAGMA table_info(cards)")]
        assert conn.execute("SELECT count(*) FROM cards").fetchone()[0] == len(demo.cards)
    finally:
        conn.close()
    WorkshopFile.open(path).close()  # already upgraded: no second copy
    assert sorted(p.name for p in tmp_path.glob("*.bak")) == [kept.name]


def test_the_command_line_and_the_window_make_the_same_demo(tmp_path, qapp):
    from symetrie_desktop.cli import main
    from symetrie_desktop.ui import main_window

    assert main(["demo", "-o", str(tmp_path / "cli.symetrie")]) == 0
    from PySide6.QtCore import QCoreApplication, QEvent

    window = main_window.MainWindow()
    try:
        assert window.open_demo()
        made = load_file(main_window.demo_path())
    finally:  # gone for good: a later test looking for "the" main window must not find it
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert made == load_file(tmp_path / "cli.symetrie")


def test_a_new_workshop_failing_halfway_leaves_the_old_one_and_nothing_beside_it(
        tmp_path, demo, monkeypatch):
    # the new file is built with its journal in memory (issue 11): a build that fails after
    # thousands of rows must still leave the old file as it was, and no journal, no copy
    import symetrie_desktop.store.workshop_file as wf
    from symetrie_desktop.store import Problem, WorkshopFileError

    path = tmp_path / "atelier.symetrie"
    write_new(path, blank())
    before, names = path.read_bytes(), sorted(p.name for p in tmp_path.iterdir())
    real = wf._insert_all

    def half(db, w):
        real(db, w)
        assert db.execute("SELECT count(*) FROM cards").fetchone()[0] == len(w.cards)
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(wf, "_insert_all", half)
    try:
        write_new(path, demo)
    except WorkshopFileError as e:
        assert e.problem == Problem.WRITE_FAILED and "disk I/O error" in str(e)
    else:  # pragma: no cover - the error must come out
        raise AssertionError("the failure was swallowed")
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == names
    monkeypatch.undo()
    write_new(path, demo)  # and the next build, journal in memory, is the usual file
    assert path.read_bytes()[18:20] == b"\x01\x01"  # a rollback journal file, not WAL
    assert load_file(path) == demo
    with WorkshopFile.open(path) as f:
        assert f.db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert f.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def _broken(demo, how: str):
    """The demo with one row the file's constraints refuse, and the words of the refusal."""
    from dataclasses import replace

    from symetrie_desktop.domain.model import Link

    card = next(iter(demo.cards.values()))
    idea = next(iter(demo.ideas.values()))
    return {
        "dangling lane": (replace(demo, cards={**demo.cards, card.id: replace(
            card, lane_id=999)}), "FOREIGN KEY"),
        "dangling link": (replace(demo, links={*demo.links, Link(card.id, 99_999)}),
                          "FOREIGN KEY"),
        "blank text": (replace(demo, cards={**demo.cards, card.id: replace(
            card, text="   ")}), "CHECK"),
        "unknown kind": (replace(demo, cards={**demo.cards, card.id: replace(
            card, kind="post-it")}), "CHECK"),
        "blank idea": (replace(demo, ideas={**demo.ideas, idea.id: replace(
            idea, text=" ")}), "CHECK"),
        "negative budget": (replace(demo, info=replace(demo.info, vote_budget=-1)), "CHECK"),
    }[how]


@pytest.mark.parametrize("how", ["dangling lane", "dangling link", "blank text",
                                 "unknown kind", "blank idea", "negative budget"])
def test_a_new_workshop_a_constraint_refuses_is_not_written_and_the_old_one_kept(
        tmp_path, demo, how):
    # references and CHECK constraints are verified once, after the inserts (issue 11:
    # foreign_key_check, quick_check), not row by row: one bad row still refuses the file
    from symetrie_desktop.store import Problem, WorkshopFileError

    path = tmp_path / "atelier.symetrie"
    write_new(path, blank())
    before = path.read_bytes()
    broken, words = _broken(demo, how)
    with pytest.raises(WorkshopFileError) as refused:
        write_new(path, broken)
    assert refused.value.problem == Problem.WRITE_FAILED and words in str(refused.value)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["atelier.symetrie"]


def test_a_file_built_with_its_checks_at_the_end_still_checks_each_later_edit(tmp_path, demo):
    path = tmp_path / "atelier.symetrie"
    card = next(iter(demo.cards.values()))
    write_new(path, demo)
    with WorkshopFile.open(path) as f, pytest.raises(sqlite3.IntegrityError):
        f.db.execute("UPDATE cards SET text = '   ' WHERE id = ?", (card.id,))
