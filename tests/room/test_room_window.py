"""The room from the window: « Ouvrir la salle » shows the QR code and the address, phone
post-its arrive through the model's one door (undoable, on disk), pausing holds them, and
closing the workshop stops the server. The short form of the load test runs here too."""

from __future__ import annotations

import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest
from PySide6.QtCore import Qt

from symetrie_desktop.commands.room import room_cards
from symetrie_desktop.room.load import run_phones
from symetrie_desktop.store import load_file

from .conftest import Phone, write_workshop

WAIT = 20_000  # ms, a bound for waitUntil, never a measure


@pytest.fixture
def window(qtbot, tmp_path):
    from symetrie_desktop.ui.main_window import MainWindow

    path = write_workshop(tmp_path / "salle.symetrie", vote=True, ideas=1)
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1600, 1000)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_file(path)
    yield win
    win.close()


@pytest.fixture
def pool():
    with ThreadPoolExecutor(4) as executor:
        yield executor


def _answer(qtbot, future):
    """Wait, with the Qt thread turning (it runs the phone's edit), for a phone's answer."""
    qtbot.waitUntil(future.done, timeout=WAIT)
    return future.result()


def test_opening_the_room_shows_the_qr_code_and_a_phone_post_it_is_an_undoable_edit(
        qtbot, window, pool):
    panel = window.open_room(host="127.0.0.1", port=0)
    assert panel.is_open and not panel.qr.pixmap().isNull()
    assert panel.qr.pixmap().width() >= 200
    url = panel.server.url
    assert f"127.0.0.1:{panel.server.port}" in panel.address.text()
    assert panel.server.token in panel.address.text()
    window.view.board.set_current_step(3)
    phone = Phone(url)
    state = _answer(qtbot, pool.submit(phone.state)).body
    assert state["step"] == 3  # phones default to the step the facilitator has selected
    before = window.model.undo_stack.count()
    reply = _answer(qtbot, pool.submit(phone.post_it, "Depuis la salle", 3, "customer",
                                       "irritant", 2, "window-phone-01"))
    assert reply.status == 200
    cid = reply.body["card"]
    saved = load_file(window.model.document.path)
    assert saved.cards[cid].text == "Depuis la salle" and saved.cards[cid].author_id == 2
    assert cid in room_cards(saved) and cid in window.view.board.cards
    assert window.model.undo_stack.count() == before + 1
    window.model.undo_stack.undo()
    assert cid not in load_file(window.model.document.path).cards
    window.close_workshop()
    assert window.room_panel is None
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(url, timeout=5)


def test_a_paused_room_holds_post_its_and_votes(qtbot, window, pool):
    panel = window.open_room(host="127.0.0.1", port=0)
    panel.pause.setChecked(True)
    phone = Phone(panel.server.url)
    before = load_file(window.model.document.path)
    assert _answer(qtbot, pool.submit(phone.post_it, "En pause")).status == 503
    idea = max(before.ideas)
    assert _answer(qtbot, pool.submit(phone.dots, 1, idea, 1)).status == 503
    after = load_file(window.model.document.path)
    assert after.cards == before.cards and after.votes == before.votes
    panel.pause.setChecked(False)
    assert _answer(qtbot, pool.submit(phone.post_it, "Après la pause")).status == 200
    assert _answer(qtbot, pool.submit(phone.dots, 1, idea, 1)).status == 200
    qtbot.waitUntil(lambda: panel.phones.text().endswith(": 1"), timeout=WAIT)


def test_short_load_every_post_it_once_even_when_sent_twice(qtbot, window):
    panel = window.open_room(host="127.0.0.1", port=0)
    before = len(load_file(window.model.document.path).cards)
    thread, out = run_phones(panel.server.url, phones=10, per_phone=5, seconds=2.0,
                             resend=0.3)
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=60_000)
    result = out[0]
    assert not result.errors and result.resent > 0
    assert result.received == 50
    w = load_file(window.model.document.path)
    assert len(w.cards) == before + 50
    texts = [w.cards[cid].text for cid in room_cards(w)]
    assert len(texts) == len(set(texts)) == 50


