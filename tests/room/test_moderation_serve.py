"""Moderation, typed names and the lock, from a phone's side against a real ``serve``: a
moderated post-it is « reçu » once it is in the file's tray (and survives a killed server),
the lock refuses corrections with a reason the phone translates, hostile inputs write
nothing."""

from __future__ import annotations

import json
import signal

from symetrie_desktop.commands.tray import tray
from symetrie_desktop.store import load_file


def test_a_moderated_post_it_waits_in_the_tray_and_survives_a_killed_server(serve):
    s = serve(options=("--moderate",))
    phone = s.phone()
    cards = load_file(s.path).cards
    sent = phone.post_it("Depuis le téléphone : en attente", step=2, card_id="moderated-001")
    assert sent.status == 200 and sent.body["status"] == "pending"
    again = phone.post_it("Depuis le téléphone : en attente", step=2, card_id="moderated-001")
    assert again.status == 200 and again.body["status"] == "pending"
    assert phone.statuses("moderated-001", "never-sent-01").body["statuses"] == {
        "moderated-001": "pending", "never-sent-01": "unknown"}
    s.stop(signal.SIGKILL)  # a crash: nothing closes the file
    w = load_file(s.path)
    assert [(p.phone_id, p.text, p.step_id) for p in tray(w)] == [
        ("moderated-001", "Depuis le téléphone : en attente", 2)]
    assert w.cards == cards
    # the phone corrects it while it waits, after the restart
    again = serve(s.path, options=("--moderate",)).phone()
    assert again.change("moderated-001", "Depuis le téléphone : corrigé").status == 200
    assert tray(load_file(s.path))[0].text == "Depuis le téléphone : corrigé"


def test_the_lock_refuses_corrections_with_a_reason(serve):
    s = serve(options=("--lock",))
    phone = s.phone()
    sent = phone.post_it("Depuis le téléphone : verrouillé", card_id="locked-post-01")
    assert sent.status == 200
    for text in ("Depuis le téléphone : changé", None):
        refused = phone.change("locked-post-01", text)
        assert refused.status == 423 and refused.body["reason"] == "locked"
    assert load_file(s.path).cards[sent.body["card"]].text == "Depuis le téléphone : verrouillé"
    assert phone.state().body["locked"] is True


def test_refusals_carry_a_reason_code(serve):
    s = serve()
    phone = s.phone()
    assert phone.post_it("x", step=999).body["reason"] == "unknown_step"
    assert phone.post_it("x", author=999).body["reason"] == "unknown_participant"
    assert phone.request("POST", "api/cards", b"{").body["reason"] == "bad_request"
    assert phone.request("POST", "api/cards", b"x" * 40_000).body["reason"] == "too_large"
    assert phone.dots(1, 1, 1).body["reason"] == "vote_closed"


def test_a_typed_name_waits_and_bad_names_write_nothing(serve):
    s = serve()
    phone = s.phone()
    before = load_file(s.path)
    assert phone.ask_name("  ").status == 400
    assert phone.ask_name("x" * 500).status == 400
    assert phone.ask_name(12).status == 400
    assert phone.request("POST", "api/name", b"[1]").status == 400
    assert phone.statuses("../../etc").status == 400
    assert phone.request("POST", "api/cards/status",
                         json.dumps({"ids": ["abcdefgh"] * 101}).encode()).status == 400
    assert phone.state().body["name"] is None
    assert phone.ask_name("Zoé Martin").status == 200
    assert phone.state().body["name"] == {"name": "Zoé Martin", "status": "pending",
                                          "participant": None}
    after = load_file(s.path)
    assert after.participants == before.participants and after.settings == before.settings
