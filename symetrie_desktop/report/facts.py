"""What the summary says, computed once from a workshop, with no layout and no reportlab.

The PDF and the Markdown export both read these facts, so the two can never disagree
on the order of the plan or on a count.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..domain.matrix import Pair, Quadrant, StepSummary, pairs_by_quadrant, step_summaries
from ..domain.matrix import ordered_plan as _ordered_plan
from ..domain.model import (
    DIMENSION_TAGS,
    Action,
    Card,
    CardKind,
    Idea,
    LaneKind,
    Participant,
    Step,
    Tag,
    Workshop,
)


@dataclass(frozen=True, slots=True)
class RankedIdea:
    idea: Idea
    votes: int


@dataclass(frozen=True, slots=True)
class Insights:
    customer_enchantments: int
    relational: int
    digital: int
    no_moment: int
    employee_irritants: int
    per_dimension: dict[str, int]
    untagged_employee_irritants: int
    blind_steps: list[Step]
    unlinked_irritants: int


@dataclass(slots=True)
class Facts:
    """Everything the summary prints, in the order it prints it."""

    workshop: Workshop
    steps: list[Step]
    summaries: list[StepSummary]
    pairs: dict[Quadrant, list[Pair]]
    ideas: list[RankedIdea]
    plan: list[tuple[Action, Quadrant | None]]
    insights: Insights
    departments: list[tuple[str, list[Participant]]]
    step_number: dict[int, int] = field(default_factory=dict)

    @property
    def vote_count(self) -> int:
        return sum(r.votes for r in self.ideas)

    @property
    def pair_count(self) -> int:
        return sum(len(p) for p in self.pairs.values())

    def addressed_cards(self, card_ids) -> list[Card]:
        """The cards an idea or action addresses, in journey order; unknown ids are skipped."""
        known = self.workshop.cards
        cards = [known[c] for c in dict.fromkeys(card_ids) if c in known]
        return sorted(cards, key=lambda c: (self.step_number.get(c.step_id, 0), c.position, c.id))

    def step_name(self, step_id: int) -> str:
        step = self.workshop.steps.get(step_id)
        return step.name if step is not None else ""

    def author_initials(self, card: Card) -> str:
        person = self.workshop.participants.get(card.author_id) if card.author_id else None
        return person.initials if person is not None else ""


def collect(workshop: Workshop) -> Facts:
    steps = workshop.ordered_steps()
    return Facts(
        workshop=workshop,
        steps=steps,
        summaries=step_summaries(workshop),
        pairs=pairs_by_quadrant(workshop),
        ideas=ranked_ideas(workshop),
        plan=_ordered_plan(workshop),
        insights=insights(workshop),
        departments=departments(workshop),
        step_number={s.id: i for i, s in enumerate(steps, 1)},
    )


def ranked_ideas(workshop: Workshop) -> list[RankedIdea]:
    """Ideas by votes, most voted first; ties keep the brainstorm's order."""
    votes = Counter(v.idea_id for v in workshop.votes.values() if v.idea_id is not None)
    ranked = [RankedIdea(idea, votes.get(idea.id, 0)) for idea in workshop.ordered_ideas()]
    return sorted(ranked, key=lambda r: -r.votes)


def insights(workshop: Workshop) -> Insights:
    customer_lanes = {lane.id for lane in workshop.lanes.values() if lane.kind == LaneKind.CUSTOMER}
    employee_lanes = {lane.id for lane in workshop.lanes.values() if lane.kind == LaneKind.EMPLOYEE}
    delights = [
        c
        for c in workshop.cards.values()
        if c.lane_id in customer_lanes and c.kind == CardKind.ENCHANTMENT
    ]
    irritants = [
        c
        for c in workshop.cards.values()
        if c.lane_id in employee_lanes and c.kind == CardKind.IRRITANT
    ]
    per_dimension = {tag.value: 0 for tag in DIMENSION_TAGS}
    untagged = 0
    for card in irritants:
        dims = [t for t in card.tags if t in per_dimension]
        for t in dims:
            per_dimension[t] += 1
        untagged += not dims
    linked = {link.customer_card_id for link in workshop.links}
    linked |= {link.employee_card_id for link in workshop.links}
    experience = customer_lanes | employee_lanes
    unlinked = sum(
        1
        for c in workshop.cards.values()
        if c.kind == CardKind.IRRITANT and c.lane_id in experience and c.id not in linked
    )
    moments = {Tag.RELATIONAL.value, Tag.DIGITAL.value}
    return Insights(
        customer_enchantments=len(delights),
        relational=sum(1 for c in delights if Tag.RELATIONAL.value in c.tags),
        digital=sum(1 for c in delights if Tag.DIGITAL.value in c.tags),
        no_moment=sum(1 for c in delights if not moments & set(c.tags)),
        employee_irritants=len(irritants),
        per_dimension=per_dimension,
        untagged_employee_irritants=untagged,
        blind_steps=[s.step for s in step_summaries(workshop) if s.employee_cards == 0],
        unlinked_irritants=unlinked,
    )


def departments(workshop: Workshop) -> list[tuple[str, list[Participant]]]:
    """Participants grouped by department, departments in order of first appearance;
    the group with no department comes last (its key is '')."""
    groups: dict[str, list[Participant]] = {}
    for p in workshop.ordered_participants():
        groups.setdefault(p.department.strip(), []).append(p)
    named = [(d, ps) for d, ps in groups.items() if d]
    return named + ([("", groups[""])] if "" in groups else [])
