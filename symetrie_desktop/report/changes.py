"""« Ce qui a changé »: the first page of a follow-up session's summary.

Sponsors ask first what moved since the previous session: how many actions are done, in
progress, late or dropped, which irritants are gone, how many new ones the room wrote, the
cross matrix then and now, and both symmetry curves on one chart. The previous session is
read back from the snapshot the follow-up file carries, so the page needs nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.platypus import Spacer, Table

from ..domain.followup import Progress, latest_review, outcome_of, progress
from ..domain.matrix import Quadrant, pairs_by_quadrant, step_summaries
from ..domain.model import CardKind, Workshop
from .chart import _axis_range
from .labels import Labels
from .styles import CUSTOMER_LINE, EMPLOYEE_LINE, HEADER_BG, INK, MUTED, RULE, heading, styles
from .tables import Para
from .text import FONT, para

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing

PROGRESS_ORDER = (Progress.DONE, Progress.DOING, Progress.LATE, Progress.DROPPED,
                  Progress.TO_DO)


@dataclass(frozen=True, slots=True)
class WhatChanged:
    """What a follow-up session's summary opens with: progress since the previous one."""

    session: int  # this session's rank in the chain
    previous_title: str
    previous_date: str
    progress: dict[Progress, int]
    solved: int
    new_irritants: int
    matrix: dict[Quadrant, tuple[int, int]]
    steps: list[str]
    curves: dict[str, list[float | None]]  # customer/employee × then/now, by current step
    late: list[str]


def _irritants(w: Workshop) -> int:
    return sum(1 for c in w.cards.values()
               if c.kind == CardKind.IRRITANT and w.lane_kind_of(c).is_experience)


def today_of(w: Workshop) -> date:
    """The review's day: the session date when set, else today."""
    try:
        return date.fromisoformat(w.info.date) if w.info.date else date.today()
    except ValueError:
        return date.today()


def what_changed(w: Workshop) -> WhatChanged | None:
    """None for a first session (nothing to compare with)."""
    if not w.sessions:
        return None
    last = w.sessions[max(w.sessions)]
    doc = dict(last.document())
    # the snapshot's solved irritants point into the chain it does not carry: count them only
    solved_then = len(doc.pop("solved", []))
    from ..exchange.workshop_json import from_exchange  # only for a follow-up session

    then = from_exchange(doc)
    today = today_of(w)
    counts = dict.fromkeys(PROGRESS_ORDER, 0)
    late = []
    for action in sorted(w.actions.values(), key=lambda a: (a.position, a.id)):
        if not action.origin:
            continue
        state = progress(outcome_of(action.status, latest_review(w.reviews, action.id)),
                         action.due, today)
        counts[state] += 1
        if state == Progress.LATE:
            late.append(action.title)
    before, after = pairs_by_quadrant(then), pairs_by_quadrant(w)
    matrix = {q: (len(before.get(q, [])), len(after.get(q, []))) for q in Quadrant}
    then_by_name = {s.step.name: s for s in step_summaries(then)}
    now = step_summaries(w)
    curves: dict[str, list[float | None]] = {
        "customer_then": [], "employee_then": [], "customer_now": [], "employee_now": []}
    for s in now:
        old = then_by_name.get(s.step.name)
        curves["customer_then"].append(old.customer_balance if old else None)
        curves["employee_then"].append(old.employee_balance if old else None)
        curves["customer_now"].append(s.customer_balance)
        curves["employee_now"].append(s.employee_balance)
    return WhatChanged(
        session=max(w.sessions) + 1,
        previous_title=last.title,
        previous_date=last.date,
        progress=counts,
        solved=max(0, len(w.solved) - solved_then),
        new_irritants=_irritants(w),
        matrix=matrix,
        steps=[s.step.name for s in now],
        curves=curves,
        late=late,
    )


def since_sentence(ch: WhatChanged, lb: Labels) -> str:
    if ch.previous_date:
        return lb.fmt("changed_since", title=ch.previous_title, date=lb.date(ch.previous_date))
    return lb.fmt("changed_since_nodate", title=ch.previous_title)


def figures(ch: WhatChanged) -> list[tuple[int, str]]:
    """The progress counts as the page prints them: (number, label key)."""
    out = [(ch.progress[p], f"p_{p.value}") for p in PROGRESS_ORDER]
    return out + [(ch.solved, "solved_since"), (ch.new_irritants, "new_irritants")]


