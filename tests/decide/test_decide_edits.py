"""Decision edits: each applies through the store, undoes back to exactly what was there (in
memory and on disk), and refuses what the method does not allow."""

from __future__ import annotations

import pytest

from symetrie_desktop.commands import Document, EditError, decide
from symetrie_desktop.domain import votes
from symetrie_desktop.domain.matrix import Quadrant, ordered_plan
from symetrie_desktop.domain.model import Status
from symetrie_desktop.domain.rules import RuleError
from symetrie_desktop.exchange.workshop_json import to_exchange
from symetrie_desktop.store import load_file

from .handmade import handmade


@pytest.fixture
def doc(tmp_path):
    d = Document.create(tmp_path / "fait-main.symetrie", handmade())
    yield d
    d.close()


def snapshot(doc: Document) -> dict:
    memory = to_exchange(doc.workshop)
    assert to_exchange(load_file(doc.path)) == memory
    return memory


def apply_and_undo(doc: Document, edit) -> dict:
    """Apply, check disk, undo back to the same workshop, redo; returns the state after."""
    before = snapshot(doc)
    edit.redo(doc)
    after = snapshot(doc)
    assert after != before
    edit.undo(doc)
    assert snapshot(doc) == before
    edit.redo(doc)
    assert snapshot(doc) == after
    return after


def run(doc, factory, *args, **kwargs):
    edit = factory(doc.workshop, *args, **kwargs)
    apply_and_undo(doc, edit)
    return edit


def test_add_idea_and_idea_from_irritant(doc):
    edit = run(doc, decide.add_idea, "  Motif de refus visible  ", [1, 2, 1], 1, " Outils ")
    idea = doc.workshop.ideas[edit.created]
    assert (idea.text, idea.addresses, idea.author_id, idea.theme) == (
        "Motif de refus visible", (1, 2), 1, "Outils")
    edit = run(doc, decide.idea_from_irritant, 12)
    seeded = doc.workshop.ideas[edit.created]
    assert seeded.text == "Résoudre : Facture introuvable"
    assert seeded.addresses == (12,) and seeded.position == idea.position + 1
    edit = run(doc, decide.idea_from_irritant, 13, "Avoirs automatiques", 2, "Outils")
    assert doc.workshop.ideas[edit.created].text == "Avoirs automatiques"
    assert load_file(doc.path).ideas[edit.created].addresses == (13,)


def test_idea_from_several_irritants_and_theme_rename(doc):
    edit = run(doc, decide.idea_from_irritants, [12, 13], author=3, theme="Facture")
    idea = load_file(doc.path).ideas[edit.created]
    assert (idea.text, idea.addresses, idea.author_id) == (
        "Résoudre : Facture introuvable", (12, 13), 3)
    decide.add_idea(doc.workshop, "B", [1], theme="Facture").redo(doc)
    decide.add_idea(doc.workshop, "C", [1], theme="Outils").redo(doc)
    run(doc, decide.rename_theme, "Facture", "  Outils ")
    assert {i.theme for i in load_file(doc.path).ideas.values()} == {"Outils"}
    assert decide.rename_theme(doc.workshop, "Outils", "Outils").empty
    with pytest.raises(EditError):
        decide.idea_from_irritants(doc.workshop, [])


def test_ideas_answer_irritants_only(doc):
    for bad in ([3], [9], [999]):
        with pytest.raises(EditError):
            decide.add_idea(doc.workshop, "x", bad)
    with pytest.raises(EditError):
        decide.idea_from_irritant(doc.workshop, 4)
    for text in ("", "   ", "x" * 20_001):
        with pytest.raises(RuleError):
            decide.add_idea(doc.workshop, text, [1])


def test_long_irritant_seeds_a_short_idea(doc):
    doc.apply(decide.add_idea(doc.workshop, "a", [1]).ops)  # ids keep counting
    edit = decide.add_idea(doc.workshop, "<b>&</b> 🙂 " + "مرحبا " * 2000, [1])
    edit.redo(doc)
    assert load_file(doc.path).ideas[edit.created].text.startswith("<b>&</b> 🙂")


