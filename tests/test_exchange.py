"""The JSON exchange format: lossless both ways, and every bad input named by its place."""

from __future__ import annotations

import copy
import json
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from symetrie_desktop.disk import import_workshop as import_json
from symetrie_desktop.exchange.demo import demo_workshop
from symetrie_desktop.exchange.files import read_json_file
from symetrie_desktop.exchange.templates import blank, from_template, templates
from symetrie_desktop.exchange.workshop_json import ExchangeError, from_exchange, to_exchange
from symetrie_desktop.store import load_file, write_new


def meaning(doc: dict) -> dict:
    """An exchange document with every id replaced by what it points at, order kept where
    the method gives order a meaning (steps, lanes, cards inside a cell)."""
    people = {p["id"]: p["name"] for p in doc.get("participants", [])}
    # steps and lanes by position: two lanes may share a name, never a place
    steps = {s["id"]: n for n, s in enumerate(doc["steps"])}
    lanes = {x["id"]: n for n, x in enumerate(doc["lanes"])}
    cards = {c["id"]: (c["text"], steps[c["step"]], lanes[c["lane"]]) for c in doc["cards"]}
    ideas = {i["id"]: i["text"] for i in doc.get("ideas", [])}
    cells: dict = {}
    for c in doc["cards"]:
        cells.setdefault((steps[c["step"]], lanes[c["lane"]]), []).append(
            (c["text"], c["kind"], people.get(c.get("author")), tuple(c.get("tags", [])))
        )
    return {
        "workshop": doc["workshop"],
        "participants": [(p["name"], p.get("department"), p.get("office"))
                         for p in doc.get("participants", [])],
        "steps": [(s["name"], s["phase"]) for s in doc["steps"]],
        "lanes": [(x["kind"], x["name"]) for x in doc["lanes"]],
        "cells": cells,
        "links": Counter((cards[x["customer_card"]], cards[x["employee_card"]])
                         for x in doc.get("links", [])),
        "ideas": [(i["text"], i.get("theme", ""), people.get(i.get("author")),
                   tuple(cards[c] for c in i["addresses"])) for i in doc.get("ideas", [])],
        "votes": Counter((people.get(v["participant"]),
                          ideas.get(v["target"]) or cards[v["target"]])
                         for v in doc.get("votes", [])),
        "actions": [(a["title"], a["owner"], a["due"], a["status"],
                     tuple(cards[c] for c in a["addresses"]),
                     tuple(ideas[i] for i in a["ideas"])) for a in doc.get("actions", [])],
    }


def test_demo_import_export_gives_back_the_same_workshop(tmp_path):
    doc = demo_workshop()
    w = from_exchange(doc)
    path = tmp_path / "demo.symetrie"
    write_new(path, w)
    exported = to_exchange(load_file(path))
    assert meaning(exported) == meaning(doc)
    assert to_exchange(from_exchange(exported)) == exported


# -- generated workshops ----------------------------------------------------------------------

clean_texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30
).map(str.strip).filter(bool)
names = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Z")), min_size=1,
                max_size=12)
INFO_KINDS = ["actors", "channels", "tools", "indicators", "custom"]


