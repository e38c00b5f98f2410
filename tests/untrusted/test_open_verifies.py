"""Open = verify (findings 1, 3, 7 for a FIFO, and 11 of issue 10): a crafted or broken
workshop file is refused with one sentence, never run, never changed, and leaves no lock."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from symetrie_desktop.commands import Document
from symetrie_desktop.commands import board as edits
from symetrie_desktop.store import Problem, WorkshopFileError, load_file, schema, write_new
from symetrie_desktop.store import workshop_file as wf
from symetrie_desktop.store.lock import lock_path

from .helpers import digest, null_in_not_null, side_files, sql


def refused(path: Path, problem: Problem) -> WorkshopFileError:
    """Every way in refuses the file the same way, without changing it or leaving a lock."""
    before = digest(path)
    errors = []
    for opener in (Document.open, load_file, Document.open):  # twice: no lock left behind
        with pytest.raises(WorkshopFileError) as info:
            opener(path)
        errors.append(info.value)
        assert info.value.problem == problem, str(info.value)
        assert "\n" not in str(info.value)
        assert str(info.value).startswith(f"{path.name}: ")
    assert digest(path) == before
    assert not lock_path(path).exists()
    assert [n for n in side_files(path.parent) if path.name in n] == [path.name]
    return errors[0]


def cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    """The command line in its own process, bounded: a hang fails instead of blocking."""
    return subprocess.run([sys.executable, "-m", "symetrie_desktop", *args],
                          capture_output=True, text=True, timeout=timeout)


# -- finding 1: triggers and views ---------------------------------------------------------


@pytest.mark.parametrize("statement,what", [
    ("CREATE TRIGGER t AFTER UPDATE ON cards BEGIN DELETE FROM cards WHERE id <> NEW.id; END",
     "trigger 't'"),
    ("CREATE TRIGGER keep_out BEFORE INSERT ON cards BEGIN SELECT RAISE(IGNORE); END",
     "trigger 'keep_out'"),
    ("CREATE VIEW forever AS WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) "
     "SELECT x FROM r", "view 'forever'"),
    ("CREATE TABLE extra (x)", "table 'extra'"),
    ("CREATE INDEX cards_by_text ON cards (text)", "index 'cards_by_text'"),
    ("ALTER TABLE cards ADD COLUMN colour TEXT", "table 'cards' is not the one"),
], ids=["delete-trigger", "ignore-trigger", "endless-view", "table", "index", "column"])
def test_a_schema_object_symetrie_did_not_make_is_refused_and_never_runs(
        workshop_file, statement, what):
    sql(workshop_file, statement)
    error = refused(workshop_file, Problem.ALTERED)
    assert what in str(error)
    assert "not opened and not modified" in str(error)


def test_a_table_replaced_by_an_endless_view_is_refused_at_once(workshop_file):
    sql(workshop_file, "DROP TABLE votes",
        "CREATE VIEW votes AS WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) "
        "SELECT x AS id, NULL AS participant_id, NULL AS idea_id, x AS card_id FROM r")
    before = digest(workshop_file)
    done = cli("export", str(workshop_file), "-o", str(workshop_file.with_suffix(".json")))
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert "view 'votes'" in done.stderr
    assert digest(workshop_file) == before
    refused(workshop_file, Problem.ALTERED)


def test_reading_connections_do_not_trust_the_schema(demo_doc, monkeypatch):
    seen = []
    real = wf._read_only

    def spy(path):
        conn = real(path)
        seen.append(conn.execute("PRAGMA trusted_schema").fetchone()[0])
        return conn

    monkeypatch.setattr(wf, "_read_only", spy)
    load_file(demo_doc.path)
    assert seen and set(seen) == {0}
    # the editing connection comes after the schema was found to be ours
    assert demo_doc.file.db.conn.execute("PRAGMA cell_size_check").fetchone()[0] == 1


def test_the_expected_schema_comes_from_the_migrations_so_new_tables_are_covered(
        tmp_path, demo, monkeypatch):
    """A later version's table (issue 14 adds some) is expected with no list to update."""
    path = tmp_path / "old.symetrie"
    write_new(path, demo)

    def add_table(db):
        db.execute("CREATE TABLE follow_ups (id INTEGER PRIMARY KEY, note TEXT NOT NULL)")

    version = schema.SCHEMA_VERSION
    monkeypatch.setattr(schema, "SCHEMA_VERSION", version + 1)
    monkeypatch.setitem(schema.MIGRATIONS, version, add_table)
    monkeypatch.setattr(wf, "SCHEMA_VERSION", version + 1)
    # the older file is upgraded (its own version's schema is what is expected) ...
    Document.open(path).close()
    assert len(load_file(path).cards) == len(demo.cards)
    # ... and the new table, changed by hand, is refused like any other
    sql(path, "DROP TABLE follow_ups", "CREATE TABLE follow_ups (id INTEGER PRIMARY KEY)")
    assert "table 'follow_ups'" in str(refused(path, Problem.ALTERED))
    # a file of the older version that already carries the new table is not ours either
    other = tmp_path / "other.symetrie"
    write_new(other, demo)
    sql(other, "DROP TABLE follow_ups", f"PRAGMA user_version = {version}",
        "CREATE TABLE follow_ups (id INTEGER PRIMARY KEY, note TEXT NOT NULL)")
    refused(other, Problem.ALTERED)


