"""Colours, paragraph styles and table styles of the summary, in one place.

Post-it colours are light enough to print in black and white and keep dark text
readable; each kind also has a darker edge so that a grey print still tells them apart.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Paragraph

from ..domain.matrix import Quadrant
from ..domain.model import CardKind
from .text import FONT, FONT_BOLD

INK = colors.HexColor("#222222")
MUTED = colors.HexColor("#666666")
ACCENT = colors.HexColor("#1f3a5f")
RULE = colors.HexColor("#c8ccd2")
HEADER_BG = colors.HexColor("#e8ecf2")
ZEBRA = colors.HexColor("#f6f7f9")

CARD_FILL = {
    CardKind.IRRITANT: colors.HexColor("#fbd9d3"),
    CardKind.ENCHANTMENT: colors.HexColor("#d6f0d8"),
    CardKind.NOTE: colors.HexColor("#fff1b8"),
}
CARD_EDGE = {
    CardKind.IRRITANT: colors.HexColor("#c8473d"),
    CardKind.ENCHANTMENT: colors.HexColor("#3b8f52"),
    CardKind.NOTE: colors.HexColor("#c29a1c"),
}
QUADRANT_COLOUR = {
    Quadrant.PRIORITY_1: colors.HexColor("#b83227"),
    Quadrant.PRIORITY_2: colors.HexColor("#d9730d"),
    Quadrant.TO_EXAMINE: colors.HexColor("#2e6fa8"),
    Quadrant.TO_CAPITALISE: colors.HexColor("#2f8a4c"),
}
QUADRANT_FILL = {
    Quadrant.PRIORITY_1: colors.HexColor("#f7dcd9"),
    Quadrant.PRIORITY_2: colors.HexColor("#fbe5cf"),
    Quadrant.TO_EXAMINE: colors.HexColor("#dbe8f4"),
    Quadrant.TO_CAPITALISE: colors.HexColor("#dcefe1"),
}
CUSTOMER_LINE = colors.HexColor("#2e6fa8")
EMPLOYEE_LINE = colors.HexColor("#d9730d")


@cache
def styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5, textColor=INK)

    def derive(name: str, **kw) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "body": base,
        "title": derive(
            "title", fontName=FONT_BOLD, fontSize=24, leading=30, textColor=ACCENT, spaceAfter=6
        ),
        "subtitle": derive("subtitle", fontSize=13, leading=17, textColor=MUTED, spaceAfter=18),
        "h1": derive(
            "h1",
            fontName=FONT_BOLD,
            fontSize=16,
            leading=20,
            textColor=ACCENT,
            spaceBefore=4,
            spaceAfter=8,
        ),
        "h2": derive(
            "h2",
            fontName=FONT_BOLD,
            fontSize=12,
            leading=15,
            textColor=ACCENT,
            spaceBefore=12,
            spaceAfter=4,
        ),
        "lead": derive("lead", textColor=MUTED, spaceAfter=8),
        "small": derive("small", fontSize=8, leading=10),
        "cell": derive("cell", fontSize=8, leading=10),
        "cell_muted": derive("cell_muted", fontSize=7.5, leading=9.5, textColor=MUTED),
        "cell_bold": derive("cell_bold", fontName=FONT_BOLD, fontSize=8, leading=10),
        "cell_bold_center": derive(
            "cell_bold_center", fontName=FONT_BOLD, fontSize=9, leading=11, alignment=TA_CENTER
        ),
        "cell_center": derive("cell_center", fontSize=8, leading=10, alignment=TA_CENTER),
        "th": derive("th", fontName=FONT_BOLD, fontSize=8, leading=10, textColor=ACCENT),
        "th_center": derive(
            "th_center",
            fontName=FONT_BOLD,
            fontSize=8,
            leading=10,
            textColor=ACCENT,
            alignment=TA_CENTER,
        ),
        "card": derive("card", fontSize=6.8, leading=8.2, alignment=TA_LEFT),
        "lane": derive("lane", fontName=FONT_BOLD, fontSize=7.5, leading=9, textColor=ACCENT),
        "step": derive("step", fontName=FONT_BOLD, fontSize=7.5, leading=9, textColor=INK),
        "annex": derive("annex", fontSize=8.5, leading=11, spaceAfter=2),
        "figure": derive(
            "figure",
            fontName=FONT_BOLD,
            fontSize=18,
            leading=22,
            textColor=ACCENT,
            alignment=TA_CENTER,
        ),
        "figure_label": derive(
            "figure_label", fontSize=8, leading=10, textColor=MUTED, alignment=TA_CENTER
        ),
    }


#: Room a heading needs below it; with less, it starts the next page instead of dangling.
HEADING_ROOM = {"h1": 170, "h2": 120}


def heading(markup: str, level: str = "h2") -> list:
    """A heading that never sits alone at the bottom of a page.

    A conditional page break rather than keepWithNext: keepWithNext would drag a whole
    60-row table to the next page with its heading and leave half a page empty.
    """
    return [CondPageBreak(HEADING_ROOM[level]), Paragraph(markup, styles()[level])]


def grid_style(header_rows: int = 1) -> list[tuple]:
    """The house table look: a tinted header, thin rules, room to breathe."""
    return [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_BG),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, ACCENT),
    ]
