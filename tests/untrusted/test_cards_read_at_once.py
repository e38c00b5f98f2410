"""The post-its of a file are read at once when every row is sound (issue 11: the row-by-row
checks cost a third of a second at 5,000); one bad row anywhere still stops the reading with
the same sentence, naming the table and the row, as the row-by-row reading gives."""

from __future__ import annotations

from dataclasses import FrozenInstanceError, replace
from pathlib import Path

import pytest

from symetrie_desktop.domain.model import Card, Link
from symetrie_desktop.exchange.demo import generated_workshop
from symetrie_desktop.exchange.workshop_json import from_exchange
from symetrie_desktop.store import Problem, WorkshopFileError, load_file, reading, write_new

from .helpers import sql


@pytest.fixture(scope="module")
def big_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("big") / "grand.symetrie"
    write_new(path, from_exchange(generated_workshop(steps=12, cards=2000, seed=5)))
    return path


@pytest.fixture
def copy(big_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "copie.symetrie"
    path.write_bytes(big_file.read_bytes())
    return path


def row_by_row(monkeypatch) -> None:
    monkeypatch.setattr(reading, "_cards_at_once", lambda db, w: False)


def test_a_sound_file_reads_the_same_at_once_and_row_by_row(copy, monkeypatch):
    at_once = load_file(copy)
    assert len(at_once.cards) == 2000
    with monkeypatch.context() as m:
        row_by_row(m)
        slow = load_file(copy)
    assert at_once.cards == slow.cards
    assert list(at_once.cards) == list(slow.cards)  # same order (rowid)
    assert {c.tags for c in at_once.cards.values()} == {c.tags for c in slow.cards.values()}


DAMAGES = {
    "kind": "kind = 'bogus'",
    "kind-number": "kind = 3",
    "blank-text": "text = char(8195, 160, 10)",  # em space, no-break space, new line
    "long-text": "text = printf('%.*c', 20001, 'x')",
    "blob-text": "text = X'C3A9'",
    "lane": "lane_id = 999",
    "lane-as-text": "lane_id = 'deux'",
    "step": "step_id = 'trois'",
    "author": "author_id = 999",
    "position": "position = 2.5",
    "tags-not-json": "tags = 'relational'",
    "tags-empty-word": "tags = '[\"\"]'",
    "tags-number": "tags = '[1]'",
    "tags-null": "tags = 'null'",
}


@pytest.mark.parametrize("change", DAMAGES.values(), ids=DAMAGES.keys())
def test_one_bad_post_it_among_thousands_is_named_as_row_by_row(copy, monkeypatch, change):
    card = sorted(load_file(copy).cards)[1234]
    sql(copy, f"UPDATE cards SET {change} WHERE id = {card}")
    with pytest.raises(WorkshopFileError) as fast:
        load_file(copy)
    with monkeypatch.context() as m:
        row_by_row(m)
        with pytest.raises(WorkshopFileError) as slow:
            load_file(copy)
    assert fast.value.problem == Problem.BAD_ROW
    assert str(fast.value) == str(slow.value)
    assert f"table cards, row {card}: " in str(fast.value)


def test_post_its_and_links_read_at_once_are_ordinary_frozen_values(copy):
    """Made without their dataclass's ``__init__`` (issue 11), they compare, hash and refuse
    a change exactly as the values the rest of the app makes."""
    w = load_file(copy)
    card = next(iter(w.cards.values()))
    same = Card(card.id, card.lane_id, card.step_id, card.kind, card.text, card.author_id,
                card.tags, card.position)
    assert card == same and hash(card) == hash(same) and repr(card) == repr(same)
    assert replace(card, text="autre").text == "autre"
    with pytest.raises(FrozenInstanceError):
        card.text = "changé"  # type: ignore[misc]
    link = next(iter(w.links))
    assert link == Link(link.customer_card_id, link.employee_card_id)
    assert Link(link.customer_card_id, link.employee_card_id) in w.links
    with pytest.raises(FrozenInstanceError):
        link.customer_card_id = 0  # type: ignore[misc]


def links_row_by_row(monkeypatch) -> None:
    monkeypatch.setattr(reading, "_links_at_once", lambda db, w: False)


def test_a_sound_file_reads_the_same_links_at_once_and_row_by_row(copy, monkeypatch):
    at_once = load_file(copy)
    assert len(at_once.links) > 100
    with monkeypatch.context() as m:
        links_row_by_row(m)
        slow = load_file(copy)
    assert at_once.links == slow.links


LINK_DAMAGES = {
    "customer-nowhere": "customer_card_id = 99999",
    "employee-nowhere": "employee_card_id = 99999",
    "customer-as-text": "customer_card_id = 'deux'",
    "employee-real": "employee_card_id = 2.5",
}


@pytest.mark.parametrize("change", LINK_DAMAGES.values(), ids=LINK_DAMAGES.keys())
def test_one_bad_link_among_hundreds_is_named_as_row_by_row(copy, monkeypatch, change):
    link = sorted(load_file(copy).links, key=lambda x: (x.customer_card_id,
                                                         x.employee_card_id))[60]
    sql(copy, f"UPDATE links SET {change} WHERE customer_card_id = {link.customer_card_id} "
              f"AND employee_card_id = {link.employee_card_id}")
    with pytest.raises(WorkshopFileError) as fast:
        load_file(copy)
    with monkeypatch.context() as m:
        links_row_by_row(m)
        with pytest.raises(WorkshopFileError) as slow:
            load_file(copy)
    assert fast.value.problem == Problem.BAD_ROW
    assert str(fast.value) == str(slow.value)
    assert "table links, row " in str(fast.value)
