"""The wall: a projected page for every agenda phase, driven by the agenda, checked on the
real windows (sizes the room reads, no text cut, both experience lanes on the screen)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from symetrie_desktop.commands import Document, decide
from symetrie_desktop.commands.agenda import current_agenda
from symetrie_desktop.domain.agenda import PAUSE, PHASE_KEYS
from symetrie_desktop.domain.model import LaneKind
from symetrie_desktop.exchange.demo import generated_workshop
from symetrie_desktop.exchange.workshop_json import from_exchange
from symetrie_desktop.store import load_file, write_new
from symetrie_desktop.ui.board import style
from symetrie_desktop.ui.board.headers import AddItem
from symetrie_desktop.ui.wall import BOARD_PHASES, pages
from symetrie_desktop.ui.wall.base import SMALL_PX


@pytest.fixture(autouse=True)
def laptop_profile():
    yield
    style.set_projector(False)


def six_per_cell(steps: int = 10) -> dict:
    """A generated journey refilled so that every customer and employee cell holds six
    post-its, with the generator's texts (one to three sentences, as typed in a room)."""
    data = generated_workshop(steps=steps, cards=600, seed=2)
    lanes = {x["kind"]: x["id"] for x in data["lanes"]}
    pool = [c for c in data["cards"] if c["lane"] in (lanes["customer"], lanes["employee"])]
    cards, n = [], 0
    for step in data["steps"]:
        for kind in ("customer", "employee"):
            for i in range(6):
                source = pool[n % len(pool)]
                n += 1
                cards.append({"id": f"c{n}", "lane": lanes[kind], "step": step["id"],
                              "kind": "irritant" if i % 2 else "enchantment",
                              "text": source["text"], "author": source["author"],
                              "tags": []})
    data.update(cards=cards, links=[], ideas=[], votes=[], actions=[])
    return data


