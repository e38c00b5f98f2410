"""Backups on opening: a consistent copy, the newest ten kept, the original untouched."""

import hashlib

from symetrie_desktop.commands import board as edits
from symetrie_desktop.store import inspect, load_file, write_new
from symetrie_desktop.store.backup import backup_copy, backups_of


def test_a_backup_is_a_healthy_copy_even_while_the_workshop_is_open(tmp_path, demo_doc):
    w = demo_doc.workshop
    edits.remove_cards(w, list(w.cards)[:5]).redo(demo_doc)
    before = hashlib.sha256(demo_doc.path.read_bytes()).hexdigest()
    copy = backup_copy(demo_doc.path, tmp_path / "backups")
    assert inspect(copy) >= 1
    assert len(load_file(copy).cards) == len(w.cards)
    assert hashlib.sha256(demo_doc.path.read_bytes()).hexdigest() == before
    assert [p.name for p in (tmp_path / "backups").iterdir()] == [copy.name]


def test_only_the_newest_copies_are_kept_per_workshop(tmp_path, demo):
    path = tmp_path / "atelier.symetrie"
    other = tmp_path / "autre.symetrie"
    write_new(path, demo)
    write_new(other, demo)
    folder = tmp_path / "backups"
    for day in range(14):
        backup_copy(path, folder, keep=10, now=1_700_000_000 + day * 86400)
    backup_copy(other, folder, keep=10, now=1_700_000_000)
    kept = backups_of(path, folder)
    assert len(kept) == 10
    assert kept[0].name > kept[-1].name  # newest first
    assert len(backups_of(other, folder)) == 1


def test_copies_cut_short_long_ago_are_removed_at_the_next_backup(tmp_path, demo):
    # a crash during a backup leaves the copy's hidden temporary file (disk.write_atomic);
    # the next backup of the same workshop removes those older than STALE_AFTER, and
    # leaves a fresh one (a copy in progress) and another workshop's alone
    import os

    from symetrie_desktop.disk import _temporary_beside
    from symetrie_desktop.store.backup import STALE_AFTER

    path, other = tmp_path / "atelier.symetrie", tmp_path / "autre.symetrie"
    write_new(path, demo)
    write_new(other, demo)
    folder = tmp_path / "backups"
    mine, theirs = backup_copy(path, folder), backup_copy(other, folder)

    def cut_short(copy, age):
        fd, tmp = _temporary_beside(copy)  # the very name write_atomic gives it
        os.close(fd)
        journal = tmp.with_name(tmp.name + "-journal")
        journal.write_bytes(b"")
        for p in (tmp, journal):
            p.write_bytes(p.read_bytes() + b"SQLite format 3\0")
            os.utime(p, (os.path.getmtime(p) - age,) * 2)
        return tmp, journal

    old_mine = cut_short(mine, STALE_AFTER + 60)
    fresh_mine = cut_short(mine, 5)
    old_theirs = cut_short(theirs, STALE_AFTER + 60)
    newest = backup_copy(path, folder)
    names = {p.name for p in folder.iterdir()}
    assert not {p.name for p in old_mine} & names
    assert {p.name for p in (*fresh_mine, *old_theirs)} <= names
    assert {mine.name, theirs.name, newest.name} <= names
    assert len(load_file(newest).cards) == len(demo.cards)
