"""The summary grows linearly with the post-its (issue 11).

Under « À examiner » the indicators and channels of a step are printed once per step, not
under each of its pairs (which made the pages grow with the square of the post-its), and in
rows of a few notes, so a step with a hundred indicators never needs a row taller than a page.

The suite compares a dense one-step workshop of 600 and 1,200 post-its (quadratic before:
56 pages at 600); ``make test-large`` runs the same test at 5,000 and 10,000 post-its.
"""

from __future__ import annotations

import os

import pytest

from symetrie_desktop.bench.workload import workload
from symetrie_desktop.domain.insights import examine_notes
from symetrie_desktop.exchange.workshop_json import from_exchange
from symetrie_desktop.report import render_report

from .conftest import section, squash

SIZES = [int(n) for n in os.environ.get("SYMETRIE_SUMMARY_SIZES", "600,1200").split(",")]
STEPS = 1 if SIZES[0] < 5000 else 20


def test_to_examine_prints_the_notes_of_each_step_once(render):
    w = from_exchange(workload(400, steps=3))
    _, _, texts = render(w)
    examine = section("".join(texts), "À examiner — ", "À capitaliser — ")
    pairs = [n for n in examine_notes(w) if n.indicators]
    steps = {n.pair.step.id for n in pairs}
    assert len(pairs) > 2 * len(steps) > 0  # several pairs per step
    assert examine.count(squash("Indicateurs :")) == len(steps)
    for n in pairs:  # and every note is still there
        for card in n.indicators:
            assert squash(card.text)[:20] in examine


def test_twice_the_post_its_give_at_most_2_1_times_the_pages(tmp_path):
    small, large = SIZES
    assert large == 2 * small
    pages = {}
    for n in SIZES:
        workshop = from_exchange(workload(n, steps=STEPS))
        pages[n] = render_report(workshop, tmp_path / f"s{n}.pdf")
    assert pages[small] > 10
    assert pages[large] <= 2.1 * pages[small], pages


@pytest.mark.skipif(SIZES[0] >= 5000, reason="the large form runs only these sizes")
def test_a_step_with_sixty_indicators_still_prints(tmp_path):
    w = from_exchange(workload(1200, steps=1))
    notes = examine_notes(w)
    assert notes and len(notes[0].indicators) > 40
    assert render_report(w, tmp_path / "dense.pdf") > 0
