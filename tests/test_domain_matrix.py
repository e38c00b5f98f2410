"""The method's cross-matrix rules, checked case by case against DOMAIN.md."""

from __future__ import annotations

import itertools

import pytest

from symetrie_desktop.domain.matrix import (
    Quadrant,
    action_priority,
    can_link,
    card_quadrants,
    ordered_plan,
    pairs,
    pairs_by_quadrant,
    quadrant,
    step_summaries,
    unlinked_irritants,
)
from symetrie_desktop.domain.model import (
    Action,
    Card,
    CardKind,
    Idea,
    Lane,
    LaneKind,
    Link,
    Phase,
    Step,
    Workshop,
    WorkshopInfo,
    initials,
)

IRR, ENC, NOTE = CardKind.IRRITANT, CardKind.ENCHANTMENT, CardKind.NOTE

EXPECTED = {
    (IRR, IRR): Quadrant.PRIORITY_1,
    (ENC, IRR): Quadrant.PRIORITY_2,
    (IRR, ENC): Quadrant.TO_EXAMINE,
    (ENC, ENC): Quadrant.TO_CAPITALISE,
}


@pytest.mark.parametrize("customer,employee", list(itertools.product([IRR, ENC, NOTE], repeat=2)))
def test_quadrant_of_every_pair_of_kinds(customer, employee):
    assert quadrant(customer, employee) == EXPECTED.get((customer, employee))


def test_quadrants_are_ordered_by_urgency_and_labelled_exactly():
    assert sorted(Quadrant) == [
        Quadrant.PRIORITY_1, Quadrant.PRIORITY_2, Quadrant.TO_EXAMINE, Quadrant.TO_CAPITALISE
    ]
    assert [q.label_fr for q in Quadrant] == ["Priorité 1", "Priorité 2", "À examiner",
                                              "À capitaliser"]
    assert [q.label_en for q in Quadrant] == ["Priority 1", "Priority 2", "To examine",
                                              "To capitalise"]


def board(*cards: tuple[int, str, int, CardKind], links=()) -> Workshop:
    """A small workshop: two steps, customer lane 1, employee lane 2, tools lane 3."""
    w = Workshop(WorkshopInfo("Test"))
    w.steps = {1: Step(1, "Commande", Phase.BEFORE, 0), 2: Step(2, "Livraison", Phase.DURING, 1)}
    w.lanes = {1: Lane(1, LaneKind.CUSTOMER, "Client", 0),
               2: Lane(2, LaneKind.EMPLOYEE, "Collab", 1),
               3: Lane(3, LaneKind.TOOLS, "Outils", 2)}
    for n, (cid, lane, step, kind) in enumerate(cards):
        w.cards[cid] = Card(cid, lane, step, kind, f"card {cid}", None, (), n)
    w.links = {Link(a, b) for a, b in links}
    return w


def test_pairs_place_each_link_in_its_quadrant_and_order_by_urgency_then_journey():
    w = board(
        (1, 1, 1, ENC), (2, 2, 1, ENC),  # step 1: capitalise
        (3, 1, 2, IRR), (4, 2, 2, IRR),  # step 2: priority 1
        (5, 1, 1, IRR), (6, 2, 1, ENC),  # step 1: examine
        (7, 1, 1, ENC), (8, 2, 1, IRR),  # step 1: priority 2
        (9, 1, 1, IRR), (10, 2, 1, IRR),  # step 1: priority 1
        links=[(1, 2), (3, 4), (5, 6), (7, 8), (9, 10)],
    )
    got = [(p.customer.id, p.employee.id, p.quadrant, p.step.id) for p in pairs(w)]
    assert got == [
        (9, 10, Quadrant.PRIORITY_1, 1),
        (3, 4, Quadrant.PRIORITY_1, 2),
        (7, 8, Quadrant.PRIORITY_2, 1),
        (5, 6, Quadrant.TO_EXAMINE, 1),
        (1, 2, Quadrant.TO_CAPITALISE, 1),
    ]
    grouped = pairs_by_quadrant(w)
    assert [len(grouped[q]) for q in Quadrant] == [2, 1, 1, 1]


def test_links_the_matrix_cannot_place_are_left_out():
    w = board((1, 1, 1, IRR), (2, 2, 2, IRR), (3, 1, 1, NOTE), (4, 2, 1, IRR), (5, 3, 1, NOTE),
              links=[(1, 2), (3, 4), (5, 4)])
    assert pairs(w) == []


