"""A journal that does not belong to the file never costs it (finding 5 of issue 10)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from symetrie_desktop.commands import Document
from symetrie_desktop.exchange.demo import generated_workshop
from symetrie_desktop.exchange.workshop_json import from_exchange, to_exchange
from symetrie_desktop.store import Problem, WorkshopFileError, load_file, write_new
from symetrie_desktop.store import journal as journals

from .helpers import digest, side_files


def hot_journal(path: Path, edits: int = 1) -> Path:
    """Kill a writer of ``path`` in the middle of its last edit: its journal is hot."""
    code = (
        "import sqlite3, sys, time\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA journal_mode=DELETE'); c.execute('PRAGMA cache_size = 1')\n"
        "for n in range(int(sys.argv[2])):\n"
        "    c.execute('UPDATE cards SET position = position + 1')\n"
        "c.execute('BEGIN')\n"
        "c.execute('UPDATE cards SET text = text || \" (à moitié)\"')\n"
        "c.execute('DELETE FROM links')\n"
        "print('written', flush=True); time.sleep(60)\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", code, str(path), str(edits)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "written"
    proc.kill()
    proc.communicate()
    journal = path.with_name(path.name + "-journal")
    assert journal.stat().st_size > 0
    return journal


@pytest.fixture
def other_journal(tmp_path) -> Path:
    """The hot journal of another, smaller workshop, in another folder."""
    folder = tmp_path / "autre"
    folder.mkdir()
    other = folder / "autre.symetrie"
    write_new(other, from_exchange(generated_workshop(steps=4, cards=60, seed=9)))
    return hot_journal(other, edits=7)


def test_a_journal_from_another_workshop_is_set_aside_and_the_file_kept(
        workshop_file, other_journal):
    before, content = digest(workshop_file), to_exchange(load_file(workshop_file))
    shutil.copyfile(other_journal, workshop_file.with_name("x.symetrie-journal"))
    done = subprocess.run([sys.executable, "-m", "symetrie_desktop", "export",
                           str(workshop_file), "-o", str(workshop_file.with_suffix(".json"))],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert "did not belong" in done.stderr and "x.symetrie-journal.set-aside" in done.stderr
    assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1
    assert digest(workshop_file) == before  # not cut, not rewritten
    assert side_files(workshop_file.parent) == ["autre", "x.symetrie",
                                                "x.symetrie-journal.set-aside"]
    # the next try opens it, whole
    assert to_exchange(load_file(workshop_file)) == content
    Document.open(workshop_file).close()
    assert digest(workshop_file) == before


def test_when_the_header_looks_right_the_copy_kept_aside_saves_the_file(
        workshop_file, other_journal, monkeypatch):
    """The second line of defence: roll back on the real file, check, put the copy back."""
    monkeypatch.setattr(journals, "_belongs", lambda path, journal: True)
    before = digest(workshop_file)
    shutil.copyfile(other_journal, workshop_file.with_name("x.symetrie-journal"))
    with pytest.raises(WorkshopFileError) as info:
        Document.open(workshop_file)
    assert info.value.problem == Problem.FOREIGN_JOURNAL
    assert digest(workshop_file) == before
    assert side_files(workshop_file.parent) == ["autre", "x.symetrie",
                                                "x.symetrie-journal.set-aside"]


def test_the_files_own_hot_journal_is_still_rolled_back(workshop_file):
    content = to_exchange(load_file(workshop_file))
    hot_journal(workshop_file, edits=0)
    assert to_exchange(load_file(workshop_file)) == content
    assert side_files(workshop_file.parent) == ["x.symetrie"]


def test_a_journal_of_a_file_open_in_the_app_is_left_to_the_app(workshop_file, other_journal):
    doc = Document.open(workshop_file)
    try:
        journal = workshop_file.with_name("x.symetrie-journal")
        shutil.copyfile(other_journal, journal)
        journals.recover(workshop_file)  # a reader (export) must not touch a live writer's
        assert journal.exists()
        journal.unlink()
    finally:
        doc.close()
