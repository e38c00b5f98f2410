"""Reading a workshop file into memory, checking every row as it is read.

The schema check (store/verify.py) guarantees the tables are ours, but SQLite columns
take any type and a file edited by hand can hold a card of kind 'bogus', tags that are
not a JSON list, a BLOB text or a lane id that points nowhere. Each such row stops the
reading with a :class:`BadRow` naming the table and the row, so the caller can refuse
the file in one sentence instead of failing later in a view or the summary.
"""

from __future__ import annotations

import json
import math
import sqlite3
from collections import Counter
from collections.abc import Iterator
from datetime import date
from enum import StrEnum

from ..domain import limits
from ..domain.diagnosis import DiagnosisResponse, Dimension, Statement
from ..domain.followup import ActionReview, Outcome, PreviousSession, SolvedIrritant
from ..domain.mirror import MirrorAnswer, Population
from ..domain.model import (
    Action,
    Card,
    CardKind,
    Idea,
    Lane,
    LaneKind,
    Link,
    Office,
    Participant,
    Phase,
    Setting,
    Status,
    Step,
    Vote,
    Workshop,
    WorkshopInfo,
)
from ..domain.slots import slot_setters
from .sqlite import Database


class BadRow(ValueError):
    """Row ``row`` of ``table`` (None: the table as a whole) cannot be used: ``why``."""

    def __init__(self, table: str, row: object, why: str) -> None:
        self.table = table
        self.row = row
        self.why = why
        where = f"table {table}" + (f", row {row}" if row is not None else "")
        super().__init__(f"{where}: {why}")


class _Row:
    """One row's values, each checked for the type and range the app relies on."""

    def __init__(self, table: str, row: dict, key: object) -> None:
        self.table = table
        self.row = row
        self.key = key

    def bad(self, why: str) -> BadRow:
        return BadRow(self.table, self.key, why)

    def integer(self, name: str, low: int | None = None, high: int | None = None) -> int:
        value = self.row.get(name)
        if not isinstance(value, int) or isinstance(value, bool):
            raise self.bad(f"{name} is {_shown(value)}, not a whole number")
        if (low is not None and value < low) or (high is not None and value > high):
            raise self.bad(f"{name} {value} is out of range")
        return value

    def text(self, name: str, limit: int, required: bool = True) -> str:
        value = self.row.get(name)
        if not isinstance(value, str):
            raise self.bad(f"{name} is {_shown(value)}, not text")
        if required and not value.strip():
            raise self.bad(f"{name} is empty")
        if len(value) > limit:
            raise self.bad(f"{name} has {len(value)} characters, more than the {limit} allowed")
        return value

    def choice(self, name: str, enum: type[StrEnum]) -> StrEnum:
        value = self.row.get(name)
        try:
            return enum(value)
        except (ValueError, TypeError):
            raise self.bad(f"{name} {_shown(value)} is not one of "
                           f"{', '.join(m.value for m in enum)}") from None

    def reference(self, name: str, known: dict | set, optional: bool = False) -> int | None:
        value = self.row.get(name)
        if value is None and optional:
            return None
        if not isinstance(value, int) or isinstance(value, bool) or value not in known:
            raise self.bad(f"{name} {_shown(value)} points to nothing")
        return value

    def iso_date(self, name: str) -> str:
        value = self.text(name, 10, required=False)
        if value:
            try:
                date.fromisoformat(value)
            except ValueError:
                raise self.bad(f"{name} {value!r} is not a date") from None
        return value


def _shown(value: object) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, bytes):
        return "binary data"
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _rows(db: Database, table: str, sql: str | None = None) -> Iterator[dict]:
    """The rows of ``table``; a value SQLite cannot hand over (bad UTF-8) names the table."""
    try:
        count = db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        if table in limits.MAX_COUNT:
            limits.check_count(table, count)
        yield from db.query(sql or f"SELECT * FROM {table} ORDER BY rowid")
    except UnicodeDecodeError:
        raise BadRow(table, None, "a text is not valid UTF-8") from None
    except sqlite3.OperationalError as e:
        if "decode" in str(e):
            raise BadRow(table, None, "a text is not valid UTF-8") from None
        raise


