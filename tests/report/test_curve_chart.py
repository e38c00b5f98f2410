"""The symmetry curve drawn straight on the canvas marks the page as reportlab's chart did.

``chart.CurveChart`` replaced a reportlab.graphics ``HorizontalLineChart`` + ``Legend``
(issue 11: importing, building and rendering them was 50-60 ms of every summary). The
look must not change, so the chart it replaced is kept here as the reference, both are
drawn on a page, and every mark each page paints (lines, dots, swatches, texts) is read
back from the PDF with its place on the page, its colours, width, dash and join, in the
order it is painted: the two lists must be the same, for workshops of every shape (the
demo in both languages, all balances at zero, large balances, one step, twenty steps
with long names, and the first page's lower chart).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from symetrie_desktop.bench.workload import workload
from symetrie_desktop.cli import main
from symetrie_desktop.exchange.demo import demo_workshop
from symetrie_desktop.exchange.workshop_json import from_exchange
from symetrie_desktop.report.chart import CurveChart, _axis_range, axis_names, curve_drawing
from symetrie_desktop.report.facts import collect
from symetrie_desktop.report.labels import Labels
from symetrie_desktop.report.styles import CUSTOMER_LINE, EMPLOYEE_LINE, INK, MUTED, RULE
from symetrie_desktop.report.text import FONT, register_fonts


def _reference_drawing(facts, lb, width: float, height: float):
    """The chart as the summary drew it before (reportlab.graphics), unchanged."""
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.charts.linecharts import HorizontalLineChart
    from reportlab.graphics.shapes import Drawing, Line
    from reportlab.graphics.widgets.markers import makeMarker
    from reportlab.lib import colors

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
                     strokeWidth=0.8, strokeDashArray=(3, 2)))
    legend = Legend()
    legend.x, legend.y = chart.x, 8
    legend.fontName = FONT
    legend.fontSize = 8
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 140
    legend.dx = legend.dy = 8
    legend.colorNamePairs = [(CUSTOMER_LINE, lb["customer_balance"]),
                             (EMPLOYEE_LINE, lb["employee_balance"])]
    drawing.add(legend)
    return drawing


def _r(value) -> float:
    return round(float(value), 2)


def painted(path: Path) -> list[tuple]:
    """Every mark the first page paints, in order, in page coordinates: a path with how it
    is painted and the state it is painted with, or a text with its place, size and fill."""
    reader = PdfReader(path)
    page = reader.pages[0]
    ops = ContentStream(page.get_contents(), reader).operations
    ctm = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    state = {"fill": (0.0,), "stroke": (0.0,), "width": 1.0, "dash": ((), 0.0), "join": 0,
             "cap": 0}
    stack: list = []
    path_points: list = []
    text_matrix = line_matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    size = leading = word_space = 0.0
    marks: list[tuple] = []

    def point(x, y, m=None):
        a, b, c, d, e, f = m or ctm
        x, y = float(x), float(y)
        return (_r(a * x + c * y + e), _r(b * x + d * y + f))

    for operands, op in ops:
        op = op.decode()
        if op == "q":
            stack.append((ctm, dict(state)))
        elif op == "Q":
            ctm, state = stack.pop()
        elif op == "cm":
            a, b, c, d, e, f = map(float, operands)
            A, B, C, D, E, F = ctm
            ctm = (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D,
                   e * A + f * C + E, e * B + f * D + F)
        elif op in ("rg", "g", "k"):
            state["fill"] = tuple(_r(v) for v in operands)
        elif op in ("RG", "G", "K"):
            state["stroke"] = tuple(_r(v) for v in operands)
        elif op == "w":
            state["width"] = _r(operands[0])
        elif op == "d":
            state["dash"] = (tuple(_r(v) for v in operands[0]), _r(operands[1]))
        elif op == "j":
            state["join"] = int(operands[0])
        elif op == "J":
            state["cap"] = int(operands[0])
        elif op in ("m", "l"):
            path_points.append((op, point(*operands)))
        elif op == "c":
            path_points.append(("c", *(point(*operands[i:i + 2]) for i in (0, 2, 4))))
        elif op == "re":
            x, y, w, h = map(float, operands)
            path_points.append(("re", point(x, y), point(x + w, y + h)))
        elif op in ("S", "s", "f", "f*", "B", "B*", "b", "b*"):
            how = {"f*": "f", "B*": "B", "b*": "b"}.get(op, op)
            stroked = how in ("S", "s", "B", "b")
            marks.append(("path", how, tuple(path_points), state["fill"] if how != "S" else None,
                          (state["stroke"], state["width"], state["dash"], state["join"],
                           state["cap"]) if stroked else None))
            path_points = []
        elif op == "n":
            path_points = []
        elif op == "BT":
            text_matrix = line_matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
        elif op == "Tm":
            text_matrix = line_matrix = tuple(map(float, operands))
        elif op in ("Td", "T*"):
            a, b, c, d, e, f = line_matrix
            tx, ty = map(float, operands) if op == "Td" else (0.0, -leading)
            text_matrix = line_matrix = (a, b, c, d, tx * a + ty * c + e, tx * b + ty * d + f)
        elif op == "TL":
            leading = float(operands[0])
        elif op == "Tw":
            word_space = _r(operands[0])
        elif op == "Tf":
            size = _r(operands[1])
        elif op == "Tj":
            raw = operands[0]
            raw = raw.original_bytes if hasattr(raw, "original_bytes") else bytes(raw)
            marks.append(("text", raw, point(*text_matrix[4:]), size, state["fill"],
                          word_space))
    return marks


def _draw(flowable, path: Path) -> Path:
    canvas = Canvas(str(path), pageCompression=0)
    flowable.wrapOn(canvas, 600, 800)
    flowable.drawOn(canvas, 50, 60)
    canvas.save()
    return path


def _workshop(kind: str):
    if kind.startswith("demo"):
        return from_exchange(demo_workshop())
    if kind == "zero":  # no post-it at all: every balance 0, the axis 0 to 1
        return from_exchange(workload(0, steps=4))
    if kind == "large":  # balances in the tens: a scale in fives or tens
        return from_exchange(workload(900, steps=5))
    if kind == "one step":
        return from_exchange(workload(30, steps=1))
    doc = workload(400, steps=20)  # twenty steps with long names, the smaller type
    for n, step in enumerate(doc["steps"]):
        step["name"] = f"Étape numéro {n} avec un nom vraiment très long à couper"
    return from_exchange(doc)


@pytest.mark.parametrize("kind", ["demo", "demo en", "zero", "large", "one step", "twenty"])
@pytest.mark.parametrize("height", [230, 140])
def test_the_curve_paints_what_reportlabs_chart_painted(tmp_path, monkeypatch, kind, height):
    monkeypatch.setattr(rl_config, "invariant", 1)
    monkeypatch.setattr(rl_config, "shapeChecking", 0)
    register_fonts()
    facts = collect(_workshop(kind))
    lb = Labels("en" if kind.endswith(" en") else "fr")
    assert facts.summaries
    mine = painted(_draw(curve_drawing(facts, lb, 483, height), tmp_path / "mine.pdf"))
    theirs = painted(_draw(_reference_drawing(facts, lb, 483, height), tmp_path / "ref.pdf"))
    assert isinstance(curve_drawing(facts, lb, 483, height), CurveChart)
    texts = [m for m in mine if m[0] == "text"]
    # the chart is all there: two lines, a dot per step and side, each step's name
    assert len([m for m in mine if m[0] == "path" and m[1] == "B"]) >= 2 * len(facts.summaries)
    assert len(texts) >= len(facts.summaries) + 2 + 2
    assert mine == theirs


def test_a_summary_imports_no_chart_library(tmp_path):
    """The whole summary of the demo is written without reportlab.graphics."""
    source = tmp_path / "demo.symetrie"
    assert main(["demo", "-o", str(source)]) == 0
    import subprocess

    code = (
        "import sys; from symetrie_desktop.cli import main; "
        f"main(['report', r'{source}', '-o', r'{tmp_path / 's.pdf'}']); "
        "print(sorted(m for m in sys.modules if m.startswith('reportlab.graphics')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip().endswith("[]"), out
    assert (tmp_path / "s.pdf").stat().st_size > 10_000
