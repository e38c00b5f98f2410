"""The symmetry curve: customer and employee balance per step, and the counts behind it."""

from __future__ import annotations

import math
import textwrap

from reportlab.lib import colors
from reportlab.lib.colors import Color, black
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

from .cardtext import CardText, breaks_like_a_paragraph
from .facts import Facts
from .labels import Labels
from .sections import cell
from .styles import CUSTOMER_LINE, EMPLOYEE_LINE, INK, MUTED, RULE, heading, styles
from .tables import Para, chunked_tables
from .text import FONT, para, printable

GRID = colors.HexColor("#e3e6ea")


def curve_story(facts: Facts, lb: Labels, width: float) -> list:
    st = styles()
    story: list = [*heading(lb["curve"], "h1"), Para(lb["curve_text"], st["lead"])]
    if facts.summaries:
        story.append(curve_drawing(facts, lb, width))
    story += heading(lb["counts"])
    story += counts_tables(facts, lb, width)
    return story


def _axis_range(values: list[int]) -> tuple[int, int, int]:
    low, high = min(0, *values), max(0, *values)
    if low == high:
        high = 1
    span = high - low
    step = max(1, 10 ** math.floor(math.log10(span)))
    for factor in (1, 2, 5, 10):
        if span / (step * factor) <= 8:
            step *= factor
            break
    return math.floor(low / step) * step, math.ceil(high / step) * step, step


def curve_drawing(facts: Facts, lb: Labels, width: float, height: float = 230) -> CurveChart:
    """A line chart with a zero line; the axis names the steps (wrapped, cut if need be)."""
    customer = [s.customer_balance for s in facts.summaries]
    employee = [s.employee_balance for s in facts.summaries]
    size = 7.5 if len(customer) <= 8 else 6.5
    names = axis_names([s.step.name for s in facts.summaries],
                       (width - 44) / max(1, len(customer)), size)
    return CurveChart(width, height, [(CUSTOMER_LINE, customer), (EMPLOYEE_LINE, employee)],
                      names, size, [lb["customer_balance"], lb["employee_balance"]])


class CurveChart(Flowable):
    """The symmetry curve drawn straight on the page.

    It was a reportlab.graphics ``HorizontalLineChart`` with a ``Legend``: importing them and
    building and rendering their shapes cost 50-60 ms of every summary (issue 11 profile of
    the 500-post-it summary, two charts). The same marks are drawn here with the canvas, at
    the places that chart put them (``tests/report/test_curve_chart.py`` renders both and
    compares the pixels): the plot 34 pt from the left and 52 pt from the bottom, a category
    axis whose names hang under the middle of each step's slot, a value axis with ticks,
    labels and a light grid, each series as a 2 pt line with round joins and a 5 pt dot per
    step, a dashed zero line, and the legend's swatches along the bottom.
    """

    LEFT, BOTTOM = 34, 52

    def __init__(self, width: float, height: float, series: list[tuple[Color, list[int]]],
                 names: list[str], size: float, legend: list[str]) -> None:
        super().__init__()
        self.width, self.height = width, height
        self.series, self.names, self.size, self.legend = series, names, size, legend

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        x0, y0 = self.LEFT, self.BOTTOM
        plot_w, plot_h = self.width - 44, self.height - 72
        low, high, step = _axis_range([v for _, values in self.series for v in values])
        c.setDash([], 0)
        c.setLineCap(0)
        c.setLineJoin(0)

        def at(value: float) -> float:
            return y0 + plot_h * (value - low) / (high - low)

        # the category axis, and each step's name under the middle of its slot
        c.setStrokeColor(RULE)
        c.setLineWidth(1)
        c.line(x0, y0, x0 + plot_w, y0)
        slot = plot_w / max(1, len(self.names))
        middles = [x0 + (i + 0.5) * slot for i in range(len(self.names))]
        # one text object for all the names (a drawString each cost 0.1 ms, 80 at 20 steps)
        text = c.beginText()
        text.setFillColor(INK)
        text.setFont(FONT, self.size, self.size * 1.2)
        leading = self.size * 1.15
        for middle, name in zip(middles, self.names, strict=True):
            lines = name.split("\n")
            left = middle - max(c.stringWidth(t, FONT, self.size) for t in lines) / 2
            y = y0 - 5 - leading / 1.2
            for line in lines:
                text.setTextOrigin(left, y)
                text.textOut(line)
                y -= leading
        c.drawText(text)
        # the value axis: its line, a tick and a label per step of the scale, then the grid
        ticks = range(low, high + 1, step)
        c.line(x0, y0, x0, y0 + plot_h)
        for value in ticks:
            c.line(x0, at(value), x0 - 5, at(value))
        text = c.beginText()
        text.setFillColor(MUTED)
        text.setFont(FONT, 7.5, 9)
        for value in ticks:
            label = str(value)
            text.setTextOrigin(x0 - 5 - c.stringWidth(label, FONT, 7.5), at(value) - 3)
            text.textOut(label)
        c.drawText(text)
        c.setStrokeColor(GRID)
        c.setLineWidth(0.25)
        for value in ticks:
            c.line(x0, at(value), x0 + plot_w, at(value))
        # the series: a line through the steps, then a dot on each
        for colour, values in self.series:
            points = [(x, at(v)) for x, v in zip(middles, values, strict=True)]
            if not points:
                continue
            c.saveState()
            c.setStrokeColor(colour)
            c.setLineWidth(2)
            c.setLineJoin(1)
            path = c.beginPath()
            path.moveTo(*points[0])
            for point in points[1:]:
                path.lineTo(*point)
            c.drawPath(path, stroke=1, fill=0)
            c.restoreState()
            c.setFillColor(colour)
            c.setStrokeColor(colour)
            c.setLineWidth(0.1)
            for x, y in points:
                c.circle(x, y, 2.5, stroke=1, fill=1)
        # the zero line
        c.saveState()
        c.setStrokeColor(MUTED)
        c.setLineWidth(0.8)
        c.setDash([3, 2], 0)
        c.line(x0, at(0), x0 + plot_w, at(0))
        c.restoreState()
        # the legend: a swatch with a black edge, then its name, in columns 140 pt apart
        column = max(140.0, max(c.stringWidth(t, FONT, 8) for t in self.legend) + 23)
        ascent = pdfmetrics.getFont(FONT).face.ascent / 1000 * 8
        c.setStrokeColor(black)
        c.setLineWidth(1)
        c.setFont(FONT, 8, 9.6)
        for i, ((colour, _), name) in enumerate(zip(self.series, self.legend, strict=True)):
            x = x0 + i * column
            c.setFillColor(colour)
            c.rect(x, 0, 8, 8, stroke=1, fill=1)
            c.setFillColor(black)
            c.drawString(x + 18, (8 - ascent) * 0.5, name)


