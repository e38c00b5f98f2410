"""Long tables as a series of short ones.

reportlab splits one long table across pages in quadratic time; 5,000 post-its would
take minutes. Cutting the rows into tables of at most 60, each with its header row,
keeps the work linear and repeats the header at least every 60 rows.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Paragraph, Table

from .cardtext import CardText
from .styles import ZEBRA, grid_style

ROWS_PER_TABLE = 60


class Para(Paragraph):
    """A Paragraph for table cells that breaks its lines once per width.

    A table wraps every cell when it measures itself, again for each page it splits
    over, and again when it draws: three to four line breakings per cell, the largest
    cost of a 5,000-post-it summary. A cell's text and width do not change in between.
    """

    _wrapped: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth, availHeight):
        if self._wrapped is not None and self._wrapped[0] == availWidth:
            self.width, self.height = self._wrapped[1]
            return self._wrapped[1]
        size = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, size)
        return size


class TextTable(Table):
    """A Table whose plain-text cells (:class:`.cardtext.CardText`) cost little.

    reportlab measures a cell through ``wrapOn`` (saving and restoring the canvas's font)
    and draws it in its own saved graphics state with its own text object: for the
    thousands of cells of the matrix, ideas and plan at 5,000 post-its, more than the
    text itself (issue 11 profile: ``Table._drawCell``, ``_listCellGeom``, text object
    creation). Here a text cell is measured with its cached ``wrap`` and drawn, at the
    place ``Table._drawCell`` gives it (top-aligned, inside the padding), into one text
    object per table, written before the table's rules as the cells were.
    """

    _text = None  # the table's text object while it draws
    _texts = 0  # cells drawn into it

    def _listCellGeom(self, V, w, s, W=None, H=None, aH=72000):
        if isinstance(V, (list, tuple)) and len(V) == 1 and type(V[0]) is CardText:
            width, height = V[0].wrap(
                w - s.leftPadding - s.rightPadding, aH - s.topPadding - s.bottomPadding
            )
            if W is not None:
                W.append(width)
            if H is not None:
                H.append(height)
            return width, height
        return super()._listCellGeom(V, w, s, W, H, aH)

    def _drawCell(self, cellval, cellstyle, pos, size):
        text = self._text
        if (
            text is None
            or not isinstance(cellval, (list, tuple))
            or len(cellval) != 1
            or type(cellval[0]) is not CardText
            or cellstyle.valign != "TOP"
            or cellstyle.alignment != "LEFT"
            or cellstyle.href
            or cellstyle.destination
        ):
            return super()._drawCell(cellval, cellstyle, pos, size)
        if self._curcellstyle is not cellstyle:  # the colour and font the cell's style sets
            current = self._curcellstyle
            if current is None or cellstyle.color != current.color:
                self.canv.setFillColor(cellstyle.color)
            if (
                current is None
                or cellstyle.leading != current.leading
                or cellstyle.fontname != current.fontname
                or cellstyle.fontsize != current.fontsize
            ):
                self.canv.setFont(cellstyle.fontname, cellstyle.fontsize, cellstyle.leading)
            self._curcellstyle = cellstyle
        colpos, rowpos = pos
        colwidth, rowheight = size
        cell = cellval[0]
        cell.wrap(colwidth - cellstyle.leftPadding - cellstyle.rightPadding, 1e6)
        top = rowpos + rowheight - cellstyle.topPadding
        cell.draw_into(text, colpos + cellstyle.leftPadding, top)
        self._texts += 1

    def draw(self):
        self._text, self._texts = self.canv.beginText(), 0
        try:
            super().draw()
        finally:
            self._text = None

    def _drawLines(self):
        if self._texts:
            self.canv.saveState()
            self.canv.drawText(self._text)
            self.canv.restoreState()
            self._texts = 0
        super()._drawLines()


#: A row: its cells and its own style commands, as (command, first column, last column, *args).
Row = tuple[list, list[tuple]]


def chunked_tables(
    header: list[list],
    rows: Sequence[Row],
    widths: list[float],
    extra_style: list[tuple] | None = None,
    size: int = ROWS_PER_TABLE,
    zebra: bool = True,
) -> list[Table]:
    """Tables of at most ``size`` rows, each repeating ``header`` (also when it splits)."""
    tables = []
    h = len(header)
    for start in range(0, len(rows), size):
        part = rows[start : start + size]
        style = grid_style(h) + list(extra_style or [])
        data = list(header)
        for r, (cells, cmds) in enumerate(part, h):
            data.append(cells)
            if zebra and (start + r - h) % 2:
                style.append(("BACKGROUND", (0, r), (-1, r), ZEBRA))
            for cmd, c0, c1, *args in cmds:
                style.append((cmd, (c0, r), (c1, r), *args))
        table = TextTable(data, colWidths=widths, repeatRows=h)
        table.setStyle(style)
        tables.append(table)
    return tables