def read_workshop(db: Database) -> Workshop:
    """The whole workshop, one query per table, every row checked; raises :class:`BadRow`."""
    w = Workshop(_info(db))
    for r in _rows(db, "participants"):
        v = _Row("participants", r, r.get("id"))
        office = None if r.get("office") is None else v.choice("office", Office)
        colour = v.text("colour", 7)
        if len(colour) != 7 or colour[0] != "#" or not all(
                c in "0123456789abcdefABCDEF" for c in colour[1:]):
            raise v.bad(f"colour {colour!r} is not #rrggbb")
        w.participants[r["id"]] = Participant(
            r["id"], v.text("name", limits.NAME_LIMIT), v.text("department", limits.NAME_LIMIT,
                                                                 required=False),
            office, colour, v.integer("position"))
    for r in _rows(db, "steps"):
        v = _Row("steps", r, r.get("id"))
        w.steps[r["id"]] = Step(r["id"], v.text("name", limits.NAME_LIMIT),
                                v.choice("phase", Phase), v.integer("position"))
    for r in _rows(db, "lanes"):
        v = _Row("lanes", r, r.get("id"))
        w.lanes[r["id"]] = Lane(r["id"], v.choice("kind", LaneKind),
                                v.text("name", limits.NAME_LIMIT), v.integer("position"))
    kinds = Counter(lane.kind for lane in w.lanes.values())
    for kind in (LaneKind.CUSTOMER, LaneKind.EMPLOYEE):
        if kinds[kind] > 1:  # none is tolerated: an edit adds it back
            raise BadRow("lanes", None, f"{kinds[kind]} {kind.value} lanes instead of one")
    if not _cards_at_once(db, w):
        w.cards.clear()
        for r in _rows(db, "cards"):
            v = _Row("cards", r, r.get("id"))
            w.cards[r["id"]] = Card(
                r["id"], v.reference("lane_id", w.lanes), v.reference("step_id", w.steps),
                v.choice("kind", CardKind), v.text("text", limits.TEXT_LIMIT),
                v.reference("author_id", w.participants, optional=True), _tags(v),
                v.integer("position"))
    if not _links_at_once(db, w):
        w.links.clear()
        for r in _rows(db, "links"):
            # a link across steps or to a note is tolerated: the matrix leaves it out
            v = _Row("links", r, f"{r.get('customer_card_id')}-{r.get('employee_card_id')}")
            link = Link(v.reference("customer_card_id", w.cards),
                        v.reference("employee_card_id", w.cards))
            w.links.add(link)
    idea_cards = _joins(db, "idea_cards", "idea_id", "card_id", w.cards)
    for r in _rows(db, "ideas"):
        v = _Row("ideas", r, r.get("id"))
        w.ideas[r["id"]] = Idea(
            r["id"], v.text("text", limits.TEXT_LIMIT),
            v.reference("author_id", w.participants, optional=True),
            tuple(idea_cards.get(r["id"], ())), v.text("theme", limits.NAME_LIMIT, required=False),
            v.integer("position"))
    _orphans("idea_cards", idea_cards, w.ideas)
    for r in _rows(db, "votes"):
        v = _Row("votes", r, r.get("id"))
        idea = v.reference("idea_id", w.ideas, optional=True)
        card = v.reference("card_id", w.cards, optional=True)
        if (idea is None) == (card is None):
            raise v.bad("a vote goes to one idea or one post-it")
        w.votes[r["id"]] = Vote(r["id"], v.reference("participant_id", w.participants,
                                                     optional=True), idea, card)
    action_cards = _joins(db, "action_cards", "action_id", "card_id", w.cards)
    action_ideas = _joins(db, "action_ideas", "action_id", "idea_id", w.ideas)
    for r in _rows(db, "actions"):
        v = _Row("actions", r, r.get("id"))
        w.actions[r["id"]] = Action(
            r["id"], v.text("title", limits.TEXT_LIMIT), v.text("owner", limits.NAME_LIMIT,
                                                                required=False),
            v.iso_date("due"), v.choice("status", Status),
            tuple(action_cards.get(r["id"], ())), tuple(action_ideas.get(r["id"], ())),
            v.integer("position"), v.text("origin", limits.NAME_LIMIT, required=False))
    _orphans("action_cards", action_cards, w.actions)
    _orphans("action_ideas", action_ideas, w.actions)
    for r in _rows(db, "settings", "SELECT key, value FROM settings ORDER BY rowid"):
        v = _Row("settings", r, r.get("key"))
        key = v.text("key", limits.NAME_LIMIT)
        w.settings[key] = Setting(key, v.text("value", limits.SETTING_LIMIT, required=False))
    _read_after(db, w)
    over = limits.over_budget(w)
    if over is not None:
        raise BadRow("votes", over[0], over[1])
    return w


