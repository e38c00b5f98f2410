"""``serve`` from a phone's side: post-its arrive once, bad requests write nothing, and the
room closes cleanly with every acknowledged post-it in the file."""

from __future__ import annotations

import asyncio
import json
import signal
import threading
import urllib.request

import aiohttp

from symetrie_desktop.domain.model import CardKind, LaneKind
from symetrie_desktop.store import load_file

from .conftest import Phone


def _phone_cards(path):
    w = load_file(path)
    return w, [c for c in w.cards.values() if c.text.startswith("Depuis le téléphone")]


def test_first_line_is_the_join_url_and_the_page_is_safe(serve):
    s = serve()
    assert s.url.startswith("http://127.0.0.1:") and "/r/" in s.url and s.url.endswith("/")
    with urllib.request.urlopen(s.url, timeout=5) as r:
        page = r.read().decode("utf-8")
        headers = r.headers
    assert "Envoyer" in page and 'lang="fr"' in page
    csp = headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert headers["Referrer-Policy"] == "no-referrer"
    req = urllib.request.Request(s.url, headers={"Accept-Language": "en-GB,en;q=0.9"})
    with urllib.request.urlopen(req, timeout=5) as r:
        english = r.read().decode("utf-8")
    assert ">Send<" in english and 'lang="en"' in english


def test_a_post_it_is_received_once_with_author_step_lane_and_kind(serve):
    s = serve()
    phone = s.phone()
    state = phone.state().body
    step = state["steps"][2]["id"]
    author = state["participants"][1]["id"]
    first = phone.post_it("Depuis le téléphone : <b>colis</b> abîmé", step=step,
                          lane="employee", kind="enchantment", author=author,
                          card_id="phone-card-0001")
    again = phone.post_it("Depuis le téléphone : <b>colis</b> abîmé", step=step,
                          lane="employee", kind="enchantment", author=author,
                          card_id="phone-card-0001")
    assert first.status == 200 and first.body["status"] == "received"
    assert again.status == 200 and again.body["card"] == first.body["card"]
    # « reçu » means on disk: the file, read while the room is still open, has it once
    w, cards = _phone_cards(s.path)
    assert len(cards) == 1
    card = cards[0]
    assert card.id == first.body["card"] and card.text.endswith("<b>colis</b> abîmé")
    assert (card.step_id, card.author_id, card.kind) == (step, author, CardKind.ENCHANTMENT)
    assert w.lanes[card.lane_id].kind == LaneKind.EMPLOYEE


def test_a_resend_after_a_restart_is_recognised(serve, tmp_path):
    s = serve()
    sent = s.phone().post_it("Depuis le téléphone : avant la coupure", card_id="resend-0001")
    assert sent.status == 200
    code, out = s.stop()
    assert code == 0 and "room closed" in out
    again = serve(s.path)
    resent = again.phone().post_it("Depuis le téléphone : avant la coupure",
                                   card_id="resend-0001")
    assert resent.status == 200 and resent.body["card"] == sent.body["card"]
    assert len(_phone_cards(s.path)[1]) == 1


def test_bad_requests_get_4xx_write_nothing_and_the_room_keeps_serving(serve):
    s = serve()
    before = load_file(s.path)
    phone = s.phone()
    root = s.url.split("/r/")[0]
    valid = json.dumps({"id": "bad-request-01", "text": "Depuis le téléphone : x",
                        "lane": "customer", "kind": "irritant", "step": 1,
                        "author": 1}).encode()
    assert phone.request("GET", "", url=root + "/").status == 404  # no token
    assert phone.request("POST", "api/cards", valid, url=root + "/r/").status == 404
    assert phone.request("POST", "api/cards", valid, url=root + "/r/not-the-token/").status == 404
    assert phone.request("POST", "api/cards", b"x" * 40_000).status == 413
    assert phone.request("POST", "api/cards", b'{"id": "abc", "text": ').status == 400
    assert phone.request("POST", "api/cards", b"[1, 2]").status == 400
    assert phone.request("POST", "api/cards", valid, content_type="text/plain").status == 400
    assert phone.post_it("Depuis le téléphone : x", step=999).status == 400
    assert phone.post_it("Depuis le téléphone : x", author=999).status == 400
    assert phone.post_it("Depuis le téléphone : x", lane="tools").status == 400
    assert phone.post_it("Depuis le téléphone : x", kind="note").status == 400
    assert phone.post_it("   ").status == 400
    assert phone.post_it("Depuis le téléphone : " + "x" * 2000).status == 400
    assert phone.post_it("Depuis le téléphone : x", card_id="../../etc").status == 400
    assert phone.request("GET", "../../../etc/passwd").status == 404
    assert phone.request("DELETE", "api/cards").status in (404, 405)
    after = load_file(s.path)
    assert after.cards == before.cards and after.settings == before.settings
    assert s.phone().post_it("Depuis le téléphone : toujours là").status == 200