def test_update_idea(doc):
    edit = decide.add_idea(doc.workshop, "Idée", [1])
    edit.redo(doc)
    iid = edit.created
    run(doc, decide.update_idea, iid, text="Idée revue", theme="Organisation", addresses=[1, 12])
    idea = load_file(doc.path).ideas[iid]
    assert (idea.text, idea.theme, idea.addresses) == ("Idée revue", "Organisation", (1, 12))
    assert decide.update_idea(doc.workshop, iid, text="Idée revue").empty
    with pytest.raises(EditError):
        decide.update_idea(doc.workshop, iid, addresses=[1, 3])
    with pytest.raises(EditError):
        decide.update_idea(doc.workshop, iid, colour="red")


def _ideas_votes_action(doc):
    for text, cards, theme in (("A", [1], ""), ("B", [12, 1], "Outils"), ("C", [13], "Orga")):
        decide.add_idea(doc.workshop, text, cards, theme=theme).redo(doc)
    for pid, iid in ((1, 2), (2, 2), (2, 3), (None, 1)):
        decide.add_vote(doc.workshop, pid, iid).redo(doc)
    decide.add_action(doc.workshop, "Act", ideas=[3, 1]).redo(doc)


def test_merge_moves_votes_addresses_and_action_references(doc):
    _ideas_votes_action(doc)
    edit = run(doc, decide.merge_ideas, 1, [2, 3])
    assert edit.text == "Fusionner 3 idées"
    w = load_file(doc.path)
    assert list(w.ideas) == [1]
    idea = w.ideas[1]
    assert idea.text == "A\nB\nC" and idea.addresses == (1, 12, 13) and idea.theme == "Outils"
    assert sorted((v.participant_id or 0, v.idea_id) for v in w.votes.values()) == [
        (0, 1), (1, 1), (2, 1), (2, 1)]
    assert w.actions[1].ideas == (1,)
    with pytest.raises(EditError):
        decide.merge_ideas(doc.workshop, 1, [1])


def test_remove_ideas_takes_votes_and_references(doc):
    _ideas_votes_action(doc)
    run(doc, decide.remove_ideas, [1, 3])
    w = load_file(doc.path)
    assert list(w.ideas) == [2]
    assert {v.idea_id for v in w.votes.values()} == {2}
    assert w.actions[1].ideas == ()


def test_votes_within_budget_then_refused(doc):
    decide.add_idea(doc.workshop, "A", [1]).redo(doc)
    run(doc, decide.add_vote, 1, 1)
    decide.add_vote(doc.workshop, 1, 1).redo(doc)  # two dots on one idea is allowed
    with pytest.raises(EditError, match="budget exceeded: Anne Roy has already placed 2 of 2"):
        decide.add_vote(doc.workshop, 1, 1)
    run(doc, decide.remove_vote, 1, 1)
    assert votes.used(doc.workshop, 1) == 1
    with pytest.raises(EditError):
        decide.remove_vote(doc.workshop, 3, 1)
    with pytest.raises(EditError):
        decide.add_vote(doc.workshop, 1, 42)
    with pytest.raises(EditError):
        decide.add_vote(doc.workshop, 42, 1)


def test_anonymous_round_is_bounded_by_the_room(doc):
    decide.add_idea(doc.workshop, "A", [1]).redo(doc)
    decide.set_vote_budget(doc.workshop, 1).redo(doc)
    decide.set_vote_excluded(doc.workshop, [4]).redo(doc)
    decide.add_vote(doc.workshop, 1, 1).redo(doc)
    run(doc, decide.add_vote, None, 1)
    decide.add_vote(doc.workshop, None, 1).redo(doc)  # 3 voters x 1 - 1 named = 2
    with pytest.raises(EditError, match="anonymous"):
        decide.add_vote(doc.workshop, None, 1)


def test_settings_reveal_and_exclusion(doc):
    assert decide.set_votes_revealed(doc.workshop, False).empty
    run(doc, decide.set_votes_revealed, True)
    assert votes.is_revealed(load_file(doc.path))
    assert decide.set_votes_revealed(doc.workshop, True).empty
    decide.add_idea(doc.workshop, "A", [1]).redo(doc)
    decide.add_vote(doc.workshop, 4, 1).redo(doc)
    edit = run(doc, decide.set_vote_excluded, [4])
    assert len(edit.ops) == 2  # the facilitator's dot goes with the exclusion
    w = load_file(doc.path)
    assert votes.excluded(w) == {4} and not w.votes
    with pytest.raises(EditError, match="left out"):
        decide.add_vote(doc.workshop, 4, 1)
    run(doc, decide.set_vote_excluded, [])
    with pytest.raises(EditError):
        decide.set_vote_excluded(doc.workshop, [99])


