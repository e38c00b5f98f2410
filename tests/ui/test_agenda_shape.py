"""Shaping the agenda as a facilitator does: the Agenda menu's dialog (mouse and keys) and
the agenda bar's right-click menu add, remove, rename and reorder phases and add a break;
each gesture is one undo step, in the file on disk, kept on reopening, and followed by the
agenda bar, F8 / Shift+F8, the wall and the laptop's tabs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from symetrie_desktop.commands.agenda import current_agenda
from symetrie_desktop.domain.agenda import PAUSE, PHASE_KEYS
from symetrie_desktop.store import load_file
from symetrie_desktop.ui.agenda_dialog import COL_MINUTES, COL_NAME

CTRL, ALT, SHIFT = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier,
                    Qt.KeyboardModifier.ShiftModifier)


def on_disk(window):
    return current_agenda(load_file(window.model.document.path))


def menu_action(menu, text: str):
    found = [a for a in menu.actions() if a.text().replace("&", "") == text]
    assert found, f"no « {text} » in {[a.text() for a in menu.actions()]}"
    return found[0]


def bar_texts(bar) -> list[str]:
    """The phases the agenda bar shows, left to right (no stale button left on it)."""
    from PySide6.QtWidgets import QToolButton

    shown = [b for b in bar.findChildren(QToolButton) if not b.isHidden()
             and b not in (bar.play, bar.more, bar.next)]
    assert sorted(shown, key=id) == sorted(bar.phases.buttons(), key=id)
    return [b.text() for b in sorted(shown, key=lambda b: b.x())]


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_dialog(qtbot, window):
    menu_action(window.agenda_menu, "Organiser l'agenda…").trigger()
    dialog = window._agenda_dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    return dialog


def alt(qtbot, key, button) -> None:
    """Alt+letter where the facilitator is typing: the mnemonic of ``button``, which
    clicks it (pressed, then released a moment later)."""
    qtbot.keyClick(QApplication.focusWidget(), key, ALT)
    assert button.isDown()
    qtbot.waitUntil(lambda: not button.isDown(), timeout=5000)


def test_the_facilitator_shapes_the_agenda_in_the_dialog(qtbot, window):
    dialog = open_dialog(qtbot, window)
    assert dialog.table.rowCount() == 8
    assert "3 h 10" in dialog.total.text()  # the eight default phases: 190 minutes, no break
    planned = dialog.planned
    planned.setFocus()
    planned.selectAll()
    qtbot.keyClicks(planned, "180")
    assert "10 min de plus" in dialog.total.text()
    # after « Matrice croisée » (a click in its row), a break with Alt+P
    click(qtbot, dialog.table.cellWidget(3, COL_MINUTES))
    alt(qtbot, Qt.Key.Key_P, dialog.pause_button)
    assert dialog.phases()[4] == (PAUSE, "", 15)
    # « Plan d'actions » goes before « Vote » (mouse), « Synthèse » is removed (Alt+S)
    click(qtbot, dialog.table.cellWidget(7, COL_NAME))
    click(qtbot, dialog.up_button)
    click(qtbot, dialog.table.cellWidget(8, COL_NAME))
    alt(qtbot, Qt.Key.Key_S, dialog.remove_button)
    # a phase of the facilitator's own at the start, named by typing
    click(qtbot, dialog.table.cellWidget(0, COL_NAME))
    alt(qtbot, Qt.Key.Key_A, dialog.add_button)  # after the first row, its name selected
    qtbot.keyClicks(QApplication.focusWidget(), "Ice-breaker")
    click(qtbot, dialog.table.cellWidget(1, COL_NAME))
    alt(qtbot, Qt.Key.Key_M, dialog.up_button)  # moved up, to the very start
    minutes = dialog.table.cellWidget(0, COL_MINUTES)
    minutes.setFocus()
    minutes.selectAll()
    qtbot.keyClicks(minutes, "10")
    # the first phase renamed and shortened to 20 minutes
    name = dialog.table.cellWidget(1, COL_NAME)
    name.setFocus()
    name.selectAll()
    qtbot.keyClicks(name, "Parcours client")
    spin = dialog.table.cellWidget(1, COL_MINUTES)
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "20")
    # 190 + 15 (break) - 15 (summary) + 10 (ice-breaker) - 10 = 190: 10 more than planned
    assert "10 min de plus" in dialog.total.text()
    dialog.planned.setFocus()
    dialog.planned.selectAll()
    qtbot.keyClicks(dialog.planned, "190")
    assert "exactement" in dialog.total.text()
    qtbot.keyClick(dialog.planned, Qt.Key.Key_Return)  # Enter: OK
    assert not dialog.isVisible()
    saved = on_disk(window)
    assert saved.kinds == ("parcours", "parcours", "vecu_client", "vecu_collaborateur",
                           "matrice", PAUSE, "brainstorm", "plan", "vote")
    assert saved.names[:2] == ("Ice-breaker", "Parcours client")
    assert saved.durations[:2] == (600, 1200) and saved.planned == 190
    assert saved.total_minutes == 190
    texts = bar_texts(window.agenda_bar)
    assert texts[:2] == ["Ice-breaker", "Parcours client"] and texts[5] == "Pause"
    assert len(texts) == 9
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.keyClick(window.view, Qt.Key.Key_Z, CTRL)  # one gesture, one undo
    assert on_disk(window).kinds == PHASE_KEYS and on_disk(window).planned == 0
    assert len(bar_texts(window.agenda_bar)) == 8
    qtbot.keyClick(window.view, Qt.Key.Key_Z, CTRL | SHIFT)
    assert on_disk(window).names[0] == "Ice-breaker"


def test_a_name_that_repeats_its_page_is_no_name(qtbot, window):
    dialog = open_dialog(qtbot, window)
    name = dialog.table.cellWidget(5, COL_NAME)  # « Vote »
    name.setFocus()
    qtbot.keyClicks(name, "Vote")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert not window.model.undo_stack.canUndo()  # nothing changed, nothing saved
    assert on_disk(window).names == ("",) * 8 and not on_disk(window).shaped


def test_cancel_changes_nothing(qtbot, window):
    before = window.model.document.path.read_bytes()
    dialog = open_dialog(qtbot, window)
    click(qtbot, dialog.table.cellWidget(2, COL_NAME))
    click(qtbot, dialog.remove_button)
    assert dialog.table.rowCount() == 7
    qtbot.keyClick(dialog.table.cellWidget(0, COL_NAME), Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert window.model.document.path.read_bytes() == before
    assert not window.model.undo_stack.canUndo()


def test_the_agenda_bar_menu_shapes_one_phase_at_a_time(qtbot, window, dialogs):
    bar = window.agenda_bar
    menu_action(bar.phase_menu(3), "Ajouter une pause après").trigger()
    assert on_disk(window).kinds[4] == PAUSE and bar_texts(bar)[4] == "Pause"
    dialogs.expect("text", "Déjeuner")
    menu_action(bar.phase_menu(4), "Renommer…").trigger()
    assert on_disk(window).names[4] == "Déjeuner" and bar_texts(bar)[4] == "Déjeuner"
    menu_action(bar.phase_menu(4), "Déplacer vers la droite").trigger()
    assert on_disk(window).kinds[4:6] == ("brainstorm", PAUSE)
    menu_action(bar.phase_menu(0), "Supprimer cette phase").trigger()
    assert on_disk(window).kinds[:2] == ("vecu_client", "vecu_collaborateur")
    assert len(bar_texts(bar)) == 8
    menu = bar.phase_menu(0)
    assert not menu_action(menu, "Déplacer vers la gauche").isEnabled()
    for _ in range(4):  # four gestures, four undo steps, back to the default agenda
        window.model.undo_stack.undo()
    assert on_disk(window).kinds == PHASE_KEYS and not any(on_disk(window).names)


def test_the_shaped_agenda_drives_the_wall_tabs_and_keys_and_survives_reopening(
        qtbot, window, dialogs):
    bar = window.agenda_bar
    # a custom phase showing the board, a break before the matrix
    menu_action(bar.phase_menu(0), "Ajouter une phase après").trigger()
    dialogs.expect("text", "Ice-breaker")
    menu_action(bar.phase_menu(1), "Renommer…").trigger()
    menu_action(bar.phase_menu(3), "Ajouter une pause après").trigger()
    assert on_disk(window).kinds[:6] == ("parcours", "parcours", "vecu_client",
                                         "vecu_collaborateur", PAUSE, "matrice")
    window.open_audience(None)
    qtbot.addWidget(window.audience)
    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    wall = window.wall
    qtbot.keyClick(wall, Qt.Key.Key_F8)
    assert on_disk(window).current == 1 and wall.key == "parcours"
    page = wall.currentWidget()
    page.grab()
    assert page.drawn.texts[0].startswith("Ice-breaker · Parcours client")
    assert window.audience.wall.currentWidget().heading == "Ice-breaker"
    for _ in range(3):
        qtbot.keyClick(wall, Qt.Key.Key_F8)
    assert on_disk(window).current == 4 and wall.key == PAUSE
    page = wall.currentWidget()
    page.grab()
    assert any("Ensuite : Matrice croisée" in t for t in page.drawn.texts)
    assert window.audience.wall.key == PAUSE
    qtbot.keyClick(wall, Qt.Key.Key_F8, SHIFT)  # Shift+F8: back one phase
    assert on_disk(window).current == 3 and wall.key == "vecu_collaborateur"
    qtbot.keyClick(wall, Qt.Key.Key_F8)
    qtbot.keyClick(wall, Qt.Key.Key_F8)
    assert wall.key == "matrice"
    qtbot.keyClick(wall, Qt.Key.Key_Escape)
    assert type(window.tabs.currentWidget()).__name__ == "MatrixPage"  # the laptop's tab
    assert bar.phases.checkedId() == 5
    # closed and opened again: the same agenda, paused where it was
    path = window.model.document.path
    window.close_audience()
    window.close_workshop()
    assert window.open_file(path)
    window.resize(2200, 1000)  # room for every phase (a narrow bar keeps only some)
    qtbot.waitUntil(lambda: all(b.isVisible() for b in window.agenda_bar.phases.buttons()))
    assert bar_texts(window.agenda_bar)[1] == "Ice-breaker"
    assert window.clock.agenda.current == 5 and window.clock.agenda.phase_key == "matrice"


def test_a_long_agenda_on_the_wall_shows_the_phase_and_what_comes_next(qtbot, window):
    from symetrie_desktop.ui.agenda_bar import AgendaBar

    for index in (6, 4, 2, 0):  # four breaks: twelve phases, too many for one line
        menu_action(window.agenda_bar.phase_menu(index), "Ajouter une pause après").trigger()
    assert len(on_disk(window).kinds) == 12
    bar = AgendaBar(window.clock, controls=False, big=True)
    qtbot.addWidget(bar)
    bar.resize(1280, 80)
    bar.show()
    qtbot.waitExposed(bar)
    window.clock.go_to(5)  # « Matrice croisée »
    shown = [i for i, b in enumerate(bar.phases.buttons()) if b.isVisible()]
    assert 5 in shown and 6 in shown  # the phase, and the break after it
    assert shown == list(range(shown[0], shown[-1] + 1))  # a run of phases, no gap
    assert len(shown) < 12
    right = max(b.geometry().right() for b in bar.phases.buttons() if b.isVisible())
    assert right < bar.countdown.geometry().left()  # nothing runs under the clock
