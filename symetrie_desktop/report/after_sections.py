"""Summary sections for what comes after the workshop: the mirror survey's largest gaps and
the self-diagnosis radar with its levels and levers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.platypus import Spacer, Table

from ..domain.diagnosis import (
    DIMENSIONS,
    LEVERS,
    Diagnosis,
    Level,
    diagnose,
    level_of,
    radar_point,
)
from ..domain.mirror import largest_gaps
from ..domain.model import Tag, Workshop
from .labels import Labels
from .styles import ACCENT, HEADER_BG, INK, RULE, heading, styles
from .tables import Para
from .text import FONT, para

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing

GAPS_SHOWN = 8
LEVEL_KEYS = {Level.TO_BUILD: "l_to_build", Level.ON_THE_WAY: "l_on_the_way",
              Level.ANCHORED: "l_anchored"}


def _num(value: float, lb: Labels) -> str:
    text = f"{value:.1f}"
    return text.replace(".", ",") if lb.lang == "fr" else text


def _signed(value: float, lb: Labels) -> str:
    text = _num(abs(value), lb)
    return f"+{text}" if value > 0.05 else (f"−{text}" if value < -0.05 else text)


def mirror_story(w: Workshop, lb: Labels, width: float) -> list:
    """The largest gaps, with the number of answers on each side."""
    if not w.mirror:
        return []
    st = styles()
    from ..commands.after import mirror_scale  # the edits' module: only with a mirror survey

    lo, hi = mirror_scale(w) or (0, 10)
    story: list = [*heading(lb["mirror"]), Para(lb.fmt("mirror_text", lo=lo, hi=hi), st["body"]),
                   Spacer(1, 4)]
    gaps = largest_gaps(w.mirror, GAPS_SHOWN)
    if not gaps:
        return [*story, Para(lb["mirror_none"], st["body"])]
    rows = [[Para(lb[k], st["th"] if k in ("question", "step") else st["th_center"])
             for k in ("question", "step", "customer_mean", "employee_estimate", "gap")]]
    for g in gaps:
        rows.append([
            Para(para(g.question, 300), st["cell"]),
            Para(para(g.step, 120) if g.step else lb["whole_journey"], st["cell"]),
            Para(f"{_num(g.customer_mean, lb)} ({lb.fmt('answers_n', n=g.customers)})",
                 st["cell_center"]),
            Para(f"{_num(g.employee_mean, lb)} ({lb.fmt('answers_n', n=g.employees)})",
                 st["cell_center"]),
            Para(f"<b>{_signed(g.gap, lb)}</b>", st["cell_center"]),
        ])
    table = Table(rows, colWidths=[width - 330, 100, 85, 85, 60], repeatRows=1)
    table.setStyle([("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP")])
    return [*story, table]


def dimension_name(d, lb: Labels) -> str:
    return lb.enum(Tag(d.value))


def diagnosis_story(w: Workshop, lb: Labels, width: float) -> list:
    if not w.responses:
        return []
    st = styles()
    dx = diagnose(w.statements, w.responses)
    story: list = [*heading(lb["diagnosis"], "h1"),
                   Para(lb.fmt("diagnosis_text", n=dx.respondents), st["lead"]),
                   radar_drawing(dx, lb, min(width, 360))]
    rows = [[Para(lb["dimension"], st["th"]), Para(lb["score"], st["th_center"]),
             Para(lb["level"], st["th"]), Para(lb["count"], st["th_center"])]]
    for s in dx.scores:
        rows.append([Para(dimension_name(s.dimension, lb), st["cell"]),
                     Para("—" if s.share is None else f"{s.share:.0f} %", st["cell_center"]),
                     Para(lb[LEVEL_KEYS[s.level]] if s.level else "—", st["cell"]),
                     Para(str(s.answers), st["cell_center"])])
    overall = dx.overall_share
    rows.append([Para(f"<b>{lb['overall']}</b>", st["cell"]),
                 Para("—" if overall is None else f"<b>{overall:.0f} %</b>", st["cell_center"]),
                 Para(f"<b>{lb[LEVEL_KEYS[level_of(overall)]]}</b>" if overall is not None
                      else "—", st["cell"]),
                 Para("", st["cell"])])
    table = Table(rows, colWidths=[150, 70, 120, 70])
    table.setStyle([("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)])
    story.append(table)
    weakest = dx.weakest()
    if weakest:
        story += heading(lb["weakest"])
        for s in weakest:
            levers = " · ".join(para(t, 200) for t in LEVERS[s.dimension])
            story.append(Para(f"<b>{dimension_name(s.dimension, lb)}</b>{lb.colon}{levers}",
                              st["body"]))
    return story


def radar_drawing(dx: Diagnosis, lb: Labels, size: float) -> Drawing:
    """Five spokes, rings at the two level thresholds, the room's polygon."""
    # reportlab.graphics only for a workshop with a self-diagnosis (issue 11: importing it
    # was 15-20 ms of every summary)
    from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, String

    from ..domain.diagnosis import ANCHORED_FROM, BUILD_BELOW

    height = size * 0.78
    drawing = Drawing(size, height)
    cx, cy, r = size / 2, height / 2, height / 2 - 22
    n = len(DIMENSIONS)

    def at(i: int, share: float) -> tuple[float, float]:
        x, y = radar_point(i, n, share)
        return cx + x * r, cy + y * r

    for share, colour in ((100, RULE), (ANCHORED_FROM, colors.HexColor("#9fc5a8")),
                          (BUILD_BELOW, colors.HexColor("#e6a79a"))):
        points = [c for i in range(n) for c in at(i, share)]
        drawing.add(Polygon(points, fillColor=None, strokeColor=colour, strokeWidth=0.8))
    for i, d in enumerate(DIMENSIONS):
        x, y = at(i, 100)
        drawing.add(Line(cx, cy, x, y, strokeColor=RULE, strokeWidth=0.5))
        lx, ly = at(i, 116)
        anchor = "middle" if abs(lx - cx) < 5 else ("start" if lx > cx else "end")
        drawing.add(String(lx, ly - 3, dimension_name(d, lb), fontName=FONT, fontSize=8.5,
                           fillColor=INK, textAnchor=anchor))
    shares = [s.share or 0.0 for s in dx.scores]
    points = [c for i, share in enumerate(shares) for c in at(i, share)]
    drawing.add(Polygon(points, fillColor=colors.Color(0.12, 0.23, 0.37, alpha=0.25),
                        strokeColor=ACCENT, strokeWidth=1.8))
    for i, share in enumerate(shares):
        x, y = at(i, share)
        drawing.add(Circle(x, y, 2.5, fillColor=ACCENT, strokeColor=ACCENT))
    return drawing