def test_phone_post_its_carry_a_discreet_mark_on_the_board(qtbot, window, pool):
    panel = window.open_room(host="127.0.0.1", port=0)
    phone = Phone(panel.server.url)
    reply = _answer(qtbot, pool.submit(phone.post_it, "Marqué salle", 2, "employee"))
    board = window.view.board
    marked = [cid for cid, item in board.cards.items() if item.from_room]
    assert marked == [reply.body["card"]]
    window.model.undo_stack.undo()
    assert reply.body["card"] not in board.cards
    assert not any(i.from_room for i in board.cards.values())


def test_the_facilitator_removes_a_phone_from_the_room(qtbot, window, pool):
    panel = window.open_room(host="127.0.0.1", port=0)
    rude, calm = Phone(panel.server.url), Phone(panel.server.url)
    _answer(qtbot, pool.submit(rude.state, 2))
    _answer(qtbot, pool.submit(calm.state))
    panel._count()  # the panel's 2-second refresh, now
    names = [panel.phone_list.item(i).text() for i in range(panel.phone_list.count())]
    assert any(n.startswith("Karim Benali — téléphone ") for n in names) and len(names) == 2
    row = next(i for i, n in enumerate(names) if n.startswith("Karim"))
    panel.phone_list.setCurrentRow(row)
    qtbot.mouseClick(panel.remove, Qt.MouseButton.LeftButton)
    before = load_file(window.model.document.path).cards
    assert _answer(qtbot, pool.submit(rude.post_it, "Encore moi")).status == 403
    assert load_file(window.model.document.path).cards == before
    assert _answer(qtbot, pool.submit(calm.post_it, "Toujours là")).status == 200
    assert panel.phone_list.count() == 1 and panel.phones.text().endswith(": 1")


def test_the_open_room_fits_a_1280_px_screen_and_its_sentences_tick_their_boxes(
        qtbot, window, pool):
    # open, the room's panel was 485 px at the least and 900 px tall: the window grew
    # wider than a 1920×1080 laptop at 150 % and taller than 768 px
    from PySide6.QtWidgets import QScrollArea

    from symetrie_desktop.ui.wrapped_check import _Sentence

    panel = window.open_room(host="127.0.0.1", port=0)
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        qtbot.wait(20)
        assert window.minimumSizeHint().width() <= 1280, window.tabs.tabText(i)
    assert window.minimumSizeHint().height() <= 700
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: window.size().width() == 1280, timeout=WAIT)
    assert panel.qr.pixmap().width() <= panel.width()  # the QR code whole in the panel
    scroll = panel.findChild(QScrollArea, "roomPanelScroll")
    assert scroll.widget().height() > scroll.viewport().height()  # the rest scrolls
    sentences = {s.text(): s for s in panel.findChildren(_Sentence)}
    lock = next(s for t, s in sentences.items() if t.startswith("Verrouiller"))
    # wrapped, and given the height of all its lines
    assert lock.height() >= lock.heightForWidth(lock.width()) > lock.fontMetrics().height()
    pause = next(s for t, s in sentences.items() if t.startswith("Mettre la salle"))
    scroll.ensureWidgetVisible(pause)
    qtbot.mouseClick(pause, Qt.MouseButton.LeftButton)  # the sentence, not the box
    assert panel.pause.isChecked()
    phone = Phone(panel.server.url)
    assert _answer(qtbot, pool.submit(phone.post_it, "Pendant la pause")).status == 503
    qtbot.mouseClick(pause, Qt.MouseButton.LeftButton)
    assert not panel.pause.isChecked()
    assert _answer(qtbot, pool.submit(phone.post_it, "Après la pause")).status == 200