def test_step_summaries_count_each_side_and_kind_and_give_the_balance():
    w = board((1, 1, 1, IRR), (2, 1, 1, IRR), (3, 1, 1, ENC), (4, 2, 1, ENC), (5, 3, 1, NOTE),
              (6, 2, 2, IRR), (7, 1, 2, NOTE))
    first, second = step_summaries(w)
    assert (first.customer_irritants, first.customer_enchantments) == (2, 1)
    assert (first.employee_irritants, first.employee_enchantments) == (0, 1)
    assert (first.customer_balance, first.employee_balance) == (-1, 1)
    assert (second.customer_cards, second.employee_irritants, second.employee_balance) == (0, 1, -1)
    assert [s.step.name for s in (first, second)] == ["Commande", "Livraison"]


def test_action_priority_is_the_most_urgent_quadrant_it_touches_directly_or_through_ideas():
    w = board((1, 1, 1, ENC), (2, 2, 1, ENC), (3, 1, 2, IRR), (4, 2, 2, IRR), (5, 1, 2, IRR),
              links=[(1, 2), (3, 4)])
    w.ideas[1] = Idea(1, "idée", None, (4,))
    direct = Action(1, "a", addresses=(1,))
    through_idea = Action(2, "b", addresses=(2,), ideas=(1,))
    unplaced = Action(3, "c", addresses=(5,))
    assert action_priority(direct, w) == Quadrant.TO_CAPITALISE
    assert action_priority(through_idea, w) == Quadrant.PRIORITY_1
    assert action_priority(unplaced, w) is None
    assert card_quadrants(w) == {1: Quadrant.TO_CAPITALISE, 2: Quadrant.TO_CAPITALISE,
                                 3: Quadrant.PRIORITY_1, 4: Quadrant.PRIORITY_1}


def test_a_card_in_several_pairs_takes_the_most_urgent():
    w = board((1, 1, 1, IRR), (2, 2, 1, ENC), (3, 2, 1, IRR), links=[(1, 2), (1, 3)])
    assert card_quadrants(w)[1] == Quadrant.PRIORITY_1
    assert card_quadrants(w)[2] == Quadrant.TO_EXAMINE


def test_plan_is_ordered_by_priority_then_due_date_with_undated_last():
    w = board((1, 1, 1, IRR), (2, 2, 1, IRR), (3, 1, 1, ENC), (4, 2, 1, IRR), (5, 1, 2, IRR),
              (6, 2, 2, ENC), (7, 1, 2, ENC), (8, 2, 2, ENC),
              links=[(1, 2), (3, 4), (5, 6), (7, 8)])
    w.actions = {
        1: Action(1, "capitaliser", due="2027-01-01", addresses=(7,)),
        2: Action(2, "p1 tard", due="2027-06-01", addresses=(1,)),
        3: Action(3, "p1 sans date", due="", addresses=(2,)),
        4: Action(4, "p1 tôt", due="2027-02-01", addresses=(1,)),
        5: Action(5, "examiner", due="2026-12-01", addresses=(5,)),
        6: Action(6, "p2", due="2028-01-01", addresses=(4,)),
        7: Action(7, "hors matrice", due="2026-01-01"),
    }
    assert [(a.title, q) for a, q in ordered_plan(w)] == [
        ("p1 tôt", Quadrant.PRIORITY_1),
        ("p1 tard", Quadrant.PRIORITY_1),
        ("p1 sans date", Quadrant.PRIORITY_1),
        ("p2", Quadrant.PRIORITY_2),
        ("examiner", Quadrant.TO_EXAMINE),
        ("capitaliser", Quadrant.TO_CAPITALISE),
        ("hors matrice", None),
    ]


def test_unlinked_irritants_are_the_experience_irritants_in_no_link():
    w = board((1, 1, 1, IRR), (2, 2, 1, IRR), (3, 1, 2, IRR), (4, 2, 2, ENC), (5, 3, 1, NOTE),
              (6, 1, 1, ENC), links=[(1, 2)])
    assert [c.id for c in unlinked_irritants(w)] == [3]


@pytest.mark.parametrize(
    "ids,expected",
    [
        ((1, 2), Link(1, 2)),
        ((2, 1), Link(1, 2)),  # either order
        ((1, 3), None),  # different steps
        ((1, 4), None),  # two customer cards
        ((1, 5), None),  # a note in the tools lane
        ((6, 2), None),  # a customer note
        ((1,), None),
        ((1, 2, 3), None),
        ((1, 99), None),
    ],
)
def test_can_link(ids, expected):
    w = board((1, 1, 1, IRR), (2, 2, 1, ENC), (3, 2, 2, IRR), (4, 1, 1, ENC), (5, 3, 1, NOTE),
              (6, 1, 1, NOTE))
    assert can_link(w, ids) == expected


@pytest.mark.parametrize(
    "name,expected",
    [("Anne-Sophie Martin", "AM"), ("Karim", "KA"), ("élodie durand", "ÉD"), ("", "?"),
     ("  ", "?"), ("Jean de la Fontaine", "JF")],
)
def test_initials(name, expected):
    assert initials(name) == expected
