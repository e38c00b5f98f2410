"""Moderation and typed names from the window: the facilitator ticks « Modérer », a phone's
post-it waits in the tray (in the file), and is accepted with its text corrected, merged or
refused with the mouse; a typed name is accepted and takes the phone's post-its. Each answer
is an undoable edit, read back from the file on disk."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from PySide6.QtCore import Qt

from symetrie_desktop.commands.room import received_card, room_cards
from symetrie_desktop.commands.tray import REFUSED, tray
from symetrie_desktop.store import load_file

from .conftest import Phone
from .test_room_window import WAIT, _answer, window  # noqa: F401 - the window fixture


@pytest.fixture
def pool():
    with ThreadPoolExecutor(2) as executor:
        yield executor


def _click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _tick(qtbot, box) -> None:
    box.click()  # a QCheckBox: the same path as a click on its label
    qtbot.wait(1)


def test_moderated_post_its_wait_in_the_tray_then_are_accepted_merged_or_refused(
        qtbot, window, pool):  # noqa: F811
    panel = window.open_room(host="127.0.0.1", port=0)
    box = panel.tray
    assert box.tray_box.isHidden()
    _tick(qtbot, box.moderate)
    assert panel.server.moderated and box.tray_box.isVisible()
    path = window.model.document.path
    cards = load_file(path).cards
    phone = Phone(panel.server.url)
    for n, text in enumerate(("Attente au guichet", "Même chose", "Hors sujet")):
        reply = _answer(qtbot, pool.submit(phone.post_it, text, 2, "customer", "irritant", 1,
                                           f"window-tray-{n}"))
        assert reply.status == 200 and reply.body["status"] == "pending"
    assert [p.text for p in tray(load_file(path))] == ["Attente au guichet", "Même chose",
                                                      "Hors sujet"]
    assert load_file(path).cards == cards and box.list.count() == 3
    assert box.tray_box.title().endswith("3")

    # accept the first, its text corrected in the panel
    box.list.setCurrentRow(0)
    box.text.selectAll()
    qtbot.keyClicks(box.text, "Attente au guichet (20 min)")
    _click(qtbot, box.accept)
    w = load_file(path)
    cid = received_card(w, "window-tray-0")
    assert w.cards[cid].text == "Attente au guichet (20 min)" and w.cards[cid].step_id == 2
    assert cid in room_cards(w) and cid in window.view.board.cards
    assert box.list.count() == 2
    # merge the second into it
    box.list.setCurrentRow(0)
    box.merge_into.setCurrentIndex(box.merge_into.findData(cid))
    _click(qtbot, box.merge)
    assert load_file(path).cards[cid].text == "Attente au guichet (20 min)\nMême chose"
    # refuse the third
    box.list.setCurrentRow(0)
    _click(qtbot, box.refuse)
    w = load_file(path)
    assert not tray(w) and received_card(w, "window-tray-2") == REFUSED
    assert box.tray_box.title().endswith("0")
    statuses = _answer(qtbot, pool.submit(
        phone.statuses, "window-tray-0", "window-tray-1", "window-tray-2")).body["statuses"]
    assert statuses == {"window-tray-0": "accepted", "window-tray-1": "accepted",
                        "window-tray-2": "refused"}
    # undo the refusal and the merge: both wait again, the board as it was
    window.model.undo_stack.undo()
    window.model.undo_stack.undo()
    w = load_file(path)
    assert [p.text for p in tray(w)] == ["Même chose", "Hors sujet"]
    assert w.cards[cid].text == "Attente au guichet (20 min)" and box.list.count() == 2


def test_a_typed_name_is_accepted_and_takes_the_phone_post_its(qtbot, window, pool):  # noqa: F811
    panel = window.open_room(host="127.0.0.1", port=0)
    phone = Phone(panel.server.url)
    sent = _answer(qtbot, pool.submit(phone.post_it, "Sans nom d'abord", 1, "employee",
                                      "irritant", None, "typed-name-01"))
    assert sent.status == 200
    assert _answer(qtbot, pool.submit(phone.ask_name, "Zoé Martin")).status == 200
    other = Phone(panel.server.url)
    assert _answer(qtbot, pool.submit(other.ask_name, "Quelqu'un")).status == 200
    panel._count()  # the panel's 2-second refresh, now
    box = panel.tray
    assert box.names_box.isVisible() and box.names.count() == 2
    box.names.setCurrentRow(0)
    assert box.names.currentItem().text().startswith("Zoé Martin")
    _click(qtbot, box.accept_name)
    w = load_file(window.model.document.path)
    zoe = next(p.id for p in w.participants.values() if p.name == "Zoé Martin")
    assert w.cards[sent.body["card"]].author_id == zoe
    state = _answer(qtbot, pool.submit(phone.state)).body
    assert state["name"]["status"] == "accepted" and state["name"]["participant"] == zoe
    # the phone's next post-it is theirs even before the page picks the name
    later = _answer(qtbot, pool.submit(phone.post_it, "Après mon nom", 1, "employee",
                                       "irritant", None, "typed-name-02"))
    assert load_file(window.model.document.path).cards[later.body["card"]].author_id == zoe
    # the other name is refused: no participant, the phone is told
    box.names.setCurrentRow(0)
    _click(qtbot, box.refuse_name)
    assert box.names_box.isHidden()
    assert _answer(qtbot, pool.submit(other.state)).body["name"]["status"] == "refused"
    assert not any(p.name == "Quelqu'un"
                   for p in load_file(window.model.document.path).participants.values())
