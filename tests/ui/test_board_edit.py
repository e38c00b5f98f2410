"""Editing on the board with the mouse and keys, checked in the file on disk after each gesture."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from symetrie_desktop.domain.model import CardKind, LaneKind
from symetrie_desktop.ui.board.menus import card_menu, lane_menu, step_menu


def _trigger(menu, text: str) -> None:
    """Click a menu entry by its text, as a person would after a right click."""
    for action in menu.actions():
        if action.text().startswith(text):
            action.trigger()
            return
        if action.menu() is not None:
            for sub in action.menu().actions():
                if sub.text().startswith(text):
                    sub.trigger()
                    return
    raise AssertionError(f"no menu entry {text!r}")


def test_double_click_in_a_cell_and_type_adds_a_card(ui, qtbot, window, view):
    w = window.model.workshop
    customer, step = ui.lane_id(w, LaneKind.CUSTOMER), ui.step_ids(w)[1]
    before = len(w.cell(customer, step))
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.cell_point(customer,
                                                                                       step))
    editor = view.editor
    assert editor is not None
    qtbot.keyClicks(editor, "On ne trouve pas le bouton")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(editor, "du panier")
    qtbot.keyClick(editor, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    cell = ui.on_disk(window).cell(customer, step)
    assert len(cell) == before + 1
    assert cell[-1].text == "On ne trouve pas le bouton\ndu panier"
    assert cell[-1].kind == CardKind.ENCHANTMENT


def test_empty_text_adds_no_card_and_never_blanks_one(ui, qtbot, window, view):
    w = window.model.workshop
    count = len(w.cards)
    customer, step = ui.lane_id(w, LaneKind.CUSTOMER), ui.step_ids(w)[0]
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton,
                      pos=view.cell_point(customer, step))
    qtbot.keyClicks(view.editor, "   ")
    qtbot.keyClick(view.editor, Qt.Key.Key_Return)
    assert len(ui.on_disk(window).cards) == count
    # editing a card down to nothing keeps its text and says why
    card = w.cell(customer, step)[0]
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=ui.card_point(view, card.id))
    editor = view.editor
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert ui.on_disk(window).cards[card.id].text == card.text
    assert "vide" in window.last_message


def test_double_click_a_card_edits_it_and_escape_cancels(ui, qtbot, window, view):
    w = window.model.workshop
    card = w.cell(ui.lane_id(w, LaneKind.EMPLOYEE), ui.step_ids(w)[2])[0]
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=ui.card_point(view, card.id))
    qtbot.keyClicks(view.editor, " (et souvent)")
    qtbot.keyClick(view.editor, Qt.Key.Key_Escape)
    assert ui.on_disk(window).cards[card.id].text == card.text
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=ui.card_point(view, card.id))
    qtbot.keyClicks(view.editor, " (et souvent)")
    qtbot.keyClick(view.editor, Qt.Key.Key_Return)
    assert ui.on_disk(window).cards[card.id].text == card.text + " (et souvent)"


def test_long_paste_emoji_and_right_to_left_text_are_saved_exactly(ui, qtbot, window, view):
    w = window.model.workshop
    customer, step = ui.lane_id(w, LaneKind.CUSTOMER), ui.step_ids(w)[0]
    texts = ["Attente " + "x" * 9_992, "Livraison 📦🚚 en retard 😡 <b>&amp;</b>",
             "التوصيل متأخر جدا ولا أحد يرد على الهاتف"]
    for text in texts:
        QApplication.clipboard().setText(text)
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton,
                          pos=view.cell_point(customer, step))
        qtbot.keyClick(view.editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(view.editor, Qt.Key.Key_Return)
    saved = [c.text for c in ui.on_disk(window).cell(customer, step)[-3:]]
    assert saved == texts
    assert len(saved[0]) == 10_000
    # the long card shows a cut text on the board, the whole text in its tooltip
    item = view.board.cards[ui.on_disk(window).cell(customer, step)[-3].id]
    assert item._text_lines()[-1].endswith("…")
    assert "x" * 9_992 in item.toolTip()


def test_drag_a_card_to_another_cell(ui, qtbot, window, view):
    w = window.model.workshop
    customer, employee = ui.lane_id(w, LaneKind.CUSTOMER), ui.lane_id(w, LaneKind.EMPLOYEE)
    steps = ui.step_ids(w)
    card = w.cell(customer, steps[0])[0]
    target_before = len(w.cell(customer, steps[1]))
    view.set_zoom(0.55)
    ui.drag(view.viewport(), ui.card_point(view, card.id), view.cell_point(customer, steps[1]))
    moved = ui.on_disk(window).cards[card.id]
    assert (moved.lane_id, moved.step_id) == (customer, steps[1])
    assert len(ui.on_disk(window).cell(customer, steps[1])) == target_before + 1
    assert window.model.undo_stack.count() == 1
    # an info lane only holds notes: a customer irritant dropped there becomes a note
    info = next(x.id for x in w.ordered_lanes() if not x.kind.is_experience)
    ui.drag(view.viewport(), ui.card_point(view, card.id), view.cell_point(info, steps[1]))
    assert ui.on_disk(window).cards[card.id].kind == CardKind.NOTE
    window.undo_action.trigger()
    assert ui.on_disk(window).cards[card.id].lane_id == customer
    assert employee  # the employee lane is right below: see test_layout


def test_reorder_inside_a_cell_and_drag_a_selection_in_one_edit(ui, qtbot, window, view):
    w = window.model.workshop
    employee, steps = ui.lane_id(w, LaneKind.EMPLOYEE), ui.step_ids(w)
    cell = w.cell(employee, steps[3])
    assert len(cell) >= 3
    view.set_zoom(0.55)
    # drop the first card below the second
    second = ui.card_point(view, cell[1].id)
    ui.drag(view.viewport(), ui.card_point(view, cell[0].id), second + QPoint(0, 20))
    order = [c.id for c in ui.on_disk(window).cell(employee, steps[3])]
    assert order[:2] == [cell[1].id, cell[0].id]
    # select two cards (Ctrl+click) and drag them together: one edit, one undo
    first, third = cell[0].id, cell[2].id
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=ui.card_point(view, first))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ControlModifier, ui.card_point(view, third))
    assert sorted(view.selected_card_ids()) == sorted([first, third])
    depth = window.model.undo_stack.count()
    ui.drag(view.viewport(), ui.card_point(view, third), view.cell_point(employee, steps[4]))
    disk = ui.on_disk(window)
    assert {disk.cards[first].step_id, disk.cards[third].step_id} == {steps[4]}
    assert window.model.undo_stack.count() == depth + 1


def test_select_two_cards_and_press_l_links_them_then_unlink(ui, qtbot, window, view):
    w = window.model.workshop
    customer, employee = ui.lane_id(w, LaneKind.CUSTOMER), ui.lane_id(w, LaneKind.EMPLOYEE)
    step = ui.step_ids(w)[0]
    linked = {(x.customer_card_id, x.employee_card_id) for x in w.links}
    pair = next((a.id, b.id) for a in w.cell(customer, step) for b in w.cell(employee, step)
                if (a.id, b.id) not in linked and CardKind.NOTE not in (a.kind, b.kind))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=ui.card_point(view, pair[0]))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ControlModifier, ui.card_point(view, pair[1]))
    QTest.keyClick(view.viewport(), Qt.Key.Key_L)
    disk = {(x.customer_card_id, x.employee_card_id) for x in ui.on_disk(window).links}
    assert pair in disk
    assert any(item.link.customer_card_id == pair[0] for item in view.board.links.values())
    _trigger(card_menu(view, pair[0]), "Délier de")
    assert pair not in {(x.customer_card_id, x.employee_card_id)
                        for x in ui.on_disk(window).links}


def test_drag_from_the_link_handle_links_two_cards(ui, qtbot, window, view):
    w = window.model.workshop
    customer, employee = ui.lane_id(w, LaneKind.CUSTOMER), ui.lane_id(w, LaneKind.EMPLOYEE)
    step = ui.step_ids(w)[2]
    linked = {(x.customer_card_id, x.employee_card_id) for x in w.links}
    a, b = next((a.id, b.id) for a in w.cell(customer, step) for b in w.cell(employee, step)
                if (a.id, b.id) not in linked and CardKind.NOTE not in (a.kind, b.kind))
    view.set_zoom(0.55)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=ui.card_point(view, a))
    item = view.board.cards[a]
    handle = view.mapFromScene(item.mapToScene(item.handle_rect().center()))
    ui.drag(view.viewport(), handle, ui.card_point(view, b))
    assert (a, b) in {(x.customer_card_id, x.employee_card_id) for x in ui.on_disk(window).links}


def test_linking_two_customer_cards_is_refused_with_a_message(ui, qtbot, window, view):
    w = window.model.workshop
    cell = w.cell(ui.lane_id(w, LaneKind.CUSTOMER), ui.step_ids(w)[0])
    view.board.select_cards([cell[0].id, cell[1].id])
    QTest.keyClick(view.viewport(), Qt.Key.Key_L)
    assert len(ui.on_disk(window).links) == len(w.links)
    assert "lié" in window.last_message


def test_delete_duplicate_tag_and_kind_from_keys_and_menus(ui, qtbot, window, view):
    w = window.model.workshop
    card = w.cell(ui.lane_id(w, LaneKind.CUSTOMER), ui.step_ids(w)[1])[0]
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=ui.card_point(view, card.id))
    QTest.keyClick(view.viewport(), Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    copies = [c for c in ui.on_disk(window).cards.values() if c.text == card.text]
    assert len(copies) == 2
    copy = max(c.id for c in copies)
    _trigger(card_menu(view, copy), "Sens")
    _trigger(card_menu(view, copy), "Enchantement")
    disk = ui.on_disk(window).cards[copy]
    assert "sens" in disk.tags and disk.kind == CardKind.ENCHANTMENT
    view.board.select_cards([copy])
    QTest.keyClick(view.viewport(), Qt.Key.Key_Delete)
    assert copy not in ui.on_disk(window).cards


def test_delete_a_step_asks_first_and_undo_redo_follow_on_disk(ui, qtbot, window, view,
                                                               dialogs):
    w = window.model.workshop
    step = ui.step_ids(w)[1]
    cards = {c.id for c in w.cards.values() if c.step_id == step}
    assert cards
    asked = dialogs.expect("confirm", False).asked
    _trigger(step_menu(view, step), "Supprimer l'étape")
    assert asked and step in ui.on_disk(window).steps
    dialogs.expect("confirm", True)
    _trigger(step_menu(view, step), "Supprimer l'étape")
    disk = ui.on_disk(window)
    assert step not in disk.steps and not cards & set(disk.cards)
    assert step not in view.board.step_headers
    window.undo_action.trigger()
    disk = ui.on_disk(window)
    assert step in disk.steps and cards <= set(disk.cards)
    assert step in view.board.step_headers and cards <= set(view.board.cards)
    window.redo_action.trigger()
    assert step not in ui.on_disk(window).steps


def test_customer_and_employee_lanes_cannot_be_deleted(ui, qtbot, window, view):
    w = window.model.workshop
    for kind in (LaneKind.CUSTOMER, LaneKind.EMPLOYEE):
        lane = ui.lane_id(w, kind)
        _trigger(lane_menu(view, lane), "Supprimer le couloir")
        assert lane in ui.on_disk(window).lanes
        assert "toujours" in window.last_message


def test_add_rename_and_reorder_steps_and_lanes(ui, qtbot, window, view, monkeypatch):
    w = window.model.workshop
    first, second = ui.step_ids(w)[:2]
    # rename by double-clicking the header
    header = view.board.step_headers[first]
    pos = view.mapFromScene(header.sceneBoundingRect().center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    view.editor.setText("Publicité")
    qtbot.keyClick(view.editor, Qt.Key.Key_Return)
    assert ui.on_disk(window).steps[first].name == "Publicité"
    # reorder by dragging the header past the next one
    header = view.board.step_headers[first]
    start = view.mapFromScene(header.sceneBoundingRect().center())
    end = view.mapFromScene(view.board.step_headers[second].sceneBoundingRect().right() - 5,
                            header.sceneBoundingRect().center().y())
    ui.drag(view.viewport(), start, end)
    assert ui.step_ids(ui.on_disk(window))[:2] == [second, first]
    # the "+" after the last step adds one and opens its name
    add = next(i for i in view.board._frame if getattr(i, "role", "") == "step")
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.mapFromScene(add.sceneBoundingRect().center()))
    view.editor.setText("Fidélité")
    qtbot.keyClick(view.editor, Qt.Key.Key_Return)
    assert ui.on_disk(window).ordered_steps()[-1].name == "Fidélité"
    # a lane added after the tools lane, then moved above the actors lane
    tools, actors = ui.lane_id(w, LaneKind.TOOLS), ui.lane_id(w, LaneKind.ACTORS)
    _trigger(lane_menu(view, tools), "Autre couloir")
    view.editor.setText("Partenaires")
    qtbot.keyClick(view.editor, Qt.Key.Key_Return)
    disk = ui.on_disk(window)
    new = next(x.id for x in disk.lanes.values() if x.name == "Partenaires")
    order = [x.id for x in disk.ordered_lanes()]
    assert order.index(new) == order.index(tools) + 1
    header = view.board.lane_headers[new]
    top = view.board.lane_headers[actors].sceneBoundingRect()
    ui.drag(view.viewport(), view.mapFromScene(header.sceneBoundingRect().center()),
         view.mapFromScene(top.center().x(), top.top() + 5))
    order = [x.id for x in ui.on_disk(window).ordered_lanes()]
    assert order.index(new) == order.index(actors) - 1
