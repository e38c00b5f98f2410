"""The things a symmetry-of-attention workshop is made of.

Plain frozen dataclasses: a value can be kept by an undo command or handed to a
report without anyone changing it behind its back. Ids are the integer row ids of
the workshop file; they mean nothing outside that file (the exchange format
renames them). Each dataclass of the domain has a docstring: without one, ``dataclass``
writes one from ``inspect.signature`` as the module is imported, about half a millisecond
a class in every command and every start (issue 11; ``tests/test_layers.py`` checks).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from .diagnosis import DiagnosisResponse, Statement
from .followup import ActionReview, PreviousSession, SolvedIrritant
from .mirror import MirrorAnswer


class Phase(StrEnum):
    """Where a step sits relative to the purchase."""

    BEFORE = "avant"
    DURING = "pendant"
    AFTER = "après"


class LaneKind(StrEnum):
    """What a row of the board holds.

    The customer and the employee lanes carry the lived experience and always
    exist; the others describe the service side of each step.
    """

    CUSTOMER = "customer"
    EMPLOYEE = "employee"
    ACTORS = "actors"
    CHANNELS = "channels"
    TOOLS = "tools"
    INDICATORS = "indicators"
    CUSTOM = "custom"

    @property
    def is_experience(self) -> bool:
        return self in (LaneKind.CUSTOMER, LaneKind.EMPLOYEE)


class CardKind(StrEnum):
    IRRITANT = "irritant"
    ENCHANTMENT = "enchantment"
    NOTE = "note"


class Office(StrEnum):
    FRONT = "front"
    BACK = "back"


class Status(StrEnum):
    TO_DO = "todo"
    DOING = "doing"
    DONE = "done"


class Tag(StrEnum):
    """Lenses from the field: moment type and the five employee-experience dimensions."""

    RELATIONAL = "relational"
    DIGITAL = "digital"
    SENS = "sens"
    EPANOUISSEMENT = "epanouissement"
    CONNEXIONS = "connexions"
    IMAGE = "image"
    ECOSYSTEME = "ecosysteme"


MOMENT_TAGS = (Tag.RELATIONAL, Tag.DIGITAL)
DIMENSION_TAGS = (Tag.SENS, Tag.EPANOUISSEMENT, Tag.CONNEXIONS, Tag.IMAGE, Tag.ECOSYSTEME)

#: Longest text accepted on a card, an idea or an action title. A 10,000-character
#: paste is kept whole; anything beyond this is a mistake, not a post-it.
MAX_TEXT = 20_000
MAX_NAME = 200
DEFAULT_VOTE_BUDGET = 3


@dataclass(frozen=True, slots=True)
class WorkshopInfo:
    """What the workshop is: its title, who runs it, when, why, and the votes per person."""

    title: str
    organization: str = ""
    date: str = ""  # ISO date, or empty when not set
    facilitator: str = ""
    objective: str = ""
    vote_budget: int = DEFAULT_VOTE_BUDGET


@dataclass(frozen=True, slots=True)
class Participant:
    """Someone in the room, with the colour of their post-its."""

    id: int
    name: str
    department: str = ""
    office: Office | None = None
    colour: str = "#888888"
    position: int = 0

    @property
    def initials(self) -> str:
        return initials(self.name)


@dataclass(frozen=True, slots=True)
class Step:
    """One moment of the journey: a column of the board."""

    id: int
    name: str
    phase: Phase = Phase.DURING
    position: int = 0


@dataclass(frozen=True, slots=True)
class Lane:
    """A row of the board: what kind of post-its it holds, under its own name."""

    id: int
    kind: LaneKind
    name: str
    position: int = 0


@dataclass(frozen=True, slots=True)
class Card:
    """A post-it, in one cell (lane × step) of the board."""

    id: int
    lane_id: int
    step_id: int
    kind: CardKind
    text: str
    author_id: int | None = None
    tags: tuple[str, ...] = ()
    position: int = 0


@dataclass(frozen=True, slots=True)
class Link:
    """A customer card and an employee card of the same step, read together."""

    customer_card_id: int
    employee_card_id: int


@dataclass(frozen=True, slots=True)
class Idea:
    """A brainstorm idea and the irritants it answers."""

    id: int
    text: str
    author_id: int | None = None
    addresses: tuple[int, ...] = ()  # card ids
    theme: str = ""
    position: int = 0


@dataclass(frozen=True, slots=True)
class Vote:
    """A dot: a participant (None in an anonymous round) on an idea or a card."""

    id: int
    participant_id: int | None
    idea_id: int | None = None
    card_id: int | None = None


@dataclass(frozen=True, slots=True)
class Action:
    """An entry of the action plan: who does what by when, and what it answers."""

    id: int
    title: str
    owner: str = ""
    due: str = ""  # ISO date, or empty
    status: Status = Status.TO_DO
    addresses: tuple[int, ...] = ()  # card ids
    ideas: tuple[int, ...] = ()
    position: int = 0
    #: For an action carried into a follow-up session: '<session>:<action id in that
    #: session's document>' (see domain.followup); '' for an action made in this session.
    origin: str = ""


@dataclass(frozen=True, slots=True)
class Setting:
    """A workshop-wide preference kept in the file (agenda, vote round…), as JSON text."""

    key: str
    value: str


@dataclass(slots=True)
class Workshop:
    """A whole workshop in memory: the one copy the views read from.

    Collections are dicts by id so that an edit touches one entry; the ordered
    views below sort by position because positions may have gaps after deletes.
    """

    info: WorkshopInfo
    participants: dict[int, Participant] = field(default_factory=dict)
    steps: dict[int, Step] = field(default_factory=dict)
    lanes: dict[int, Lane] = field(default_factory=dict)
    cards: dict[int, Card] = field(default_factory=dict)
    links: set[Link] = field(default_factory=set)
    ideas: dict[int, Idea] = field(default_factory=dict)
    votes: dict[int, Vote] = field(default_factory=dict)
    actions: dict[int, Action] = field(default_factory=dict)
    settings: dict[str, Setting] = field(default_factory=dict)
    # after the workshop (issue 14): follow-up chain, self-diagnosis, mirror survey
    sessions: dict[int, PreviousSession] = field(default_factory=dict)
    reviews: dict[int, ActionReview] = field(default_factory=dict)
    solved: dict[int, SolvedIrritant] = field(default_factory=dict)
    statements: dict[int, Statement] = field(default_factory=dict)
    responses: dict[int, DiagnosisResponse] = field(default_factory=dict)
    mirror: dict[int, MirrorAnswer] = field(default_factory=dict)

    def ordered_steps(self) -> list[Step]:
        return sorted(self.steps.values(), key=lambda s: (s.position, s.id))

    def ordered_lanes(self) -> list[Lane]:
        return sorted(self.lanes.values(), key=lambda lane: (lane.position, lane.id))

    def ordered_participants(self) -> list[Participant]:
        return sorted(self.participants.values(), key=lambda p: (p.position, p.id))

    def ordered_ideas(self) -> list[Idea]:
        return sorted(self.ideas.values(), key=lambda i: (i.position, i.id))

    def lane_of_kind(self, kind: LaneKind) -> Lane | None:
        return next((lane for lane in self.ordered_lanes() if lane.kind == kind), None)

    def cells(self) -> dict[tuple[int, int], list[Card]]:
        """Cards grouped by (lane id, step id), each cell in its order."""
        grouped: dict[tuple[int, int], list[Card]] = {}
        for card in self.cards.values():
            grouped.setdefault((card.lane_id, card.step_id), []).append(card)
        for cards in grouped.values():
            cards.sort(key=lambda c: (c.position, c.id))
        return grouped

    def cell(self, lane_id: int, step_id: int) -> list[Card]:
        cards = [c for c in self.cards.values() if c.lane_id == lane_id and c.step_id == step_id]
        return sorted(cards, key=lambda c: (c.position, c.id))

    def lane_kind_of(self, card: Card) -> LaneKind:
        return self.lanes[card.lane_id].kind


def initials(name: str) -> str:
    """Two letters a room can read on a post-it: 'Anne-Sophie Martin' -> 'AM'."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isalnum()]
    if not words:
        return "?"
    if len(words) == 1:
        return words[0][:2].upper()
    return (words[0][0] + words[-1][0]).upper()
