"""The edits a phone makes: a post-it recognised when sent again, dots one tap at a time."""

from __future__ import annotations

import pytest

from symetrie_desktop.commands import Document
from symetrie_desktop.commands.decide import add_idea
from symetrie_desktop.commands.edit import EditError
from symetrie_desktop.commands.room import (
    add_phone_card,
    add_phone_cards,
    received_card,
    room_cards,
    set_phone_dots,
)
from symetrie_desktop.domain import votes
from symetrie_desktop.domain.model import LaneKind
from symetrie_desktop.domain.rules import RuleError
from symetrie_desktop.store import load_file


def test_a_phone_post_it_is_one_undoable_edit_remembered_in_the_file(demo_doc):
    w = demo_doc.workshop
    edit = add_phone_card(w, "phone-post-it-1", "customer", 2, "irritant", "Trop d'attente", 1)
    edit.redo(demo_doc)
    cid = edit.created
    card = demo_doc.workshop.cards[cid]
    assert demo_doc.workshop.lanes[card.lane_id].kind == LaneKind.CUSTOMER
    assert (card.step_id, card.author_id, card.text) == (2, 1, "Trop d'attente")
    assert cid in room_cards(demo_doc.workshop)
    # read back from disk by a fresh reader: the id of the phone is durable with the card
    on_disk = load_file(demo_doc.path)
    assert received_card(on_disk, "phone-post-it-1") == cid
    again = add_phone_card(on_disk, "phone-post-it-1", "customer", 2, "irritant", "Trop", 1)
    assert again.empty and again.created == cid
    edit.undo(demo_doc)
    assert cid not in demo_doc.workshop.cards
    assert received_card(load_file(demo_doc.path), "phone-post-it-1") is None


@pytest.mark.parametrize("args", [
    ("short", "customer", 1, "irritant", "x"),
    ("phone-post-it-2", "tools", 1, "irritant", "x"),
    ("phone-post-it-2", "customer", 1, "note", "x"),
    ("phone-post-it-2", "customer", 99, "irritant", "x"),
    ("phone-post-it-2", "customer", 1, "irritant", "  "),
])
def test_a_phone_post_it_is_checked_like_any_other(demo, args):
    with pytest.raises(RuleError):  # EditError or the text rules' RuleError
        add_phone_card(demo, *args)


def test_dots_move_one_tap_at_a_time_within_the_budget(tmp_path, demo):
    demo.votes.clear()
    doc = Document.create(tmp_path / "v.symetrie", demo)
    try:
        add_idea(doc.workshop, "Une idée").redo(doc)
        idea = max(doc.workshop.ideas)
        assert set_phone_dots(doc.workshop, 1, idea, 0).empty
        for n in (1, 2, 3):
            set_phone_dots(doc.workshop, 1, idea, n).redo(doc)
        assert votes.dots_of(doc.workshop, 1, idea) == 3
        with pytest.raises(EditError, match="budget"):
            set_phone_dots(doc.workshop, 1, idea, 4)
        with pytest.raises(EditError):
            set_phone_dots(doc.workshop, 1, idea, 1)  # a stale phone jumping two dots
        set_phone_dots(doc.workshop, 1, idea, 2).redo(doc)
        assert votes.dots_of(load_file(doc.path), 1, idea) == 2
    finally:
        doc.close()


def test_hundreds_of_phone_post_its_keep_the_file_within_its_limits(demo_doc):
    for n in range(250):  # more than the settings a workshop may hold, one per post-it
        add_phone_card(demo_doc.workshop, f"many-post-its-{n:04d}", "employee", 1,
                       "irritant", f"Post-it {n}").redo(demo_doc)
    on_disk = load_file(demo_doc.path)  # reading checks the limits
    assert len([k for k in on_disk.settings if k.startswith("room.")]) <= 16
    assert len(room_cards(on_disk)) == 250
    assert received_card(on_disk, "many-post-its-0007") in on_disk.cards


def test_post_its_that_arrive_together_are_one_edit_and_a_twin_is_kept_once(demo_doc):
    item = {"phone_id": "batch-post-it-1", "lane": "customer", "step_id": 1,
            "kind": "irritant", "text": "Premier"}
    batch = [item, {**item, "phone_id": "batch-post-it-2", "text": "Second"}, dict(item),
             {**item, "phone_id": "batch-post-it-3", "lane": "tools"}]
    edit, answers = add_phone_cards(demo_doc.workshop, batch)
    first, second, twin, refused = answers
    assert twin == first and second == first + 1 and isinstance(refused, str)
    before = len(demo_doc.workshop.cards)
    edit.redo(demo_doc)
    on_disk = load_file(demo_doc.path)
    assert len(on_disk.cards) == before + 2
    assert [on_disk.cards[c].text for c in (first, second)] == ["Premier", "Second"]
    assert received_card(on_disk, "batch-post-it-3") is None
    edit.undo(demo_doc)  # one undo takes the whole batch back
    assert len(load_file(demo_doc.path).cards) == before
