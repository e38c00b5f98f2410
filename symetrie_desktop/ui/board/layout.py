"""Where everything sits on the board, computed from the workshop alone.

Pure arithmetic (no items, no painting) so that it is quick to redo after an
edit, easy to test, and shared by the interactive scene and the PNG export.
Steps are columns in their order; lanes are rows with the customer lane first and
the employee lane right below it, so the symmetry reads at a glance, then the
other lanes in their order. A row is as tall as its fullest cell.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from ...domain.model import Lane, LaneKind, Step, Workshop
from . import style
from .style import (
    ADD_BUTTON,
    CARD_GAP,
    CELL_PAD,
    COLUMN_W,
    LANE_HEADER_W,
    MIN_SLOTS,
    TOP,
)

#: Room left under the last card of the fullest cell, to double-click and add one more.
ROOM_BELOW = 30


def display_lanes(workshop: Workshop) -> list[Lane]:
    """Customer, employee, then the other lanes in their order."""
    lanes = workshop.ordered_lanes()
    first = [lane for kind in (LaneKind.CUSTOMER, LaneKind.EMPLOYEE)
             for lane in lanes if lane.kind == kind]
    return first + [lane for lane in lanes if not lane.kind.is_experience]


def row_height(count: int) -> float:
    n = max(count, MIN_SLOTS)
    return 2 * CELL_PAD + n * style.D.card_h + (n - 1) * CARD_GAP + ROOM_BELOW


@dataclass
class BoardLayout:
    steps: list[Step] = field(default_factory=list)
    lanes: list[Lane] = field(default_factory=list)
    col_x: dict[int, float] = field(default_factory=dict)
    row_y: dict[int, float] = field(default_factory=dict)
    row_h: dict[int, float] = field(default_factory=dict)
    #: (lane id, step id) -> card ids in their order
    cells: dict[tuple[int, int], list[int]] = field(default_factory=dict)
    #: card id -> top-left corner
    card_pos: dict[int, tuple[float, float]] = field(default_factory=dict)
    width: float = 0.0
    height: float = 0.0

    @classmethod
    def of(cls, workshop: Workshop) -> BoardLayout:
        layout = cls(workshop.ordered_steps(), display_lanes(workshop))
        # Workshop.cells, with (position, id) pairs sorted as they are instead of cards by a
        # key function: the same order, a third of the time at 5,000 post-its
        grouped: dict[tuple[int, int], list[tuple[int, int]]] = {}
        for card in workshop.cards.values():
            grouped.setdefault((card.lane_id, card.step_id), []).append((card.position, card.id))
        for key, pairs in grouped.items():
            pairs.sort()
            layout.cells[key] = [cid for _, cid in pairs]
        x = float(LANE_HEADER_W)
        for step in layout.steps:
            layout.col_x[step.id] = x
            x += COLUMN_W
        layout.width = x + ADD_BUTTON
        counts: dict[int, int] = {}
        for (lane_id, _), ids in layout.cells.items():
            counts[lane_id] = max(counts.get(lane_id, 0), len(ids))
        y = float(TOP)
        for lane in layout.lanes:
            layout.row_y[lane.id] = y
            layout.row_h[lane.id] = row_height(counts.get(lane.id, 0))
            y += layout.row_h[lane.id]
        layout.height = y + ADD_BUTTON
        for key in layout.cells:
            layout._place_cell(key)
        return layout

    def _place_cell(self, key: tuple[int, int]) -> None:
        lane_id, step_id = key
        if lane_id in self.row_y and step_id in self.col_x:
            # slot_pos for each post-it of the cell, its arithmetic in the same order
            x = self.col_x[step_id] + CELL_PAD
            y = self.row_y[lane_id] + CELL_PAD
            pitch = style.D.card_h + CARD_GAP
            pos = self.card_pos
            for i, cid in enumerate(self.cells[key]):
                pos[cid] = (x, y + i * pitch)

    def refresh(self, workshop: Workshop, keys: set[tuple[int, int]],
                card_ids: set[int]) -> tuple[bool, set[tuple[int, int]]]:
        """Bring the cells ``keys`` in line with ``workshop`` after an edit of ``card_ids``,
        in time proportional to those cells, not to the board (profile of issue 11: redoing
        :meth:`of` for a one-post-it edit cost 65 ms of a 90 ms edit at 5,000 post-its).

        Returns whether row heights changed, and every cell whose cards have new places:
        the cells edited whose post-its changed order or membership (not a text edit), plus,
        when a row grew or shrank, every cell of the rows below it.
        """
        cards = workshop.cards
        for cid in card_ids:
            if cid not in cards:
                self.card_pos.pop(cid, None)
        if not keys:  # post-its changed in place (their text, kind, tags or author)
            return False, set()
        moved: set[tuple[int, int]] = set()
        for key in keys:
            before = self.cells.get(key, ())
            kept = [cid for cid in before
                    if cid in cards and (cards[cid].lane_id, cards[cid].step_id) == key]
            seen = set(kept)
            kept += [cid for cid in card_ids if cid not in seen and cid in cards
                     and (cards[cid].lane_id, cards[cid].step_id) == key]
            kept.sort(key=lambda cid: (cards[cid].position, cid))
            if kept:
                self.cells[key] = kept
                if kept != list(before):  # a text edit leaves its cell's order as it was
                    moved.add(key)
            else:
                self.cells.pop(key, None)
        first_changed = None
        for n, lane in enumerate(self.lanes):
            if not any(k[0] == lane.id for k in keys):
                continue
            tallest = max((len(self.cells.get((lane.id, s.id), ())) for s in self.steps),
                          default=0)
            if row_height(tallest) != self.row_h[lane.id]:
                self.row_h[lane.id] = row_height(tallest)
                first_changed = n if first_changed is None else min(first_changed, n)
        if first_changed is not None:
            y = float(TOP)
            for lane in self.lanes:
                self.row_y[lane.id] = y
                y += self.row_h[lane.id]
            self.height = y + ADD_BUTTON
            below = {lane.id for lane in self.lanes[first_changed:]}
            moved |= {key for key in self.cells if key[0] in below}
        for key in moved:
            self._place_cell(key)
        return first_changed is not None, moved

    # -- geometry -----------------------------------------------------------------------------

    def slot_pos(self, lane_id: int, step_id: int, index: int) -> tuple[float, float]:
        return (self.col_x[step_id] + CELL_PAD,
                self.row_y[lane_id] + CELL_PAD + index * (style.D.card_h + CARD_GAP))

    def cell_rect(self, lane_id: int, step_id: int) -> tuple[float, float, float, float]:
        return (self.col_x[step_id], self.row_y[lane_id], COLUMN_W, self.row_h[lane_id])

    @property
    def board_right(self) -> float:
        return LANE_HEADER_W + COLUMN_W * len(self.steps)

    @property
    def board_bottom(self) -> float:
        return self.height - ADD_BUTTON

    def step_at(self, x: float) -> Step | None:
        """The step whose column holds ``x``, or None outside the columns."""
        if not self.steps or x < LANE_HEADER_W or x >= self.board_right:
            return None
        return self.steps[int((x - LANE_HEADER_W) // COLUMN_W)]

    def step_index_at(self, x: float) -> int:
        """Where a step dropped at ``x`` goes: 0 .. len(steps)."""
        index = round((x - LANE_HEADER_W) / COLUMN_W)
        return max(0, min(index, len(self.steps)))

    def lane_at(self, y: float) -> Lane | None:
        tops = [self.row_y[lane.id] for lane in self.lanes]
        i = bisect_right(tops, y) - 1
        if i < 0 or y >= self.board_bottom:
            return None
        return self.lanes[i]

    def lane_index_at(self, y: float) -> int:
        """Where a lane dropped at ``y`` goes, as an index in the displayed rows."""
        for i, lane in enumerate(self.lanes):
            if y < self.row_y[lane.id] + self.row_h[lane.id] / 2:
                return i
        return len(self.lanes)

    def cell_at(self, x: float, y: float) -> tuple[int, int] | None:
        """(lane id, step id) of the cell under a scene point, or None."""
        step, lane = self.step_at(x), self.lane_at(y)
        if step is None or lane is None:
            return None
        return lane.id, step.id

    def slot_index(self, lane_id: int, step_id: int, y: float) -> int:
        """Where a card dropped at height ``y`` goes in a cell, counting the cards now there."""
        ids = self.cells.get((lane_id, step_id), [])
        top = self.row_y[lane_id] + CELL_PAD
        for i in range(len(ids)):
            if y < top + i * (style.D.card_h + CARD_GAP) + style.D.card_h / 2:
                return i
        return len(ids)

    def same_grid(self, other: BoardLayout) -> bool:
        """True when only cards moved inside rows of the same height (no full relayout needed)."""
        return (
            [s.id for s in self.steps] == [s.id for s in other.steps]
            and [lane.id for lane in self.lanes] == [lane.id for lane in other.lanes]
            and self.row_h == other.row_h
        )
