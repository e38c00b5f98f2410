"""Opening a workshop makes only the board; every other page is made when its tab is first
shown, with what the file holds by then (issue 11: the hidden pages cost 38 % of opening
5,000 post-its)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from symetrie_desktop.commands import decide
from symetrie_desktop.store import load_file
from symetrie_desktop.ui.lazy_tabs import LazyPage, page_key

PAGES = ["MatrixPage", "VotePage", "PlanPage", "InsightsPage", "FollowUpPage", "MirrorPage",
         "DiagnosisPage"]


def made_pages(window) -> list[str]:
    return [type(w).__name__ for w in (window.tabs.widget(i) for i in range(window.tabs.count()))
            if not isinstance(w, LazyPage) and w.objectName() != "boardPage"]


def test_only_the_board_is_made_when_a_file_opens(window):
    tabs = window.tabs
    assert [page_key(tabs.widget(i)) for i in range(tabs.count())] == ["boardPage", *PAGES]
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Parcours", "Matrice croisée", "Brainstorm et vote", "Plan d'actions", "Enseignements",
        "Suivi", "Enquête miroir", "Autodiagnostic"]
    assert made_pages(window) == []
    assert window.findChildren(LazyPage)  # the stand-ins, nothing heavier


def test_a_page_made_late_shows_the_edits_made_before_it_and_after(window, qtbot):
    model = window.model
    tabs = window.tabs
    idea = model.try_push(decide.add_idea, "Un rappel SMS la veille", [])
    assert idea is not None
    before = max(model.workshop.ideas)
    seen = []
    tabs.currentChanged.connect(lambda i: seen.append(type(tabs.widget(i)).__name__))
    qtbot.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton,
                     pos=tabs.tabBar().tabRect(tabs.index_of_key("VotePage")).center())
    page = tabs.currentWidget()
    assert type(page).__name__ == "VotePage" and page.isVisible()
    assert seen == ["VotePage"]  # listeners see the page itself, once, never the stand-in
    assert page.ideas.idea_index(before).isValid()
    assert made_pages(window) == ["VotePage"]  # the others still wait
    # once made, it follows the model like any page
    assert model.try_push(decide.add_idea, "Un second canal pour les réclamations", []) \
        is not None
    after = max(model.workshop.ideas)
    assert page.ideas.idea_index(after).isValid()
    texts = {i.text for i in load_file(model.document.path).ideas.values()}
    assert {"Un rappel SMS la veille", "Un second canal pour les réclamations"} <= texts
    # shown again: the same page, not a second one
    tabs.setCurrentIndex(0)
    tabs.setCurrentIndex(tabs.index_of_key("VotePage"))
    assert tabs.currentWidget() is page


def test_every_page_is_made_on_first_show_in_its_own_tab(window):
    tabs = window.tabs
    for key in PAGES:
        tabs.setCurrentIndex(tabs.index_of_key(key))
        assert type(tabs.currentWidget()).__name__ == key
        assert tabs.currentWidget().isVisible()
    assert made_pages(window) == PAGES
    assert not [w for w in window.findChildren(LazyPage) if not w.isHidden()]
