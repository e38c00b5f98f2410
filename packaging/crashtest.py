"""The long crash test (`make crashtest`): kill a Symétrie writer with SIGKILL at random moments
and check the file every time. Figures for the README come from here.

Modes (``--mode``, default all three):

* ``edits``: a worker applies a seeded stream of edits through the app's own edit objects;
  after the kill the file must open, pass ``integrity_check`` and hold every edit whose
  call returned (the one in flight all there or not at all).
* ``backup``: a worker takes backups of an open workshop in a loop (SQLite's online backup
  into a temporary file, then a rename); after the kill the workshop is byte for byte as
  before and every copy in the backup folder is a healthy workshop.
* ``migration``: a worker opens a file of the previous schema version, which upgrades it
  in one transaction; after the kill the file is either the old version, unchanged in
  content, or the new one, complete, and opens either way.

Usage:  .venv/bin/python packaging/crashtest.py [--mode edits|backup|migration] [--rounds N]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

from crash_worker import digest, replayed_states  # noqa: E402

from symetrie_desktop.commands import Document  # noqa: E402
from symetrie_desktop.exchange.demo import generated_workshop  # noqa: E402
from symetrie_desktop.exchange.workshop_json import from_exchange, to_exchange  # noqa: E402
from symetrie_desktop.store import SCHEMA_VERSION, inspect, load_file, schema, write_new  # noqa: E402
from symetrie_desktop.store.backup import backups_of  # noqa: E402
from symetrie_desktop.store.sqlite import Database  # noqa: E402

BACKUP_WORKER = """
import sys
from pathlib import Path
from symetrie_desktop.commands import Document
from symetrie_desktop.store.backup import backup_copy
doc = Document.open(sys.argv[1])
n = 0
while True:
    backup_copy(doc.path, Path(sys.argv[2]), keep=5, now=1_700_000_000 + n)
    n += 1
    print(n, flush=True)
"""

MIGRATION_WORKER = """
import sys, time
from symetrie_desktop.commands import Document
from symetrie_desktop.store import schema

def announced(migrate):
    def run(db):
        print("migrating", flush=True)  # inside the upgrade's transaction
        migrate(db)
        time.sleep(0.1)  # still inside it: the kill may land before the commit
    return run

last = schema.SCHEMA_VERSION - 1  # the one upgrade this file needs
schema.MIGRATIONS[last] = announced(schema.MIGRATIONS[last])
Document.open(sys.argv[1]).close()
print("done", flush=True)
"""


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def healthy(path: Path) -> None:
    inspect(path)
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)], path
    finally:
        conn.close()


def edits_round(folder: Path, base, seed: int) -> dict:
    path = folder / "crash.symetrie"
    write_new(path, base)
    worker = HERE.parent / "tests" / "crash_worker.py"
    proc = subprocess.Popen([sys.executable, str(worker), str(path), str(seed), "100000"],
                            stdout=subprocess.PIPE, text=True)
    rng = random.Random(seed)
    wanted, seen = rng.randint(5, 60), 0
    while seen < wanted:
        if not proc.stdout.readline():
            raise AssertionError("the worker stopped by itself")
        seen += 1
    time.sleep(rng.random() * 0.03)
    proc.send_signal(signal.SIGKILL)
    rest, _ = proc.communicate()
    printed = seen + len(rest.splitlines())
    healthy(path)
    recovered = digest(load_file(path))
    states = replayed_states(folder / "replay.symetrie", base, seed, printed)
    assert recovered in (states[printed - 1], states[printed]), "an acknowledged edit was lost"
    Document.open(path).close()
    return {"edits": printed}


def backup_round(folder: Path, base, seed: int) -> dict:
    path = folder / "atelier.symetrie"
    write_new(path, base)
    before = sha(path)
    backups = folder / "backups"
    proc = subprocess.Popen([sys.executable, "-c", BACKUP_WORKER, str(path), str(backups)],
                            stdout=subprocess.PIPE, text=True)
    rng = random.Random(seed)
    for _ in range(rng.randint(1, 6)):
        if not proc.stdout.readline():
            raise AssertionError("the backup worker stopped by itself")
    time.sleep(rng.random() * 0.05)
    proc.send_signal(signal.SIGKILL)
    proc.communicate()
    assert sha(path) == before, "a backup changed the workshop"
    copies = backups_of(path, backups)
    for copy in copies:
        healthy(copy)
        assert len(load_file(copy).cards) == len(base.cards)
    leftovers = [p for p in backups.iterdir() if p.name.startswith(".")]
    Document.open(path).close()
    return {"copies": len(copies), "leftover temporary files": len(leftovers)}


def older_file(path: Path, base) -> None:
    """``base`` written in the previous schema version, as that version made it."""
    newest = path.with_name("newest.symetrie")
    write_new(newest, base)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for v in range(SCHEMA_VERSION - 1):
            schema.MIGRATIONS[v](Database(conn))
        conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
        conn.execute("ATTACH ? AS src", [str(newest)])
        conn.execute("BEGIN")
        for (table,) in conn.execute(
                "SELECT name FROM main.sqlite_master WHERE type = 'table'").fetchall():
            cols = ", ".join(r[1] for r in conn.execute(f"PRAGMA main.table_info({table})"))
            conn.execute(f"INSERT INTO main.{table} ({cols}) SELECT {cols} FROM src.{table}")
        conn.execute("COMMIT")
        conn.execute("DETACH src")
    finally:
        conn.close()
    newest.unlink()


def migration_round(folder: Path, base, seed: int) -> dict:
    path = folder / "ancien.symetrie"
    older_file(path, base)
    content = to_exchange(load_file(path))  # read in memory, as the new version sees it
    proc = subprocess.Popen([sys.executable, "-c", MIGRATION_WORKER, str(path)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "migrating"
    time.sleep(random.Random(seed).random() * 0.4)
    proc.send_signal(signal.SIGKILL)
    out, _ = proc.communicate()
    hot = path.with_name(path.name + "-journal").exists()  # killed inside the upgrade
    healthy(path)
    conn = sqlite3.connect(path)
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.close()
    assert version in (SCHEMA_VERSION - 1, SCHEMA_VERSION), version
    assert to_exchange(load_file(path)) == content, "the upgrade changed the workshop"
    Document.open(path).close()
    return {"killed inside the upgrade's transaction": int(hot),
            "left at the old version": int(version < SCHEMA_VERSION),
            "upgraded": int(version == SCHEMA_VERSION), "worker finished": int("done" in out)}


MODES = {"edits": edits_round, "backup": backup_round, "migration": migration_round}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mode", choices=sorted(MODES), action="append")
    parser.add_argument("--rounds", type=int, default=40)
    parser.add_argument("--cards", type=int, default=1500)
    args = parser.parse_args()
    base = from_exchange(generated_workshop(steps=12, cards=args.cards, seed=1))
    for mode in args.mode or ["edits", "backup", "migration"]:
        totals: dict[str, int] = {}
        started = time.monotonic()
        for seed in range(args.rounds):
            with tempfile.TemporaryDirectory() as folder:
                for key, value in MODES[mode](Path(folder), base, seed).items():
                    totals[key] = totals.get(key, 0) + value
        figures = ", ".join(f"{k} {v}" for k, v in totals.items())
        print(f"{mode}: {args.rounds} SIGKILL rounds, 0 failures ({figures}) "
              f"in {time.monotonic() - started:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
