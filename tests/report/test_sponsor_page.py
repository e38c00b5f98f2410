"""The first page of the summary is the sponsor's: who, when, then the decisions, on one page."""

from __future__ import annotations

from dataclasses import replace

from symetrie_desktop.domain.matrix import Quadrant, pairs
from symetrie_desktop.report.facts import ranked_ideas
from symetrie_desktop.report.sponsor import MAX_ACTIONS, MAX_PAIRS

from .conftest import squash


def test_the_first_page_holds_what_a_director_reads(render, demo):
    _, _, texts = render(demo)
    first = texts[0]
    info = demo.info
    for value in (info.title, "20/11/2026", *(p.name for p in demo.participants.values())):
        assert squash(value) in first, value
    p1 = [p for p in pairs(demo) if p.quadrant == Quadrant.PRIORITY_1]
    assert len(p1) > MAX_PAIRS  # the demo shows the cut and the pointer to the rest
    for pair in p1[:MAX_PAIRS]:
        assert squash("⚠ " + pair.customer.text) in first  # the board's irritant mark
        assert squash("⚠ " + pair.employee.text) in first
    assert squash(f"et {len(p1) - MAX_PAIRS} de plus") in first
    top = ranked_ideas(demo)[0]
    assert squash(f"{top.votes} vote(s) · {top.idea.text}") in first
    actions = sorted(demo.actions.values(), key=lambda a: a.position)
    assert len(actions) <= MAX_ACTIONS
    for a in actions:
        assert squash(a.title) in first and squash(a.owner) in first, a.title
    assert squash("15/01/2027") in first
    # the curve names its steps (cut to fit, never numbers alone)
    assert squash("Livraison") in first and squash("Découverte de") in first
    assert squash("Chiffres clés") not in first and squash("Chiffres clés") in texts[1]


def test_a_large_plan_stays_on_the_first_page_with_a_pointer(render, demo):
    base = next(iter(demo.actions.values()))
    for n in range(30):
        demo.actions[500 + n] = replace(base, id=500 + n, position=500 + n,
                                        title=f"Action supplémentaire {n}")
    _, _, texts = render(demo, "en")
    assert squash(f"and {len(demo.actions) - MAX_ACTIONS} more") in texts[0]
    assert squash("Key figures") in texts[1]