def press(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(widget, key, modifier)


def settle(qtbot) -> None:
    QApplication.processEvents()
    qtbot.wait(5)


def test_every_phase_has_a_page_and_the_agenda_shows_it_on_both_screens(qtbot, window):
    assert set(PHASE_KEYS) <= set(pages())
    window.open_audience(None)
    qtbot.addWidget(window.audience)
    press(qtbot, window.view, Qt.Key.Key_F5)
    assert window.projector.active and window.wall.isVisible()
    assert not window.view.isVisible()  # the room reads the wall, not the editor
    for n, key in enumerate(PHASE_KEYS):
        if n:
            press(qtbot, window.wall, Qt.Key.Key_F8)  # the facilitator moves the agenda
        settle(qtbot)
        assert current_agenda(load_file(window.model.document.path)).current == n
        assert window.wall.key == key and window.wall.currentWidget().isVisible()
        assert window.audience.wall.key == key
    press(qtbot, window.wall, Qt.Key.Key_Escape)
    assert not window.projector.active and window.view.isVisible()


def test_the_agenda_brings_the_matching_tab_to_the_laptop(qtbot, window):
    for _ in range(3):  # Parcours -> Vécu client -> Vécu collaborateur -> Matrice croisée
        press(qtbot, window.view, Qt.Key.Key_F8)
    assert type(window.tabs.currentWidget()).__name__ == "MatrixPage"
    window.clock.go_to(5)  # Vote
    assert type(window.tabs.currentWidget()).__name__ == "VotePage"
    window.clock.go_to(6)
    assert type(window.tabs.currentWidget()).__name__ == "PlanPage"


def test_another_page_is_shown_without_moving_the_agenda(qtbot, window):
    path = window.model.document.path
    press(qtbot, window.view, Qt.Key.Key_F5)
    assert window.wall.key == "parcours"
    # Ctrl+Alt+6: the vote page, from the keyboard (the menus are hidden while projecting)
    press(qtbot, window.wall, Qt.Key.Key_6,
          Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert window.wall.key == "vote"
    assert current_agenda(load_file(path)).current == 0  # the agenda did not move
    press(qtbot, window.wall, Qt.Key.Key_F8)  # the next phase: the wall follows the agenda
    assert window.wall.key == "vecu_client"
    press(qtbot, window.wall, Qt.Key.Key_Escape)


def test_f5_on_the_matrix_tab_projects_the_matrix_and_esc_comes_back_to_it(qtbot, window):
    window.tabs.setCurrentIndex(1)
    press(qtbot, window.tabs.currentWidget(), Qt.Key.Key_F5)
    assert window.projector.active and window.wall.key == "matrice"
    press(qtbot, window.wall, Qt.Key.Key_Escape)
    assert type(window.tabs.currentWidget()).__name__ == "MatrixPage"
    assert window.statusBar().isVisible()


def test_typing_on_the_wall_adds_a_post_it_to_the_current_step(qtbot, window):
    press(qtbot, window.view, Qt.Key.Key_F5)
    step = window.view.current_step
    before = len(load_file(window.model.document.path).cards)
    qtbot.keyClicks(window.wall, "M")
    assert window.capture.line.hasFocus()
    qtbot.keyClicks(window.capture.line, "ur lisible")
    press(qtbot, window.capture.line, Qt.Key.Key_Return)
    saved = load_file(window.model.document.path)
    added = max(saved.cards.values(), key=lambda c: c.id)
    assert len(saved.cards) == before + 1 and added.text == "Mur lisible"
    assert added.step_id == step


def test_no_editing_chrome_is_shown_to_the_room(qtbot, window):
    press(qtbot, window.view, Qt.Key.Key_F5)
    settle(qtbot)
    visible = [w for w in window.toolbar.findChildren(type(window.toolbar.widgetForAction(
        window.projector_action))) if w.isVisible() and w.parent() is window.toolbar]
    assert visible == []  # no « Mode projecteur » or other buttons on the wall
    assert not window.participants.isVisible()
    press(qtbot, window.wall, Qt.Key.Key_Escape)
    assert window.participants.isVisible()


def _walk(qtbot, workshop_data: dict, tmp_path: Path, size: tuple[int, int]) -> dict:
    """Every phase page of the audience window at ``size``: what each one drew."""
    from symetrie_desktop.ui.agenda_clock import AgendaClock
    from symetrie_desktop.ui.audience import AudienceWindow
    from symetrie_desktop.ui.model import WorkshopModel

    doc = Document.create(tmp_path / f"mur-{size[0]}.symetrie", from_exchange(workshop_data))
    model = WorkshopModel(doc)
    clock = AgendaClock(model, parent=model)
    audience = AudienceWindow(model, clock)
    qtbot.addWidget(audience)
    audience.resize(*size)
    audience.show()
    qtbot.waitExposed(audience)
    found = {}
    try:
        for key in (*PHASE_KEYS, PAUSE):  # a break added to the agenda has its page too
            if key == "vote":
                model.try_push(decide.set_votes_revealed, True)
            audience.show_wall(key)
            page = audience.wall.currentWidget()
            steps = model.workshop.ordered_steps()
            seen: set[str] = set()
            groups = []
            shown_up_to = -1  # index of the last step already seen on a board page
            for index, step in enumerate(steps if key in BOARD_PHASES else [None]):
                if step is not None:
                    if index <= shown_up_to:
                        continue  # already on the screen with its group
                    audience.wall.set_current_step(step.id)
                page.grab()  # paint it, as the screen does
                assert page.smallest_text_px() >= SMALL_PX, (key, page.smallest_text_px())
                if size[0] == 1920:  # real screen pixels, not only design ones
                    assert min(page.drawn.sizes) >= SMALL_PX
                assert page.drawn.cut == [], (key, page.drawn.cut[:2])
                if key in BOARD_PHASES:
                    plan = page.plan
                    groups.append((plan.first, len(plan.steps), plan.size))
                    shown_up_to = plan.first + len(plan.steps) - 1
                    assert plan.fits, (key, step.name)
                    seen.update(page.drawn.texts)
            if key in BOARD_PHASES:  # every post-it of both lanes shown whole, somewhere
                w = model.workshop
                lanes = {w.lane_of_kind(k).id for k in (LaneKind.CUSTOMER, LaneKind.EMPLOYEE)}
                assert {c.text for c in w.cards.values() if c.lane_id in lanes} <= seen
            found[key] = (page.smallest_text_px(), sorted(set(groups)))
        # the timer on every page, at the room's size too
        for button in audience.agenda.phases.buttons():
            assert button.font().pixelSize() >= SMALL_PX * min(1.0, size[0] / 1920) - 0.5
    finally:
        clock.stop()
        audience.close()
        model.close()
    return found


@pytest.mark.parametrize("which", ["demo", "ten_steps"])
def test_every_page_reads_from_the_back_row_at_1920_by_1080(qtbot, tmp_path, which):
    from symetrie_desktop.exchange.demo import demo_workshop

    data = demo_workshop() if which == "demo" else six_per_cell(10)
    found = _walk(qtbot, data, tmp_path, (1920, 1080))
    assert set(found) == {*PHASE_KEYS, PAUSE}


def test_the_pages_fit_a_1280_by_720_projector_too(qtbot, tmp_path):
    from symetrie_desktop.exchange.demo import demo_workshop

    found = _walk(qtbot, demo_workshop(), tmp_path, (1280, 720))
    assert set(found) == {*PHASE_KEYS, PAUSE}


def test_a_long_word_is_split_with_a_hyphen_never_silently():
    from PySide6.QtGui import QFont, QFontMetricsF

    from symetrie_desktop.ui.wall.base import wrap_words

    metrics = QFontMetricsF(QFont())
    word = "Anticonstitutionnellement"
    lines = wrap_words(f"Un mot {word} ici", metrics, metrics.horizontalAdvance("Anticonst"))
    assert all(metrics.horizontalAdvance(line) <= metrics.horizontalAdvance("Anticonst")
               for line in lines)
    pieces = [line for line in lines if line.endswith("-")]
    assert len(pieces) >= 2  # the word did not fit: it was split, each piece says so
    start = lines.index(pieces[0])
    rebuilt = "".join(line[:-1] for line in pieces) + lines[start + len(pieces)].split()[0]
    assert rebuilt == word


def test_a_wall_page_that_forgets_to_draw_fails_when_it_is_made():
    from symetrie_desktop.ui.wall.base import WallPage

    with pytest.raises(TypeError, match="Forgetful must define draw"):
        type("Forgetful", (WallPage,), {"title": lambda self: "Page"})


# -- the board for the room, on the real window in projector mode: Ctrl+0 leaves the room the
# whole screen, both experience lanes (customer above employee), every post-it whole, and
# no « + » button, also on the audience window's live board

def project_the_journey(qtbot, window) -> None:
    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    assert window.projector.active and window.wall.key == "parcours"
    qtbot.keyClick(window.wall, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    window.wall.currentWidget().grab()


def check_the_room_reads_the_board(window) -> None:
    wall, page = window.wall, window.wall.currentWidget()
    assert wall.isVisible() and not window.view.isVisible()  # the room's page, not the editor
    assert wall.width() == window.centralWidget().width()  # the whole width, not 45 %
    assert page.plan.fits and page.drawn.cut == []
    assert page.smallest_text_px() >= SMALL_PX
    w = window.model.workshop
    customer, employee = (w.lane_of_kind(k) for k in (LaneKind.CUSTOMER, LaneKind.EMPLOYEE))
    texts = page.drawn.texts
    assert texts.index(customer.name) < texts.index(employee.name)  # customer above
    shown = {s.id for s in page.plan.steps}
    for lane in (customer, employee):  # every post-it of the steps shown, whole
        for card in w.cards.values():
            if card.lane_id == lane.id and card.step_id in shown:
                assert card.text in texts


def test_ctrl_0_in_projector_mode_shows_both_lanes_whole_on_the_demo(qtbot, window):
    project_the_journey(qtbot, window)
    check_the_room_reads_the_board(window)
    qtbot.keyClick(window.wall, Qt.Key.Key_Escape)


def test_ctrl_0_in_projector_mode_on_ten_steps_of_six_post_its(qtbot, window, tmp_path):
    path = tmp_path / "dix.symetrie"
    write_new(path, from_exchange(six_per_cell(10)))
    window.close_workshop()
    assert window.open_file(path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    project_the_journey(qtbot, window)
    check_the_room_reads_the_board(window)
    qtbot.keyClick(window.wall, Qt.Key.Key_Escape)


def test_the_live_board_on_the_audience_window_has_no_plus_button(qtbot, window):
    window.live_board_action.trigger()
    window.open_audience(None)
    qtbot.addWidget(window.audience)
    assert window.audience.stack.currentWidget() is window.audience.board
    adds = [i for i in window.audience.board.board.items() if isinstance(i, AddItem)]
    assert adds and not any(i.isVisible() for i in adds)
    editor = [i for i in window.view.board.items() if isinstance(i, AddItem)]
    assert editor and all(i.isVisible() for i in editor)  # the facilitator keeps them
