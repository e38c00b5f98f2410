"""Moving the selection with the arrow keys, so the board can be driven without a mouse.

Pure arithmetic on the :class:`BoardLayout`: up and down go through the post-its of a
cell and on into the lane above or below (the customer lane sits right above the employee
lane, so Down from a customer post-it reaches its employee counterpart); left and right go
to the neighbouring step, keeping the row. Empty cells are skipped.
"""

from __future__ import annotations

from .layout import BoardLayout

UP, DOWN, LEFT, RIGHT = "up", "down", "left", "right"


def locate(layout: BoardLayout, card_id: int) -> tuple[int, int, int] | None:
    """(lane index, step index, index in the cell) of a card, in display order."""
    lanes = [lane.id for lane in layout.lanes]
    steps = [step.id for step in layout.steps]
    for (lane_id, step_id), ids in layout.cells.items():
        if card_id in ids and lane_id in lanes and step_id in steps:
            return lanes.index(lane_id), steps.index(step_id), ids.index(card_id)
    return None


def _cell(layout: BoardLayout, lane: int, step: int) -> list[int]:
    return layout.cells.get((layout.lanes[lane].id, layout.steps[step].id), [])


def first_card(layout: BoardLayout, step_id: int | None) -> int | None:
    """Where the arrows start when nothing is selected: the top of the current step."""
    steps = [step.id for step in layout.steps]
    order = ([steps.index(step_id)] if step_id in steps else []) + list(range(len(steps)))
    for step in order:
        for lane in range(len(layout.lanes)):
            cell = _cell(layout, lane, step)
            if cell:
                return cell[0]
    return None


def neighbour(layout: BoardLayout, card_id: int, direction: str) -> int | None:
    """The post-it the arrow leads to from ``card_id``, or None at the edge of the board."""
    where = locate(layout, card_id)
    if where is None:
        return None
    lane, step, index = where
    cell = _cell(layout, lane, step)
    if direction == UP:
        if index > 0:
            return cell[index - 1]
        for above in range(lane - 1, -1, -1):
            if _cell(layout, above, step):
                return _cell(layout, above, step)[-1]
        return None
    if direction == DOWN:
        if index < len(cell) - 1:
            return cell[index + 1]
        for below in range(lane + 1, len(layout.lanes)):
            if _cell(layout, below, step):
                return _cell(layout, below, step)[0]
        return None
    towards = range(step - 1, -1, -1) if direction == LEFT else range(step + 1, len(layout.steps))
    for other in towards:
        target = _cell(layout, lane, other)
        if target:
            return target[min(index, len(target) - 1)]
    return None
