"""The phone side of moderation, typed names and the lock, in the real browser.

The window and the browser run together: selenium's calls run on a worker thread while the
Qt thread turns (it runs the phones' edits), and the facilitator's clicks happen on the Qt
thread in between. What the page shows is checked in the phone's language, what was
decided is read from the file on disk."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from PySide6.QtCore import Qt

from symetrie_desktop.commands.tray import tray
from symetrie_desktop.store import load_file

from . import browser
from .test_phone_browser import _wait
from .test_room_window import WAIT, window  # noqa: F401 - the window fixture

pytestmark = pytest.mark.skipif(not browser.available(),
                                reason="chromium and chromedriver are not installed")


@pytest.fixture
def worker():
    with ThreadPoolExecutor(1) as executor:
        yield executor


def _run(qtbot, worker, script):
    """Run a browser script on the worker while the Qt thread turns; its result."""
    future = worker.submit(script)
    qtbot.waitUntil(future.done, timeout=WAIT * 3)
    return future.result()


def test_a_moderated_post_it_says_received_then_accepted_and_a_typed_name_is_taken(
        qtbot, window, worker):  # noqa: F811
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    panel = window.open_room(host="127.0.0.1", port=0)
    panel.tray.moderate.click()
    path = window.model.document.path
    phone = _run(qtbot, worker, browser.phone_browser)
    try:
        def send_and_ask():
            phone.get(panel.server.url)
            _wait(phone, lambda d: len(Select(d.find_element(By.ID, "who")).options) > 1)
            phone.find_element(By.ID, "text").send_keys("Le parking est introuvable")
            phone.find_element(By.ID, "send").click()
            _wait(phone, lambda d: d.find_element(By.ID, "status").text == "reçu")
            _wait(phone, lambda d: "en attente de l'animateur" in
                  d.find_element(By.ID, "mine").text)
            phone.find_element(By.ID, "typed-name").send_keys("Zoé Martin")
            phone.find_element(By.ID, "ask-name").click()
            _wait(phone, lambda d: "Demandé : Zoé Martin" in
                  d.find_element(By.ID, "name-status").text)

        _run(qtbot, worker, send_and_ask)
        # « reçu » was shown: the post-it is in the file's tray, not yet on the board
        assert [p.text for p in tray(load_file(path))] == ["Le parking est introuvable"]
        box = panel.tray
        qtbot.mouseClick(box.accept, Qt.MouseButton.LeftButton)
        panel._count()
        box.names.setCurrentRow(0)
        qtbot.mouseClick(box.accept_name, Qt.MouseButton.LeftButton)
        w = load_file(path)
        zoe = next(p.id for p in w.participants.values() if p.name == "Zoé Martin")
        card = next(c for c in w.cards.values() if c.text == "Le parking est introuvable")
        assert card.author_id == zoe  # sent with no name, given to the name once accepted

        def see_answers():
            _wait(phone, lambda d: "accepté" in d.find_element(By.ID, "mine").text)
            _wait(phone, lambda d: "Bienvenue, Zoé Martin" in
                  d.find_element(By.ID, "name-status").text)
            assert Select(phone.find_element(By.ID, "who")).first_selected_option.text \
                == "Zoé Martin"
            phone.find_element(By.ID, "text").send_keys("Deuxième, avec mon nom")
            phone.find_element(By.ID, "send").click()
            _wait(phone, lambda d: d.find_element(By.ID, "status").text == "reçu")

        _run(qtbot, worker, see_answers)
        qtbot.mouseClick(box.accept, Qt.MouseButton.LeftButton)
        w = load_file(path)
        second = next(c for c in w.cards.values() if c.text == "Deuxième, avec mon nom")
        assert second.author_id == zoe
    finally:
        _run(qtbot, worker, lambda: browser.close(phone))


def test_a_locked_room_refuses_a_correction_in_the_phone_language(serve):
    from selenium.webdriver.common.by import By

    s = serve(options=("--lock",))
    phone = browser.phone_browser(lang="en-GB")
    try:
        phone.get(s.url)
        _wait(phone, lambda d: d.find_element(By.ID, "send").text == "Send")
        phone.find_element(By.ID, "text").send_keys("Typo in this one")
        phone.find_element(By.ID, "send").click()
        _wait(phone, lambda d: d.find_element(By.ID, "status").text == "received")
        phone.find_element(By.XPATH, "//ol[@id='mine']//button[text()='Correct']").click()
        prompt = _wait(phone, lambda d: d.switch_to.alert)
        prompt.send_keys("Typo fixed")
        prompt.accept()
        _wait(phone, lambda d: d.find_element(By.ID, "status").text ==
              "The facilitator has locked the sticky notes: no more corrections or withdrawals.")
        w = load_file(s.path)
        assert any(c.text == "Typo in this one" for c in w.cards.values())
        assert not any(c.text == "Typo fixed" for c in w.cards.values())
    finally:
        browser.close(phone)
