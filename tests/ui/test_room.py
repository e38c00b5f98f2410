"""In the room: projector mode, the audience window, the agenda from the keyboard, shortcuts
help and the PNG export, driven with keys on the real window and checked on disk."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from symetrie_desktop.commands.agenda import current_agenda
from symetrie_desktop.exchange.demo import generated_workshop
from symetrie_desktop.exchange.workshop_json import from_exchange
from symetrie_desktop.store import load_file
from symetrie_desktop.ui.board import style
from symetrie_desktop.ui.board.layout import BoardLayout
from symetrie_desktop.ui.board.scene import MARGIN


@pytest.fixture(autouse=True)
def laptop_profile():
    yield
    style.set_projector(False)


def press(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(widget, key, modifier)


def test_f5_enters_projector_mode_and_esc_leaves(qtbot, window):
    assert window.menuBar().isVisible() and not style.D.projector
    normal_h = window.view.board.cards[next(iter(window.view.board.cards))].boundingRect().height()
    press(qtbot, window.view, Qt.Key.Key_F5)
    assert window.projector.active
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    assert not window.menuBar().isVisible() and not window.tabs.tabBar().isVisible()
    assert not window.participants.isVisible() and not window.capture.isVisible()
    assert style.D.projector and window.agenda_bar.big
    card = next(iter(window.view.board.cards.values()))
    assert card.boundingRect().height() > normal_h  # taller post-its, larger type
    press(qtbot, window.view, Qt.Key.Key_Escape)
    assert not window.projector.active and window.menuBar().isVisible()
    assert window.tabs.tabBar().isVisible() and window.capture.isVisible()
    assert not style.D.projector and not window.agenda_bar.big


def test_in_projector_mode_typing_on_the_board_adds_a_post_it(qtbot, window, ui):
    path = window.model.document.path
    press(qtbot, window.view, Qt.Key.Key_F5)
    step = window.view.current_step
    before = len(load_file(path).cards)
    window.view.setFocus()
    qtbot.keyClicks(window.view, "L")  # the first key on the board brings the bar up
    assert window.capture.isVisible() and window.capture.line.hasFocus()
    qtbot.keyClicks(window.capture.line, "e projecteur lit tout")
    press(qtbot, window.capture.line, Qt.Key.Key_Return)
    saved = load_file(path)
    assert len(saved.cards) == before + 1
    added = max(saved.cards.values(), key=lambda c: c.id)
    assert added.text == "Le projecteur lit tout" and added.step_id == step
    press(qtbot, window.capture.line, Qt.Key.Key_Escape)  # hides the bar first…
    assert window.projector.active and not window.capture.isVisible()
    press(qtbot, window.view, Qt.Key.Key_Escape)  # …then leaves
    assert not window.projector.active


def test_a_ten_step_journey_fitted_to_1920_pixels_shows_card_text_at_18_pixels_or_more():
    style.set_projector(True)
    workshop = from_exchange(generated_workshop(steps=10, cards=60, seed=1))
    layout = BoardLayout.of(workshop)
    scene_width = layout.width + 2 * MARGIN
    zoom = (1920 - 2) / scene_width  # full screen, no scroll bar once fitted
    assert style.D.text_px * zoom >= 18
    style.set_projector(False)
    assert style.D.text_px * zoom < 18  # the laptop profile alone would not do


def test_projector_mode_fits_the_journey_to_the_width(qtbot, window):
    press(qtbot, window.view, Qt.Key.Key_F5)
    view = window.view

    def fitted():
        # the journey from its lane headers (in their strip) to its right edge, no more
        seen, board = view.visible_area(), view.board.sceneRect()
        assert seen.left() == pytest.approx(0, abs=2)
        assert seen.right() == pytest.approx(board.right(), rel=0.02)

    qtbot.waitUntil(fitted, timeout=2000)
    assert view.horizontalScrollBar().value() == view.horizontalScrollBar().minimum()
    press(qtbot, window.view, Qt.Key.Key_Escape)


def test_with_one_screen_the_audience_window_says_why_it_is_not_available(qtbot, window):
    assert not window.audience_action.isEnabled()
    assert "Un seul écran" in window.audience_action.toolTip()
    window.toggle_audience()
    assert window.audience is None and "Un seul écran" in window.last_message


def test_the_audience_window_is_read_only_and_follows_the_board(qtbot, window, ui):
    window.open_audience(None)
    audience = window.audience
    qtbot.addWidget(audience)
    assert audience is not None and not audience.board.isInteractive()
    assert not audience.agenda.controls and audience.agenda.big
    assert style.D.projector  # the room reads large type on both screens
    # an edit on the laptop shows on the wall
    window.capture.line.setFocus()
    qtbot.keyClicks(window.capture.line, "Vu au mur")
    press(qtbot, window.capture.line, Qt.Key.Key_Return)
    texts = {item.card.text for item in audience.board.board.cards.values()}
    assert "Vu au mur" in texts
    # following the facilitator's view, then fitted to the width
    window.view.set_zoom(1.5)
    qtbot.wait(10)
    seen, shown = window.view.visible_area(), audience.board.followed
    assert shown.intersected(seen).width() * shown.intersected(seen).height() > \
        0.95 * seen.width() * seen.height()
    window.follow_action.trigger()  # uncheck: stays fitted
    assert audience.board.followed is None
    width = audience.board.viewport().width() / audience.board.board.sceneRect().width()
    assert audience.board.zoom() == pytest.approx(width, rel=0.02)
    window.close_audience()
    assert window.audience is None and not style.D.projector


def test_the_agenda_runs_from_the_keyboard_and_its_phase_is_saved(qtbot, window):
    path = window.model.document.path
    assert len(window.agenda_bar.phases.buttons()) == 8
    assert window.agenda_bar.phases.button(0).isVisibleTo(window)
    press(qtbot, window.view, Qt.Key.Key_F7)
    assert window.clock.running
    press(qtbot, window.view, Qt.Key.Key_F8)
    press(qtbot, window.view, Qt.Key.Key_F8)
    assert current_agenda(load_file(path)).current == 2
    press(qtbot, window.view, Qt.Key.Key_F7)
    assert not window.clock.running
    minutes = current_agenda(load_file(path)).durations[2]
    press(qtbot, window.view, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    assert current_agenda(load_file(path)).durations[2] == minutes + 60


def test_shortcuts_help_lists_the_window_keys_and_the_board_keys(qtbot, window):
    window.show_shortcuts()
    dialog = window._shortcuts_dialog
    rows = {dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text()
            for r in range(dialog.table.rowCount())}
    assert rows["Mode projecteur"] == "F5"
    assert rows["Phase suivante"] == "F8"
    assert "Ctrl+Z" in rows["Annuler"]
    assert rows["Lier deux post-it sélectionnés"] == "L"
    dialog.close()


def test_export_the_board_as_png_from_the_menu(qtbot, window, tmp_path, dialogs):
    target = tmp_path / "tableau"
    dialogs.expect("save", str(target))
    action = next(a for a in window.file_menu.actions() if "PNG" in a.text())
    action.trigger()
    png = Path(str(target) + ".png")
    qtbot.waitUntil(png.exists, timeout=20000)  # drawn, then written off the UI thread
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_every_control_of_the_window_has_a_name_a_screen_reader_can_say(qtbot, window):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QSpinBox

    nameless = []
    for widget in window.findChildren(QAbstractButton) + window.findChildren(QComboBox) + \
            window.findChildren(QLineEdit) + window.findChildren(QSpinBox):
        if not widget.isVisibleTo(window):
            continue
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName() or text.strip() or widget.toolTip()):
            nameless.append(f"{type(widget).__name__} {widget.objectName()!r} in "
                            f"{type(widget.parent()).__name__}")
    assert nameless == []


def test_switching_to_english_rebuilds_the_window_on_the_same_file_at_once(qtbot, window):
    from symetrie_desktop.ui import i18n

    path = window.model.document.path
    try:
        english = window.apply_language("en")
        qtbot.addWidget(english)
        assert english is not window
        titles = [a.text() for a in english.menuBar().actions()]
        assert titles[:3] == ["&File", "&Edit", "&View"]
        assert english.tabs.tabText(0) == "Journey"
        assert english.model.document.path == path  # same workshop, nothing to save
        assert window.model is None  # the French window let the file go
        texts = [b.text() for b in english.agenda_bar.phases.buttons()]
        assert texts[0] == "Journey" and "Parcours" not in texts
        french = english.apply_language("fr")
        qtbot.addWidget(french)
        assert french.menuBar().actions()[0].text() == "&Fichier"
    finally:
        i18n.set_preferred_language("auto")
        i18n.install("fr")


def test_the_summary_is_exported_from_the_file_menu_off_the_ui_thread(qtbot, window, tmp_path,
                                                                      dialogs):
    target = tmp_path / "synthese.pdf"
    dialogs.expect("save", str(target))
    action = next(a for a in window.file_menu.actions() if "PDF" in a.text())
    assert action.isEnabled()
    with qtbot.waitSignal(window.exports.pdfWritten, timeout=20000):
        action.trigger()
    assert target.read_bytes()[:5] == b"%PDF-"
    window.close_workshop()
    assert not action.isEnabled()  # no workshop, nothing to export


def test_opening_a_workshop_keeps_a_backup_copy_of_it(qtbot, window):
    from symetrie_desktop.store.backup import backups_of
    from symetrie_desktop.ui.main_window import backups_dir

    path = window.model.document.path
    assert window.wait_for_backup()  # made on a worker thread, the board did not wait
    copies = backups_of(path, backups_dir())
    assert len(copies) == 1
    assert len(load_file(copies[0]).cards) == len(window.model.workshop.cards)