def test_an_edit_in_a_clean_file_reaches_the_disk(demo_doc):
    """The refusals above do not cost the healthy case its speed or its writes."""
    w = demo_doc.workshop
    card = sorted(w.cards)[0]
    edits.update_card(w, card, text="Relu").redo(demo_doc)
    demo_doc.close()
    assert load_file(demo_doc.path).cards[card].text == "Relu"


# -- finding 3: one bad row ------------------------------------------------------------------


def _first(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT min(id) FROM {table}").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.parametrize("break_it,problem,words", [
    (lambda p, c: sql(p, f"UPDATE cards SET kind = 'bogus' WHERE id = {c}"), Problem.BAD_ROW,
     "table cards, row {c}: kind 'bogus'"),
    (lambda p, c: sql(p, f"UPDATE cards SET tags = 'relational' WHERE id = {c}"),
     Problem.BAD_ROW, "table cards, row {c}: tags are not a JSON list"),
    (lambda p, c: sql(p, f"UPDATE cards SET tags = '{{\"a\": 1}}' WHERE id = {c}"),
     Problem.BAD_ROW, "table cards, row {c}: tags"),
    (lambda p, c: sql(p, f"UPDATE cards SET text = X'C3A9' WHERE id = {c}"), Problem.BAD_ROW,
     "table cards, row {c}: text is binary data, not text"),
    (lambda p, c: sql(p, f"UPDATE cards SET lane_id = 999 WHERE id = {c}"), Problem.BAD_ROW,
     "table cards, row {c}: lane_id 999 points to nothing"),
    (lambda p, c: sql(p, f"UPDATE cards SET position = 'haut' WHERE id = {c}"), Problem.BAD_ROW,
     "table cards, row {c}: position"),
    (lambda p, c: sql(p, f"UPDATE cards SET text = CAST(X'80FF' AS TEXT) WHERE id = {c}"),
     Problem.BAD_ROW, "table cards"),
    (lambda p, c: sql(p, "UPDATE steps SET phase = 'jamais'"), Problem.BAD_ROW, "table steps"),
    (lambda p, c: sql(p, "UPDATE participants SET colour = 'rouge'"), Problem.BAD_ROW,
     "table participants"),
    (lambda p, c: sql(p, "UPDATE workshop SET vote_budget = 'trois'"), Problem.BAD_ROW,
     "table workshop, row 1: vote_budget"),
    (lambda p, c: sql(p, "UPDATE lanes SET kind = 'employee' WHERE kind = 'tools'"),
     Problem.BAD_ROW, "table lanes: 2 employee lanes"),
    (lambda p, c: sql(p, "DROP TABLE votes"), Problem.ALTERED, "no table 'votes'"),
], ids=["kind", "tags-text", "tags-object", "blob-text", "dangling-lane", "position", "bad-utf8",
        "phase", "colour", "budget", "two-employee-lanes", "dropped-table"])
def test_one_bad_row_is_refused_in_one_sentence_naming_table_and_row(
        workshop_file, break_it, problem, words):
    card = _first(workshop_file, "cards")
    break_it(workshop_file, card)
    error = refused(workshop_file, problem)
    assert words.format(c=card) in str(error)


def test_a_null_where_the_schema_forbids_it_is_refused_not_a_traceback(workshop_file):
    card = _first(workshop_file, "cards")
    null_in_not_null(workshop_file, "cards", "text", card)
    before = digest(workshop_file)
    with pytest.raises(WorkshopFileError) as info:
        Document.open(workshop_file)
    assert info.value.problem in (Problem.BAD_ROW, Problem.DAMAGED)
    assert "\n" not in str(info.value)
    assert digest(workshop_file) == before
    assert not lock_path(workshop_file).exists()