def axis_names(names: list[str], room: float, size: float, lines: int = 2) -> list[str]:
    """Step names for a category axis: wrapped on up to ``lines`` lines that fit ``room``
    points (at a conservative 0.55 em a character), the last one cut with « … »."""
    per_line = max(3, int((room - 4) / (size * 0.55)))
    found = []
    for name in names:
        wrapped = textwrap.wrap(" ".join(name.split()), per_line, break_long_words=True) or [""]
        if len(wrapped) > lines:
            last = " ".join(wrapped[lines - 1:])
            wrapped = [*wrapped[: lines - 1], last[: per_line - 1].rstrip() + "…"]
        found.append("\n".join(wrapped))
    return found


def counts_tables(facts: Facts, lb: Labels, width: float) -> list:
    """Each step's irritants, enchantments and balance on both sides: plain-text cells
    (``sections.cell``), measured once and drawn in one text object per table; as
    Paragraphs, its 180 cells at 20 steps were a tenth of a 500-post-it summary's own work
    (issue 11)."""
    def text(value: str, style: str = "cell", limit: int | None = None) -> CardText | Para:
        if not breaks_like_a_paragraph(printable(value)):
            return Para(para(value, limit), styles()[style])
        return cell(value, style, limit, paragraph_fit=True)

    head1 = ["", "", "", text(lb["customer"], "th_center"), "", "",
             text(lb["employee"], "th_center"), "", ""]
    head2 = [
        text("N°", "th"),
        text(lb["step"], "th"),
        text(lb["phase"], "th"),
        *(text(lb[k], "th_center") for k in ("irr_short", "ench_short", "balance") * 2),
    ]
    rows = []
    for n, s in enumerate(facts.summaries, 1):
        cells = [
            text(str(n), "cell_center"),
            text(s.step.name, limit=200),
            text(lb.enum(s.step.phase)),
            *(
                text(_signed(v) if i % 3 == 2 else str(v), "cell_center")
                for i, v in enumerate(
                    (
                        s.customer_irritants, s.customer_enchantments, s.customer_balance,
                        s.employee_irritants, s.employee_enchantments, s.employee_balance,
                    )
                )
            ),
        ]  # fmt: skip
        rows.append((cells, []))
    numbers = 46
    widths = [28, width - 28 - 60 - 6 * numbers, 60] + [numbers] * 6
    extra = [
        ("SPAN", (3, 0), (5, 0)),
        ("SPAN", (6, 0), (8, 0)),
        ("LINEBEFORE", (3, 0), (3, -1), 0.6, RULE),
        ("LINEBEFORE", (6, 0), (6, -1), 0.6, RULE),
    ]
    return chunked_tables([head1, head2], rows, widths, extra)


def _signed(value: int) -> str:
    return f"+{value}" if value > 0 else str(value).replace("-", "−")
