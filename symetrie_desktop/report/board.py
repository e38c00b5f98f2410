"""The board on A4 landscape pages: steps as columns, lanes as rows, one post-it per cell.

A journey of 20 steps does not fit one page, so the steps are cut into bands of at most
six; each band starts a page and every page of it repeats the band's step header (drawn
by the page template, see :mod:`.layout`). Inside a band each lane is a
:class:`.lanerows.LaneRows` with one row per post-it rank: the i-th card of every step
sits on row i. A crowded cell therefore
becomes many small rows that can break across pages, never one giant cell that cannot.
"""

from __future__ import annotations

import math
from functools import cached_property

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import NextPageTemplate, PageBreak, Spacer, Table

from ..domain.model import Card, CardKind, Lane, Step
from .cardtext import CardText, breaks_like_a_paragraph
from .facts import Facts
from .labels import Labels
from .lanerows import LaneRows
from .layout import BandMarker, BoardState, SummaryDoc
from .styles import ACCENT, CARD_EDGE, CARD_FILL, HEADER_BG, INK, MUTED, RULE, styles
from .tables import Para
from .text import FONT, FONT_BOLD, para, printable, shorten

MAX_STEPS_PER_BAND = 6
HEADER_TITLE = 20
LANE_WIDTH = 88
#: Longer post-its are cut on the board; their whole text goes to the annex.
BOARD_TEXT_LIMIT = 280
KIND_MARK = {CardKind.IRRITANT: "▼", CardKind.ENCHANTMENT: "▲", CardKind.NOTE: "■"}


def bands(steps: list[Step]) -> list[list[tuple[int, Step]]]:
    """Steps cut into balanced bands of at most six, each step with its journey number."""
    numbered = list(enumerate(steps, 1))
    if not numbered:
        return []
    count = math.ceil(len(numbered) / MAX_STEPS_PER_BAND)
    size = math.ceil(len(numbered) / count)
    return [numbered[i : i + size] for i in range(0, len(numbered), size)]


class Band:
    """A band of steps: its column widths and the header every one of its pages repeats."""

    def __init__(self, steps: list[tuple[int, Step]], total: int, lb: Labels) -> None:
        self.steps = steps
        self.total = total
        self.lb = lb
        step_width = (SummaryDoc.board_width() - LANE_WIDTH) / len(steps)
        self.widths = [LANE_WIDTH] + [step_width] * len(steps)

    @cached_property
    def header(self) -> Table:
        st = styles()
        cells = [Para(self.lb["step"], st["lane"])]
        for number, step in self.steps:
            name = para(f"{number}. {step.name}", 90)
            phase = self.lb.enum(step.phase)
            cells.append(Para(f"{name}<br/><font color='#666666'>{phase}</font>", st["step"]))
        table = Table([cells], colWidths=self.widths)
        table.setStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), HEADER_BG),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (0, 0), (-1, -1), 1, ACCENT),
                ("LINEAFTER", (0, 0), (-2, -1), 0.5, colors.white),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
        return table

    def draw_header(self, canvas: Canvas, x: float, top: float, width: float, room: float):
        """The band's header, drawn once into a PDF form and placed on each of its pages:
        measuring and drawing its table again on each of 90 pages cost 0.4 s at 5,000."""
        name = f"band-{self.steps[0][0]}-{self.steps[-1][0]}"
        if not self._drawn:
            canvas.beginForm(name)
            self._draw_header(canvas, x, top, width, room)
            canvas.endForm()
            self._drawn = True
        canvas.doForm(name)

    _drawn = False

    def _draw_header(self, canvas: Canvas, x: float, top: float, width: float, room: float):
        first, last = self.steps[0][0], self.steps[-1][0]
        canvas.saveState()
        canvas.setFont(FONT_BOLD, 12)
        canvas.setFillColor(ACCENT)
        where = self.lb.fmt("board_band", first=first, last=last, total=self.total)
        title = f"{self.lb['board']} — {where}"
        canvas.drawString(x, top - 12, title)
        self._legend(canvas, x + width, top - 12)
        canvas.restoreState()
        _, h = self.header.wrapOn(canvas, width, room - 20)
        self.header.drawOn(canvas, x, top - HEADER_TITLE - h)

    def _legend(self, canvas: Canvas, right: float, y: float) -> None:
        canvas.setFont(FONT, 7.5)
        x = right
        for kind in (CardKind.NOTE, CardKind.ENCHANTMENT, CardKind.IRRITANT):
            text = f"{KIND_MARK[kind]} {self.lb.enum(kind)}"
            w = canvas.stringWidth(text, FONT, 7.5) + 8
            x -= w
            canvas.setFillColor(CARD_FILL[kind])
            canvas.setStrokeColor(CARD_EDGE[kind])
            canvas.rect(x, y - 3, w, 11, fill=1, stroke=1)
            canvas.setFillColor(colors.black)
            canvas.drawString(x + 4, y, text)
            x -= 6


