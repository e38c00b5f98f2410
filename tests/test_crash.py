"""Crash harness: kill the app's writer at random moments; the file must always open, healthy,
holding every edit that had returned and nothing half-done."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from symetrie_desktop.commands import Document
from symetrie_desktop.store import inspect, load_file, write_new

sys.path.insert(0, str(Path(__file__).parent))
from crash_worker import digest, replayed_states


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_a_killed_writer_leaves_a_healthy_file_with_every_returned_edit(tmp_path, demo, seed):
    path = tmp_path / "crash.symetrie"
    write_new(path, demo)
    worker = Path(__file__).with_name("crash_worker.py")
    proc = subprocess.Popen([sys.executable, str(worker), str(path), str(seed), "100000"],
                            stdout=subprocess.PIPE, text=True)
    rng = random.Random(seed)
    wanted = rng.randint(20, 120)
    seen = 0
    while seen < wanted:  # let it run for a while, then pull the plug mid-stream
        assert proc.stdout.readline(), "the worker stopped by itself"
        seen += 1
    time.sleep(rng.random() * 0.05)
    proc.send_signal(signal.SIGKILL)
    rest, _ = proc.communicate()
    printed = seen + len(rest.splitlines())

    inspect(path)  # opens, is ours, passes quick_check
    recovered = digest(load_file(path))

    # Replay the same edits to know the state after each of them.
    states = replayed_states(tmp_path / "replay.symetrie", demo, seed, printed)
    # Every edit whose call returned is there; the one in flight is all there or not at all.
    assert recovered in (states[printed - 1], states[printed])
    # and the app can open it for editing again (the dead process's lock is taken over)
    Document.open(path).close()


def test_an_edit_killed_before_its_commit_is_rolled_back_on_the_next_open(tmp_path, demo):
    """The worst moment: the process dies with the edit half-written and its journal hot."""
    path = tmp_path / "hot.symetrie"
    write_new(path, demo)
    before = digest(load_file(path))
    code = (
        "import sqlite3, sys, time\n"
        f"c = sqlite3.connect(r'{path}', isolation_level=None)\n"
        "c.execute('PRAGMA journal_mode=DELETE'); c.execute('BEGIN')\n"
        "c.execute('UPDATE cards SET text = text || \" (à moitié)\"')\n"
        "c.execute('DELETE FROM links')\n"
        "print('written', flush=True); time.sleep(60)\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "written"
    proc.send_signal(signal.SIGKILL)
    proc.communicate()
    assert path.with_name(path.name + "-journal").exists()  # the journal is hot
    inspect(path)
    assert digest(load_file(path)) == before
    doc = Document.open(path)
    assert digest(doc.workshop) == before
    doc.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hot.symetrie"]
