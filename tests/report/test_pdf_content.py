"""The PDF summary of the demo workshop holds every card, pair, idea and action, in order.

The text is read back from the PDF with pypdf; blanks are removed on both sides because
the PDF wraps lines where the data has none.
"""

from __future__ import annotations

import re
from collections import Counter

from pypdf import PdfReader

from symetrie_desktop.domain.matrix import (
    Quadrant,
    action_priority,
    card_quadrants,
    ordered_plan,
    pairs_by_quadrant,
)
from symetrie_desktop.domain.model import Action, LaneKind
from symetrie_desktop.report.facts import ranked_ideas

from .conftest import section, squash

BOARD_TITLE = squash("Le tableau de l’atelier — étapes")


def _reading(texts: list[str]) -> str:
    """Every page but the board pages, in order."""
    return "".join(t for t in texts if BOARD_TITLE not in t)


def _positions(text: str, needles: list[str]) -> list[int]:
    """Where each needle is found, each one searched after the previous one (fails if absent)."""
    found, cursor = [], 0
    for needle in needles:
        i = text.index(squash(needle), cursor)
        found.append(i)
        cursor = i + 1
    return found


def test_cover_names_the_workshop_and_the_participants_by_department(render, demo):
    out, pages, texts = render(demo)
    cover = texts[0]
    info = demo.info
    for value in (info.title, info.organization, info.facilitator, info.objective, "20/11/2026"):
        assert squash(value) in cover
    for p in demo.participants.values():
        assert squash(p.name) in cover
    # Service client: three people, in order, under their department, with front/back office
    # (the first page is the sponsor's; the participants by department open the second)
    assert squash("Service client Karim Benali (KB, front-office)") in texts[1]
    assert squash("Lucas Mercier (LM, back-office)") in texts[1]
    assert pages == len(PdfReader(out).pages) >= 8


def test_every_card_is_on_the_board_page_of_its_step_with_its_author(render, demo):
    _, _, texts = render(demo)
    number = {s.id: n for n, s in enumerate(demo.ordered_steps(), 1)}
    board_pages = [t for t in texts if BOARD_TITLE in t]
    assert len(board_pages) >= 2  # 8 steps: two bands of four
    for card in demo.cards.values():
        where = [t for t in board_pages if squash(card.text) in t]
        assert where, card.text
        first, last = map(int, re.search(r"étapes(\d+)à(\d+)sur8", where[0]).groups())
        assert first <= number[card.step_id] <= last
        author = demo.participants[card.author_id].initials
        assert squash(card.text) + "·" + author in where[0]


def test_each_band_page_repeats_its_step_header(render, demo):
    _, _, texts = render(demo)
    steps = demo.ordered_steps()
    for t in (t for t in texts if BOARD_TITLE in t):
        first, last = map(int, re.search(r"étapes(\d+)à(\d+)sur8", t).groups())
        for n in range(first, last + 1):
            assert squash(f"{n}. {steps[n - 1].name}") in t


def test_pairs_are_listed_under_their_quadrant_label_in_order(render, demo):
    _, _, texts = render(demo)
    matrix = section(_reading(texts), "Matrice croisée", "Idées et votes")
    grouped = pairs_by_quadrant(demo)
    number = {s.id: n for n, s in enumerate(demo.ordered_steps(), 1)}
    labels = ["Priorité 1", "Priorité 2", "À examiner", "À capitaliser"]
    heads = _positions(matrix, [f"{label} — " for label in labels]) + [len(matrix)]
    for i, q in enumerate(Quadrant):
        part = matrix[heads[i] : heads[i + 1]]
        assert part.startswith(squash(f"{labels[i]} — {len(grouped[q])} paire(s)"))
        assert grouped[q], f"the demo has pairs in {labels[i]}"
        needles = []
        for pair in grouped[q]:
            needles += [f"{number[pair.step.id]}. {pair.step.name}", pair.customer.text]
            needles.append(pair.employee.text)
        _positions(part, needles)


def test_ideas_are_sorted_by_votes_with_what_they_address(render, demo):
    _, _, texts = render(demo)
    ideas = section(_reading(texts), "Idées et votes", "Plan d’actions Ordonné")
    ranked = ranked_ideas(demo)
    assert [r.votes for r in ranked] == sorted((r.votes for r in ranked), reverse=True)
    assert ranked[0].votes > ranked[-1].votes
    # the expected order is counted here from the votes, not taken from ranked_ideas
    dots = Counter(v.idea_id for v in demo.votes.values() if v.idea_id is not None)
    expected = sorted(demo.ideas.values(), key=lambda i: (-dots[i.id], i.position, i.id))
    assert dots[expected[0].id] > dots[expected[-1].id]
    needles = []
    for idea in expected:
        needles.append(f"{dots[idea.id]} {idea.text}")
        needles += [demo.cards[c].text for c in idea.addresses][:1]
    found = _positions(ideas, needles)
    assert len(found) == len(needles) and found == sorted(found)