def test_the_window_names_the_table_and_row_and_can_try_again(qtbot, workshop_file):
    from symetrie_desktop.ui.main_window import MainWindow

    card = _first(workshop_file, "cards")
    sql(workshop_file, f"UPDATE cards SET kind = 'bogus' WHERE id = {card}")
    win = MainWindow()
    qtbot.addWidget(win)
    for _attempt in range(2):  # the second try says the same, not « déjà ouvert »
        assert win.open_file(workshop_file) is False
        assert "« cards »" in win.last_message and f"ligne {card}" in win.last_message
        assert "déjà ouvert" not in win.last_message
    assert not lock_path(workshop_file).exists()


def test_the_command_line_prints_one_line_for_a_bad_row(workshop_file, tmp_path):
    sql(workshop_file, "UPDATE cards SET tags = 'pas une liste'")
    for verb, out in (("export", "x.json"), ("report", "x.pdf"), ("export-md", "x.md")):
        done = cli(verb, str(workshop_file), "-o", str(tmp_path / out))
        assert done.returncode == 1, done.stderr
        assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
        assert "table cards, row" in done.stderr
        assert not (tmp_path / out).exists()


# -- finding 7 (part): what is not a regular file --------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a POSIX thing")
def test_a_fifo_named_like_a_workshop_is_refused_at_once(tmp_path):
    fifo = tmp_path / "x.symetrie"
    os.mkfifo(fifo)
    for opener in (Document.open, load_file):
        with pytest.raises(WorkshopFileError) as info:
            opener(fifo)
        assert info.value.problem == Problem.NOT_A_FILE
    for verb, out in (("export", "x.json"), ("report", "x.pdf")):
        done = cli(verb, str(fifo), "-o", str(tmp_path / out), timeout=60)
        assert done.returncode == 1 and "not a regular file" in done.stderr


def test_a_folder_named_like_a_workshop_is_refused(tmp_path):
    folder = tmp_path / "x.symetrie"
    folder.mkdir()
    with pytest.raises(WorkshopFileError) as info:
        Document.open(folder)
    assert info.value.problem == Problem.NOT_A_FILE


# -- finding 11: read-only journal, damaged page, silent migration ------------------------------


def _hot_journal(path: Path) -> None:
    """Leave an edit half-written, with its journal hot, as a killed app does."""
    code = (
        "import sqlite3, sys, time\n"
        f"c = sqlite3.connect(r'{path}', isolation_level=None)\n"
        "c.execute('PRAGMA journal_mode=DELETE'); c.execute('PRAGMA cache_size = 1')\n"
        "c.execute('BEGIN')\n"
        "c.execute('UPDATE cards SET text = text || \" (à moitié)\"')\n"
        "c.execute('DELETE FROM links')\n"
        "print('written', flush=True); time.sleep(60)\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "written"
    proc.kill()
    proc.communicate()
    assert path.with_name(path.name + "-journal").exists()


def test_a_hot_journal_that_cannot_be_rolled_back_is_not_called_damage(
        workshop_file, monkeypatch):
    """In a read-only folder SQLite cannot finish the crashed edit: say so, not « damaged »."""
    _hot_journal(workshop_file)
    # what a read-only folder does: the roll-back cannot happen
    monkeypatch.setattr(wf, "_recover_hot_journal", lambda path: None)
    with pytest.raises(WorkshopFileError) as info:
        load_file(workshop_file)
    assert info.value.problem == Problem.JOURNAL_READ_ONLY
    assert "damaged" not in str(info.value)
    monkeypatch.undo()
    load_file(workshop_file)  # in a writable folder it opens, rolled back


def test_a_damaged_page_is_one_line(workshop_file):
    data = bytearray(workshop_file.read_bytes())
    for offset in range(4096 * 2, len(data), 4096):
        data[offset + 8: offset + 60] = b"\xff" * 52
    workshop_file.write_bytes(bytes(data))
    with pytest.raises(WorkshopFileError) as info:
        load_file(workshop_file)
    assert info.value.problem == Problem.DAMAGED
    assert "\n" not in str(info.value) and "***" not in str(info.value)


def test_reading_an_older_file_does_not_upgrade_it_in_place(workshop_file, tmp_path):
    sql(workshop_file, "PRAGMA user_version = 0")  # a file from before version 1 ...
    empty = tmp_path / "zero.symetrie"
    conn = sqlite3.connect(empty)
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 0")
    conn.close()
    refused(workshop_file, Problem.ALTERED)  # ... cannot hold version 1's tables
    before = digest(empty)
    done = cli("export", str(empty), "-o", str(tmp_path / "zero.json"))
    assert done.returncode in (0, 1), done.stderr
    assert "Traceback" not in done.stderr
    assert digest(empty) == before  # export read it; it did not migrate it in place
