"""The quick capture bar and the participants panel, checked in the file on disk."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from symetrie_desktop.domain.model import CardKind, LaneKind, Office


def test_capture_bar_adds_cards_in_the_current_step_with_lane_kind_and_author(ui, qtbot,
                                                                              window, view):
    w = window.model.workshop
    line = window.capture.line
    steps = ui.step_ids(w)
    assert view.current_step == steps[0]
    qtbot.keyClick(line, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # next step
    qtbot.keyClick(line, Qt.Key.Key_Tab)  # customer lane -> employee lane
    qtbot.keyClick(line, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # enchantment
    qtbot.keyClick(line, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # 3rd participant
    assert "2" in window.capture.step_label.text()
    qtbot.keyClicks(line, "On a enfin un outil unique")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.keyClicks(line, "Et une formation")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    employee = ui.lane_id(w, LaneKind.EMPLOYEE)
    third = w.ordered_participants()[2].id
    cell = ui.on_disk(window).cell(employee, steps[1])
    assert [c.text for c in cell[-2:]] == ["On a enfin un outil unique", "Et une formation"]
    assert all(c.kind == CardKind.ENCHANTMENT and c.author_id == third for c in cell[-2:])
    assert line.text() == ""
    # an empty line adds nothing; an info lane gets a note whatever the kind was
    count = len(ui.on_disk(window).cards)
    qtbot.keyClicks(line, "   ")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert len(ui.on_disk(window).cards) == count
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    qtbot.keyClicks(line, "Telephone et chat")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    actors = ui.lane_id(w, LaneKind.ACTORS)
    note = ui.on_disk(window).cell(actors, steps[1])[-1]
    assert (note.text, note.kind) == ("Telephone et chat", CardKind.NOTE)


def test_clicking_a_cell_makes_its_step_current_for_the_capture_bar(ui, qtbot, window, view):
    w = window.model.workshop
    steps = ui.step_ids(w)
    customer = ui.lane_id(w, LaneKind.CUSTOMER)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.cell_point(customer, steps[4]))
    assert view.current_step == steps[4]
    qtbot.keyClicks(window.capture.line, "Livreur en avance")
    qtbot.keyClick(window.capture.line, Qt.Key.Key_Return)
    assert ui.on_disk(window).cell(customer, steps[4])[-1].text == "Livreur en avance"


def test_participants_panel_adds_edits_and_removes_and_sets_the_author(ui, qtbot, window,
                                                                    dialogs):
    panel = window.participants
    count = len(window.model.workshop.participants)
    dialog = panel.add()
    dialog.name.setText("Zoé Arnaud")
    dialog.department.setText("Recouvrement")
    dialog.office.setCurrentIndex(dialog.office.findData(Office.BACK))
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    disk = ui.on_disk(window)
    assert len(disk.participants) == count + 1
    zoe = next(p for p in disk.participants.values() if p.name == "Zoé Arnaud")
    assert (zoe.department, zoe.office) == ("Recouvrement", Office.BACK)
    assert window.model.active_author == zoe.id  # the newcomer speaks first
    panel.list.setCurrentRow(panel.list.count() - 1)
    dialog = panel.edit()
    dialog.name.setText("Zoé Arnaud-Petit")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert ui.on_disk(window).participants[zoe.id].name == "Zoé Arnaud-Petit"
    # the new card carries the active author
    qtbot.keyClicks(window.capture.line, "Relances manuelles")
    qtbot.keyClick(window.capture.line, Qt.Key.Key_Return)
    card = max(ui.on_disk(window).cards.values(), key=lambda c: c.id)
    assert card.author_id == zoe.id
    assert window.view.board.cards[card.id].author.initials == "ZP"
    panel.list.setCurrentRow(panel.list.count() - 1)
    dialogs.expect("confirm", True)
    panel.remove()
    disk = ui.on_disk(window)
    assert zoe.id not in disk.participants and disk.cards[card.id].author_id is None


def test_typing_on_the_board_starts_a_post_it_in_the_capture_bar(ui, qtbot, window, view):
    w = window.model.workshop
    customer, step = ui.lane_id(w, LaneKind.CUSTOMER), ui.step_ids(w)[3]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.cell_point(customer, step))
    qtbot.keyClicks(view.viewport(), "L")  # one letter on the board, even the link key
    qtbot.keyClicks(window.capture.line, "ivreur en retard")
    qtbot.keyClick(window.capture.line, Qt.Key.Key_Return)
    assert ui.on_disk(window).cell(customer, step)[-1].text == "Livreur en retard"
    assert "lier" not in window.last_message


def test_ctrl_z_in_the_empty_capture_line_undoes_the_last_post_it(ui, qtbot, window):
    line = window.capture.line
    count = len(ui.on_disk(window).cards)
    qtbot.keyClicks(line, "Trop de relances")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert len(ui.on_disk(window).cards) == count + 1
    qtbot.keyClick(line, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(ui.on_disk(window).cards) == count
    assert line.text() == ""
    qtbot.keyClick(line, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(ui.on_disk(window).cards) == count + 1
    # with text in the line, Ctrl+Z edits the text and leaves the board alone
    qtbot.keyClicks(line, "abc")
    qtbot.keyClick(line, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(ui.on_disk(window).cards) == count + 1


def test_a_long_step_name_is_cut_with_an_ellipsis_to_the_room_the_bar_has(ui, qtbot, window,
                                                                          view):
    # in a narrow window the step's name was cut mid-letter with no sign of it
    w = window.model.workshop
    first = ui.step_ids(w)[0]
    name = "Commande et paiement en ligne, avec relance du panier abandonné"
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton,
                      pos=view.mapFromScene(view.board.step_headers[first]
                                            .sceneBoundingRect().center()))
    if not view.editor.isVisible():  # the header lives in the step strip beside the view
        steps, _ = view.header_strips()
        qtbot.mouseDClick(steps.viewport(), Qt.MouseButton.LeftButton,
                          pos=steps.mapFromScene(view.board.step_headers[first]
                                                 .sceneBoundingRect().center()))
    view.editor.setText(name)
    qtbot.keyClick(view.editor, Qt.Key.Key_Return)
    assert ui.on_disk(window).steps[first].name == name
    label = window.capture.step_label
    # a longer name asks the bar for more room, up to the label's maximum width
    qtbot.waitUntil(lambda: label.width() == label.maximumWidth())
    shown = label.text()
    assert shown.endswith("…") and shown.startswith("Étape 1 : Commande")
    assert label.fontMetrics().horizontalAdvance(shown) <= label.contentsRect().width()
    assert name in label.toolTip()
    # the layout gives it less room in a narrow window: the cut follows the width
    label.resize(label.minimumWidth(), label.height())
    narrow = label.text()
    assert narrow.endswith("…") and len(narrow) < len(shown)
    assert label.fontMetrics().horizontalAdvance(narrow) <= label.contentsRect().width()
    label.resize(label.maximumWidth(), label.height())
    assert label.text() == shown
    assert label.sizeHint().width() == label.maximumWidth()  # asks for the whole name's room
