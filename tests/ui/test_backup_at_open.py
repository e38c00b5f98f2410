"""The copy made when a workshop opens is written on a worker thread (issue 11: a tenth of
opening 5,000 post-its): the board is usable at once, edits made meanwhile reach the disk,
the copy is whole, and a copy that cannot be written is said in the status bar."""

from __future__ import annotations

from pathlib import Path

from symetrie_desktop.commands import board as edits
from symetrie_desktop.store import load_file
from symetrie_desktop.store.backup import backups_of
from symetrie_desktop.ui import main_window


def test_an_edit_right_after_opening_reaches_the_disk_and_the_copy_is_whole(qtbot, demo_file):
    win = main_window.MainWindow()
    qtbot.addWidget(win)
    before = load_file(demo_file)
    assert win.open_file(demo_file)
    card = sorted(before.cards)[0]
    assert win.model.try_push(edits.update_card, card, text="Relu pendant la copie") is not None
    assert win.wait_for_backup()
    assert load_file(demo_file).cards[card].text == "Relu pendant la copie"
    copies = backups_of(demo_file, main_window.backups_dir())
    assert len(copies) == 1
    copy = load_file(copies[0])  # a sound workshop file, before or after that edit
    assert set(copy.cards) == set(before.cards)
    assert copy.cards[card].text in (before.cards[card].text, "Relu pendant la copie")
    win.close()


def test_a_copy_that_cannot_be_written_is_said_in_the_status_bar(qtbot, demo_file, tmp_path,
                                                                 monkeypatch):
    blocked = tmp_path / "pas-un-dossier"
    blocked.write_text("un fichier, pas un dossier")
    monkeypatch.setattr(main_window, "backups_dir", lambda: blocked / "copies")
    win = main_window.MainWindow()
    qtbot.addWidget(win)
    assert win.open_file(demo_file)  # the workshop opens all the same
    assert win.wait_for_backup()
    qtbot.waitUntil(lambda: "sauvegarde" in win.statusBar().currentMessage(), timeout=5000)
    assert "n'a pas pu être faite" in win.statusBar().currentMessage()
    assert win.model is not None and Path(win.model.document.path) == demo_file
    win.close()
