"""The JSON exchange format: a whole workshop in one UTF-8 file, lossless both ways.

Ids in a file are references inside that file only: on import they become the
workshop file's own ids, on export they are written afresh (p1, s1, L1, c1…) in
board order. Every problem is reported as one line naming the place, like
``cards[3].lane: unknown lane 'L9'``.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from ..domain import limits
from ..domain.diagnosis import DiagnosisResponse, Dimension, Statement, ordered_statements
from ..domain.followup import (
    ActionReview,
    Outcome,
    PreviousSession,
    SolvedIrritant,
    parse_origin,
)
from ..domain.mirror import MirrorAnswer, Population
from ..domain.model import (
    DEFAULT_VOTE_BUDGET,
    MAX_NAME,
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
from ..domain.palette import next_colours
from ..domain.rules import RuleError, clean_colour, clean_date, clean_optional, clean_text
from .cards_at_once import cards_at_once, links_at_once

FORMAT = "symetrie-workshop"
VERSION = 1

DEFAULT_LANE_NAMES = {
    LaneKind.CUSTOMER: "Vécu client",
    LaneKind.EMPLOYEE: "Vécu collaborateur",
    LaneKind.ACTORS: "Acteurs (front / back-office)",
    LaneKind.CHANNELS: "Canaux et volumétrie",
    LaneKind.TOOLS: "Outils",
    LaneKind.INDICATORS: "Indicateurs",
    LaneKind.CUSTOM: "Autre",
}
_PHASE_ALIASES = {"apres": Phase.AFTER, "before": Phase.BEFORE, "during": Phase.DURING,
                  "after": Phase.AFTER}


class ExchangeError(ValueError):
    """Bad input, with the place it was found: ``where: what``."""

    def __init__(self, where: str, message: str) -> None:
        self.where = where
        self.message = message
        super().__init__(f"{where}: {message}" if where else message)


# -- export ---------------------------------------------------------------------------------


def to_exchange(w: Workshop) -> dict[str, Any]:
    """The exchange document of a workshop, in board order with fresh ids."""
    pid = {p.id: f"p{n}" for n, p in enumerate(w.ordered_participants(), 1)}
    sid = {s.id: f"s{n}" for n, s in enumerate(w.ordered_steps(), 1)}
    lid = {lane.id: f"L{n}" for n, lane in enumerate(w.ordered_lanes(), 1)}
    cards = board_order(w)
    cid = {c.id: f"c{n}" for n, c in enumerate(cards, 1)}
    ideas = w.ordered_ideas()
    iid = {i.id: f"i{n}" for n, i in enumerate(ideas, 1)}
    actions = sorted(w.actions.values(), key=lambda a: (a.position, a.id))
    links = sorted(w.links, key=lambda x: (cid[x.customer_card_id], cid[x.employee_card_id]))
    aid = {a.id: f"a{n}" for n, a in enumerate(actions, 1)}
    info = w.info
    doc = {
        "format": FORMAT,
        "version": VERSION,
        "workshop": {
            "title": info.title,
            "organization": info.organization,
            "date": info.date,
            "facilitator": info.facilitator,
            "objective": info.objective,
            "vote_budget": info.vote_budget,
        },
        "participants": [
            {"id": pid[p.id], "name": p.name, "department": p.department,
             "office": p.office.value if p.office else None, "colour": p.colour}
            for p in w.ordered_participants()
        ],
        "steps": [{"id": sid[s.id], "name": s.name, "phase": s.phase.value}
                  for s in w.ordered_steps()],
        "lanes": [{"id": lid[x.id], "kind": x.kind.value, "name": x.name}
                  for x in w.ordered_lanes()],
        "cards": [
            {"id": cid[c.id], "lane": lid[c.lane_id], "step": sid[c.step_id],
             "kind": c.kind.value, "text": c.text, "author": pid.get(c.author_id),
             "tags": list(c.tags)}
            for c in cards
        ],
        "links": [{"customer_card": cid[x.customer_card_id],
                   "employee_card": cid[x.employee_card_id]} for x in links],
        "ideas": [
            {"id": iid[i.id], "text": i.text, "addresses": [cid[c] for c in i.addresses],
             "author": pid.get(i.author_id), "theme": i.theme}
            for i in ideas
        ],
        "votes": [
            {"participant": pid.get(v.participant_id),
             "target": iid[v.idea_id] if v.idea_id is not None else cid[v.card_id]}
            for v in sorted(w.votes.values(), key=lambda v: v.id)
        ],
        "actions": [
            {"id": f"a{n}", "title": a.title, "owner": a.owner, "due": a.due,
             "status": a.status.value, "addresses": [cid[c] for c in a.addresses],
             "ideas": [iid[i] for i in a.ideas], "origin": a.origin}
            for n, a in enumerate(actions, 1)
        ],
        "settings": {s.key: _setting_value(s.value) for s in sorted(w.settings.values(),
                                                                      key=lambda s: s.key)},
    }
    doc.update(_after_export(w, aid))
    return doc


def _after_export(w: Workshop, aid: dict[int, str]) -> dict[str, Any]:
    """Follow-up chain, self-diagnosis and mirror survey (issue 14)."""
    qid = {s.id: f"q{n}" for n, s in enumerate(ordered_statements(w.statements), 1)}
    return {
        "sessions": [
            {"id": s.id, "title": s.title, "date": s.date, "document": json.loads(s.exchange)}
            for s in sorted(w.sessions.values(), key=lambda s: s.id)
        ],
        "reviews": [
            {"action": aid[r.action_id], "date": r.date, "status": r.status.value,
             "note": r.note}
            for r in sorted(w.reviews.values(), key=lambda r: (r.date, r.id))
        ],
        "solved": [
            {"session": s.session_id, "card": s.card, "action": aid.get(s.action_id),
             "date": s.date}
            for s in sorted(w.solved.values(), key=lambda s: s.id)
        ],
        "statements": [
            {"id": qid[s.id], "dimension": s.dimension.value, "text": s.text}
            for s in ordered_statements(w.statements)
        ],
        "diagnosis": [
            {"answers": {qid[k]: v for k, v in r.answers if k in qid}}
            for r in sorted(w.responses.values(), key=lambda r: r.id)
        ],
        "mirror": [
            {"question": m.question, "step": m.step, "population": m.population.value,
             "score": m.score}
            for m in sorted(w.mirror.values(), key=lambda m: m.id)
        ],
    }


def _setting_value(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return text


def board_order(w: Workshop) -> list[Card]:
    """Cards step by step, lane by lane, in their order inside each cell."""
    step_rank = {s.id: n for n, s in enumerate(w.ordered_steps())}
    lane_rank = {x.id: n for n, x in enumerate(w.ordered_lanes())}
    return sorted(
        w.cards.values(),
        key=lambda c: (step_rank[c.step_id], lane_rank[c.lane_id], c.position, c.id),
    )


def dumps(w: Workshop) -> str:
    return json.dumps(to_exchange(w), ensure_ascii=False, indent=2) + "\n"


# -- import ---------------------------------------------------------------------------------


def loads(text: str, source: str = "") -> Workshop:
    """Parse and check an exchange document; ``source`` prefixes JSON syntax errors."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        where = f"{source}:{e.lineno}:{e.colno}" if source else f"line {e.lineno}, column {e.colno}"
        raise ExchangeError(where, f"invalid JSON ({e.msg})") from None
    except RecursionError:
        raise ExchangeError(source, "invalid JSON (nested too deeply)") from None
    return _Importer(data, sound_text=_no_surrogate_in(text)).workshop()