def changes_story(ch: WhatChanged, title: str, lb: Labels, width: float) -> list:
    st = styles()
    story: list = [
        Para(para(title, 300), st["title"]),
        Para(lb["changed"], st["subtitle"]),
        Para(para(since_sentence(ch, lb), 400) + " " + lb.fmt("chain", n=ch.session),
             st["lead"]),
        *heading(lb["actions_progress"]),
        _figure_table(ch, lb, width),
    ]
    if ch.late:
        story.append(Spacer(1, 4))
        story.append(Para(f"<b>{lb['late_list']}</b>{lb.colon}"
                          + " · ".join(para(t, 120) for t in ch.late), st["body"]))
    story += heading(lb["matrix_then_now"])
    rows = [[Para("", st["th"]), Para(lb["then"], st["th_center"]),
             Para(lb["now"], st["th_center"])]]
    for q in Quadrant:
        then, now = ch.matrix[q]
        rows.append([Para(lb.quadrant(q), st["cell"]), Para(str(then), st["cell_center"]),
                     Para(str(now), st["cell_center"])])
    table = Table(rows, colWidths=[width - 180, 90, 90])
    table.setStyle([("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
    story.append(table)
    if ch.steps:
        story += heading(lb["curves_then_now"])
        story.append(curves_drawing(ch, lb, width))
    return story


def _figure_table(ch: WhatChanged, lb: Labels, width: float) -> Table:
    st = styles()
    cells = [[Para(str(n), st["figure"]), Para(lb[key], st["figure_label"])]
             for n, key in figures(ch)]
    table = Table([cells], colWidths=[width / len(cells)] * len(cells))
    table.setStyle([("BACKGROUND", (0, 0), (-1, -1), HEADER_BG),
                    ("LINEAFTER", (0, 0), (-2, -1), 2, "white"),
                    ("TOPPADDING", (0, 0), (-1, -1), 8),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 8)])
    return table


def curves_drawing(ch: WhatChanged, lb: Labels, width: float, height: float = 220) -> Drawing:
    """Four lines: each side's balance then (dotted, lighter) and now (solid)."""
    # reportlab.graphics only for a follow-up session (issue 11: importing it was 15-20 ms
    # of every summary)
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.charts.linecharts import HorizontalLineChart
    from reportlab.graphics.shapes import Drawing, String

    keys = ("customer_then", "employee_then", "customer_now", "employee_now")
    values = [v for k in keys for v in ch.curves[k] if v is not None]
    low, high, step = _axis_range([int(v) for v in values] or [0])
    drawing = Drawing(width, height)
    chart = HorizontalLineChart()
    chart.x, chart.y = 34, 62
    chart.width, chart.height = width - 44, height - 80
    chart.data = [tuple(ch.curves[k]) for k in keys]
    chart.joinedLines = 1
    looks = (
        (colors.HexColor("#8fb3d6"), (2, 2)), (colors.HexColor("#ecb485"), (2, 2)),
        (CUSTOMER_LINE, None), (EMPLOYEE_LINE, None),
    )
    for i, (colour, dash) in enumerate(looks):
        chart.lines[i].strokeColor = colour
        chart.lines[i].strokeWidth = 1.5 if dash else 2.2
        if dash:
            chart.lines[i].strokeDashArray = dash
    axis = chart.categoryAxis
    axis.categoryNames = [str(i) for i in range(1, len(ch.steps) + 1)]
    axis.labels.fontName = FONT
    axis.labels.fontSize = 7.5
    axis.labels.fillColor = INK
    axis.strokeColor = RULE
    axis.joinAxisMode = "bottom"
    value_axis = chart.valueAxis
    value_axis.valueMin, value_axis.valueMax, value_axis.valueStep = low, high, step
    value_axis.labels.fontName = FONT
    value_axis.labels.fontSize = 7.5
    value_axis.visibleGrid = 1
    value_axis.gridStrokeColor = colors.HexColor("#e3e6ea")
    drawing.add(chart)
    drawing.add(String(chart.x, 46, lb["step"], fontName=FONT, fontSize=7.5, fillColor=MUTED))
    legend = Legend()
    legend.x, legend.y = chart.x + 40, 30
    legend.fontName = FONT
    legend.fontSize = 8
    legend.alignment = "right"
    legend.columnMaximum = 2
    legend.deltax = 190
    legend.deltay = 13
    legend.dx = legend.dy = 8
    legend.colorNamePairs = [(look[0], lb[k]) for look, k in zip(looks, keys, strict=True)]
    drawing.add(legend)
    return drawing
