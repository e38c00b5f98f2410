"""A real browser on the phone page: a participant types a post-it, taps « Envoyer », sees
« reçu », and the post-it is in the file; then places a dot in the vote."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from symetrie_desktop.domain.model import CardKind, LaneKind
from symetrie_desktop.store import load_file

from . import browser

pytestmark = pytest.mark.skipif(not browser.available(),
                                reason="chromium and chromedriver are not installed")

WAIT = 20  # seconds; a bound, never a measure


@pytest.fixture
def phone():
    driver = browser.phone_browser()
    yield driver
    browser.close(driver)


def _wait(driver, condition):
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.support.ui import WebDriverWait

    # the page redraws a list when the laptop's answer changes it: look again, never sleep
    return WebDriverWait(driver, WAIT, poll_frequency=0.1,
                         ignored_exceptions=(StaleElementReferenceException,)).until(condition)


def test_a_participant_sends_a_post_it_and_votes_from_a_phone(serve, phone):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    s = serve(vote=True, ideas=2)
    phone.get(s.url)
    find = phone.find_element
    assert find(By.ID, "send").text == "Envoyer"
    # the page has asked the laptop for the participants and steps
    _wait(phone, lambda d: len(Select(d.find_element(By.ID, "who")).options) > 1)
    who = Select(find(By.ID, "who"))
    who.select_by_visible_text("Karim Benali")
    find(By.CSS_SELECTOR, "label[for=lane-employee]").click()
    find(By.CSS_SELECTOR, "label[for=kind-enchantment]").click()
    Select(find(By.ID, "step")).select_by_visible_text("Livraison")
    find(By.ID, "text").send_keys("Le livreur a appelé avant de passer, très apprécié")
    find(By.ID, "send").click()
    _wait(phone, lambda d: d.find_element(By.ID, "status").text == "reçu")

    w = load_file(s.path)
    card = next(c for c in w.cards.values() if c.text.startswith("Le livreur a appelé"))
    assert w.participants[card.author_id].name == "Karim Benali"
    assert w.steps[card.step_id].name == "Livraison"
    assert w.lanes[card.lane_id].kind == LaneKind.EMPLOYEE
    assert card.kind == CardKind.ENCHANTMENT
    assert find(By.ID, "text").get_attribute("value") == ""  # ready for the next one
    assert "reçu" in find(By.ID, "mine").text

    # the vote: the ideas with the dots left, one tap on « + »
    _wait(phone, lambda d: "3 sur 3" in d.find_element(By.ID, "vote-info").text)
    idea = _wait(phone, lambda d: int(
        d.find_element(By.CSS_SELECTOR, "#ideas li").get_attribute("data-idea")))
    _wait(phone, lambda d: d.find_element(
        By.CSS_SELECTOR, f"#ideas li[data-idea='{idea}'] button.plus").click() or True)
    _wait(phone, lambda d: "2 sur 3" in d.find_element(By.ID, "vote-info").text)
    assert _wait(phone, lambda d: d.find_element(
        By.CSS_SELECTOR, f"#ideas li[data-idea='{idea}'] .dots").text) == "1"
    w = load_file(s.path)
    karim = next(p.id for p in w.participants.values() if p.name == "Karim Benali")
    assert [v.idea_id for v in w.votes.values() if v.participant_id == karim] == [idea]

    shots = os.environ.get("ROOM_SCREENSHOTS")
    if shots:  # `make room-screenshots` keeps the README's picture up to date
        phone.execute_script("window.scrollTo(0, 0)")
        phone.save_screenshot(str(Path(shots) / "room-phone.png"))

    # withdrawing it: « Retirer » under the post-it, confirmed, and it leaves the file
    find(By.XPATH, "//ol[@id='mine']//button[text()='Retirer']").click()
    _wait(phone, lambda d: d.switch_to.alert).accept()
    _wait(phone, lambda d: d.find_element(By.ID, "status").text == "retiré")
    assert card.id not in load_file(s.path).cards


def test_the_phone_says_when_the_room_no_longer_answers(serve, phone):
    """The facilitator closes the room: the phone says the room no longer answers, rather
    than leave « Demandé : … » or a stale vote on screen."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    s = serve()
    phone.get(s.url)
    _wait(phone, lambda d: len(Select(d.find_element(By.ID, "who")).options) > 1)
    assert not phone.find_element(By.ID, "banner").is_displayed()
    s.stop()  # the room closes
    text = _wait(phone, lambda d: d.find_element(By.ID, "banner").is_displayed()
                 and d.find_element(By.ID, "banner").text)
    assert text.startswith("La salle ne répond plus")
