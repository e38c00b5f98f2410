"""Checks of the bundled content: journey templates, demo workshop and generated workshop.

These checks use plain Python on the exchange dicts (no Qt, no project importer) so that the
content can be validated independently of the code that consumes it.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from symetrie_desktop.exchange.demo import demo_workshop, generated_workshop

TEMPLATES_DIR = Path(__file__).resolve().parents[1] / "resources" / "templates"
TEMPLATE_NAMES = ("ecommerce", "installation", "sinistre", "ouverture-compte", "service-public")

PHASES = ("avant", "pendant", "après")
LANE_KINDS = {"customer", "employee", "actors", "channels", "tools", "indicators", "custom"}
STANDARD_LANES = [
    ("customer", "Vécu client"),
    ("employee", "Vécu collaborateur"),
    ("actors", "Acteurs (front / back-office)"),
    ("channels", "Canaux et volumétrie"),
    ("tools", "Outils"),
    ("indicators", "Indicateurs"),
]
CARD_KINDS = {"irritant", "enchantment", "note"}
TAGS = {"relational", "digital", "sens", "epanouissement", "connexions", "image", "ecosysteme"}
STATUSES = {"todo", "doing", "done"}
COLLECTIONS = ("participants", "steps", "lanes", "cards", "links", "ideas", "votes", "actions")
COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def reference_errors(doc: dict) -> list[str]:
    """Return every rule of the exchange format (version 1) that ``doc`` breaks."""
    errors: list[str] = []
    if doc.get("format") != "symetrie-workshop" or doc.get("version") != 1:
        errors.append("bad format/version")
    for key in COLLECTIONS:
        if not isinstance(doc.get(key), list):
            errors.append(f"{key} is not a list")
    if errors:
        return errors
    workshop = doc["workshop"]
    budget = workshop["vote_budget"]

    def ids(key: str) -> dict[str, dict]:
        items = {item["id"]: item for item in doc[key]}
        if len(items) != len(doc[key]):
            errors.append(f"duplicate ids in {key}")
        return items

    participants = ids("participants")
    steps = ids("steps")
    lanes = ids("lanes")
    cards = ids("cards")
    ideas = ids("ideas")
    ids("actions")

    for p in participants.values():
        if p["office"] not in ("front", "back", None):
            errors.append(f"participant {p['id']}: office {p['office']!r}")
        if not COLOUR.match(p["colour"]):
            errors.append(f"participant {p['id']}: colour {p['colour']!r}")
    for s in steps.values():
        if s["phase"] not in PHASES:
            errors.append(f"step {s['id']}: phase {s['phase']!r}")
    kinds = Counter(lane["kind"] for lane in lanes.values())
    if set(kinds) - LANE_KINDS:
        errors.append(f"unknown lane kinds {set(kinds) - LANE_KINDS}")
    if kinds["customer"] != 1 or kinds["employee"] != 1:
        errors.append("need exactly one customer lane and one employee lane")

    def lane_kind(card_id: str) -> str:
        return lanes[cards[card_id]["lane"]]["kind"]

    for c in cards.values():
        if c["lane"] not in lanes:
            errors.append(f"card {c['id']}: unknown lane {c['lane']!r}")
            continue
        if c["step"] not in steps:
            errors.append(f"card {c['id']}: unknown step {c['step']!r}")
        if c["kind"] not in CARD_KINDS:
            errors.append(f"card {c['id']}: kind {c['kind']!r}")
        if lane_kind(c["id"]) not in ("customer", "employee") and c["kind"] != "note":
            errors.append(f"card {c['id']}: info lane card is not a note")
        if c["author"] is not None and c["author"] not in participants:
            errors.append(f"card {c['id']}: unknown author {c['author']!r}")
        if not set(c["tags"]) <= TAGS:
            errors.append(f"card {c['id']}: unknown tags {set(c['tags']) - TAGS}")
        if not c["text"].strip():
            errors.append(f"card {c['id']}: empty text")

    for link in doc["links"]:
        cid, eid = link["customer_card"], link["employee_card"]
        if cid not in cards or eid not in cards:
            errors.append(f"link {cid}-{eid}: unknown card")
            continue
        if lane_kind(cid) != "customer" or lane_kind(eid) != "employee":
            errors.append(f"link {cid}-{eid}: not customer -> employee")
        if cards[cid]["step"] != cards[eid]["step"]:
            errors.append(f"link {cid}-{eid}: not the same step")
        if {cards[cid]["kind"], cards[eid]["kind"]} - {"irritant", "enchantment"}:
            errors.append(f"link {cid}-{eid}: a card is a note")

    for idea in ideas.values():
        for cid in idea["addresses"]:
            if cid not in cards or cards[cid]["kind"] != "irritant":
                errors.append(f"idea {idea['id']}: {cid!r} is not an irritant card")
        if idea["author"] is not None and idea["author"] not in participants:
            errors.append(f"idea {idea['id']}: unknown author")

    per_participant: Counter[str] = Counter()
    for vote in doc["votes"]:
        if vote["target"] not in ideas and vote["target"] not in cards:
            errors.append(f"vote for unknown target {vote['target']!r}")
        if vote["participant"] is not None:
            if vote["participant"] not in participants:
                errors.append(f"vote by unknown participant {vote['participant']!r}")
            per_participant[vote["participant"]] += 1
    for pid, n in per_participant.items():
        if n > budget:
            errors.append(f"participant {pid}: {n} votes > budget {budget}")

    for action in doc["actions"]:
        if action["status"] not in STATUSES:
            errors.append(f"action {action['id']}: status {action['status']!r}")
        if action["due"] and not DATE.match(action["due"]):
            errors.append(f"action {action['id']}: due {action['due']!r}")
        if not action["title"].strip() or not isinstance(action["owner"], str):
            errors.append(f"action {action['id']}: title/owner")
        errors.extend(
            f"action {action['id']}: unknown card {cid!r}"
            for cid in action["addresses"]
            if cid not in cards
        )
        errors.extend(
            f"action {action['id']}: unknown idea {iid!r}"
            for iid in action["ideas"]
            if iid not in ideas
        )
    return errors


def quadrants(doc: dict) -> Counter[tuple[str, str]]:
    kinds = {c["id"]: c["kind"] for c in doc["cards"]}
    return Counter(
        (kinds[link["customer_card"]], kinds[link["employee_card"]]) for link in doc["links"]
    )


# -- templates -------------------------------------------------------------------------------


def load_template(name: str) -> dict:
    return json.loads((TEMPLATES_DIR / f"{name}.json").read_text(encoding="utf-8"))


def test_the_five_templates_exist():
    present = {path.stem for path in TEMPLATES_DIR.glob("*.json")}
    assert set(TEMPLATE_NAMES) <= present


@pytest.mark.parametrize("name", TEMPLATE_NAMES)
def test_template_is_a_valid_empty_journey(name):
    doc = load_template(name)
    assert doc["format"] == "symetrie-workshop"
    assert doc["version"] == 1
    assert doc["template"]["name"] == name
    assert doc["template"]["label"] and doc["template"]["description"]
    assert doc["workshop"]["title"] and doc["workshop"]["objective"]
    assert doc["workshop"]["vote_budget"] > 0
    assert reference_errors(doc) == []

    steps = doc["steps"]
    assert 8 <= len(steps) <= 12
    phases = [PHASES.index(step["phase"]) for step in steps]
    assert phases == sorted(phases), "phases must go avant, pendant, après"
    assert set(phases) == {0, 1, 2}
    assert [(lane["kind"], lane["name"]) for lane in doc["lanes"]] == STANDARD_LANES
    for key in ("participants", "cards", "links", "ideas", "votes", "actions"):
        assert doc[key] == [], key


# -- demo workshop ---------------------------------------------------------------------------


def test_demo_references_are_valid():
    doc = demo_workshop()
    assert reference_errors(doc) == []
    assert json.loads(json.dumps(doc, ensure_ascii=False)) == doc


def test_demo_has_the_expected_shape():
    doc = demo_workshop()
    assert len(doc["steps"]) == 8
    assert 10 <= len(doc["participants"]) <= 12
    assert 60 <= len(doc["cards"]) <= 80
    assert 12 <= len(doc["links"]) <= 16
    assert 8 <= len(doc["ideas"]) <= 10
    assert 5 <= len(doc["actions"]) <= 7
    assert [(lane["kind"], lane["name"]) for lane in doc["lanes"]] == STANDARD_LANES
    assert len({p["colour"].lower() for p in doc["participants"]}) == len(doc["participants"])
    assert {p["office"] for p in doc["participants"]} >= {"front", "back"}
    assert all(idea["theme"] for idea in doc["ideas"])
    assert {a["status"] for a in doc["actions"]} == STATUSES
    assert all(a["due"].startswith("2027-") and a["owner"] for a in doc["actions"])


def test_demo_every_step_has_both_experiences():
    doc = demo_workshop()
    lane_kind = {lane["id"]: lane["kind"] for lane in doc["lanes"]}
    for step in doc["steps"]:
        cells = Counter(
            (lane_kind[c["lane"]], c["kind"]) for c in doc["cards"] if c["step"] == step["id"]
        )
        assert cells["customer", "irritant"] >= 1, step["name"]
        assert cells["customer", "enchantment"] >= 1, step["name"]
        assert cells["employee", "irritant"] >= 1, step["name"]
        assert cells["employee", "enchantment"] >= 1, step["name"]
        info = sum(n for (kind, _), n in cells.items() if kind not in ("customer", "employee"))
        assert info >= 1, step["name"]


def test_demo_links_cover_the_four_quadrants():
    found = quadrants(demo_workshop())
    for pair in [
        ("irritant", "irritant"),
        ("enchantment", "irritant"),
        ("irritant", "enchantment"),
        ("enchantment", "enchantment"),
    ]:
        assert found[pair] >= 1, pair
    assert found["irritant", "irritant"] == max(found.values())


def test_demo_votes_leave_someone_who_has_not_voted():
    doc = demo_workshop()
    voters = {vote["participant"] for vote in doc["votes"]}
    everyone = {p["id"] for p in doc["participants"]}
    assert len(voters) > len(everyone) / 2
    assert everyone - voters


# -- generated workshop ----------------------------------------------------------------------


def test_generated_workshop_is_large_and_valid():
    doc = generated_workshop(20, 5000)
    assert len(doc["steps"]) == 20
    assert len(doc["cards"]) == 5000
    assert len(doc["participants"]) == 12
    assert reference_errors(doc) == []
    assert [(lane["kind"], lane["name"]) for lane in doc["lanes"]] == STANDARD_LANES
    phases = [PHASES.index(step["phase"]) for step in doc["steps"]]
    assert phases == sorted(phases) and set(phases) == {0, 1, 2}
    assert len({step["name"] for step in doc["steps"]}) == 20
    cells = {(c["step"], c["lane"]) for c in doc["cards"]}
    assert len(cells) == 20 * 6
    assert 400 <= len(doc["links"]) <= 600
    assert len(doc["ideas"]) == 100
    assert len(doc["actions"]) == 50
    assert doc["votes"]
    lengths = [len(c["text"]) for c in doc["cards"]]
    assert any(150 <= n <= 250 for n in lengths)
    assert max(lengths) <= 250


def test_generated_workshop_is_deterministic():
    assert generated_workshop(20, 5000, seed=3) == generated_workshop(20, 5000, seed=3)
    assert generated_workshop(20, 5000, seed=3) != generated_workshop(20, 5000, seed=4)


@pytest.mark.parametrize(("steps", "cards"), [(1, 0), (1, 1), (1, 7), (3, 10), (40, 300)])
def test_generated_workshop_small_and_odd_sizes(steps, cards):
    doc = generated_workshop(steps, cards)
    assert len(doc["steps"]) == steps
    assert len(doc["cards"]) == cards
    assert reference_errors(doc) == []
    assert len({step["name"] for step in doc["steps"]}) == steps


def test_reference_check_catches_broken_documents():
    doc = demo_workshop()
    doc["links"].append({"customer_card": "c1", "employee_card": "c15"})  # steps s1 / s2
    doc["ideas"][0]["addresses"].append("c3")  # an enchantment
    doc["votes"].extend({"participant": "p12", "target": "i1"} for _ in range(4))
    doc["cards"][0]["step"] = "s99"
    doc["actions"][0]["ideas"].append("i99")
    errors = reference_errors(doc)
    for fragment in (
        "not the same step",
        "not an irritant",
        "> budget",
        "unknown step",
        "unknown idea",
    ):
        assert any(fragment in error for error in errors), fragment
