"""The symmetry curve: customer and employee balance per step, and the counts behind it."""

from __future__ import annotations

import math
import textwrap

from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Line
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors

from .facts import Facts
from .labels import Labels
from .styles import CUSTOMER_LINE, EMPLOYEE_LINE, INK, MUTED, RULE, heading, styles
from .tables import Para, chunked_tables
from .text import FONT, para


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


def curve_drawing(facts: Facts, lb: Labels, width: float, height: float = 230) -> Drawing:
    """A line chart with a zero line; the axis names the steps (wrapped, cut if need be)."""
    customer = [s.customer_balance for s in facts.summaries]
    employee = [s.employee_balance for s in facts.summaries]
    low, high, step = _axis_range(customer + employee)
    drawing = Drawing(width, height)
    chart = HorizontalLineChart()
    chart.x, chart.y = 34, 52
    chart.width, chart.height = width - 44, height - 72
    chart.data = [tuple(customer), tuple(employee)]
    chart.joinedLines = 1
    for i, colour in enumerate((CUSTOMER_LINE, EMPLOYEE_LINE)):
        chart.lines[i].strokeColor = colour
        chart.lines[i].strokeWidth = 2
        chart.lines[i].symbol = makeMarker("FilledCircle", size=5)
        chart.lines[i].symbol.fillColor = colour
        chart.lines[i].symbol.strokeColor = colour
    axis = chart.categoryAxis
    size = 7.5 if len(customer) <= 8 else 6.5
    axis.categoryNames = axis_names([s.step.name for s in facts.summaries],
                                    chart.width / max(1, len(customer)), size)
    axis.labels.fontName = FONT
    axis.labels.fontSize = size
    axis.labels.leading = size * 1.15
    axis.labels.fillColor = INK
    axis.strokeColor = RULE
    axis.visibleTicks = 0
    axis.joinAxisMode = "bottom"
    values = chart.valueAxis
    values.valueMin, values.valueMax, values.valueStep = low, high, step
    values.labels.fontName = FONT
    values.labels.fontSize = 7.5
    values.labels.fillColor = MUTED
    values.visibleGrid = 1
    values.gridStrokeColor = colors.HexColor("#e3e6ea")
    values.strokeColor = RULE
    drawing.add(chart)
    zero = chart.y + chart.height * (0 - low) / (high - low)
    drawing.add(Line(chart.x, zero, chart.x + chart.width, zero, strokeColor=MUTED,
                     strokeWidth=0.8, strokeDashArray=(3, 2)))  # fmt: skip
    legend = Legend()
    legend.x, legend.y = chart.x, 8
    legend.fontName = FONT
    legend.fontSize = 8
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 140
    legend.dx = legend.dy = 8
    legend.colorNamePairs = [
        (CUSTOMER_LINE, lb["customer_balance"]),
        (EMPLOYEE_LINE, lb["employee_balance"]),
    ]
    drawing.add(legend)
    return drawing


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
    st = styles()
    th, cell, num = st["th"], st["cell"], st["cell_center"]
    thc = st["th_center"]
    head1 = ["", "", "", Para(lb["customer"], thc), "", "", Para(lb["employee"], thc)]
    head1 += ["", ""]
    head2 = [
        Para("N°", th),
        Para(lb["step"], th),
        Para(lb["phase"], th),
        *(Para(lb[k], thc) for k in ("irr_short", "ench_short", "balance") * 2),
    ]
    rows = []
    for n, s in enumerate(facts.summaries, 1):
        cells = [
            Para(str(n), num),
            Para(para(s.step.name, 200), cell),
            Para(lb.enum(s.step.phase), cell),
            *(
                Para(_signed(v) if i % 3 == 2 else str(v), num)
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
