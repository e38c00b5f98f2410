"""What the workshop's own data says, read through the field's lenses.

* The field claims that almost every moment customers remember as delightful is
  relational (a person helped them), not digital: :func:`moment_share` counts the
  customer enchantments tagged either way, so the room can check the claim on its
  own post-its instead of taking it on trust.
* :func:`dimension_irritants` sorts employee irritants along the five dimensions of
  employee experience (Sens, Épanouissement, Connexions, Image, Écosystème).
* :func:`blind_spots` lists steps where nobody spoke for the employees: the cross
  diagnosis is blind there.
* :func:`examine_notes` puts the indicators and channels of a step beside each
  À examiner pair, because that quadrant is read through them (staff may like what
  hurts customers, e.g. a hidden phone number means fewer angry calls).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .matrix import Pair, Quadrant, pairs_by_quadrant, step_summaries
from .model import DIMENSION_TAGS, Card, CardKind, LaneKind, Step, Tag, Workshop

#: Below this share of relational moments among tagged enchantments, the workshop
#: does not bear out the field's "almost always relational" claim.
CLAIM_THRESHOLD = 0.8

#: How sure a verdict must be: the one-sided 95 % Wilson bound (z = 1.645). A verdict is
#: given only when the whole interval lies on one side of the threshold, so that a handful
#: of tagged post-its (two relational ones make "100 %") never "confirms" anything.
CLAIM_Z = 1.645


def wilson_bounds(hits: int, n: int, z: float = CLAIM_Z) -> tuple[float, float]:
    """Lower and upper Wilson score bounds of a share ``hits / n`` (n > 0)."""
    p = hits / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def _fewest_for_a_verdict() -> int:
    """The fewest tagged post-its that can bear out the claim (all of them relational)."""
    n = 1
    while wilson_bounds(n, n)[0] < CLAIM_THRESHOLD:
        n += 1
    return n


#: Below this many tagged enchantments no verdict can be reached even if all agree (11).
MIN_TAGGED = _fewest_for_a_verdict()


def _cards(workshop: Workshop, side: LaneKind, kind: CardKind) -> list[Card]:
    """Cards of one side and kind, in journey then cell order."""
    step_order = {s.id: i for i, s in enumerate(workshop.ordered_steps())}
    found = [
        c for c in workshop.cards.values()
        if c.kind == kind and workshop.lane_kind_of(c) == side and c.step_id in step_order
    ]
    return sorted(found, key=lambda c: (step_order[c.step_id], c.position, c.id))


@dataclass(frozen=True, slots=True)
class MomentShare:
    """Customer enchantments by moment type. A card tagged both ways counts in ``both``."""

    relational: int = 0
    digital: int = 0
    both: int = 0
    untagged: int = 0

    @property
    def tagged(self) -> int:
        return self.relational + self.digital + self.both

    @property
    def total(self) -> int:
        return self.tagged + self.untagged

    @property
    def relational_share(self) -> float | None:
        """Share of tagged enchantments that are relational (only), None if none is tagged."""
        return self.relational / self.tagged if self.tagged else None

    @property
    def digital_share(self) -> float | None:
        return self.digital / self.tagged if self.tagged else None

    @property
    def supports_claim(self) -> bool | None:
        """Does this workshop bear out "delight is almost always relational"? None when no
        post-it is tagged, or when too few are for the answer not to be chance (the Wilson
        interval of the share straddles the threshold)."""
        if not self.tagged:
            return None
        low, high = wilson_bounds(self.relational, self.tagged)
        if low >= CLAIM_THRESHOLD:
            return True
        if high < CLAIM_THRESHOLD:
            return False
        return None


def moment_share(workshop: Workshop, kind: CardKind = CardKind.ENCHANTMENT) -> MomentShare:
    """Relational versus digital among the customer cards of ``kind`` (enchantments by default)."""
    counts = {"relational": 0, "digital": 0, "both": 0, "untagged": 0}
    for card in _cards(workshop, LaneKind.CUSTOMER, kind):
        rel, dig = Tag.RELATIONAL in card.tags, Tag.DIGITAL in card.tags
        key = "both" if rel and dig else "relational" if rel else "digital" if dig else "untagged"
        counts[key] += 1
    return MomentShare(**counts)


@dataclass(frozen=True, slots=True)
class DimensionCount:
    """The post-its tagged with one dimension of attention."""

    dimension: Tag
    cards: tuple[Card, ...]

    @property
    def count(self) -> int:
        return len(self.cards)


def dimension_irritants(workshop: Workshop) -> tuple[list[DimensionCount], list[Card]]:
    """Employee irritants per dimension (a card with two dimensions counts in both), in the
    field's order, and the irritants with no dimension at all."""
    irritants = _cards(workshop, LaneKind.EMPLOYEE, CardKind.IRRITANT)
    counts = [
        DimensionCount(tag, tuple(c for c in irritants if tag in c.tags)) for tag in DIMENSION_TAGS
    ]
    untagged = [c for c in irritants if not set(c.tags) & set(DIMENSION_TAGS)]
    return counts, untagged


@dataclass(frozen=True, slots=True)
class BlindSpot:
    """A step with no employee card; ``customer_cards`` says how loud the customer side is."""

    step: Step
    customer_cards: int


def blind_spots(workshop: Workshop) -> list[BlindSpot]:
    """Steps where the employee lane is empty (notes included: any card there is a voice)."""
    employee = workshop.lane_of_kind(LaneKind.EMPLOYEE)
    spoken = {c.step_id for c in workshop.cards.values() if employee and c.lane_id == employee.id}
    return [
        BlindSpot(s.step, s.customer_cards)
        for s in step_summaries(workshop)
        if s.step.id not in spoken
    ]


@dataclass(frozen=True, slots=True)
class ExamineNotes:
    """An À examiner pair with the indicators and channels notes of its step."""

    pair: Pair
    indicators: tuple[Card, ...]
    channels: tuple[Card, ...]


def step_notes(
    workshop: Workshop, step_id: int, kind: LaneKind,
    cells: dict[tuple[int, int], list[Card]] | None = None,
) -> tuple[Card, ...]:
    """The notes of every lane of ``kind`` in a step, lanes in board order (``cells`` from
    ``workshop.cells()`` saves a pass over all cards when asked for many steps)."""
    if cells is None:
        cells = workshop.cells()
    return tuple(
        card
        for lane in workshop.ordered_lanes()
        if lane.kind == kind
        for card in cells.get((lane.id, step_id), ())
    )


def examine_notes(workshop: Workshop) -> list[ExamineNotes]:
    cells = workshop.cells()
    return [
        ExamineNotes(
            pair,
            step_notes(workshop, pair.step.id, LaneKind.INDICATORS, cells),
            step_notes(workshop, pair.step.id, LaneKind.CHANNELS, cells),
        )
        for pair in pairs_by_quadrant(workshop)[Quadrant.TO_EXAMINE]
    ]


def divergence(workshop: Workshop) -> list[tuple[Step, int]]:
    """Per step, how far the two balances are apart (customer − employee): where the curve
    opens up, the two experiences diverge."""
    return [(s.step, s.customer_balance - s.employee_balance) for s in step_summaries(workshop)]
