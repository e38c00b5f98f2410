"""A lane of the board in one band of steps: rows of post-its drawn straight on the page.

This was a reportlab Table per twelve rows. At 5,000 post-its the tables measured every
cell again for each split and drew each cell in its own saved graphics state: more time
than the post-its' text itself (issue 11 profile: ``Table._calc_height``, ``_drawCell``,
``_listCellGeom``). Here each row's height is measured once, a split only slices the
rows, and a page's cells are drawn with one text object. It looks as the table did: the
lane's name in a tinted first column, each post-it a tinted cell with its kind's edge on
the left, a white gap between rows, a rule above the lane's first row.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable

from .cardtext import CardText

PAD_LEFT, PAD_RIGHT, PAD_TOP, PAD_BOTTOM = 3, 3, 2, 3
EDGE_WIDTH = 1.6
GAP_WIDTH = 2
RULE_WIDTH = 0.8

#: A row: one entry per step column, None for an empty cell; each post-it with its fill
#: and edge colours.
Cell = tuple[CardText, colors.Color, colors.Color] | None


class LaneRows(Flowable):
    """Rows of post-its under a lane's name; splits between rows, never inside one.

    The lane is named on its first row, and again (with "(suite)") at the top of each page
    it continues on.
    """

    def __init__(
        self,
        rows: list[list[Cell]],
        widths: list[float],
        label: Flowable | None,
        continued: Flowable,
        label_fill: colors.Color,
        rule: colors.Color | None,
    ) -> None:
        super().__init__()
        self.rows = rows
        self.widths = widths
        self.label = label
        self.continued = continued
        self.label_fill = label_fill
        self.rule = rule  # drawn above the first row (the start of a lane), else None
        self._heights: list[float] | None = None
        self._label_height = 0.0

    # -- measuring ----------------------------------------------------------------------------

    def _row_heights(self) -> list[float]:
        if self._heights is None:
            heights = []
            for row in self.rows:
                tallest = 0.0
                for cell, width in zip(row, self.widths[1:], strict=True):
                    if cell is not None:
                        tallest = max(tallest, cell[0].wrap(width - PAD_LEFT - PAD_RIGHT, 1e6)[1])
                heights.append(tallest + PAD_TOP + PAD_BOTTOM)
            self._heights = heights
        return self._heights

    def _label_room(self) -> float:
        if self.label is None:
            return 0.0
        _, h = self.label.wrap(self.widths[0] - PAD_LEFT - PAD_RIGHT, 1e6)
        self._label_height = h
        return h + PAD_TOP + PAD_BOTTOM

    def wrap(self, available_width, available_height):
        heights = self._row_heights()
        if heights:
            first = max(heights[0], self._label_room())
            self.height = first + sum(heights[1:])
        else:
            self.height = 0
        self.width = sum(self.widths)
        return self.width, self.height

    def split(self, available_width, available_height):
        """The rows that fit, then the rest under the lane's name and "(suite)"; nothing
        if not even one row fits (the lane then starts the next page)."""
        heights = self._row_heights()
        used, count = 0.0, 0
        for n, h in enumerate(heights):
            if n == 0:
                h = max(h, self._label_room())
            if used + h > available_height:
                break
            used += h
            count += 1
        if count == 0 or count == len(self.rows):
            return []
        head = LaneRows(self.rows[:count], self.widths, self.label, self.continued,
                        self.label_fill, self.rule)  # fmt: skip
        head._heights = heights[:count]
        tail = LaneRows(self.rows[count:], self.widths, self.continued, self.continued,
                        self.label_fill, None)  # fmt: skip
        tail._heights = heights[count:]
        return [head, tail]

    # -- drawing ------------------------------------------------------------------------------

    def draw(self) -> None:
        canv = self.canv
        heights = list(self._row_heights())
        if not heights:
            return
        heights[0] = max(heights[0], self._label_room())
        total = sum(heights)
        lane_w = self.widths[0]
        canv.saveState()
        canv.setFillColor(self.label_fill)
        canv.rect(0, 0, lane_w, total, stroke=0, fill=1)
        lefts = [lane_w]
        for w in self.widths[1:-1]:
            lefts.append(lefts[-1] + w)
        # cell fills, then the edges, then the white gaps, as the table's style did
        tops, y = [], total
        edges: list[tuple[colors.Color, float, float, float]] = []
        for row, h in zip(self.rows, heights, strict=True):
            tops.append(y)
            for cell, x, w in zip(row, lefts, self.widths[1:], strict=True):
                if cell is not None:
                    canv.setFillColor(cell[1])
                    canv.rect(x, y - h, w, h, stroke=0, fill=1)
                    edges.append((cell[2], x, y - h, y))
            y -= h
        canv.setLineWidth(EDGE_WIDTH)
        for colour, x, y0, y1 in edges:
            canv.setStrokeColor(colour)
            canv.line(x, y0, x, y1)
        canv.setStrokeColor(colors.white)
        canv.setLineWidth(GAP_WIDTH)
        for top, h in zip(tops, heights, strict=True):
            canv.line(lane_w, top - h, self.width, top - h)
        if self.rule is not None:
            canv.setStrokeColor(self.rule)
            canv.setLineWidth(RULE_WIDTH)
            canv.line(0, total, self.width, total)
        canv.restoreState()
        if self.label is not None:
            self.label.drawOn(canv, PAD_LEFT, total - PAD_TOP - self._label_height)
        text = canv.beginText()
        for row, top in zip(self.rows, tops, strict=True):
            for cell, x in zip(row, lefts, strict=True):
                if cell is not None:
                    cell[0].draw_into(text, x + PAD_LEFT, top - PAD_TOP)
        canv.drawText(text)