def from_exchange(data: Any) -> Workshop:
    """Check an exchange document and build the workshop it describes."""
    return _Importer(data).workshop()


#: The exchange file's lists that are not named like the workshop file's tables.
_TABLE_OF = {"reviews": "action_reviews", "solved": "solved_irritants",
             "diagnosis": "diagnosis_responses", "mirror": "mirror_answers"}


class _Importer:
    def __init__(self, data: Any, sound_text: bool = False) -> None:
        """``sound_text``: the document was parsed from a text known to hold no lone
        surrogate (:func:`_no_surrogate_in`), so no text in it can be broken."""
        self.data = _obj(data, "")
        if not sound_text:
            _no_broken_text(self.data)
        self.ids: dict[str, dict[str, int]] = {}
        self.experience_lanes: set[LaneKind] = set()
        self.votes_used: Counter[int] = Counter()
        #: how many cards each cell (lane id, step id) has so far: a card's position
        self.cell_sizes: Counter[tuple[int, int]] = Counter()

    def workshop(self) -> Workshop:
        d = self.data
        if d.get("format") != FORMAT:
            raise ExchangeError("format", f"expected {FORMAT!r}, found {d.get('format')!r}")
        version = d.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise ExchangeError("version", f"expected a version number, found {version!r}")
        if version > VERSION:
            raise ExchangeError(
                "version", f"{version} is newer than this app reads ({VERSION}); update Symétrie"
            )
        w = Workshop(self._info(_obj(d.get("workshop"), "workshop")))
        people = self._items("participants", self._participant)
        # no colour given: each gets its own from the colour-blind-safe palette, not all grey
        fresh = iter(next_colours((p.colour for p in people if p.colour),
                                  sum(1 for p in people if not p.colour)))
        for p in people:
            w.participants[p.id] = p if p.colour else replace(p, colour=next(fresh))
        for s in self._items("steps", self._step):
            w.steps[s.id] = s
        if not w.steps:
            raise ExchangeError("steps", "a journey needs at least one step")
        for lane in self._items("lanes", lambda o, at, n: self._lane(w, o, at, n)):
            w.lanes[lane.id] = lane
        self._ensure_experience_lanes(w)
        cards = self._cards_at_once(w)
        if cards is None:
            cards = self._items("cards", lambda o, at, n: self._card(w, o, at, n))
        for c in cards:
            w.cards[c.id] = c
        links = self._links_at_once(w)
        if links is None:
            links = {self._link(w, o, at) for at, o in self._each("links")}
        w.links |= links
        for i in self._items("ideas", self._idea):
            w.ideas[i.id] = i
        for v in self._items("votes", lambda o, at, n: self._vote(w, o, at, n)):
            w.votes[v.id] = v
        for a in self._items("actions", self._action):
            w.actions[a.id] = a
        settings = _obj(d.get("settings", {}), "settings")
        _limit("settings", len(settings))
        for key, value in settings.items():
            text = json.dumps(value, ensure_ascii=False)
            if len(text) > limits.SETTING_LIMIT:
                raise ExchangeError(f"settings.{key}", f"{len(text)} characters, more than the "
                                    f"{limits.SETTING_LIMIT} a setting may hold")
            w.settings[key] = Setting(_checked(clean_text, key, "settings", MAX_NAME), text)
        self._after(w)
        return w

    # follow-up chain, self-diagnosis, mirror survey

    def _after(self, w: Workshop) -> None:
        for at, o in self._each("sessions"):
            o = _obj(o, at)
            sid = o.get("id")
            if not isinstance(sid, int) or isinstance(sid, bool) or sid < 1 or sid in w.sessions:
                raise ExchangeError(f"{at}.id", f"expected a new session number, found {sid!r}")
            document = _obj(o.get("document"), f"{at}.document")
            if document.get("format") != FORMAT:
                raise ExchangeError(f"{at}.document.format", f"expected {FORMAT!r}")
            text = json.dumps(document, ensure_ascii=False)
            if len(text) > limits.SESSION_LIMIT:
                raise ExchangeError(f"{at}.document", "too large for a workshop")
            w.sessions[sid] = PreviousSession(
                sid, _checked(clean_text, o.get("title"), f"{at}.title", MAX_NAME),
                _checked(clean_date, o.get("date"), f"{at}.date"), text)
        for a in w.actions.values():
            # a session's snapshot keeps its actions' origins but not the chain they point
            # into (the newest file holds it), so only the form is checked here
            if a.origin and parse_origin(a.origin) is None:
                raise ExchangeError(f"actions[{a.id - 1}].origin",
                                    f"expected '<session>:<action id>', found {a.origin!r}")
        for n, (at, o) in enumerate(self._each("reviews"), 1):
            o = _obj(o, at)
            w.reviews[n] = ActionReview(
                n, self._lookup("actions", "action", o.get("action"), f"{at}.action"),
                _checked(clean_date, o.get("date"), f"{at}.date") or _missing(f"{at}.date"),
                _enum(Outcome, o.get("status"), f"{at}.status"),
                _checked(clean_optional, o.get("note"), f"{at}.note", 2000))
        for n, (at, o) in enumerate(self._each("solved"), 1):
            o = _obj(o, at)
            session = o.get("session")
            if not isinstance(session, int) or isinstance(session, bool) or (
                    session not in w.sessions):
                raise ExchangeError(f"{at}.session", f"unknown session {session!r}")
            w.solved[n] = SolvedIrritant(
                n, session, _ref(o.get("card"), f"{at}.card"),
                self._optional("actions", "action", o.get("action"), f"{at}.action"),
                _checked(clean_date, o.get("date"), f"{at}.date"))
        for n, (at, o) in enumerate(self._each("statements"), 1):
            o = _obj(o, at)
            ref = _ref(o.get("id"), f"{at}.id")
            if ref in self.ids.setdefault("statements", {}):
                raise ExchangeError(f"{at}.id", f"duplicate id {ref!r}")
            self.ids["statements"][ref] = n
            w.statements[n] = Statement(
                n, _enum(Dimension, o.get("dimension"), f"{at}.dimension"),
                _checked(clean_text, o.get("text"), f"{at}.text", 500), n - 1)
        for n, (at, o) in enumerate(self._each("diagnosis"), 1):
            answers = _obj(_obj(o, at).get("answers"), f"{at}.answers")
            pairs = []
            for ref, value in answers.items():
                where = f"{at}.answers.{ref}"
                if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 4:
                    raise ExchangeError(where, f"expected 1 to 4, found {value!r}")
                pairs.append((self._lookup("statements", "statement", ref, where), value))
            w.responses[n] = DiagnosisResponse(n, tuple(pairs))
        for n, (at, o) in enumerate(self._each("mirror"), 1):
            o = _obj(o, at)
            score = o.get("score")
            if isinstance(score, bool) or not isinstance(score, int | float) or not (
                    0 <= score <= 10):
                raise ExchangeError(f"{at}.score", f"expected 0 to 10, found {score!r}")
            w.mirror[n] = MirrorAnswer(
                n, _checked(clean_text, o.get("question"), f"{at}.question", 500),
                _checked(clean_optional, o.get("step"), f"{at}.step", MAX_NAME),
                _enum(Population, o.get("population"), f"{at}.population"), float(score))

    # generic walkers

    def _each(self, key: str) -> Iterable[tuple[str, Any]]:
        items = self.data.get(key, [])
        if not isinstance(items, list):
            raise ExchangeError(key, f"expected a list, found {_type(items)}")
        _limit(_TABLE_OF.get(key, key), len(items), key)
        for n, item in enumerate(items):
            yield f"{key}[{n}]", item

    def _items(self, key: str, make) -> list:
        made = []
        ids = self.ids.setdefault(key, {})
        for n, (at, item) in enumerate(self._each(key), 1):
            o = _obj(item, at)
            if key != "votes":
                ref = _ref(o.get("id"), f"{at}.id")
                if ref in ids:
                    raise ExchangeError(f"{at}.id", f"duplicate id {ref!r}")
                ids[ref] = n
            made.append(make(o, at, n))
        return made

    def _lookup(self, table: str, what: str, value: Any, where: str) -> int:
        ref = _ref(value, where)
        try:
            return self.ids[table][ref]
        except KeyError:
            raise ExchangeError(where, f"unknown {what} {ref!r}") from None

    def _optional(self, table: str, what: str, value: Any, where: str) -> int | None:
        return None if value is None or value == "" else self._lookup(table, what, value, where)

    # records

    def _info(self, o: dict) -> WorkshopInfo:
        budget = o.get("vote_budget", DEFAULT_VOTE_BUDGET)
        if not isinstance(budget, int) or isinstance(budget, bool) or not 0 <= budget <= 99:
            raise ExchangeError("workshop.vote_budget", f"expected 0 to 99, found {budget!r}")
        return WorkshopInfo(
            title=_checked(clean_text, o.get("title"), "workshop.title", MAX_NAME),
            organization=_checked(clean_optional, o.get("organization"), "workshop.organization"),
            date=_checked(clean_date, o.get("date"), "workshop.date"),
            facilitator=_checked(clean_optional, o.get("facilitator"), "workshop.facilitator"),
            objective=_checked(clean_optional, o.get("objective"), "workshop.objective"),
            vote_budget=budget,
        )

    def _participant(self, o: dict, at: str, n: int) -> Participant:
        office = o.get("office")
        if office not in (None, "", "front", "back"):
            raise ExchangeError(
                f"{at}.office", f"expected 'front', 'back' or null, found {office!r}"
            )
        return Participant(
            n,
            _checked(clean_text, o.get("name"), f"{at}.name", MAX_NAME),
            _checked(clean_optional, o.get("department"), f"{at}.department"),
            Office(office) if office else None,
            _checked(clean_colour, o.get("colour"), f"{at}.colour", ""),
            n - 1,
        )

    def _step(self, o: dict, at: str, n: int) -> Step:
        phase = o.get("phase", Phase.DURING.value)
        try:
            if not isinstance(phase, str):  # a list or an object is no phase (nor hashable)
                raise ValueError(phase)
            value = _PHASE_ALIASES.get(phase) or Phase(phase)
        except ValueError:
            raise ExchangeError(
                f"{at}.phase", f"expected 'avant', 'pendant' or 'après', found {phase!r}"
            ) from None
        return Step(n, _checked(clean_text, o.get("name"), f"{at}.name", MAX_NAME), value, n - 1)

    def _lane(self, w: Workshop, o: dict, at: str, n: int) -> Lane:
        kind = _enum(LaneKind, o.get("kind"), f"{at}.kind")
        if kind.is_experience and kind in self.experience_lanes:
            raise ExchangeError(f"{at}.kind", f"a second {kind.value} lane")
        self.experience_lanes.add(kind)
        name = o.get("name") or DEFAULT_LANE_NAMES[kind]
        return Lane(n, kind, _checked(clean_text, name, f"{at}.name", MAX_NAME), n - 1)

    def _ensure_experience_lanes(self, w: Workshop) -> None:
        """A file without a customer or employee lane gets one: the method needs both.

        A missing customer lane goes first, a missing employee lane right under the
        customer lane, where the board shows the symmetry.
        """
        order = w.ordered_lanes()
        for kind in (LaneKind.CUSTOMER, LaneKind.EMPLOYEE):
            if w.lane_of_kind(kind) is None:
                lane = Lane(max(w.lanes, default=0) + 1, kind, DEFAULT_LANE_NAMES[kind])
                w.lanes[lane.id] = lane
                customer = w.lane_of_kind(LaneKind.CUSTOMER)
                order.insert(0 if kind == LaneKind.CUSTOMER else order.index(customer) + 1, lane)
        for n, lane in enumerate(order):
            w.lanes[lane.id] = replace(lane, position=n)

    def _cards_at_once(self, w: Workshop) -> list[Card] | None:
        """The cards read in one pass (:mod:`.cards_at_once`), or None when one of them
        needs the one-by-one reading that names it."""
        items = self.data.get("cards", [])
        if type(items) is not list or len(items) > limits.MAX_COUNT["cards"]:
            return None
        experience = {lane.id for lane in w.lanes.values() if lane.kind.is_experience}
        read = cards_at_once(items, self.ids.get("lanes", {}), self.ids.get("steps", {}),
                             self.ids.get("participants", {}), experience)
        if read is None:
            return None
        cards, self.ids["cards"] = read
        return cards

    def _links_at_once(self, w: Workshop) -> set[Link] | None:
        """The links read in one pass, or None when one needs the reading that names it."""
        items = self.data.get("links", [])
        if type(items) is not list or len(items) > limits.MAX_COUNT["links"]:
            return None
        return links_at_once(items, self.ids.get("cards", {}), w.cards,
                             w.lane_of_kind(LaneKind.CUSTOMER).id,
                             w.lane_of_kind(LaneKind.EMPLOYEE).id)

    def _card(self, w: Workshop, o: dict, at: str, n: int) -> Card:
        lane_id = self._lookup("lanes", "lane", o.get("lane"), f"{at}.lane")
        step_id = self._lookup("steps", "step", o.get("step"), f"{at}.step")
        kind = _enum(CardKind, o.get("kind", "note"), f"{at}.kind")
        if not w.lanes[lane_id].kind.is_experience:
            kind = CardKind.NOTE
        text = _checked(clean_text, o.get("text"), f"{at}.text")
        author = self._optional("participants", "participant", o.get("author"), f"{at}.author")
        tags = _tags(o.get("tags", []), f"{at}.tags")
        # positions inside each cell follow the file's order
        position = self.cell_sizes[lane_id, step_id]
        self.cell_sizes[lane_id, step_id] += 1
        return Card(n, lane_id, step_id, kind, text, author, tags, position)

    def _link(self, w: Workshop, o: Any, at: str) -> Link:
        o = _obj(o, at)
        customer = self._lookup("cards", "card", o.get("customer_card"), f"{at}.customer_card")
        employee = self._lookup("cards", "card", o.get("employee_card"), f"{at}.employee_card")
        for card_id, side, key in ((customer, LaneKind.CUSTOMER, "customer_card"),
                                   (employee, LaneKind.EMPLOYEE, "employee_card")):
            card = w.cards[card_id]
            if w.lanes[card.lane_id].kind != side:
                raise ExchangeError(f"{at}.{key}", f"card {o.get(key)!r} is not in the "
                                    f"{side.value} lane")
            if card.kind == CardKind.NOTE:
                raise ExchangeError(f"{at}.{key}", f"card {o.get(key)!r} is a note, not an "
                                    "irritant or an enchantment")
        if w.cards[customer].step_id != w.cards[employee].step_id:
            raise ExchangeError(at, "the two cards are not in the same step")
        return Link(customer, employee)

    def _idea(self, o: dict, at: str, n: int) -> Idea:
        return Idea(
            n,
            _checked(clean_text, o.get("text"), f"{at}.text"),
            self._optional("participants", "participant", o.get("author"), f"{at}.author"),
            self._refs("cards", "card", o.get("addresses", []), f"{at}.addresses"),
            _checked(clean_optional, o.get("theme"), f"{at}.theme", MAX_NAME),
            n - 1,
        )

    def _vote(self, w: Workshop, o: dict, at: str, n: int) -> Vote:
        participant = self._optional("participants", "participant", o.get("participant"),
                                     f"{at}.participant")
        target = _ref(o.get("target"), f"{at}.target")
        idea = self.ids.get("ideas", {}).get(target)
        card = self.ids.get("cards", {}).get(target)
        if idea is not None and card is not None:
            raise ExchangeError(f"{at}.target", f"{target!r} is both an idea and a card")
        if idea is None and card is None:
            raise ExchangeError(f"{at}.target", f"unknown idea or card {target!r}")
        if participant is not None:  # votes are kept only once all are read: count here
            self.votes_used[participant] += 1
            if self.votes_used[participant] > w.info.vote_budget:
                raise ExchangeError(at, f"participant {o.get('participant')!r} has more votes "
                                    f"than the budget of {w.info.vote_budget}")
        return Vote(n, participant, idea, card)

    def _action(self, o: dict, at: str, n: int) -> Action:
        return Action(
            n,
            _checked(clean_text, o.get("title"), f"{at}.title"),
            _checked(clean_optional, o.get("owner"), f"{at}.owner", MAX_NAME),
            _checked(clean_date, o.get("due"), f"{at}.due"),
            _enum(Status, o.get("status", "todo"), f"{at}.status"),
            self._refs("cards", "card", o.get("addresses", []), f"{at}.addresses"),
            self._refs("ideas", "idea", o.get("ideas", []), f"{at}.ideas"),
            n - 1,
            _checked(clean_optional, o.get("origin"), f"{at}.origin", 40),
        )

    def _refs(self, table: str, what: str, values: Any, where: str) -> tuple[int, ...]:
        if not isinstance(values, list):
            raise ExchangeError(where, f"expected a list, found {_type(values)}")
        found = [self._lookup(table, what, v, f"{where}[{k}]") for k, v in enumerate(values)]
        return tuple(dict.fromkeys(found))