def board_story(facts: Facts, lb: Labels, state: BoardState, annex) -> list:
    """The board section: a page per band at least, starting on a landscape page."""
    steps = facts.steps
    all_bands = bands(steps)
    story: list = [NextPageTemplate("board")]
    if not all_bands or not facts.workshop.cards:
        story += [PageBreak(), BandMarker(state, None), Para(lb["board"], styles()["h1"])]
        story.append(Para(lb["no_cards"], styles()["body"]))
        return story
    cells = facts.workshop.cells()
    lanes = facts.workshop.ordered_lanes()
    made = [Band(steps_of_band, len(steps), lb) for steps_of_band in all_bands]
    width = SummaryDoc.board_width()
    state.header_height = HEADER_TITLE + max(b.header.wrap(width, 400)[1] for b in made)
    for band in made:
        steps_of_band = band.steps
        story += [PageBreak(), BandMarker(state, band)]
        for lane in lanes:
            columns = [cells.get((lane.id, step.id), []) for _, step in steps_of_band]
            story += _lane_tables(lane, columns, band, facts, lb, annex)
            story.append(Spacer(1, 3))
    return story


def _lane_tables(lane: Lane, columns: list[list[Card]], band: Band, facts, lb, annex) -> list:
    """The lane in this band: the i-th post-it of every step on row i, so a crowded cell
    becomes many small rows that can break across pages, never one giant cell."""
    depth = max(1, max(len(c) for c in columns))
    name = shorten(printable(lane.name), 120)[0]
    rows = [
        [(_card_text(cards[rank], facts, annex), CARD_FILL[cards[rank].kind],
          CARD_EDGE[cards[rank].kind]) if rank < len(cards) else None for cards in columns]
        for rank in range(depth)
    ]  # fmt: skip
    return [LaneRows(rows, band.widths, lane_label(name),
                     lane_label(f"{name} {lb['continued']}"), HEADER_BG, RULE)]


def lane_label(text: str) -> CardText | Para:
    """A lane's name in its first column, as the "lane" paragraph style prints it, with its
    lines broken where that Paragraph broke them: one text run instead of a Paragraph
    parsed for each lane of each band and drawn on every page (issue 11)."""
    if not breaks_like_a_paragraph(text):
        return Para(para(text), styles()["lane"])
    return CardText([(text, ACCENT, FONT_BOLD)], 7.5, 9, paragraph_fit=True)


def _card_text(card: Card, facts: Facts, annex) -> CardText:
    return CardText(card_runs(card, facts, annex, BOARD_TEXT_LIMIT))


def card_runs(card: Card, facts: Facts, annex, limit: int, initials_size=None) -> list:
    """A post-it as runs: its kind's mark, its text cut at ``limit`` (with the annex
    reference), its author's initials in grey (in ``initials_size`` if given)."""
    text, ref = annex.cut(card, limit)
    runs: list = [(KIND_MARK[card.kind], CARD_EDGE[card.kind], FONT), (text, INK, FONT)]
    if ref:
        runs.append((ref, MUTED, FONT))
    initials = facts.author_initials(card)
    if initials:
        small = () if initials_size is None else (initials_size,)
        runs.append((f"· {printable(initials)}", MUTED, FONT, *small))
    return runs
