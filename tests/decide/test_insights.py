"""The cross matrix of a hand-built workshop, pair by pair, and the insights read from it."""

from __future__ import annotations

from dataclasses import replace

from symetrie_desktop.domain import insights
from symetrie_desktop.domain.matrix import (
    Quadrant,
    card_quadrants,
    pairs_by_quadrant,
    step_summaries,
    unlinked_irritants,
)
from symetrie_desktop.domain.model import Card, CardKind, Tag

from .handmade import EXPECTED, handmade


def test_matrix_matches_the_method_pair_by_pair():
    w = handmade()
    grouped = pairs_by_quadrant(w)
    got = {
        q.value: [(p.customer.id, p.employee.id) for p in grouped[q]] for q in Quadrant
    }
    assert got == EXPECTED
    steps = {q.value: [p.step.name for p in grouped[q]] for q in Quadrant}
    assert steps == {1: ["Commande", "Facture"], 2: ["Commande", "Livraison"],
                     3: ["Livraison"], 4: ["Commande"]}


def test_quadrant_labels_follow_the_method():
    assert [q.label_fr for q in Quadrant] == [
        "Priorité 1", "Priorité 2", "À examiner", "À capitaliser"]


def test_card_in_several_pairs_takes_the_most_urgent_quadrant():
    q = card_quadrants(handmade())
    assert q[2] == Quadrant.PRIORITY_1  # in P1 (with 1) and P2 (with 3)
    assert q[3] == Quadrant.PRIORITY_2  # in P2 (with 2) and À capitaliser (with 4)
    assert q[4] == Quadrant.TO_CAPITALISE
    assert 16 not in q and 14 not in q


def test_unlinked_irritants_are_those_left_to_pair():
    assert [c.id for c in unlinked_irritants(handmade())] == []
    w = handmade()
    w.links = {link for link in w.links if link.customer_card_id != 14}
    assert [c.id for c in unlinked_irritants(w)] == [14]


def test_step_counts_and_balances():
    rows = {s.step.name: s for s in step_summaries(handmade())}
    livraison = rows["Livraison"]
    assert (livraison.customer_irritants, livraison.customer_enchantments) == (1, 1)
    assert (livraison.employee_irritants, livraison.employee_enchantments) == (1, 1)
    assert rows["Service client"].customer_balance == 0
    assert rows["Service client"].employee_balance == 0
    assert rows["Facture"].customer_balance == 0  # one irritant, one enchantment
    assert rows["Facture"].employee_balance == -1  # the note is not counted


def test_moment_share_counts_customer_enchantments_by_tag():
    share = insights.moment_share(handmade())
    # enchantments: 3 relational, 7 both, 15 digital, 17 relational
    assert (share.relational, share.digital, share.both, share.untagged) == (2, 1, 1, 0)
    assert share.tagged == 4 and share.total == 4
    assert share.relational_share == 0.5
    assert share.supports_claim is None  # four tagged post-its settle nothing either way


def test_moment_share_claim_and_no_data():
    w = handmade()
    for cid in (7, 15):
        w.cards[cid] = replace(w.cards[cid], tags=("relational",))
    w.cards[99] = Card(99, 1, 1, CardKind.ENCHANTMENT, "Sans étiquette", position=99)
    share = insights.moment_share(w)
    assert share.relational_share == 1.0 and share.supports_claim is None  # only 4 tagged
    assert share.untagged == 1
    for n in range(100, 100 + insights.MIN_TAGGED):  # enough relational ones to settle it
        w.cards[n] = Card(n, 1, 1, CardKind.ENCHANTMENT, "Accueil", tags=("relational",),
                          position=n)
    assert insights.moment_share(w).supports_claim is True
    for n in range(200, 230):  # as many digital ones: the workshop does not bear it out
        w.cards[n] = Card(n, 1, 1, CardKind.ENCHANTMENT, "Appli", tags=("digital",),
                          position=n)
    assert insights.moment_share(w).supports_claim is False
    w.cards = {k: replace(c, tags=()) for k, c in w.cards.items()}
    empty = insights.moment_share(w)
    assert empty.relational_share is None and empty.supports_claim is None
    irritants = insights.moment_share(handmade(), CardKind.IRRITANT)
    assert (irritants.digital, irritants.untagged) == (2, 2)


def test_employee_irritants_per_dimension():
    counts, untagged = insights.dimension_irritants(handmade())
    by_tag = {c.dimension: [card.id for card in c.cards] for c in counts}
    assert list(by_tag) == [Tag.SENS, Tag.EPANOUISSEMENT, Tag.CONNEXIONS, Tag.IMAGE,
                            Tag.ECOSYSTEME]
    assert by_tag[Tag.ECOSYSTEME] == [2, 8]
    assert by_tag[Tag.EPANOUISSEMENT] == [8]
    assert by_tag[Tag.SENS] == [] and by_tag[Tag.CONNEXIONS] == []  # enchantments not counted
    assert [c.id for c in untagged] == [13]


def test_blind_spots_are_steps_without_employee_card():
    spots = insights.blind_spots(handmade())
    assert [(s.step.name, s.customer_cards) for s in spots] == [("Service client", 2)]
    w = handmade()
    w.cards = {k: c for k, c in w.cards.items() if k != 13}
    # Facture still has the employee note: somebody spoke for the staff there.
    assert [s.step.name for s in insights.blind_spots(w)] == ["Service client"]
    w.cards = {k: c for k, c in w.cards.items() if k != 16}
    assert [s.step.name for s in insights.blind_spots(w)] == ["Facture", "Service client"]


def test_examine_pairs_carry_indicators_and_channels_of_their_step():
    notes = insights.examine_notes(handmade())
    assert len(notes) == 1
    n = notes[0]
    assert (n.pair.customer.id, n.pair.employee.id) == (5, 6)
    assert [c.text for c in n.indicators] == ["Coût par colis livré", "Taux de premier passage"]
    assert [c.text for c in n.channels] == ["2 500 colis par jour"]


def test_divergence_per_step():
    d = dict((s.name, gap) for s, gap in insights.divergence(handmade()))
    assert d == {"Commande": 0, "Livraison": 0, "Facture": 1, "Service client": 0}


def test_no_verdict_below_the_fewest_post_its_that_can_settle_it():
    """The threshold is not picked by hand: it is the fewest post-its whose share, all
    relational, still clears 80 % at its one-sided 95 % Wilson bound."""
    n = insights.MIN_TAGGED
    assert insights.wilson_bounds(n, n)[0] >= insights.CLAIM_THRESHOLD
    assert insights.wilson_bounds(n - 1, n - 1)[0] < insights.CLAIM_THRESHOLD
    assert insights.MomentShare(relational=n - 1).supports_claim is None
    assert insights.MomentShare(relational=n).supports_claim is True
