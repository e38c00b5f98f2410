"""Defects found walking through a workshop in a real room, each driven like a person and
checked on disk or on the real widgets."""

from __future__ import annotations

import json
from html import escape
from itertools import pairwise

import pytest
from PySide6.QtCore import Qt

from symetrie_desktop.commands import board as board_edits
from symetrie_desktop.commands import decide
from symetrie_desktop.domain import votes
from symetrie_desktop.domain.model import CardKind, LaneKind
from symetrie_desktop.ui.board import style


@pytest.fixture(autouse=True)
def laptop_profile():
    yield
    style.set_projector(False)


def test_alt_kind_keys_pressed_on_the_board_are_not_lost(qtbot, window, ui):
    """Alt+2 with the board focused, then typing: the post-it is an enchantment."""
    view = window.view
    customer = ui.lane_id(window.model.workshop, LaneKind.CUSTOMER)
    window.capture.lane.setCurrentIndex(window.capture.lane.findData(customer))
    window.capture.kind.setCurrentIndex(window.capture.kind.findData(CardKind.IRRITANT))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(view, "A")  # the first key on the board goes to the capture bar…
    assert window.capture.line.hasFocus()
    qtbot.keyClicks(window.capture.line, "ccueil chaleureux")  # …which keeps the focus
    qtbot.keyClick(window.capture.line, Qt.Key.Key_Return)
    saved = ui.on_disk(window)
    added = max(saved.cards.values(), key=lambda c: c.id)
    assert added.text == "Accueil chaleureux"
    assert added.kind == CardKind.ENCHANTMENT


def test_leaving_projector_mode_from_a_decision_tab_brings_the_status_bar_back(qtbot, window,
                                                                                tmp_path):
    assert window.statusBar().isVisible()
    window.tabs.setCurrentIndex(1)  # the cross matrix
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.projector.active
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.projector.active
    assert window.statusBar().isVisible()
    # an export confirmation is seen
    assert window.export_png(tmp_path / "t.png")  # drawn, then written off the UI thread
    qtbot.waitUntil(lambda: "Tableau exporté" in window.statusBar().currentMessage(),
                    timeout=20000)


def test_two_linked_pairs_of_one_step_run_on_separate_margin_lines(qtbot, window, ui):
    """Two links from one customer post-it: each has its own vertical line in the margin."""
    w = window.model.workshop
    customer, employee = (ui.lane_id(w, k) for k in (LaneKind.CUSTOMER, LaneKind.EMPLOYEE))
    step = ui.step_ids(w)[0]
    model = window.model
    c = model.try_push(board_edits.add_card, customer, step, CardKind.IRRITANT, "Client A")
    e1 = model.try_push(board_edits.add_card, employee, step, CardKind.IRRITANT, "Collab B")
    e2 = model.try_push(board_edits.add_card, employee, step, CardKind.ENCHANTMENT, "Collab C")
    assert model.try_push(board_edits.link_cards, c.created, e1.created) is not None
    assert model.try_push(board_edits.link_cards, c.created, e2.created) is not None
    saved = ui.on_disk(window)
    step_links = [link for link in saved.links
                  if saved.cards[link.customer_card_id].step_id == step]
    # the vertical segment of each link, read from the drawn path (its second point)
    tracks = sorted(window.view.board.links[link].path().elementAt(1).x for link in step_links)
    assert len(tracks) >= 2
    gaps = [b - a for a, b in pairwise(tracks)]
    assert min(gaps) >= 3  # lines at least 3 scene pixels apart: each one can be followed


def test_the_vote_panel_never_says_everyone_voted_while_dots_are_left(qtbot, window):
    model = window.model
    w = model.workshop
    assert model.try_push(decide.set_vote_budget, 9) is not None
    idea = model.try_push(decide.add_idea, "Un rappel SMS la veille du rendez-vous", [])
    assert idea is not None
    idea_id = max(model.workshop.ideas)
    for p in votes.voters(w):  # everyone places a dot, and has some left
        assert model.try_push(decide.add_vote, p.id, idea_id) is not None
    window.tabs.setCurrentIndex(window.tabs.index_of_key("VotePage"))  # made when shown
    page = window.tabs.currentWidget()
    assert type(page).__name__ == "VotePage"
    page.refresh()
    left = votes.left(model.workshop, None)
    assert left > 0
    assert "Tout le monde a voté" not in page.not_voted_label.text()
    assert str(left) in page.not_voted_label.text() or str(left) in page.left_label.text()