def test_budget_cannot_drop_below_votes_used(doc):
    decide.add_idea(doc.workshop, "A", [1]).redo(doc)
    for _ in range(2):
        decide.add_vote(doc.workshop, 2, 1).redo(doc)
    with pytest.raises(EditError, match="Bruno Cas has already placed 2 votes"):
        decide.set_vote_budget(doc.workshop, 1)
    run(doc, decide.set_vote_budget, 5)
    assert load_file(doc.path).info.vote_budget == 5
    for bad in (-1, 100, "3", True):
        with pytest.raises(EditError):
            decide.set_vote_budget(doc.workshop, bad)


def test_actions_add_update_remove_and_from_idea(doc):
    decide.add_idea(doc.workshop, "Motif de refus visible\ndétails", [1, 2]).redo(doc)
    edit = run(doc, decide.action_from_idea, 1, "Anne Roy", "2027-03-01")
    a = load_file(doc.path).actions[edit.created]
    assert (a.title, a.owner, a.due, a.status, a.addresses, a.ideas) == (
        "Motif de refus visible", "Anne Roy", "2027-03-01", Status.TO_DO, (1, 2), (1,))
    run(doc, decide.update_action, a.id, status="doing", due="", owner=" Bruno   Cas ")
    a = load_file(doc.path).actions[a.id]
    assert (a.status, a.due, a.owner) == (Status.DOING, "", "Bruno Cas")
    for bad in ({"due": "31/12/2027"}, {"status": "later"}, {"title": " "},
                {"addresses": [999]}, {"ideas": [999]}, {"colour": 1}):
        with pytest.raises(ValueError):
            decide.update_action(doc.workshop, a.id, **bad)
    run(doc, decide.remove_action, a.id)
    assert not load_file(doc.path).actions


def test_plan_order_follows_the_quadrants(doc):
    # card 6 only in À examiner, 4 only in À capitaliser, 1 in P1, 7 in P2, 14 in no pair
    for title, cards, due in (("capitaliser", [4], ""), ("examiner", [6], "2027-01-01"),
                              ("sans paire", [14], "2026-12-01"), ("p2 tard", [7], "2027-06-01"),
                              ("p2 tôt", [7], "2027-02-01"), ("p1", [1], "")):
        decide.add_action(doc.workshop, title, due=due, addresses=cards).redo(doc)
    plan = ordered_plan(load_file(doc.path))
    assert [(a.title, q) for a, q in plan] == [
        ("p1", Quadrant.PRIORITY_1),
        ("p2 tôt", Quadrant.PRIORITY_2),
        ("p2 tard", Quadrant.PRIORITY_2),
        ("examiner", Quadrant.TO_EXAMINE),
        ("capitaliser", Quadrant.TO_CAPITALISE),
        ("sans paire", None),
    ]


def test_mixed_rounds_keep_the_room_within_budget(doc):
    decide.add_idea(doc.workshop, "A", [1]).redo(doc)
    for _ in range(8):  # 4 voters x 2: the anonymous round takes every dot of the room
        decide.add_vote(doc.workshop, None, 1).redo(doc)
    with pytest.raises(EditError, match="anonymous round has placed all"):
        decide.add_vote(doc.workshop, 1, 1)
    with pytest.raises(EditError, match="remaining voters"):
        decide.set_vote_excluded(doc.workshop, [4])
    decide.remove_vote(doc.workshop, None, 1).redo(doc)
    run(doc, decide.add_vote, 1, 1)


def test_set_theme_groups_several_ideas_in_one_edit(doc):
    for text in ("A", "B", "C"):
        decide.add_idea(doc.workshop, text, [1], theme="Vrac").redo(doc)
    edit = run(doc, decide.set_theme, [1, 3, 3], " Outils ")
    assert len(edit.ops) == 2 and edit.label == "Regrouper des idées"
    assert [i.theme for i in load_file(doc.path).ordered_ideas()] == ["Outils", "Vrac", "Outils"]
    assert decide.set_theme(doc.workshop, [1], "Outils").empty
    with pytest.raises(EditError):
        decide.set_theme(doc.workshop, [42], "Outils")