def test_a_flooding_phone_gets_429_and_the_others_are_served(serve):
    s = serve()

    async def flood() -> list[int]:
        """1,000 post-its from one phone, all sent at once (no waiting between them)."""
        connector = aiohttp.TCPConnector(limit=0)
        async with aiohttp.ClientSession(connector=connector) as session:
            async def one(n: int) -> int:
                body = {"id": f"flood-post-it-{n:05d}", "text": "Depuis le téléphone : spam",
                        "lane": "customer", "kind": "irritant", "step": 1, "author": None}
                async with session.post(s.url + "api/cards", json=body,
                                        headers={"X-Phone": "flooding-phone-0001"}) as r:
                    await r.read()
                    return r.status

            return await asyncio.gather(*[one(n) for n in range(1000)])

    statuses: list[int] = []
    flooding = threading.Thread(target=lambda: statuses.extend(asyncio.run(flood())))
    flooding.start()
    calm = s.phone("calm-phone-00001").post_it("Depuis le téléphone : je suis calme")
    flooding.join(120)
    assert len(statuses) == 1000
    assert statuses.count(429) > 500  # the burst allowance, then refusals
    assert set(statuses) <= {200, 429}
    assert calm.status == 200
    assert s.phone("calm-phone-00001").post_it("Depuis le téléphone : encore moi").status == 200
    _w, cards = _phone_cards(s.path)
    assert len([c for c in cards if "spam" in c.text]) == statuses.count(200)
    assert len([c for c in cards if "spam" not in c.text]) == 2


def test_sigterm_and_ctrl_c_close_the_room_cleanly(serve):
    path = None
    for sig in (signal.SIGTERM, signal.SIGINT):
        s = serve(path)
        path = s.path
        acked = [s.phone().post_it(f"Depuis le téléphone : {sig} {n}").status for n in range(5)]
        code, out = s.stop(sig)
        assert code == 0 and acked == [200] * 5
        assert "room closed" in out
        assert not (s.path.parent / f".~lock.{s.path.name}").exists()
    assert len(_phone_cards(s.path)[1]) == 10


def test_phone_votes_follow_the_budget_and_hidden_tallies(serve):
    s = serve(vote=True, ideas=3)
    phone = s.phone()
    state = phone.state(me=1).body
    vote = state["vote"]
    assert vote is not None and vote["left"] == vote["budget"] == 3
    ideas = [i["id"] for i in vote["ideas"]]
    assert all(i["total"] is None for i in vote["ideas"])  # hidden until revealed
    assert phone.dots(1, ideas[0], 1).status == 200
    assert phone.dots(1, ideas[0], 1).status == 200  # the same tap sent twice counts once
    assert phone.dots(1, ideas[0], 2).status == 200
    assert phone.dots(1, ideas[1], 1).body["left"] == 0
    over = phone.dots(1, ideas[2], 1)
    assert over.status == 409 and "budget" in over.body["error"]
    assert phone.dots(1, ideas[2], 5).status == 409
    assert phone.dots(1, ideas[0], 1).status == 200  # take one back
    assert phone.dots(1, 999, 1).status == 400
    w = load_file(s.path)
    mine = sorted(v.idea_id for v in w.votes.values() if v.participant_id == 1)
    assert mine == [ideas[0], ideas[1]]
    other = s.phone().state(me=2).body["vote"]
    assert all(i["mine"] == 0 and i["total"] is None for i in other["ideas"])


def test_votes_are_refused_outside_the_vote_phase(serve):
    s = serve(ideas=1)
    phone = s.phone()
    assert phone.state(me=1).body["vote"] is None
    assert phone.dots(1, 1, 1).status == 409
    assert not load_file(s.path).votes


def test_the_phone_files_are_a_fixed_list(serve):
    s = serve()
    phone: Phone = s.phone()
    assert phone.request("GET", "phone.js").status == 200
    assert phone.request("GET", "phone.css").status == 200
    for name in ("phone.html", "..%2F..%2Fpyproject.toml", "resources/room/phone.js"):
        assert phone.request("GET", name).status == 404


def test_a_phone_corrects_then_withdraws_its_own_post_it(serve):
    s = serve()
    phone = s.phone()
    sent = phone.post_it("Depuis le téléphone : fote de frappe", card_id="own-post-it-01")
    cid = sent.body["card"]
    fixed = phone.change("own-post-it-01", "Depuis le téléphone : faute corrigée")
    assert fixed.status == 200 and fixed.body["status"] == "corrected"
    assert load_file(s.path).cards[cid].text == "Depuis le téléphone : faute corrigée"
    # another phone cannot touch it without the post-it's own id, nor send nonsense
    assert phone.change("someone-elses-01", None).status == 404
    assert phone.change("own-post-it-01", "  ").status == 400
    assert phone.change("../../x", None).status == 400
    gone = phone.change("own-post-it-01", None)
    assert gone.status == 200 and gone.body["status"] == "withdrawn"
    assert cid not in load_file(s.path).cards
    assert phone.change("own-post-it-01", "revenir").status == 404
    # a resend of the withdrawn post-it does not bring it back
    again = phone.post_it("Depuis le téléphone : fote de frappe", card_id="own-post-it-01")
    assert again.status == 200 and cid not in load_file(s.path).cards