@st.composite
def workshops(draw) -> dict:
    n_steps = draw(st.integers(1, 4))
    steps = [{"id": f"s{n}", "name": draw(names), "phase": draw(st.sampled_from(
        ["avant", "pendant", "après"]))} for n in range(n_steps)]
    kinds = ["customer", "employee"] + draw(st.lists(st.sampled_from(INFO_KINDS), max_size=3))
    kinds = draw(st.permutations(kinds))
    lanes = [{"id": f"L{n}", "kind": k, "name": draw(names)} for n, k in enumerate(kinds)]
    people = [{"id": f"p{n}", "name": draw(names), "department": draw(st.sampled_from(
        ["", "SAV", "RH"])), "office": draw(st.sampled_from([None, "front", "back"])),
        "colour": "#12ab34"} for n in range(draw(st.integers(0, 4)))]
    author = st.sampled_from([None] + [p["id"] for p in people])
    cards = []
    for n in range(draw(st.integers(0, 14))):
        lane = draw(st.sampled_from(lanes))
        kind = (draw(st.sampled_from(["irritant", "enchantment", "note"]))
                if lane["kind"] in ("customer", "employee") else "note")
        cards.append({"id": f"c{n}", "lane": lane["id"], "step": draw(st.sampled_from(steps))["id"],
                      "kind": kind, "text": draw(clean_texts), "author": draw(author),
                      "tags": draw(st.lists(st.sampled_from(["relational", "digital", "sens"]),
                                            unique=True, max_size=2))})
    lane_kind = {x["id"]: x["kind"] for x in lanes}
    links = []
    for c in cards:
        for e in cards:
            if (lane_kind[c["lane"]], lane_kind[e["lane"]]) == ("customer", "employee") and \
                    c["step"] == e["step"] and "note" not in (c["kind"], e["kind"]) and \
                    draw(st.booleans()):
                links.append({"customer_card": c["id"], "employee_card": e["id"]})
    card_ids = [c["id"] for c in cards]
    ideas = [{"id": f"i{n}", "text": draw(clean_texts), "author": draw(author),
              "theme": draw(st.sampled_from(["", "Outils"])),
              "addresses": draw(st.lists(st.sampled_from(card_ids), unique=True, max_size=2))
              if card_ids else []} for n in range(draw(st.integers(0, 3)))]
    budget = draw(st.integers(0, 3))
    targets = [i["id"] for i in ideas] + card_ids
    votes = []
    if targets:
        for p in [None] + [p["id"] for p in people]:
            for _ in range(draw(st.integers(0, budget if p else 2))):
                votes.append({"participant": p, "target": draw(st.sampled_from(targets))})
    actions = [{"id": f"a{n}", "title": draw(clean_texts), "owner": draw(st.sampled_from(
        ["", "Léa"])), "due": draw(st.sampled_from(["", "2027-01-31"])),
        "status": draw(st.sampled_from(["todo", "doing", "done"])),
        "addresses": draw(st.lists(st.sampled_from(card_ids), unique=True, max_size=2))
        if card_ids else [],
        "ideas": draw(st.lists(st.sampled_from([i["id"] for i in ideas]), unique=True,
                               max_size=2)) if ideas else []}
        for n in range(draw(st.integers(0, 3)))]
    return {"format": "symetrie-workshop", "version": 1,
            "workshop": {"title": draw(clean_texts).replace("\n", " ") or "T",
                         "organization": "", "date": "2026-11-20", "facilitator": "",
                         "objective": draw(st.sampled_from(["", "Réduire les irritants"])),
                         "vote_budget": budget},
            "participants": people, "steps": steps, "lanes": lanes, "cards": cards,
            "links": links, "ideas": ideas, "votes": votes, "actions": actions}


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(doc=workshops())
def test_import_then_export_of_any_workshop_gives_back_the_same_workshop(tmp_path_factory, doc):
    folder = tmp_path_factory.mktemp("rt")
    source = folder / "in.json"
    source.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    import_json(source, folder / "w.symetrie")
    exported = to_exchange(load_file(folder / "w.symetrie"))
    assert meaning(exported) == meaning(doc)
    # and export is a fixed point: importing what we wrote writes the same again
    assert to_exchange(from_exchange(json.loads(json.dumps(exported)))) == exported


# -- bad input ---------------------------------------------------------------------------------


def broken(change) -> dict:
    doc = copy.deepcopy(demo_workshop())
    change(doc)
    return doc


