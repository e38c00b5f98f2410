"""Put the sections together in reading order and write the PDF.

Order: the sponsor's first page (cover and decisions), insights and the symmetry curve,
the cross matrix, the ideas, the action plan, then the full board on landscape pages, then
the annex of long texts. The board comes after the decisions because sponsors read the
plan; the board is the evidence.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from reportlab.platypus import CondPageBreak, NextPageTemplate, PageBreak

from ..domain.model import Workshop
from .after_sections import diagnosis_story, mirror_story
from .annex import Annex
from .board import board_story
from .changes import changes_story, what_changed
from .chart import curve_story
from .facts import collect
from .labels import Labels
from .layout import BoardState, Progress, SummaryDoc, build_atomic
from .sections import brainstorm_story, insights_story, matrix_story, plan_story
from .sponsor import first_page, second_page
from .text import printable, register_fonts


def build_report(
    workshop: Workshop,
    out_path: str | Path,
    lang: str,
    progress: Progress | None,
    generated: datetime,
) -> int:
    lb = Labels(lang)
    register_fonts()
    if progress is not None:
        progress(0, 1)
    facts = collect(workshop)
    annex = Annex(facts, lb)
    width = SummaryDoc.portrait_width()
    board = BoardState()
    story: list = []
    changed = what_changed(workshop)
    if changed is not None:  # a follow-up session opens with progress since the last one
        story += [*changes_story(changed, workshop.info.title, lb, width), PageBreak()]
    story += first_page(facts, lb, width, SummaryDoc.portrait_height())
    story += [PageBreak(), *second_page(facts, lb, width), *insights_story(facts, lb, width)]
    story += [PageBreak(), *curve_story(facts, lb, width), *mirror_story(workshop, lb, width)]
    story += [PageBreak(), *matrix_story(facts, lb, width, annex)]
    story += [PageBreak(), *brainstorm_story(facts, lb, width, annex)]
    story += [CondPageBreak(220), *plan_story(facts, lb, width, annex)]
    diagnosis = diagnosis_story(workshop, lb, width)
    if diagnosis:
        story += [PageBreak(), *diagnosis]
    story += board_story(facts, lb, board, annex)
    annex_story = annex.story()
    if annex_story:
        story += [NextPageTemplate("portrait"), PageBreak(), *annex_story]

    title = printable(workshop.info.title)
    footer = f"{_clip(title, 70)} · {lb.fmt('generated', date=lb.date(generated.date()))}"
    return build_atomic(
        out_path,
        story,
        board,
        footer,
        lambda n, total: lb.fmt("page", n=n, total=total),
        progress,
        metadata={
            "title": title,
            "author": printable(workshop.info.facilitator),
            "subject": lb["summary"],
            "creator": "Symétrie",
            "lang": "fr-FR" if lang == "fr" else "en-GB",
        },
    )


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