def test_the_vote_panel_shows_whole_idea_texts_and_sorts_after_reveal(qtbot, window):
    from symetrie_desktop.ui.decide.idea_models import ID_ROLE

    model = window.model
    long_text = ("Donner au technicien le droit de reprogrammer le créneau lui-même, "
                 "sans repasser par le centre d'appels, avec un SMS de confirmation au client")
    for text in ("Une idée peu votée", long_text):
        assert model.try_push(decide.add_idea, text, []) is not None
    assert model.try_push(decide.set_vote_budget, 20) is not None
    ids = sorted(model.workshop.ideas)[-2:]
    first = model.workshop.participants[next(iter(model.workshop.participants))].id
    for _ in range(12):  # more than any demo idea: the most voted
        assert model.try_push(decide.add_vote, first, ids[1]) is not None
    window.tabs.setCurrentIndex(window.tabs.index_of_key("VotePage"))  # made when shown
    page = window.tabs.currentWidget()
    assert type(page).__name__ == "VotePage"
    window.tabs.setCurrentWidget(page)
    assert model.try_push(decide.set_votes_revealed, True) is not None
    page.refresh()
    # the ranking shows the whole text
    assert escape(long_text) in page.ranking.text()
    # the list's rows are tall enough for the whole text (wrapped, not cut with « … »)
    view = page.ideas_view
    assert view.textElideMode() == Qt.TextElideMode.ElideNone and view.wordWrap()
    index = page.ideas.idea_index(ids[1])
    rect = view.visualRect(index)
    needed = view.fontMetrics().boundingRect(
        0, 0, max(1, rect.width() - 8), 10000,
        int(Qt.TextFlag.TextWordWrap), long_text).height()
    assert rect.height() >= needed
    # after the reveal the most voted idea is first of its theme
    theme = page.ideas.index(0, 0)
    parent = page.ideas.parent(index)
    top = page.ideas.index(0, 0, parent)
    assert theme.isValid() and top.data(ID_ROLE) == ids[1]


def test_the_shortcuts_help_lists_each_action_once(qtbot, window):
    window.show_shortcuts()
    dialog = window._shortcuts_dialog
    texts = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert texts.count("Quitter le mode projecteur") == 1
    assert len(texts) == len(set(texts))
    dialog.close()


def test_insights_make_no_claim_on_too_few_tagged_post_its(qtbot, tmp_path):
    from symetrie_desktop.commands import Document
    from symetrie_desktop.domain import insights
    from symetrie_desktop.domain.model import Tag
    from symetrie_desktop.exchange.templates import blank
    from symetrie_desktop.ui.decide.insights_page import InsightsPage
    from symetrie_desktop.ui.model import WorkshopModel

    doc = Document.create(tmp_path / "a.symetrie", blank())
    model = WorkshopModel(doc)
    try:
        w = model.workshop
        customer = w.lane_of_kind(LaneKind.CUSTOMER).id
        step = w.ordered_steps()[0].id
        for text in ("Vendeur attentif", "Conseil au téléphone"):
            assert model.try_push(board_edits.add_card, customer, step, CardKind.ENCHANTMENT,
                                  text, None, [Tag.RELATIONAL.value]) is not None
        share = insights.moment_share(model.workshop)
        assert share.tagged == 2 and share.relational_share == 1.0
        assert share.supports_claim is None  # two post-its carry no verdict
        page = InsightsPage(model)
        qtbot.addWidget(page)
        page.refresh()
        text = page.moment_text.text()
        assert "confirme" not in text and "nuance" not in text
        assert "2" in text and str(insights.MIN_TAGGED) in text
    finally:
        model.close()


def test_imported_participants_without_colour_get_distinct_readable_colours(tmp_path):
    from symetrie_desktop.cli import main
    from symetrie_desktop.domain.palette import PARTICIPANT_PALETTE
    from symetrie_desktop.store import load_file

    people = [{"id": f"p{n}", "name": f"Personne {n}"} for n in range(1, 11)]
    source = tmp_path / "atelier.json"
    source.write_text(json.dumps({"format": "symetrie-workshop", "version": 1,
                                  "workshop": {"title": "Import"}, "participants": people,
                                  "steps": [{"id": "s1", "name": "Commande"}], "lanes": [],
                                  "cards": []}), encoding="utf-8")
    target = tmp_path / "atelier.symetrie"
    assert main(["import", str(source), "-o", str(target)]) == 0
    colours = [p.colour for p in load_file(target).ordered_participants()]
    assert "#888888" not in colours
    assert len(set(colours)) == len(colours) == 10
    assert set(colours) <= {c.lower() for c in PARTICIPANT_PALETTE}