BAD = [
    (lambda d: d.update(format="other"), "format: expected 'symetrie-workshop'"),
    (lambda d: d.update(version=2), "version: 2 is newer"),
    (lambda d: d.update(version="1"), "version: expected a version number"),
    (lambda d: d["cards"][3].update(lane="L9"), "cards[3].lane: unknown lane 'L9'"),
    (lambda d: d["cards"][3].update(step=None), "cards[3].step: expected an id, found null"),
    (lambda d: d["cards"][3].update(kind="joie"), "cards[3].kind: expected one of"),
    (lambda d: d["cards"][3].update(text="   "), "cards[3].text: empty text"),
    (lambda d: d["cards"][3].update(text=["x"]), "cards[3].text: expected text, found a list"),
    (lambda d: d["cards"][3].update(author="p99"), "cards[3].author: unknown participant 'p99'"),
    (lambda d: d["cards"][3].update(tags="relational"), "cards[3].tags: expected a list"),
    (lambda d: d["cards"].__setitem__(4, "x"), "cards[4]: expected an object, found text"),
    (lambda d: d["cards"][5].update(id=d["cards"][4]["id"]), "cards[5].id: duplicate id"),
    (lambda d: d.update(cards={}), "cards: expected a list, found an object"),
    (lambda d: d["steps"][0].update(phase="plus tard"), "steps[0].phase: expected 'avant'"),
    (lambda d: d.update(steps=[]), "steps: a journey needs at least one step"),
    (lambda d: d["lanes"].append({"id": "L77", "kind": "customer", "name": "Bis"}),
     "lanes[6].kind: a second customer lane"),
    (lambda d: d["links"][0].update(customer_card=d["links"][0]["employee_card"]),
     "links[0].customer_card: card"),
    (lambda d: d["ideas"][0].update(addresses=["c1", "nope"]),
     "ideas[0].addresses[1]: unknown card 'nope'"),
    (lambda d: d["votes"][0].update(target="zz"), "votes[0].target: unknown idea or card 'zz'"),
    (lambda d: d["actions"][0].update(due="fin janvier"), "actions[0].due: 'fin janvier' is not"),
    (lambda d: d["actions"][0].update(status="urgent"), "actions[0].status: expected one of"),
    (lambda d: d["workshop"].update(vote_budget=0), "votes[0]: participant"),
    (lambda d: d["workshop"].update(title=""), "workshop.title: empty text"),
    (lambda d: d["participants"][0].update(colour="bleu"), "participants[0].colour: 'bleu'"),
    (lambda d: d["participants"][0].update(office="both"), "participants[0].office: expected"),
]


@pytest.mark.parametrize("change,message", BAD, ids=[m.split(":")[0] for _, m in BAD])
def test_bad_input_is_one_line_naming_the_place(change, message):
    with pytest.raises(ExchangeError) as info:
        from_exchange(broken(change))
    assert str(info.value).startswith(message)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(
    "content,message",
    [
        (b'{"format": "symetrie-workshop",\n "version": 1,,}', "bad.json:2:15: invalid JSON"),
        (b"", "bad.json:1:1: invalid JSON"),
        (b"\xff\xfe{}", "bad.json: not UTF-8 text"),
        (b"[1, 2]", "document: expected an object, found a list"),
        (b"[" * 100_000 + b"]" * 100_000, "invalid JSON"),
    ],
    ids=["syntax", "empty", "utf16", "list", "deep"],
)
def test_a_bad_json_file_is_refused_and_no_workshop_file_is_left(tmp_path, content, message):
    source = tmp_path / "bad.json"
    source.write_bytes(content)
    with pytest.raises(ExchangeError) as info:
        import_json(source, tmp_path / "out.symetrie")
    assert message in str(info.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.json"]


def test_a_bom_and_a_missing_customer_lane_are_accepted(tmp_path):
    doc = demo_workshop()
    customer = next(x["id"] for x in doc["lanes"] if x["kind"] == "customer")
    doc["lanes"] = [x for x in doc["lanes"] if x["kind"] != "customer"]
    doc["cards"] = [c for c in doc["cards"] if c["lane"] != customer]
    doc["links"], doc["ideas"], doc["votes"], doc["actions"] = [], [], [], []
    source = tmp_path / "in.json"
    source.write_bytes(b"\xef\xbb\xbf" + json.dumps(doc).encode())
    w = read_json_file(source)
    kinds = [x.kind for x in w.ordered_lanes()]
    assert kinds[:2] == ["customer", "employee"]


def test_five_templates_each_give_an_empty_journey():
    names = {t.name for t in templates()}
    assert {"ecommerce", "installation", "sinistre", "ouverture-compte",
            "service-public"} <= names
    for name in names:
        w = from_template(name)
        assert len(w.steps) >= 5 and not w.cards
        assert w.info.date  # dated today
        assert [x.kind for x in w.ordered_lanes()][:2] == ["customer", "employee"]
    with pytest.raises(ExchangeError, match="unknown template"):
        from_template("../../etc/passwd")


def test_blank_workshop_has_the_usual_lanes_and_three_phases():
    w = blank()
    assert [s.phase for s in w.ordered_steps()] == ["avant", "pendant", "après"]
    assert len(w.lanes) == 6
