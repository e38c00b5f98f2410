"""The cross matrix: the method's rules for reading customer and employee notes together.

| customer \\ employee | employee irritant | employee enchantment |
|---|---|---|
| customer irritant    | Priorité 1        | À examiner           |
| customer enchantment | Priorité 2        | À capitaliser        |

Priorité 2 comes before À examiner because staff who compensate a broken process
with goodwill will not do it for ever; À examiner asks to look at the indicators
and channels, since the staff may like what hurts customers.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum

from .model import Action, Card, CardKind, LaneKind, Link, Step, Workshop


class Quadrant(IntEnum):
    """The four quadrants, valued by urgency: a lower value is more urgent."""

    PRIORITY_1 = 1
    PRIORITY_2 = 2
    TO_EXAMINE = 3
    TO_CAPITALISE = 4

    @property
    def label_fr(self) -> str:
        return QUADRANT_LABELS_FR[self]

    @property
    def label_en(self) -> str:
        return QUADRANT_LABELS_EN[self]


QUADRANT_LABELS_FR = {
    Quadrant.PRIORITY_1: "Priorité 1",
    Quadrant.PRIORITY_2: "Priorité 2",
    Quadrant.TO_EXAMINE: "À examiner",
    Quadrant.TO_CAPITALISE: "À capitaliser",
}
QUADRANT_LABELS_EN = {
    Quadrant.PRIORITY_1: "Priority 1",
    Quadrant.PRIORITY_2: "Priority 2",
    Quadrant.TO_EXAMINE: "To examine",
    Quadrant.TO_CAPITALISE: "To capitalise",
}

_QUADRANTS = {
    (CardKind.IRRITANT, CardKind.IRRITANT): Quadrant.PRIORITY_1,
    (CardKind.ENCHANTMENT, CardKind.IRRITANT): Quadrant.PRIORITY_2,
    (CardKind.IRRITANT, CardKind.ENCHANTMENT): Quadrant.TO_EXAMINE,
    (CardKind.ENCHANTMENT, CardKind.ENCHANTMENT): Quadrant.TO_CAPITALISE,
}


def quadrant(customer_kind: CardKind, employee_kind: CardKind) -> Quadrant | None:
    """The quadrant of a customer note read with an employee note; None if either is a note."""
    return _QUADRANTS.get((CardKind(customer_kind), CardKind(employee_kind)))


@dataclass(frozen=True, slots=True)
class Pair:
    """A linked customer card and employee card, placed in the matrix."""

    customer: Card
    employee: Card
    step: Step
    quadrant: Quadrant


def pairs(workshop: Workshop) -> list[Pair]:
    """Every link that the matrix can place, ordered by quadrant, then journey, then cards.

    Links whose cards are notes, or whose cards sit in different steps or in the
    wrong lanes (only possible in a hand-edited file), have no quadrant and are left out.
    """
    step_order = {s.id: i for i, s in enumerate(workshop.ordered_steps())}
    result = []
    for link in workshop.links:
        pair = _pair(workshop, link)
        if pair is not None:
            result.append(pair)
    result.sort(
        key=lambda p: (
            p.quadrant,
            step_order[p.step.id],
            p.customer.position,
            p.customer.id,
            p.employee.position,
            p.employee.id,
        )
    )
    return result


def _pair(workshop: Workshop, link: Link) -> Pair | None:
    customer = workshop.cards.get(link.customer_card_id)
    employee = workshop.cards.get(link.employee_card_id)
    if customer is None or employee is None or customer.step_id != employee.step_id:
        return None
    if workshop.lane_kind_of(customer) != LaneKind.CUSTOMER:
        return None
    if workshop.lane_kind_of(employee) != LaneKind.EMPLOYEE:
        return None
    q = quadrant(customer.kind, employee.kind)
    if q is None:
        return None
    return Pair(customer, employee, workshop.steps[customer.step_id], q)


def pairs_by_quadrant(workshop: Workshop) -> dict[Quadrant, list[Pair]]:
    grouped: dict[Quadrant, list[Pair]] = {q: [] for q in Quadrant}
    for pair in pairs(workshop):
        grouped[pair.quadrant].append(pair)
    return grouped


@dataclass(frozen=True, slots=True)
class StepSummary:
    """Counts of one step, per side and kind, and the balance the symmetry curve draws."""

    step: Step
    customer_irritants: int = 0
    customer_enchantments: int = 0
    employee_irritants: int = 0
    employee_enchantments: int = 0

    @property
    def customer_balance(self) -> int:
        return self.customer_enchantments - self.customer_irritants

    @property
    def employee_balance(self) -> int:
        return self.employee_enchantments - self.employee_irritants

    @property
    def employee_cards(self) -> int:
        return self.employee_irritants + self.employee_enchantments

    @property
    def customer_cards(self) -> int:
        return self.customer_irritants + self.customer_enchantments


def step_summaries(workshop: Workshop) -> list[StepSummary]:
    """One summary per step, in journey order; notes are not counted."""
    counts: dict[int, dict[str, int]] = {s.id: {} for s in workshop.steps.values()}
    for card in workshop.cards.values():
        side = workshop.lane_kind_of(card)
        if side.is_experience and card.kind != CardKind.NOTE and card.step_id in counts:
            key = f"{side.value}_{card.kind.value}s"
            counts[card.step_id][key] = counts[card.step_id].get(key, 0) + 1
    return [StepSummary(step, **counts[step.id]) for step in workshop.ordered_steps()]


def card_quadrants(workshop: Workshop) -> dict[int, Quadrant]:
    """For each linked card, the most urgent quadrant of the pairs it belongs to."""
    best: dict[int, Quadrant] = {}
    for pair in pairs(workshop):
        for card in (pair.customer, pair.employee):
            if card.id not in best or pair.quadrant < best[card.id]:
                best[card.id] = pair.quadrant
    return best


def action_priority(
    action: Action, workshop: Workshop, quadrants: dict[int, Quadrant] | None = None
) -> Quadrant | None:
    """The most urgent quadrant among the pairs the action touches.

    An action touches the cards it addresses directly and the cards addressed by
    its ideas. None when none of those cards is part of a pair.
    """
    if quadrants is None:
        quadrants = card_quadrants(workshop)
    found = [quadrants[c] for c in touched_cards(action, workshop) if c in quadrants]
    return min(found, default=None)


def touched_cards(action: Action, workshop: Workshop) -> set[int]:
    cards = set(action.addresses)
    for idea_id in action.ideas:
        idea = workshop.ideas.get(idea_id)
        if idea is not None:
            cards.update(idea.addresses)
    return cards


def ordered_plan(workshop: Workshop) -> list[tuple[Action, Quadrant | None]]:
    """The action plan: Priorité 1, Priorité 2, À examiner, À capitaliser, then unplaced;
    inside each, by due date (undated last), then by position."""
    quadrants = card_quadrants(workshop)
    rows = [(a, action_priority(a, workshop, quadrants)) for a in workshop.actions.values()]
    return sorted(rows, key=lambda row: plan_sort_key(row[0], row[1]))


def plan_sort_key(action: Action, priority: Quadrant | None) -> tuple:
    return (
        priority if priority is not None else len(Quadrant) + 1,
        action.due == "",
        action.due,
        action.position,
        action.id,
    )


def unlinked_irritants(workshop: Workshop) -> list[Card]:
    """Customer and employee irritants not yet in any link: what the facilitator may pair."""
    linked = {link.customer_card_id for link in workshop.links}
    linked |= {link.employee_card_id for link in workshop.links}
    step_order = {s.id: i for i, s in enumerate(workshop.ordered_steps())}
    lane_order = {lane.id: i for i, lane in enumerate(workshop.ordered_lanes())}
    found = [
        c
        for c in workshop.cards.values()
        if c.kind == CardKind.IRRITANT
        and c.id not in linked
        and workshop.lane_kind_of(c).is_experience
    ]
    return sorted(found, key=lambda c: (step_order[c.step_id], lane_order[c.lane_id], c.position))


def can_link(workshop: Workshop, card_ids: Iterable[int]) -> Link | None:
    """The link two selected cards would make, in either order, or None if they cannot be linked."""
    ids = list(card_ids)
    if len(ids) != 2:
        return None
    a, b = (workshop.cards.get(i) for i in ids)
    if a is None or b is None or a.step_id != b.step_id:
        return None
    kinds = {workshop.lane_kind_of(a): a, workshop.lane_kind_of(b): b}
    customer, employee = kinds.get(LaneKind.CUSTOMER), kinds.get(LaneKind.EMPLOYEE)
    if customer is None or employee is None:
        return None
    if CardKind.NOTE in (customer.kind, employee.kind):
        return None
    return Link(customer.id, employee.id)
