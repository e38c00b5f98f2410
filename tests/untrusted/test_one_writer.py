"""One writer per file, whatever its path (findings 2, 4 and 6 of issue 10): links, stale
lock files and command-line verbs that replace a workshop the app has open."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from symetrie_desktop.cli import main
from symetrie_desktop.commands import Document
from symetrie_desktop.commands import board as edits
from symetrie_desktop.exchange.workshop_json import dumps
from symetrie_desktop.store import Problem, WorkshopFileError, load_file
from symetrie_desktop.store.lock import lock_path

from .helpers import digest


class Holder:
    """Another Symétrie process holding the workshop open, as a second app would."""

    def __init__(self, path: Path) -> None:
        code = ("import sys, time\n"
                "from symetrie_desktop.commands import Document\n"
                "doc = Document.open(sys.argv[1])\n"
                "print('open', flush=True)\n"
                "time.sleep(120)\n")
        self.proc = subprocess.Popen([sys.executable, "-c", code, str(path)],
                                     stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout.readline().strip() == "open"

    def kill(self) -> None:
        if self.proc.returncode is None:
            self.proc.kill()
            self.proc.communicate()


@pytest.fixture
def holder(workshop_file):
    h = Holder(workshop_file)
    yield h
    h.kill()


def add_card(doc: Document, text: str) -> int:
    w = doc.workshop
    lane = w.lane_of_kind("customer").id
    edit = edits.add_card(w, lane, w.ordered_steps()[0].id, "irritant", text)
    edit.redo(doc)
    return max(doc.workshop.cards)


# -- finding 2: two writers through a link ---------------------------------------------------


@pytest.mark.parametrize("make_link", [os.symlink, os.link], ids=["symbolic", "hard"])
def test_a_link_from_another_folder_cannot_open_a_second_writer(tmp_path, workshop_file,
                                                                make_link):
    other = tmp_path / "b"
    other.mkdir()
    link = other / "x.symetrie"
    make_link(workshop_file, link)
    first = Document.open(workshop_file)
    try:
        with pytest.raises(WorkshopFileError) as info:
            Document.open(link)
        assert info.value.problem == Problem.LOCKED
        # the edit of the one writer is the one on disk: no id given twice, nothing lost
        new_id = add_card(first, "Seul rédacteur")
        assert load_file(link).cards[new_id].text == "Seul rédacteur"
    finally:
        first.close()
    Document.open(link).close()  # once the first is closed, the link opens


@pytest.mark.parametrize("make_link", [os.symlink, os.link], ids=["symbolic", "hard"])
def test_a_link_is_refused_while_another_process_has_the_file(tmp_path, workshop_file, holder,
                                                              make_link):
    other = tmp_path / "b"
    other.mkdir()
    make_link(workshop_file, other / "x.symetrie")
    with pytest.raises(WorkshopFileError) as info:
        Document.open(other / "x.symetrie")
    assert info.value.problem == Problem.LOCKED


# -- finding 4: locks that never clear --------------------------------------------------------


@pytest.mark.parametrize("text", [
    "",
    "\x00\x01 pas du JSON",
    json.dumps({"pid": os.getppid(), "host": socket.gethostname()}),  # a live, unrelated pid
    json.dumps({"pid": 1, "host": socket.gethostname()}),
    json.dumps({"pid": 4242, "host": "autre-poste"}),
], ids=["empty", "unreadable", "live-unrelated-pid", "pid-1", "other-host"])
def test_a_lock_file_nobody_holds_is_stale_whatever_it_says(workshop_file, text):
    lock_path(workshop_file).write_text(text, encoding="utf-8", errors="surrogateescape")
    Document.open(workshop_file).close()
    assert not lock_path(workshop_file).exists()


def test_a_lock_held_by_a_live_app_is_respected_and_cleared_when_it_dies(workshop_file):
    holder = Holder(workshop_file)
    try:
        with pytest.raises(WorkshopFileError) as info:
            Document.open(workshop_file)
        assert info.value.problem == Problem.LOCKED
        assert f"process {holder.proc.pid}" in str(info.value)
    finally:
        holder.kill()  # SIGKILL: no chance to tidy anything
    assert lock_path(workshop_file).exists()  # the text is left behind ...
    Document.open(workshop_file).close()  # ... but the OS lock died with the process


# -- finding 6: verbs that write respect the lock ----------------------------------------------


def test_new_and_import_force_refuse_a_workshop_open_in_the_app(tmp_path, workshop_file, holder,
                                                                capsys, demo):
    before = digest(workshop_file)
    exchange = tmp_path / "autre.json"
    exchange.write_text(dumps(demo), encoding="utf-8")
    for args in (["new", str(workshop_file), "--force"],
                 ["import", str(exchange), "-o", str(workshop_file), "--force"],
                 ["demo", "-o", str(workshop_file), "--force"]):
        assert main(args) == 1
        err = capsys.readouterr().err
        assert "already open" in err and err.count("\n") == 1
        assert digest(workshop_file) == before
    holder.kill()
    assert main(["new", str(workshop_file), "--force"]) == 0  # free now: replaced
    assert digest(workshop_file) != before


def test_the_app_keeps_saving_after_a_refused_replacement(workshop_file, capsys):
    doc = Document.open(workshop_file)
    try:
        assert main(["new", str(workshop_file), "--force"]) == 1
        capsys.readouterr()
        new_id = add_card(doc, "Toujours enregistré")
    finally:
        doc.close()
    assert load_file(workshop_file).cards[new_id].text == "Toujours enregistré"
