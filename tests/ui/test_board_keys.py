"""The board without a mouse: arrows move the selection, Shift extends it, L links, Enter edits,
the menu key opens the post-it's menu; what is saved is read from disk."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication

from symetrie_desktop.commands import board as edits
from symetrie_desktop.domain.model import Lane, LaneKind, Link, Phase, Step, Workshop, WorkshopInfo
from symetrie_desktop.ui.board import navigation as nav
from symetrie_desktop.ui.board.layout import BoardLayout


def small_board() -> BoardLayout:
    """Steps s1..s3; customer lane 1, employee lane 2, tools lane 3.
    s1: customer [1, 2], employee [3]; s2: customer [], employee [4, 5]; s3: customer [6]."""
    from symetrie_desktop.domain.model import Card, CardKind

    w = Workshop(WorkshopInfo("t"))
    w.steps = {i: Step(i, f"s{i}", Phase.DURING, i) for i in (1, 2, 3)}
    w.lanes = {1: Lane(1, LaneKind.CUSTOMER, "C", 0), 2: Lane(2, LaneKind.EMPLOYEE, "E", 1),
               3: Lane(3, LaneKind.TOOLS, "T", 2)}
    for cid, lane, step, pos in [(1, 1, 1, 0), (2, 1, 1, 1), (3, 2, 1, 0), (4, 2, 2, 0),
                                 (5, 2, 2, 1), (6, 1, 3, 0)]:
        w.cards[cid] = Card(cid, lane, step, CardKind.IRRITANT, "x", None, (), pos)
    return BoardLayout.of(w)


def test_up_and_down_go_through_a_cell_and_on_to_the_next_lane():
    lay = small_board()
    assert nav.neighbour(lay, 1, nav.DOWN) == 2
    assert nav.neighbour(lay, 2, nav.DOWN) == 3  # customer, then its employee counterpart
    assert nav.neighbour(lay, 3, nav.DOWN) is None
    assert nav.neighbour(lay, 3, nav.UP) == 2
    assert nav.neighbour(lay, 1, nav.UP) is None


def test_left_and_right_keep_the_row_and_skip_empty_cells():
    lay = small_board()
    assert nav.neighbour(lay, 1, nav.RIGHT) == 6  # s2's customer cell is empty
    assert nav.neighbour(lay, 2, nav.RIGHT) == 6  # row kept as far as the cell allows
    assert nav.neighbour(lay, 3, nav.RIGHT) == 4
    assert nav.neighbour(lay, 5, nav.LEFT) == 3
    assert nav.neighbour(lay, 6, nav.RIGHT) is None
    assert nav.first_card(lay, 2) == 4 and nav.first_card(lay, None) == 1


def test_a_facilitator_links_and_edits_post_its_with_the_keyboard_only(qtbot, window, ui):
    view = window.view
    w = window.model.workshop
    customer, employee = ui.lane_id(w, LaneKind.CUSTOMER), ui.lane_id(w, LaneKind.EMPLOYEE)
    step = ui.step_ids(w)[1]
    view.set_current_step(step)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)  # nothing selected: the top of the current step
    first = view.selected_card_ids()
    assert first == [w.cell(customer, step)[0].id]
    for existing in [x for x in w.links if x.customer_card_id == first[0]]:
        window.model.try_push(edits.unlink_cards, existing)
    # Shift+Down through the customer cell into the employee lane of the same step
    for _ in range(len(w.cell(customer, step))):
        qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    chosen = view.selected_card_ids()
    assert w.cell(employee, step)[0].id in chosen and first[0] in chosen
    # keep just the two ends of the walk: the first customer card and the employee card
    view.board.select_cards([first[0], w.cell(employee, step)[0].id])
    qtbot.keyClick(view, Qt.Key.Key_L)
    assert Link(first[0], w.cell(employee, step)[0].id) in ui.on_disk(window).links
    # Right moves to the next step, Enter opens the editor, typing replaces the text
    qtbot.keyClick(view, Qt.Key.Key_Right)
    target = view.selected_card_ids()[0]
    assert w.cards[target].step_id == ui.step_ids(w)[2] == view.current_step
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert view.editor is not None
    view.editor.selectAll()
    qtbot.keyClicks(view.editor, "Retouche au clavier")
    qtbot.keyClick(view.editor, Qt.Key.Key_Return)
    assert ui.on_disk(window).cards[target].text == "Retouche au clavier"


def test_the_menu_key_opens_the_selected_post_its_menu(qtbot, window, monkeypatch):
    from symetrie_desktop.ui.board import menus

    view = window.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    selected = view.selected_card_ids()[0]
    asked = []

    class FakeMenu:
        def exec(self, where):
            asked.append(where)

    def fake_context_menu(v, scene_pos, item):
        asked.append(item)
        return FakeMenu()

    monkeypatch.setattr(menus, "context_menu", fake_context_menu)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(1, 1),
                              view.viewport().mapToGlobal(QPoint(1, 1)))
    QApplication.sendEvent(view.viewport(), event)
    item, where = asked
    assert item is view.board.cards[selected]  # not whatever lies under the mouse
    assert view.viewport().mapFromGlobal(where) != QPoint(1, 1)
