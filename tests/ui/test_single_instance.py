"""One Symétrie per user: a second start with a file opens it in the running app.

Two real processes, offscreen, in a temporary home: the first is started on one workshop,
the second on another; the second must leave at once and the FIRST process must hold the
other workshop's lock file (the lock names the process that opened the file)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from symetrie_desktop.exchange.demo import generated_workshop
from symetrie_desktop.exchange.workshop_json import from_exchange
from symetrie_desktop.store import write_new
from symetrie_desktop.store.lock import lock_path

WAIT_S = 60  # a bound for a loaded machine, not a timing claim


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"), XDG_STATE_HOME=str(home / "state"),
               QT_QPA_PLATFORM="offscreen")
    return env


def _lock_owner(path: Path) -> int | None:
    try:
        return json.loads(lock_path(path).read_text(encoding="utf-8"))["pid"]
    except (OSError, ValueError, KeyError):
        return None


def _wait_for(predicate, what: str, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + WAIT_S
    while not predicate():
        if process.poll() is not None:
            pytest.fail(f"the first app ended ({process.returncode}) before {what}: "
                        f"{process.stderr.read()}")
        if time.monotonic() > deadline:
            pytest.fail(f"no {what} within {WAIT_S} s")
        time.sleep(0.1)


@pytest.fixture
def workshops(tmp_path: Path) -> tuple[Path, Path]:
    first, other = tmp_path / "premier.symetrie", tmp_path / "autre.symetrie"
    write_new(first, from_exchange(generated_workshop(steps=3, cards=10, seed=1)))
    write_new(other, from_exchange(generated_workshop(steps=3, cards=10, seed=2)))
    return first, other


def _start(env, *args) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "symetrie_desktop", *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_second_start_opens_the_file_in_the_running_app(tmp_path, workshops):
    first, other = workshops
    env = _env(tmp_path / "home")
    app = _start(env, str(first))
    try:
        _wait_for(lambda: _lock_owner(first) == app.pid, "window on the first workshop", app)

        second = subprocess.run([sys.executable, "-m", "symetrie_desktop", str(other)],
                                env=env, capture_output=True, text=True, timeout=WAIT_S)
        assert second.returncode == 0, second.stderr
        assert "already running" in second.stdout
        # the running process opened it (a new window in the same process)...
        _wait_for(lambda: _lock_owner(other) == app.pid, "lock of the other workshop", app)
        # ...and still has the first one
        assert _lock_owner(first) == app.pid
        assert app.poll() is None

        # a third start with no file only brings the running app to the front
        third = subprocess.run([sys.executable, "-m", "symetrie_desktop"], env=env,
                               capture_output=True, text=True, timeout=WAIT_S)
        assert third.returncode == 0, third.stderr
        assert app.poll() is None
    finally:
        app.terminate()
        app.wait(timeout=WAIT_S)


def test_another_user_home_gets_its_own_app(tmp_path, monkeypatch):
    """The socket is per user and home: a start with another home is a first start."""
    from symetrie_desktop.ui import single_instance

    names = set()
    for home in ("a", "b"):
        monkeypatch.setenv("HOME", str(tmp_path / home))
        names.add(single_instance.server_name())
    assert len(names) == 2
