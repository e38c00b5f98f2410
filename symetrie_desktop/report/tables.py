"""Long tables as a series of short ones.

reportlab splits one long table across pages in quadratic time; 5,000 post-its would
take minutes. Cutting the rows into tables of at most 60, each with its header row,
keeps the work linear and repeats the header at least every 60 rows.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Paragraph, Table

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
        table = Table(data, colWidths=widths, repeatRows=h)
        table.setStyle(style)
        tables.append(table)
    return tables
