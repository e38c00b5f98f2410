"""The room's tests: a real ``symetrie-desktop serve`` process on 127.0.0.1, and a small client."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest

from symetrie_desktop.commands import Document
from symetrie_desktop.commands.agenda import save_progress
from symetrie_desktop.commands.decide import add_idea
from symetrie_desktop.domain.agenda import PHASE_KEYS, Agenda
from symetrie_desktop.exchange.demo import demo_workshop
from symetrie_desktop.exchange.workshop_json import from_exchange


@dataclass
class Reply:
    status: int
    body: dict
    headers: dict


class Phone:
    """What a phone's page does over HTTP, without a browser."""

    def __init__(self, url: str, phone_id: str | None = None) -> None:
        self.url = url
        self.phone_id = phone_id or uuid.uuid4().hex

    def request(self, method: str, path: str, body: bytes | None = None,
                content_type: str = "application/json", url: str | None = None) -> Reply:
        headers = {"X-Phone": self.phone_id}
        if body is not None:
            headers["Content-Type"] = content_type
        req = urllib.request.Request((url or self.url) + path, data=body, method=method,
                                     headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=10) as r:
                raw, status, hdrs = r.read(), r.status, dict(r.headers)
        except urllib.error.HTTPError as e:
            raw, status, hdrs = e.read(), e.code, dict(e.headers)
        try:
            parsed = json.loads(raw.decode("utf-8")) if raw else {}
        except ValueError:
            parsed = {"raw": raw.decode("utf-8", "replace")}
        return Reply(status, parsed, hdrs)

    def state(self, me: int | None = None) -> Reply:
        return self.request("GET", "api/state" + (f"?me={me}" if me else ""))

    def post_it(self, text: str, step: int = 1, lane: str = "customer",
                kind: str = "irritant", author: int | None = 1,
                card_id: str | None = None) -> Reply:
        body = {"id": card_id or uuid.uuid4().hex, "text": text, "lane": lane, "kind": kind,
                "step": step, "author": author}
        return self.request("POST", "api/cards", json.dumps(body).encode())

    def statuses(self, *ids: str) -> Reply:
        return self.request("POST", "api/cards/status", json.dumps({"ids": list(ids)}).encode())

    def ask_name(self, name: object) -> Reply:
        return self.request("POST", "api/name", json.dumps({"name": name}).encode())

    def change(self, card_id: str, text: str | None) -> Reply:
        body = {"id": card_id, "text": text}
        return self.request("POST", "api/cards/change", json.dumps(body).encode())

    def dots(self, participant: int, idea: int, dots: int) -> Reply:
        body = {"participant": participant, "idea": idea, "dots": dots}
        return self.request("POST", "api/votes", json.dumps(body).encode())


class Serve:
    """``symetrie-desktop serve FILE`` in a child process; ``url`` is its first line."""

    def __init__(self, path: Path, *options: str) -> None:
        self.path = path
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "symetrie_desktop", "serve", str(path),
             "--host", "127.0.0.1", "--port", "0", *options],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        self.url = self.proc.stdout.readline().strip()  # serve prints it once listening
        if not self.url.startswith("http://"):
            self.proc.kill()
            raise AssertionError(f"serve did not start: {self.url!r} {self.proc.stderr.read()}")

    def phone(self, phone_id: str | None = None) -> Phone:
        return Phone(self.url, phone_id)

    def stop(self, sig: int = signal.SIGTERM) -> tuple[int, str]:
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        try:
            out, _err = self.proc.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            out, _err = self.proc.communicate()
        return self.proc.returncode, out


def write_workshop(path: Path, vote: bool = False, ideas: int = 0) -> Path:
    """The demo workshop with no dots placed, optionally in the vote phase and with more ideas."""
    w = from_exchange(demo_workshop())
    w.votes.clear()  # every participant starts with the whole budget
    doc = Document.create(path, w)
    try:
        if vote:
            agenda = Agenda(current=PHASE_KEYS.index("vote"))
            save_progress(doc.workshop, agenda, time.monotonic()).redo(doc)
        for n in range(ideas):
            add_idea(doc.workshop, f"Idée {n + 1} : prévenir le client").redo(doc)
    finally:
        doc.close()
    return path


@pytest.fixture
def serve(tmp_path):
    started: list[Serve] = []

    def start(path: Path | None = None, options: tuple[str, ...] = (), **kwargs) -> Serve:
        path = path or write_workshop(tmp_path / "atelier.symetrie", **kwargs)
        s = Serve(path, *options)
        started.append(s)
        return s

    yield start
    for s in started:
        s.stop()
