"""The post-its of an exchange document, and their links, read in one pass of plain
comparisons.

Importing 5,000 post-its through the general checks (a path string, a checker call and a
``clean_text`` per field, then a copy of every card to number its cell) cost about a third
of the ``import`` command (issue 11). Here each post-it is checked with ``type(...) is``
tests and dictionary look-ups, and its place in its cell is counted as it is read.

This reader never reports a problem: at the first doubt it answers None and the importer
reads the post-its one by one with its usual checks, which name the bad one with the
same words as always (``cards[3].lane: unknown lane 'L9'``). So it only has to accept
exactly what the one-by-one reading accepts and build exactly the same cards;
``tests/untrusted/test_import_cards_at_once.py`` compares both on many kinds of damage.
"""

from __future__ import annotations

from typing import Any

from ..domain.limits import TAG_LIMIT, TAGS_PER_CARD, TEXT_LIMIT
from ..domain.model import Card, CardKind, Link
from ..domain.rules import RuleError, clean_text
from ..domain.slots import slot_setters

_KINDS = {kind.value: kind for kind in CardKind}
_CARD_SLOTS = slot_setters(Card)


def cards_at_once(items: list[Any], lanes: dict[str, int], steps: dict[str, int],
                  people: dict[str, int], experience: set[int]
                  ) -> tuple[list[Card], dict[str, int]] | None:
    """The cards of ``items`` (the document's ``cards`` list) and the file's card ids
    mapped to theirs, or None when any of them needs the one-by-one reading.

    ``lanes``, ``steps`` and ``people`` map the file's ids to the workshop's; ``experience``
    holds the ids of the customer and employee lanes (the only ones with irritants)."""
    ids: dict[str, int] = {}
    cards: list[Card] = []
    cells: dict[tuple[int, int], int] = {}
    note = CardKind.NOTE
    new = object.__new__
    set_id, set_lane, set_step, set_kind, set_text, set_author, set_tags, set_position = \
        _CARD_SLOTS
    for n, o in enumerate(items, 1):
        if type(o) is not dict:
            return None
        ref, lane, step = o.get("id"), o.get("lane"), o.get("step")
        if type(ref) is not str or not ref or ref in ids:
            return None
        if type(lane) is not str or type(step) is not str:
            return None
        lane_id, step_id = lanes.get(lane), steps.get(step)
        kind = o.get("kind", "note")
        kind = _KINDS.get(kind) if type(kind) is str else None
        if lane_id is None or step_id is None or kind is None:
            return None
        if lane_id not in experience:
            kind = note
        text = _clean(o.get("text"), TEXT_LIMIT)
        if text is None:
            return None
        author = o.get("author")
        if author is None or author == "":
            author_id = None
        elif type(author) is str:
            author_id = people.get(author)
            if author_id is None:
                return None
        else:
            return None
        tags = o.get("tags", [])
        if type(tags) is not list or len(tags) > TAGS_PER_CARD:
            return None
        if tags:
            kept = [_clean(t, TAG_LIMIT) for t in tags]
            if None in kept:
                return None
            tags = tuple(dict.fromkeys(kept))
        else:
            tags = ()
        cell = (lane_id, step_id)
        position = cells.get(cell, 0)
        cells[cell] = position + 1
        ids[ref] = n
        card = new(Card)  # Card(n, lane_id, …), slot by slot (domain/slots.py)
        set_id(card, n)
        set_lane(card, lane_id)
        set_step(card, step_id)
        set_kind(card, kind)
        set_text(card, text)
        set_author(card, author_id)
        set_tags(card, tags)
        set_position(card, position)
        cards.append(card)
    return cards, ids


def links_at_once(items: list[Any], card_ids: dict[str, int], cards: dict[int, Card],
                  customer_lane: int, employee_lane: int) -> set[Link] | None:
    """The links of ``items`` (the document's ``links`` list), or None when one of them
    needs the one-by-one reading: each joins an irritant or enchantment of the customer
    lane to one of the employee lane, in the same step."""
    links: set[Link] = set()
    note = CardKind.NOTE
    for o in items:
        if type(o) is not dict:
            return None
        customer, employee = o.get("customer_card"), o.get("employee_card")
        if type(customer) is not str or type(employee) is not str:
            return None
        customer_id, employee_id = card_ids.get(customer), card_ids.get(employee)
        if customer_id is None or employee_id is None:
            return None
        c, e = cards[customer_id], cards[employee_id]
        if (c.lane_id != customer_lane or e.lane_id != employee_lane or c.kind is note
                or e.kind is note or c.step_id != e.step_id):
            return None
        links.add(Link(customer_id, employee_id))
    return links


def _clean(value: Any, limit: int) -> str | None:
    """``value`` as ``clean_text`` keeps it, or None when it is no text or is refused.

    A printable text with no blank at either end and within the limit is kept as it is
    (what ``clean_text`` would return), without the regular expression and the copies."""
    if type(value) is not str:
        return None
    if (value and len(value) <= limit and value.isprintable() and not value[0].isspace()
            and not value[-1].isspace()):
        return value
    try:
        return clean_text(value, "", limit)
    except RuleError:
        return None