def mirror_markdown(w: Workshop, lb: Labels, md) -> list[str]:
    if not w.mirror:
        return []
    from ..commands.after import mirror_scale  # the edits' module: only with a mirror survey

    lo, hi = mirror_scale(w) or (0, 10)
    out = [f"## {lb['mirror']}", "", lb.fmt("mirror_text", lo=lo, hi=hi), ""]
    gaps = largest_gaps(w.mirror, GAPS_SHOWN)
    if not gaps:
        return [*out, lb["mirror_none"], ""]
    out += [f"| {lb['question']} | {lb['step']} | {lb['customer_mean']} | "
            f"{lb['employee_estimate']} | {lb['gap']} |", "|---|---|---:|---:|---:|"]
    for g in gaps:
        out.append(f"| {md(g.question)} | {md(g.step) if g.step else lb['whole_journey']} | "
                   f"{_num(g.customer_mean, lb)} ({lb.fmt('answers_n', n=g.customers)}) | "
                   f"{_num(g.employee_mean, lb)} ({lb.fmt('answers_n', n=g.employees)}) | "
                   f"{_signed(g.gap, lb)} |")
    return [*out, ""]


def diagnosis_markdown(w: Workshop, lb: Labels) -> list[str]:
    if not w.responses:
        return []
    dx = diagnose(w.statements, w.responses)
    out = [f"## {lb['diagnosis']}", "", lb.fmt("diagnosis_text", n=dx.respondents), "",
           f"| {lb['dimension']} | {lb['score']} | {lb['level']} | {lb['count']} |",
           "|---|---:|---|---:|"]
    for s in dx.scores:
        out.append(f"| {dimension_name(s.dimension, lb)} | "
                   f"{'—' if s.share is None else f'{s.share:.0f} %'} | "
                   f"{lb[LEVEL_KEYS[s.level]] if s.level else '—'} | {s.answers} |")
    overall = dx.overall_share
    if overall is not None:
        out.append(f"| **{lb['overall']}** | **{overall:.0f} %** | "
                   f"**{lb[LEVEL_KEYS[level_of(overall)]]}** | |")
    weakest = dx.weakest()
    if weakest:
        out += ["", f"### {lb['weakest']}", ""]
        for s in weakest:
            out.append(f"- **{dimension_name(s.dimension, lb)}**{lb.colon}"
                       + " · ".join(LEVERS[s.dimension]))
    return [*out, ""]