def _obj(value: Any, where: str) -> dict:
    if not isinstance(value, dict):
        raise ExchangeError(where or "document", f"expected an object, found {_type(value)}")
    return value


def _ref(value: Any, where: str) -> str:
    if isinstance(value, bool) or not isinstance(value, str | int) or value == "":
        raise ExchangeError(where, f"expected an id, found {_type(value)}")
    return str(value)


def _enum(enum: type, value: Any, where: str):
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(repr(m.value) for m in enum)
        raise ExchangeError(where, f"expected one of {allowed}, found {value!r}") from None


def _limit(table: str, count: int, where: str | None = None) -> None:
    if table in limits.MAX_COUNT and count > limits.MAX_COUNT[table]:
        raise ExchangeError(where or table, f"{count} items, more than the "
                            f"{limits.MAX_COUNT[table]} a workshop may hold")


def _encodes_whole(data: Any) -> bool:
    """True when the whole document encodes as UTF-8 (one pass at C speed); False sends
    :func:`_no_broken_text` walking it to name the place."""
    try:
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except (UnicodeEncodeError, RecursionError, ValueError, TypeError):
        return False
    return True


#: A JSON escape of a UTF-16 surrogate (``\\ud800``–``\\udfff``): the only way a JSON text
#: that is itself sound gives a string holding a lone surrogate.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89abcdefABCDEF]")


