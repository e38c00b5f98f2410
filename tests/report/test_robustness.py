"""Any text a room can type goes through the summary without breaking it."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from symetrie_desktop.domain.model import Participant, Step
from symetrie_desktop.exchange.demo import demo_workshop
from symetrie_desktop.exchange.workshop_json import from_exchange
from symetrie_desktop.report import render_report
from symetrie_desktop.report.facts import collect
from symetrie_desktop.report.labels import Labels
from symetrie_desktop.report.markdown import summary_markdown
from symetrie_desktop.report.plan_csv import plan_csv

# Printable text of every script and symbol, newlines included, never empty once trimmed.
TEXT = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\r") | st.just("\n"),
    min_size=1,
    max_size=300,
).filter(lambda s: s.strip())


@settings(max_examples=8, deadline=None)
@given(texts=st.lists(TEXT, min_size=6, max_size=6), long_name=TEXT)
def test_odd_texts_everywhere_never_break_the_pdf_or_the_exports(texts, long_name):
    w = from_exchange(demo_workshop())
    card = min(w.cards.values(), key=lambda c: c.id)
    w.cards[card.id] = replace(card, text=texts[0])
    step = w.ordered_steps()[0]
    w.steps[step.id] = replace(step, name=(long_name * 10)[:200])
    w.info = replace(w.info, title=texts[1], objective=texts[2], organization=texts[3])
    person = w.ordered_participants()[0]
    w.participants[person.id] = replace(person, name=texts[4][:200], department=texts[5][:200])
    idea = min(w.ideas.values(), key=lambda i: i.id)
    w.ideas[idea.id] = replace(idea, text=texts[5], theme=texts[0][:80])
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "s.pdf"
        pages = render_report(w, out)
        assert pages == len(PdfReader(out).pages)
    assert summary_markdown(collect(w), Labels("fr"))
    assert plan_csv(w).startswith("Rang;")


def test_a_one_step_workshop_with_long_names_and_nobody(tmp_path, demo):
    first = demo.ordered_steps()[0]
    demo.steps = {first.id: replace(first, name="Étape au nom très long " * 8)}
    demo.cards = {k: c for k, c in demo.cards.items() if c.step_id == first.id}
    demo.links = {
        link for link in demo.links
        if link.customer_card_id in demo.cards and link.employee_card_id in demo.cards
    }  # fmt: skip
    demo.participants.clear()
    for lane in list(demo.lanes.values()):
        demo.lanes[lane.id] = replace(lane, name=lane.name + " avec un nom de couloir à rallonge")
    assert render_report(demo, tmp_path / "s.pdf") >= 3


def test_many_steps_and_a_crowded_cell(tmp_path, demo):
    """40 steps in bands of at most six, and 150 post-its in one cell splitting over pages."""
    steps = demo.ordered_steps()
    for n in range(40 - len(steps)):
        demo.steps[1000 + n] = Step(1000 + n, f"Étape ajoutée {n}", position=100 + n)
    lane = next(iter(demo.lanes.values()))
    base = next(c for c in demo.cards.values() if c.lane_id == lane.id)
    for n in range(150):
        demo.cards[5000 + n] = replace(base, id=5000 + n, text=f"Post-it n° {n}", position=99 + n)
    demo.participants[999] = Participant(999, "Sans Métier")
    out = tmp_path / "s.pdf"
    render_report(demo, out)
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "étapes 37 à 40 sur 40" in text
    assert all(f"Post-it n° {n} " in text or f"Post-it n° {n}\n" in text for n in range(150))
    assert "(suite)" in text
