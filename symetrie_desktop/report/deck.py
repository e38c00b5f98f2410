"""The steering-committee deck: a 16:9 PowerPoint file of native, editable tables and charts.

Sponsors report in PowerPoint; a picture of a table cannot be edited or restyled in their
template, so everything here is a real table or a real chart: the title, the journey at a
glance, the Priorité 1 and Priorité 2 pairs, the symmetry curve (a line chart whose
categories are the step names), the most voted ideas, the action plan, and the
self-diagnosis radar when the workshop has answers.

PowerPoint does not flow a table onto a next slide, so the rows are measured here: each
row's height is estimated from its longest cell (a conservative average glyph width of
0.55 em, so the estimate errs on the tall side) and a table continues on a slide titled
« (suite) » before it would run past the bottom. A text longer than a slide can show is cut
with « … »; the PDF summary carries the whole text.

python-pptx is imported inside :func:`deck_bytes` only, so starting the app never pays for it.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from pathlib import Path

from ..domain.diagnosis import DIMENSION_NAMES, diagnose
from ..domain.matrix import Quadrant
from ..domain.model import Workshop
from .facts import Facts, collect
from .labels import Labels

# Geometry, in points (1 in = 72 pt); the slide is 13.333 x 7.5 in.
SLIDE_W, SLIDE_H = 960.0, 540.0
MARGIN = 36.0
TITLE_TOP, TITLE_H = 22.0, 48.0
BODY_TOP = 96.0
FOOTER_H = 22.0
BODY_BOTTOM = SLIDE_H - MARGIN - 4
CELL_PAD_X, CELL_PAD_Y = 7.2, 3.6
GLYPH_EM = 0.55  # average glyph width, conservative for Calibri / Carlito
LINE = 1.2
MAX_CELL_TEXT = 320
TOP_IDEAS = 10

INK = (0x22, 0x2B, 0x3A)
MUTED = (0x5F, 0x6B, 0x7D)
HEAD = (0x3B, 0x4A, 0x6B)
BAND = (0xF1, 0xF3, 0xF7)
CUSTOMER = (0xC0, 0x39, 0x2B)
EMPLOYEE = (0x2E, 0x6D, 0xB4)

_WORDS = {
    "fr": {
        "deck": "Synthèse pour le comité de pilotage",
        "journey": "Le parcours en un coup d’œil",
        "top_ideas": "Les idées les plus votées",
        "radar": "Autodiagnostic de l’expérience collaborateur",
        "radar_text": "{n} répondant(s) ; part du chemin vers « Tout à fait d’accord », "
        "par dimension (0 à 100).",
        "number": "N°",
        "cust_irr": "Irritants\nclient",
        "cust_ench": "Enchantements\nclient",
        "emp_irr": "Irritants\ncollaborateur",
        "emp_ench": "Enchantements\ncollaborateur",
        "rank": "Rang",
        "score": "Score",
    },
    "en": {
        "deck": "Summary for the steering committee",
        "journey": "The journey at a glance",
        "top_ideas": "The most voted ideas",
        "radar": "Employee-experience self-diagnosis",
        "radar_text": "{n} respondent(s); share of the way to « Strongly agree », per "
        "dimension (0 to 100).",
        "number": "No.",
        "cust_irr": "Customer\npain points",
        "cust_ench": "Customer\ndelights",
        "emp_irr": "Employee\npain points",
        "emp_ench": "Employee\ndelights",
        "rank": "Rank",
        "score": "Score",
    },
}


def text_height(text: str, width: float, size: float, em: float = GLYPH_EM) -> float:
    """Points a wrapped text needs in a box ``width`` points wide (padding included)."""
    per_line = max(1, math.floor((width - 2 * CELL_PAD_X) / (size * em)))
    lines = 0
    for line in str(text).split("\n"):
        words, length, count = line.split(), 0, 1
        for word in words:
            while len(word) > per_line:  # a word longer than the line breaks anywhere
                count += 1 if length else 0
                word, length = word[per_line:], 0
                count += 1
            if length and length + 1 + len(word) > per_line:
                count += 1
                length = len(word)
            else:
                length += (1 if length else 0) + len(word)
        lines += count
    return max(1, lines) * size * LINE + 2 * CELL_PAD_Y


def _cut(text: str, limit: int = MAX_CELL_TEXT) -> str:
    text = " ".join(str(text).split()) if "\n" not in str(text) else str(text).strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@dataclass
class TableSpec:
    headers: list[str]
    rows: list[list[str]]
    widths: list[float]  # fractions of the body width, summing to 1
    size: float = 14.0
    numeric: tuple[int, ...] = ()  # columns aligned right
    header_size: float = 0.0  # 0: the body's size


def paginate(spec: TableSpec, top: float, width: float) -> list[tuple[list[list[str]],
                                                                      list[float], float]]:
    """Rows per slide: [(rows, their heights, header height)], none running past the body."""
    cols = [f * width for f in spec.widths]

    def height(row: list[str], size: float) -> float:
        return max(text_height(cell, w, size) for cell, w in zip(row, cols, strict=True))

    header_h = height(spec.headers, spec.header_size or spec.size)
    pages: list[tuple[list[list[str]], list[float], float]] = []
    rows: list[list[str]] = []
    heights: list[float] = []
    used = top + header_h
    for row in spec.rows:
        h = height(row, spec.size)
        if rows and used + h > BODY_BOTTOM:
            pages.append((rows, heights, header_h))
            rows, heights, used = [], [], top + header_h
        rows.append(row)
        heights.append(h)
        used += h
    pages.append((rows, heights, header_h))
    return pages


class _Deck:
    def __init__(self, workshop: Workshop, lang: str) -> None:
        from pptx import Presentation
        from pptx.util import Pt

        self.Pt = Pt
        self.w = workshop
        self.lang = lang
        self.lb = Labels(lang)
        self.words = _WORDS[lang]
        self.facts: Facts = collect(workshop)
        self.prs = Presentation()
        self.prs.slide_width = Pt(SLIDE_W)
        self.prs.slide_height = Pt(SLIDE_H)
        self.blank = self.prs.slide_layouts[6]

    # -- building blocks ------------------------------------------------------------------

    def rgb(self, colour: tuple[int, int, int]):
        from pptx.dml.color import RGBColor

        return RGBColor(*colour)

    def text(self, slide, text: str, left: float, top: float, width: float, height: float,
             size: float, bold: bool = False, colour=INK):
        Pt = self.Pt
        box = slide.shapes.add_textbox(Pt(left), Pt(top), Pt(width), Pt(height))
        frame = box.text_frame
        frame.word_wrap = True
        frame.margin_left = frame.margin_right = Pt(CELL_PAD_X)
        frame.margin_top = frame.margin_bottom = Pt(CELL_PAD_Y)
        for n, line in enumerate(text.split("\n")):
            paragraph = frame.paragraphs[0] if n == 0 else frame.add_paragraph()
            run = paragraph.add_run()
            run.text = line
            run.font.size = Pt(size)
            run.font.bold = bold
            run.font.color.rgb = self.rgb(colour)
        return box

    def slide(self, title: str, lead: str = ""):
        """A slide with its title, an optional lead line and the footer; returns (slide, top)."""
        slide = self.prs.slides.add_slide(self.blank)
        self.text(slide, title, MARGIN, TITLE_TOP, SLIDE_W - 2 * MARGIN, TITLE_H, 28, True, HEAD)
        top = BODY_TOP
        if lead:
            h = text_height(lead, SLIDE_W - 2 * MARGIN, 14)
            self.text(slide, lead, MARGIN, TITLE_TOP + TITLE_H, SLIDE_W - 2 * MARGIN, h, 14,
                      colour=MUTED)
            top = max(BODY_TOP, TITLE_TOP + TITLE_H + h + 6)
        info = self.w.info
        footer = " · ".join(x for x in (info.title, self.lb.date(info.date)) if x)
        self.text(slide, _cut(footer, 140), MARGIN, SLIDE_H - MARGIN + 6, SLIDE_W - 2 * MARGIN,
                  FOOTER_H, 10, colour=MUTED)
        return slide, top

    def table(self, title: str, spec: TableSpec, lead: str = "", empty: str = "") -> None:
        from pptx.enum.text import PP_ALIGN

        Pt = self.Pt
        width = SLIDE_W - 2 * MARGIN
        if not spec.rows:
            slide, top = self.slide(title, lead)
            self.text(slide, empty, MARGIN, top, width, text_height(empty, width, 18), 18,
                      colour=MUTED)
            return
        _, probe_top = self._probe_top(lead)
        pages = paginate(spec, probe_top, width)
        for n, (rows, heights, header_h) in enumerate(pages):
            name = title if n == 0 else f"{title} {self.lb['continued']}"
            slide, top = self.slide(name, lead if n == 0 else "")
            total = header_h + sum(heights)
            frame = slide.shapes.add_table(len(rows) + 1, len(spec.headers), Pt(MARGIN),
                                           Pt(top), Pt(width), Pt(total))
            table = frame.table
            for k, fraction in enumerate(spec.widths):
                table.columns[k].width = Pt(fraction * width)
            table.rows[0].height = Pt(header_h)
            for r, h in enumerate(heights, 1):
                table.rows[r].height = Pt(h)
            for r, row in enumerate([spec.headers, *rows]):
                for k, value in enumerate(row):
                    cell = table.cell(r, k)
                    cell.margin_left = cell.margin_right = Pt(CELL_PAD_X)
                    cell.margin_top = cell.margin_bottom = Pt(CELL_PAD_Y)
                    frame_ = cell.text_frame
                    frame_.word_wrap = True
                    for m, line in enumerate(str(value).split("\n")):
                        paragraph = frame_.paragraphs[0] if m == 0 else frame_.add_paragraph()
                        if k in spec.numeric:
                            paragraph.alignment = PP_ALIGN.RIGHT
                        run = paragraph.add_run()
                        run.text = line
                        run.font.size = Pt(spec.header_size or spec.size if r == 0
                                           else spec.size)
                        run.font.bold = r == 0
                        run.font.color.rgb = self.rgb((255, 255, 255) if r == 0 else INK)
                    cell.fill.solid()
                    cell.fill.fore_color.rgb = self.rgb(
                        HEAD if r == 0 else (BAND if r % 2 == 0 else (255, 255, 255)))

    def _probe_top(self, lead: str) -> tuple[None, float]:
        if not lead:
            return None, BODY_TOP
        h = text_height(lead, SLIDE_W - 2 * MARGIN, 14)
        return None, max(BODY_TOP, TITLE_TOP + TITLE_H + h + 6)

    # -- the slides -----------------------------------------------------------------------

    def title_slide(self) -> None:
        slide = self.prs.slides.add_slide(self.blank)
        info, lb, width = self.w.info, self.lb, SLIDE_W - 2 * MARGIN
        self.text(slide, self.words["deck"], MARGIN, 90, width, 30, 16, colour=MUTED)
        title = _cut(info.title, 120)
        h = text_height(title, width, 40)
        self.text(slide, title, MARGIN, 120, width, h, 40, True, HEAD)
        top = 120 + h + 8
        line = " · ".join(x for x in (info.organization, lb.date(info.date)) if x)
        if info.facilitator:
            line += f"{' · ' if line else ''}{lb['facilitator']}{lb.colon}{info.facilitator}"
        if line:
            self.text(slide, _cut(line, 160), MARGIN, top, width, 30, 18, colour=INK)
            top += 34
        if info.objective:
            objective = _cut(f"{lb['objective']}{lb.colon}{info.objective}", 300)
            h = text_height(objective, width, 16)
            self.text(slide, objective, MARGIN, top, width, h, 16, colour=MUTED)
            top += h + 12
        f, w = self.facts, self.w
        figures = [(len(w.steps), lb["fig_steps"]), (len(w.cards), lb["fig_cards"]),
                   (f.pair_count, lb["fig_pairs"]), (len(w.ideas), lb["fig_ideas"]),
                   (f.vote_count, lb["fig_votes"]), (len(w.actions), lb["fig_actions"])]
        Pt = self.Pt
        cols = len(figures)
        label_h = max(text_height(label, width / cols, 14) for _, label in figures)
        value_h = text_height("0", width / cols, 28)
        top = max(top, SLIDE_H - MARGIN - 40 - value_h - label_h)
        frame = slide.shapes.add_table(2, cols, Pt(MARGIN), Pt(top), Pt(width),
                                       Pt(value_h + label_h))
        table = frame.table
        table.rows[0].height, table.rows[1].height = Pt(value_h), Pt(label_h)
        for k, (value, label) in enumerate(figures):
            table.columns[k].width = Pt(width / cols)
            for r, (text, size, bold) in enumerate(((str(value), 28, True), (label, 14, False))):
                cell = table.cell(r, k)
                cell.margin_top = cell.margin_bottom = Pt(CELL_PAD_Y)
                run = cell.text_frame.paragraphs[0].add_run()
                run.text = text
                run.font.size, run.font.bold = Pt(size), bold
                run.font.color.rgb = self.rgb(HEAD if r == 0 else INK)
                cell.fill.solid()
                cell.fill.fore_color.rgb = self.rgb(BAND)

    def journey(self) -> None:
        wd, lb = self.words, self.lb
        rows = [[str(n), s.step.name, lb.enum(s.step.phase), str(s.customer_irritants),
                 str(s.customer_enchantments), str(s.employee_irritants),
                 str(s.employee_enchantments)]
                for n, s in enumerate(self.facts.summaries, 1)]
        spec = TableSpec([wd["number"], lb["step"], lb["phase"], wd["cust_irr"],
                          wd["cust_ench"], wd["emp_irr"], wd["emp_ench"]],
                         [[_cut(c, 120) for c in row] for row in rows],
                         [0.05, 0.27, 0.09, 0.148, 0.148, 0.148, 0.146], 16,
                         numeric=(0, 3, 4, 5, 6), header_size=13)
        self.table(wd["journey"], spec)

    def quadrant(self, q: Quadrant) -> None:
        lb = self.lb
        rows = [[f"{self.facts.step_number[p.step.id]}. {p.step.name}", _cut(p.customer.text),
                 _cut(p.employee.text)] for p in self.facts.pairs[q]]
        spec = TableSpec([lb["step"], lb["customer_card"], lb["employee_card"]], rows,
                         [0.22, 0.39, 0.39], 14)
        hint = {Quadrant.PRIORITY_1: "hint_1", Quadrant.PRIORITY_2: "hint_2"}[q]
        self.table(f"{lb.quadrant(q)} · {lb.fmt('pairs_count', n=len(rows))}", spec,
                   lead=lb[hint], empty=lb["no_pairs"])

    def curve(self) -> None:
        from pptx.chart.data import CategoryChartData
        from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION, XL_MARKER_STYLE

        lb, Pt = self.lb, self.Pt
        slide, top = self.slide(lb["curve"], lb["curve_text"])
        data = CategoryChartData()
        data.categories = [_cut(s.step.name, 40) for s in self.facts.summaries]
        data.add_series(lb["customer_balance"], [s.customer_balance for s in self.facts.summaries])
        data.add_series(lb["employee_balance"], [s.employee_balance for s in self.facts.summaries])
        frame = slide.shapes.add_chart(XL_CHART_TYPE.LINE_MARKERS, Pt(MARGIN), Pt(top),
                                       Pt(SLIDE_W - 2 * MARGIN), Pt(BODY_BOTTOM - top), data)
        chart = frame.chart
        chart.has_legend = True
        chart.legend.position = XL_LEGEND_POSITION.TOP
        chart.legend.include_in_layout = False
        chart.legend.font.size = Pt(14)
        chart.category_axis.tick_labels.font.size = Pt(12)
        chart.value_axis.tick_labels.font.size = Pt(12)
        chart.value_axis.has_major_gridlines = True
        chart.value_axis.major_unit = 1
        chart.value_axis.tick_labels.number_format = "0"
        chart.value_axis.tick_labels.number_format_is_linked = False
        from pptx.enum.chart import XL_TICK_LABEL_POSITION

        chart.category_axis.tick_label_position = XL_TICK_LABEL_POSITION.LOW
        for series, colour, marker in zip(chart.plots[0].series, (CUSTOMER, EMPLOYEE),
                                          (XL_MARKER_STYLE.CIRCLE, XL_MARKER_STYLE.SQUARE),
                                          strict=True):
            series.smooth = False
            series.format.line.color.rgb = self.rgb(colour)
            series.format.line.width = Pt(3)
            series.marker.style = marker
            series.marker.size = 9
            series.marker.format.fill.solid()
            series.marker.format.fill.fore_color.rgb = self.rgb(colour)
            series.marker.format.line.color.rgb = self.rgb(colour)

    def ideas(self) -> None:
        lb = self.lb
        ranked = self.facts.ideas[:TOP_IDEAS]
        rows = [[str(n), _cut(r.idea.text, 200), r.idea.theme, str(r.votes)]
                for n, r in enumerate(ranked, 1)]
        spec = TableSpec([self.words["rank"], lb["idea"], lb["theme"], lb["votes"]], rows,
                         [0.07, 0.63, 0.18, 0.12], 14, numeric=(0, 3))
        self.table(self.words["top_ideas"], spec, empty=lb["no_ideas"])

    def plan(self) -> None:
        lb = self.lb
        rows = [[str(n), lb.quadrant(q), _cut(a.title, 200), a.owner, lb.date(a.due),
                 lb.enum(a.status)] for n, (a, q) in enumerate(self.facts.plan, 1)]
        spec = TableSpec([self.words["rank"], lb["priority"], lb["action"], lb["owner"],
                          lb["due"], lb["status"]], rows,
                         [0.07, 0.14, 0.41, 0.15, 0.12, 0.11], 14, numeric=(0,))
        self.table(lb["plan"], spec, empty=lb["no_actions"])

    def radar(self) -> None:
        from pptx.chart.data import CategoryChartData
        from pptx.enum.chart import XL_CHART_TYPE

        statements = getattr(self.w, "statements", None) or {}
        responses = getattr(self.w, "responses", None) or {}
        result = diagnose(statements, responses)
        if not result.respondents:
            return
        wd, Pt = self.words, self.Pt
        slide, top = self.slide(wd["radar"], wd["radar_text"].format(n=result.respondents))
        data = CategoryChartData()
        data.categories = [DIMENSION_NAMES[s.dimension] for s in result.scores]
        data.add_series(wd["score"], [round(s.share or 0) for s in result.scores])
        side = BODY_BOTTOM - top
        frame = slide.shapes.add_chart(XL_CHART_TYPE.RADAR_MARKERS,
                                       Pt((SLIDE_W - side * 1.4) / 2), Pt(top),
                                       Pt(side * 1.4), Pt(side), data)
        chart = frame.chart
        chart.has_legend = False
        chart.value_axis.maximum_scale = 100
        chart.value_axis.minimum_scale = 0
        chart.value_axis.tick_labels.font.size = Pt(11)
        chart.category_axis.tick_labels.font.size = Pt(14)
        series = chart.plots[0].series[0]
        series.format.line.color.rgb = self.rgb(EMPLOYEE)
        series.format.line.width = Pt(3)

    def build(self) -> bytes:
        self.title_slide()
        self.journey()
        self.quadrant(Quadrant.PRIORITY_1)
        self.quadrant(Quadrant.PRIORITY_2)
        if self.facts.summaries:
            self.curve()
        self.ideas()
        self.plan()
        self.radar()
        buffer = io.BytesIO()
        self.prs.save(buffer)
        return buffer.getvalue()


def deck_bytes(workshop: Workshop, lang: str = "fr") -> bytes:
    """The deck as the bytes of a .pptx file."""
    return _Deck(workshop, lang).build()


def write_deck(workshop: Workshop, path: str | Path, lang: str = "fr") -> int:
    """Write the deck atomically; return its number of slides."""
    from pptx import Presentation

    from ..disk import write_atomic

    data = deck_bytes(workshop, lang)
    write_atomic(path, data)
    return len(Presentation(io.BytesIO(data)).slides)