def _no_surrogate_in(text: str) -> bool:
    """True when ``text`` holds no surrogate and no JSON escape of one, so no string
    parsed from it can hold a lone surrogate: the walk of :func:`_no_broken_text` (an
    encoding of the whole document, 0.03 s at 5,000 post-its) is then not needed. A pair
    written escaped (an emoji as ``\\ud83d\\ude00``) just sends the document to that walk."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return _SURROGATE_ESCAPE.search(text) is None


def _no_broken_text(data: Any) -> None:
    """Refuse a lone surrogate (``"\\ud800"`` is valid JSON, but no file can store it),
    naming the place; walked with a stack, so deep nesting cannot overflow Python's.

    The walk builds a path for every value, a quarter of importing 5,000 post-its (issue
    11): the whole document is first encoded at C speed, and walked only if that fails."""
    if _encodes_whole(data):
        return
    stack: list[tuple[str, Any]] = [("", data)]
    while stack:
        where, value = stack.pop()
        if isinstance(value, str):
            texts = [value]
        elif isinstance(value, dict):
            texts = list(value)
            stack.extend((f"{where}.{k}" if where else str(k), v) for k, v in value.items())
        elif isinstance(value, list):
            texts = []
            stack.extend((f"{where}[{n}]", v) for n, v in enumerate(value))
        else:
            continue
        for text in texts:
            try:
                text.encode("utf-8")
            except UnicodeEncodeError:
                raise ExchangeError(_place(where) or "document",
                                    "text with a broken character (a lone surrogate)") from None


def _place(where: str) -> str:
    """A path built from the file's own keys, shown on one line: a key holding a line
    break or a lone surrogate is written escaped (``format.\\n``)."""
    return "".join(ch if ch.isprintable() and not 0xD800 <= ord(ch) <= 0xDFFF
                   else ch.encode("unicode_escape").decode("ascii") for ch in where)


def _tags(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise ExchangeError(where, f"expected a list, found {_type(value)}")
    if len(value) > limits.TAGS_PER_CARD:
        raise ExchangeError(where, f"{len(value)} tags, more than {limits.TAGS_PER_CARD}")
    tags = [_checked(clean_text, t, f"{where}[{k}]", 40) for k, t in enumerate(value)]
    return tuple(dict.fromkeys(tags))


def _checked(clean, value: Any, where: str, *args: Any):
    if (value is not None and not isinstance(value, str | int | float)) or isinstance(value, bool):
        raise ExchangeError(where, f"expected text, found {_type(value)}")
    try:
        return clean("" if value is None else str(value), where, *args)
    except RuleError as e:
        message = str(e).removeprefix(f"{where}: ")
        raise ExchangeError(where, message) from None


def _missing(where: str) -> str:
    raise ExchangeError(where, "a date is needed")


def _type(value: Any) -> str:
    if value is None:
        return "null"
    return {dict: "an object", list: "a list", str: "text", bool: "true/false",
            int: "a number", float: "a number"}.get(type(value), type(value).__name__)
