"""Backups keyed by the file's identity, not its name (finding 10 of issue 10)."""

from __future__ import annotations

from symetrie_desktop.store import load_file, write_new
from symetrie_desktop.store.backup import backup_copy, backups_of

DAY = 86400
T0 = 1_700_000_000


def test_a_namesake_in_another_folder_does_not_prune_the_first_ones_copies(tmp_path, demo):
    first, second = tmp_path / "a" / "atelier.symetrie", tmp_path / "b" / "atelier.symetrie"
    for path in (first, second):
        path.parent.mkdir()
        write_new(path, demo)
    folder = tmp_path / "backups"
    for day in range(10):
        backup_copy(first, folder, keep=10, now=T0 + day * DAY)
    for day in range(4):
        backup_copy(second, folder, keep=10, now=T0 + (20 + day) * DAY)
    assert len(backups_of(first, folder)) == 10
    assert len(backups_of(second, folder)) == 4
    assert len(list(folder.iterdir())) == 14
    assert all(len(load_file(p).cards) == len(demo.cards) for p in backups_of(second, folder))


def test_any_name_is_pruned_to_the_newest_copies(tmp_path, demo):
    path = tmp_path / "atelier [v2] *final*.symetrie"
    write_new(path, demo)
    folder = tmp_path / "backups"
    made = [backup_copy(path, folder, keep=10, now=T0 + day * DAY) for day in range(14)]
    kept = backups_of(path, folder)
    assert kept == made[::-1][:10]  # the newest ten, newest first
    assert sorted(folder.iterdir()) == sorted(kept)


def test_a_renamed_workshop_keeps_its_series(tmp_path, demo):
    path = tmp_path / "atelier.symetrie"
    write_new(path, demo)
    folder = tmp_path / "backups"
    backup_copy(path, folder, now=T0)
    moved = path.rename(tmp_path / "atelier-client.symetrie")
    backup_copy(moved, folder, now=T0 + DAY)
    assert len(backups_of(moved, folder)) == 2


def test_two_openings_in_the_same_second_keep_both_copies(tmp_path, demo):
    path = tmp_path / "atelier.symetrie"
    write_new(path, demo)
    folder = tmp_path / "backups"
    one, two = backup_copy(path, folder, now=T0), backup_copy(path, folder, now=T0)
    assert one != two and backups_of(path, folder) == [two, one]
