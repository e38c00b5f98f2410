"""What the summary says, computed once from a workshop, with no layout and no reportlab.

The PDF and the Markdown export both read these facts, so the two can never disagree
on the order of the plan or on a count.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..domain.insights import (
    CLAIM_THRESHOLD,
    MIN_TAGGED,
    DimensionCount,
    MomentShare,
    blind_spots,
    dimension_irritants,
    moment_share,
)
from ..domain.matrix import (
    Pair,
    Quadrant,
    StepSummary,
    pairs_by_quadrant,
    step_summaries,
    unlinked_irritants,
)
from ..domain.matrix import ordered_plan as _ordered_plan
from ..domain.model import Action, Card, CardKind, Idea, LaneKind, Participant, Step, Workshop


@dataclass(frozen=True, slots=True)
class RankedIdea:
    """An idea and the votes it got (a docstring of its own also spares ``dataclass``
    an ``inspect.signature`` call at every import)."""

    idea: Idea
    votes: int


@dataclass(frozen=True, slots=True)
class Insights:
    """The app's insights (:mod:`symetrie_desktop.domain.insights`), so that the summary
    and the Insights page never disagree, plus the count of irritants left unpaired."""

    moments: MomentShare
    employee_irritants: int
    dimensions: list[DimensionCount]
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
    dimensions, untagged = dimension_irritants(workshop)
    employee = {lane.id for lane in workshop.lanes.values() if lane.kind == LaneKind.EMPLOYEE}
    return Insights(
        moments=moment_share(workshop),
        employee_irritants=sum(
            1
            for c in workshop.cards.values()
            if c.lane_id in employee and c.kind == CardKind.IRRITANT
        ),
        dimensions=dimensions,
        untagged_employee_irritants=len(untagged),
        blind_steps=[spot.step for spot in blind_spots(workshop)],
        unlinked_irritants=len(unlinked_irritants(workshop)),
    )


def delight_sentences(moments: MomentShare, lb) -> list[str]:
    """What the room's own post-its say about "delight is relational", in ``lb``'s words."""
    if not moments.total:
        return [lb["delight_none"]]
    lines = [
        lb.fmt(
            "delight_text",
            n=moments.total,
            rel=moments.relational,
            dig=moments.digital,
            both=moments.both,
            none=moments.untagged,
        )
    ]
    if moments.tagged:
        lines.append(lb.fmt("delight_share", pct=lb.percent(moments.relational, moments.tagged)))
        threshold = lb.percent(round(CLAIM_THRESHOLD * 100), 100)
        verdict = moments.supports_claim
        if verdict is None:  # too few tagged post-its: say so rather than guess
            lines.append(lb.fmt("claim_few", n=moments.tagged, min=MIN_TAGGED,
                                threshold=threshold))
        else:
            lines.append(lb["claim_yes"] if verdict else
                         lb.fmt("claim_no", threshold=threshold))  # fmt: skip
    return lines


def departments(workshop: Workshop) -> list[tuple[str, list[Participant]]]:
    """Participants grouped by department, departments in order of first appearance;
    the group with no department comes last (its key is '')."""
    groups: dict[str, list[Participant]] = {}
    for p in workshop.ordered_participants():
        groups.setdefault(p.department.strip(), []).append(p)
    named = [(d, ps) for d, ps in groups.items() if d]
    return named + ([("", groups[""])] if "" in groups else [])
