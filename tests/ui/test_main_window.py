"""The main window: start screen, opening, creating, copying and closing workshop files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QPushButton

from symetrie_desktop.commands import board
from symetrie_desktop.domain.model import LaneKind
from symetrie_desktop.store import load_file


@pytest.fixture
def empty_window(qtbot):
    from symetrie_desktop.ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def test_opens_the_demo_from_the_start_screen(qtbot, empty_window):
    win = empty_window
    assert win.stack.currentWidget() is win.start
    qtbot.mouseClick(win.start.findChild(QPushButton, "demoButton"), Qt.MouseButton.LeftButton)
    assert win.model is not None
    w = win.model.workshop
    assert len(w.steps) == 8 and len(w.cards) == len(win.view.board.cards)
    assert win.tabs.tabText(0) == "Parcours"
    assert win.windowTitle() == f"{w.info.title} — demo.symetrie — Symétrie"
    # the customer lane is drawn right above the employee lane
    rows = [x.kind for x in win.view.board.layout.lanes]
    assert rows[:2] == [LaneKind.CUSTOMER, LaneKind.EMPLOYEE]
    # closing never asks, and the demo is in the recent files
    win.close_workshop()
    assert win.stack.currentWidget() is win.start
    assert win.start.recent.count() == 1
    assert "demo.symetrie" in win.start.recent.item(0).text()


@pytest.mark.parametrize("content, words", [
    (b"not a workshop at all", "n'est pas un fichier"),
    (b"SQLite format 3\x00" + b"\x00" * 100, "endommagé"),
])
def test_a_file_that_cannot_be_opened_gets_one_french_sentence(empty_window, tmp_path,
                                                               content, words):
    bad = tmp_path / "mauvais.symetrie"
    bad.write_bytes(content)
    assert not empty_window.open_file(bad)
    assert words in empty_window.last_message and "mauvais.symetrie" in empty_window.last_message
    assert empty_window.model is None and empty_window.stack.currentWidget() is empty_window.start
    assert bad.read_bytes() == content


def test_a_file_open_elsewhere_is_refused_as_locked(window, tmp_path):
    from symetrie_desktop.ui.main_window import MainWindow

    other = MainWindow()
    try:
        assert not other.open_file(window.model.document.path)
        assert "déjà ouvert" in other.last_message
    finally:
        other.close()


def test_new_workshop_from_a_template_then_save_a_copy(empty_window, tmp_path, dialogs):
    from symetrie_desktop.exchange.templates import templates

    win = empty_window
    name = templates()[0].name
    target = tmp_path / "nouvel-atelier"
    dialogs.expect("save", str(target))
    assert win.new_workshop(name)
    path = target.with_name("nouvel-atelier.symetrie")
    assert win.model.document.path == path
    assert len(load_file(path).steps) == len(win.model.workshop.steps) > 0
    copy = tmp_path / "copie.symetrie"
    dialogs.expect("save", str(copy))
    win.capture.line.setText("Premier post-it")
    win.capture.commit()
    assert win.save_copy()
    assert [c.text for c in load_file(copy).cards.values()] == ["Premier post-it"]
    assert win.model.document.path == path  # the open file is still the one edited
    assert not win.save_copy(path)  # a copy onto itself is refused
    assert [str(p) for p in QSettings().value("recentFiles")] == [str(path.resolve())]


FILE_FILTER = "Ateliers Symétrie (*.symetrie)"


def test_show_cards_switches_to_the_board_and_selects_them(window):
    ids = sorted(window.model.workshop.cards)[-2:]
    window.tabs.setCurrentIndex(window.tabs.count() - 1)
    window.model.show_cards(ids)
    assert window.tabs.currentIndex() == 0
    assert sorted(window.view.selected_card_ids()) == ids


def test_a_refused_edit_is_shown_without_blocking(window):
    window.model.try_push(board.add_card, *first_cell(window.model.workshop), "irritant", " ")
    assert "vide" in window.last_message
    assert "vide" in window.statusBar().currentMessage()
    assert not window._message_box.isModal()


def test_undo_and_redo_actions_follow_the_open_workshop(window):
    assert not window.undo_action.isEnabled()
    window.capture.line.setText("Une note")
    window.capture.commit()
    assert window.undo_action.isEnabled()
    assert "Ajouter un post-it" in window.undo_action.text()
    window.undo_action.trigger()
    assert "Une note" not in [c.text for c in load_file(window.model.document.path)
                              .cards.values()]
    path: Path = window.model.document.path
    window.close_workshop()
    assert not window.undo_action.isEnabled()
    assert path.exists()


def test_refusals_and_save_failures_read_in_french():
    from symetrie_desktop.domain.rules import Reason, RuleError, clean_text
    from symetrie_desktop.store import Problem, WorkshopFileError
    from symetrie_desktop.ui.messages import explain

    with pytest.raises(RuleError) as too_long:
        clean_text("x" * 25_000, "card text")
    assert "trop long" in explain(too_long.value)
    assert "enregistré" in explain(WorkshopFileError("atelier.symetrie", Problem.WRITE_FAILED,
                                                     "could not save (disk I/O error)"))
    assert "liés" in explain(RuleError("only a customer irritant…", Reason.NOT_A_PAIR))
    assert explain(RuleError("Déjà en français.")) == "Déjà en français."


def first_cell(workshop) -> tuple[int, int]:
    """The customer lane and the first step: where a first post-it goes."""
    return (workshop.lane_of_kind(LaneKind.CUSTOMER).id, workshop.ordered_steps()[0].id)


def test_a_page_explains_its_own_refusals_and_the_window_the_others(window):
    from symetrie_desktop.commands import decide
    from symetrie_desktop.ui.decide.vote_page import VotePage

    window.tabs.setCurrentIndex(window.tabs.index_of_key("VotePage"))  # made when shown
    page = window.tabs.currentWidget()
    assert isinstance(page, VotePage)
    assert page.push(decide.set_vote_budget, 100) is None
    assert page.message.text() == "Le nombre de points va de 0 à 99."
    assert window.last_message == ""  # said once, where the facilitator is looking
    window.model.try_push(decide.set_vote_budget, 100)  # not the page's own gesture
    assert window.last_message == "Le nombre de points va de 0 à 99."
    assert page.push(decide.set_vote_budget, 4) is not None
    assert page.message.text() == ""


def test_the_templates_are_listed_when_the_new_menu_opens(empty_window, tmp_path, dialogs):
    """The « Nouveau » menu reads the templates when it first opens (not at every start);
    its entries then create the workshop as before, once each."""
    from symetrie_desktop.exchange.templates import templates

    win = empty_window
    new = next(a.menu() for a in win.file_menu.actions() if a.menu() is not None
               and a.text() == "&Nouveau")
    assert [a.text() for a in new.actions()] == ["Atelier vierge…"]
    new.popup(win.mapToGlobal(win.rect().center()))
    new.hide()
    new.popup(win.mapToGlobal(win.rect().center()))  # a second opening adds nothing
    entries = [a for a in new.actions() if a.text().startswith("Modèle : ")]
    assert len(entries) == len(templates()) > 0
    new.hide()
    target = tmp_path / "depuis-modele.symetrie"
    dialogs.expect("save", str(target))
    entries[0].trigger()
    assert win.model is not None and win.model.document.path == target
    assert len(load_file(target).steps) == len(win.model.workshop.steps) > 0


def test_opening_builds_the_board_with_the_cycle_collector_paused(empty_window, demo_doc,
                                                                   monkeypatch, tmp_path):
    """The collector does not walk the board's objects while they are made (issue 11), and
    runs again afterwards, even when the file is refused."""
    import gc

    from symetrie_desktop.ui import main_window as module

    seen = []
    made = module.WorkshopModel

    def model(*args, **kwargs):
        seen.append(gc.isenabled())
        return made(*args, **kwargs)

    monkeypatch.setattr(module, "WorkshopModel", model)
    path = demo_doc.path
    demo_doc.close()
    assert gc.isenabled()
    assert empty_window.open_file(path)
    assert seen == [False] and gc.isenabled()
    bad = tmp_path / "abime.symetrie"
    bad.write_bytes(b"pas une base")
    other = module.MainWindow()
    try:
        assert not other.open_file(bad)
        assert gc.isenabled()
    finally:
        other.close()
