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