def test_action_plan_rows_follow_the_plan_order(render, demo):
    _, _, texts = render(demo)
    plan = section(_reading(texts), "Plan d’actions Ordonné")
    # the order is written here from the method (priority, then dated by date, then
    # undated), not taken from ordered_plan, the function under test
    rows = []
    for action in demo.actions.values():
        q = action_priority(action, demo)
        label = q.label_fr if q else "Hors matrice"
        status = {"todo": "À faire", "doing": "En cours", "done": "Fait"}[action.status]
        due = "/".join(reversed(action.due.split("-")))
        key = (PLAN_ORDER.index(label), action.due == "", action.due, action.position, action.id)
        rows.append((key, f"{label} {action.title} {action.owner} {due} {status}"))
    rows.sort()
    assert len({key[0] for key, _ in rows}) >= 2  # the demo's plan spans several priorities
    found = [squash(plan).find(squash(needle)) for _, needle in rows]
    assert -1 not in found, "a row of the plan is missing from the PDF"
    assert found == sorted(found), "the PDF's plan rows are not in plan order"
    assert [a.id for a, _ in ordered_plan(demo)] == [key[-1] for key, _ in rows]


PLAN_ORDER = ["Priorité 1", "Priorité 2", "À examiner", "À capitaliser", "Hors matrice"]


def test_plan_order_is_priority_then_due_date(render, demo):
    """Actions made to land in each quadrant, typed in the wrong order, print in plan order."""
    placed = card_quadrants(demo)
    card_in = {q: min(c for c, found in placed.items() if found == q) for q in Quadrant}
    demo.actions.clear()
    expected = []
    for n, (q, due) in enumerate(
        [
            (Quadrant.TO_CAPITALISE, "2027-01-01"),
            (Quadrant.PRIORITY_2, "2027-06-01"),
            (Quadrant.PRIORITY_1, "2027-09-01"),
            (Quadrant.TO_EXAMINE, "2027-02-01"),
            (Quadrant.PRIORITY_1, "2027-03-01"),
            (Quadrant.PRIORITY_2, ""),
        ],
        1,
    ):
        demo.actions[100 + n] = Action(
            100 + n, f"Action numéro {n}", due=due, addresses=(card_in[q],), position=-n
        )
        expected.append((q, due == "", due, f"Action numéro {n}"))
    expected.sort()
    _, _, texts = render(demo)
    plan = section(_reading(texts), "Plan d’actions Ordonné")
    labels = {q: q.label_fr for q in Quadrant}
    _positions(plan, [f"{labels[q]} {title}" for q, _, _, title in expected])


def test_insights_name_blind_spot_steps_and_delight_sources(render, demo):
    first = demo.ordered_steps()[0]
    employee = demo.lane_of_kind(LaneKind.EMPLOYEE)
    for card in [c for c in demo.cards.values() if c.step_id == first.id]:
        if card.lane_id == employee.id:
            del demo.cards[card.id]
    demo.links = {link for link in demo.links if link.employee_card_id in demo.cards}
    _, _, texts = render(demo)
    insights = section(_reading(texts), "Enseignements", "Courbe de symétrie")
    blind = section(insights, "Étapes sans vécu collaborateur")
    assert squash(f"1. {first.name}") in blind
    delight = "11 enchantements clients : 5 relationnels, 4 digitaux, 0 les deux, 2 sans étiquette."
    assert squash(delight) in insights
    assert squash("Parmi les enchantements étiquetés, 56 % sont relationnels.") in insights
    assert squash("Cet atelier ne confirme pas") in insights  # 56 % < 80 %


def test_curve_and_counts_per_step(render, demo):
    _, _, texts = render(demo)
    curve = section(_reading(texts), "Courbe de symétrie", "Matrice croisée")
    assert squash("Solde client") in curve and squash("Solde collaborateur") in curve
    counts = section(curve, "Post-it par étape")
    for n, step in enumerate(demo.ordered_steps(), 1):
        assert squash(f"{n} {step.name}") in counts


def test_pages_are_numbered_with_the_generation_date(render, demo):
    _, pages, texts = render(demo)
    for n, t in enumerate(texts, 1):
        assert f"page{n}/{pages}" in t
        assert squash("Synthèse générée le 25/11/2026") in t


def test_english_summary_uses_english_labels(render, demo):
    _, _, texts = render(demo, lang="en")
    text = "".join(texts)
    for label in (
        "Workshop summary",
        "Cross matrix",
        "Action plan",
        "Ideas and votes",
        "Priority 1 — ",
        "Priority 2 — ",
        "To examine — ",
        "To capitalise — ",
        "Symmetry curve",
        "The workshop board — steps 1 to 4 of 8",
        "page 1 / ",
    ):
        assert squash(label) in text, label
    for label in ("Matrice croisée", "Priorité 1 — ", "Plan d’actions", "À capitaliser — "):
        assert squash(label) not in text


def test_an_empty_workshop_still_makes_a_summary(render, demo):
    demo.cards.clear()
    demo.links.clear()
    demo.ideas.clear()
    demo.votes.clear()
    demo.actions.clear()
    _, pages, texts = render(demo)
    text = "".join(texts)
    assert pages >= 3
    for message in (
        "Aucune paire dans ce quadrant.",
        "Aucune idée n’a été proposée.",
        "Aucune action n’a été décidée.",
        "Le tableau est vide.",
    ):
        assert squash(message) in text


def test_to_examine_pairs_show_the_indicators_and_channels_of_their_step(render, demo):
    _, _, texts = render(demo)
    examine = section(_reading(texts), "À examiner — ", "À capitaliser — ")
    indicators = demo.lane_of_kind(LaneKind.INDICATORS)
    for pair in pairs_by_quadrant(demo)[Quadrant.TO_EXAMINE]:
        for card in demo.cell(indicators.id, pair.step.id):
            assert squash(f"Indicateurs : {card.text}") in examine