_CARD_KINDS = {kind.value: kind for kind in CardKind}


#: Cards and links read at once are made slot by slot (:mod:`..domain.slots`).
_CARD_SLOTS = slot_setters(Card)
_LINK_SLOTS = slot_setters(Link)


def _rows_at_once(db: Database, table: str, columns: str) -> list[tuple] | None:
    """Every row of ``table`` (a fixed name of ours) as tuples of ``columns``, in file
    order; None when the count is over the limit or a row cannot even be read, and the
    row-by-row reading then says which."""
    try:
        limits.check_count(table, db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        return db.execute(f"SELECT {columns} FROM {table} ORDER BY rowid").fetchall()
    except (UnicodeDecodeError, sqlite3.OperationalError, limits.LimitError):
        return None


def _cards_at_once(db: Database, w: Workshop) -> bool:
    """The cards, when every row passes the checks of the row-by-row reading below; False
    (and some cards read) at the first doubt, and that reading then finds the bad row and
    names it, with the same words.

    The row-by-row reading made a checker object, a dict and a JSON parse per post-it:
    a third of a second for 5,000 (issue 11 profile). Here a row is a tuple tested with
    plain comparisons, and each distinct ``tags`` text (a handful per workshop) is parsed
    and checked once."""
    rows = _rows_at_once(db, "cards", "id, lane_id, step_id, kind, text, author_id, tags, "
                                      "position")
    if rows is None:
        return False
    lanes, steps, people = w.lanes, w.steps, w.participants
    kinds, text_limit = _CARD_KINDS, limits.TEXT_LIMIT
    tag_lists: dict[str, tuple[str, ...]] = {}
    cards = w.cards
    new = object.__new__
    set_id, set_lane, set_step, set_kind, set_text, set_author, set_tags, set_position = \
        _CARD_SLOTS
    for cid, lane, step, kind, text, author, tags, position in rows:
        kind = kinds.get(kind) if type(kind) is str else None
        if (kind is None or type(lane) is not int or lane not in lanes
                or type(step) is not int or step not in steps
                or type(text) is not str or len(text) > text_limit or not text.strip()
                or (author is not None and (type(author) is not int or author not in people))
                or type(position) is not int or type(tags) is not str):
            return False
        parsed = tag_lists.get(tags)
        if parsed is None:
            try:
                parsed = tag_lists[tags] = _tags(_Row("cards", {"tags": tags}, cid))
            except BadRow:
                return False
        card = cards[cid] = new(Card)
        set_id(card, cid)
        set_lane(card, lane)
        set_step(card, step)
        set_kind(card, kind)
        set_text(card, text)
        set_author(card, author)
        set_tags(card, parsed)
        set_position(card, position)
    return True


def _links_at_once(db: Database, w: Workshop) -> bool:
    """The links, when every row points at two post-its read; False (and some links read)
    at the first doubt, and the row-by-row reading then names the bad row (800 checker
    objects and dicts at 5,000 post-its otherwise)."""
    rows = _rows_at_once(db, "links", "customer_card_id, employee_card_id")
    if rows is None:
        return False
    cards, links, new = w.cards, w.links, object.__new__
    set_customer, set_employee = _LINK_SLOTS
    for customer, employee in rows:
        if (type(customer) is not int or customer not in cards
                or type(employee) is not int or employee not in cards):
            return False
        link = new(Link)
        set_customer(link, customer)
        set_employee(link, employee)
        links.add(link)
    return True


def _read_after(db: Database, w: Workshop) -> None:
    """The tables of version 2: follow-up chain, self-diagnosis, mirror survey."""
    for r in _rows(db, "sessions"):
        v = _Row("sessions", r, r.get("id"))
        exchange = v.text("exchange", limits.SESSION_LIMIT)
        try:
            document = json.loads(exchange)
        except (ValueError, RecursionError):
            document = None
        if not isinstance(document, dict):
            raise v.bad("exchange is not a JSON object")
        w.sessions[r["id"]] = PreviousSession(r["id"], v.text("title", limits.TEXT_LIMIT),
                                              v.text("date", 40, required=False), exchange)
    for r in _rows(db, "action_reviews"):
        v = _Row("action_reviews", r, r.get("id"))
        w.reviews[r["id"]] = ActionReview(
            r["id"], v.reference("action_id", w.actions), v.text("date", 40),
            v.choice("status", Outcome), v.text("note", limits.TEXT_LIMIT, required=False))
    for r in _rows(db, "solved_irritants"):
        v = _Row("solved_irritants", r, r.get("id"))
        w.solved[r["id"]] = SolvedIrritant(
            r["id"], v.reference("session_id", w.sessions), v.text("card", limits.NAME_LIMIT),
            v.reference("action_id", w.actions, optional=True),
            v.text("date", 40, required=False))
    for r in _rows(db, "statements"):
        v = _Row("statements", r, r.get("id"))
        w.statements[r["id"]] = Statement(r["id"], v.choice("dimension", Dimension),
                                          v.text("text", limits.TEXT_LIMIT),
                                          v.integer("position"))
    for r in _rows(db, "diagnosis_responses"):
        v = _Row("diagnosis_responses", r, r.get("id"))
        w.responses[r["id"]] = DiagnosisResponse(r["id"], _answers(v))
    for r in _rows(db, "mirror_answers"):
        v = _Row("mirror_answers", r, r.get("id"))
        score = r.get("score")
        if (not isinstance(score, int | float) or isinstance(score, bool)
                or not math.isfinite(score)):
            raise v.bad(f"score is {_shown(score)}, not a number")
        w.mirror[r["id"]] = MirrorAnswer(
            r["id"], v.text("question", limits.TEXT_LIMIT), v.text("step", limits.NAME_LIMIT,
                                                                   required=False),
            v.choice("population", Population), float(score))


def _answers(v: _Row) -> tuple[tuple[int, int], ...]:
    raw = v.text("answers", limits.SETTING_LIMIT, required=False)
    try:
        answers = json.loads(raw)
        if not isinstance(answers, dict):
            raise ValueError
        pairs = tuple((int(k), int(value)) for k, value in answers.items())
        if any(isinstance(value, bool) or not isinstance(value, int)
               for value in answers.values()):
            raise ValueError
    except (ValueError, TypeError, RecursionError):
        raise v.bad("answers are not a JSON object of numbers") from None
    return pairs


def _info(db: Database) -> WorkshopInfo:
    rows = list(_rows(db, "workshop"))
    if not rows:
        return WorkshopInfo(title="Atelier")
    v = _Row("workshop", rows[0], rows[0].get("id"))
    return WorkshopInfo(
        title=v.text("title", limits.NAME_LIMIT),
        organization=v.text("organization", limits.NAME_LIMIT, required=False),
        date=v.iso_date("date"),
        facilitator=v.text("facilitator", limits.NAME_LIMIT, required=False),
        objective=v.text("objective", limits.TEXT_LIMIT, required=False),
        vote_budget=v.integer("vote_budget", 0, 99),
    )


def _tags(v: _Row) -> tuple[str, ...]:
    raw = v.text("tags", limits.TAGS_PER_CARD * (limits.TAG_LIMIT + 8) + 2, required=False)
    try:
        tags = json.loads(raw)
    except ValueError:
        raise v.bad("tags are not a JSON list") from None
    if not isinstance(tags, list) or len(tags) > limits.TAGS_PER_CARD or not all(
            isinstance(t, str) and 0 < len(t) <= limits.TAG_LIMIT for t in tags):
        raise v.bad(f"tags are not a list of at most {limits.TAGS_PER_CARD} short words")
    return tuple(tags)


def _joins(db: Database, table: str, owner: str, member: str,
           known: dict) -> dict[int, list[int]]:
    """A join table grouped by owner, in insertion order; every member must exist."""
    grouped: dict[int, list[int]] = {}
    for r in _rows(db, table, f"SELECT {owner}, {member} FROM {table} ORDER BY rowid"):
        v = _Row(table, r, f"{r.get(owner)}-{r.get(member)}")
        target = v.reference(member, known)
        key = r.get(owner)
        if not isinstance(key, int) or isinstance(key, bool):
            raise v.bad(f"{owner} {_shown(key)} points to nothing")
        grouped.setdefault(key, []).append(target)  # type: ignore[arg-type]
    return grouped


def _orphans(table: str, grouped: dict[int, list[int]], owners: dict) -> None:
    for key, members in grouped.items():
        if key not in owners:
            raise BadRow(table, f"{key}-{members[0]}", f"{key} points to nothing")
