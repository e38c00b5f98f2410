"""The portrait sections of the summary: cover, insights, cross matrix, ideas, action plan.

Every typed text goes through :func:`.text.para` (escaped, font-safe) or through the
annex (cut, with the whole text at the end) before it becomes a Paragraph.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Spacer, Table

from ..domain.insights import examine_notes
from ..domain.matrix import Quadrant, touched_cards
from .annex import Annex
from .board import KIND_MARK, card_runs
from .cardtext import CardText
from .facts import Facts, delight_sentences
from .labels import Labels
from .styles import (
    ACCENT,
    CARD_EDGE,
    HEADER_BG,
    INK,
    MUTED,
    QUADRANT_COLOUR,
    QUADRANT_FILL,
    RULE,
    heading,
    styles,
)
from .tables import Para, chunked_tables
from .text import FONT, FONT_BOLD, para, printable, shorten

#: Texts longer than this are cut in the tables and printed whole in the annex.
TABLE_TEXT_LIMIT = 600
#: A card quoted as "what it addresses" is only a reminder: cut shorter, no annex.
QUOTE_LIMIT = 140
#: The table cell styles as plain-text flowables: font, size, leading, colour (what the
#: paragraph styles "cell", "cell_muted", "cell_bold"… of styles.py say).
CELL = {
    "cell": (FONT, 8, 10, INK),
    "cell_muted": (FONT, 7.5, 9.5, MUTED),
    "cell_bold": (FONT_BOLD, 8, 10, INK),
    "cell_bold_center": (FONT_BOLD, 9, 11, INK),
    "figure_label_center": (FONT, 8, 10, MUTED),
    "cell_center": (FONT, 8, 10, INK),
    "th": (FONT_BOLD, 8, 10, ACCENT),
    "th_center": (FONT_BOLD, 8, 10, ACCENT),
}
HINTS = {
    Quadrant.PRIORITY_1: "hint_1",
    Quadrant.PRIORITY_2: "hint_2",
    Quadrant.TO_EXAMINE: "hint_3",
    Quadrant.TO_CAPITALISE: "hint_4",
}


def cell(
    text: str, style: str = "cell", limit: int | None = None, paragraph_fit: bool = False
) -> CardText:
    """A table cell of plain typed text: printed as typed, measured once (issue 11: the
    Paragraphs of the matrix, ideas and plan were most of a large summary's time).
    ``paragraph_fit``: its lines break where the Paragraph it replaces broke them."""
    font, size, leading, colour = CELL[style]
    text = printable(text)
    if limit is not None:
        text, _ = shorten(text, limit)
    return CardText([(text, colour, font)], size, leading, centred=style.endswith("center"),
                    paragraph_fit=paragraph_fit)


def runs_cell(runs: list, style: str = "cell") -> CardText:
    _, size, leading, _ = CELL[style]
    return CardText(runs, size, leading)


def _hex(colour) -> str:
    return "#" + colour.hexval()[2:]


def cover_story(facts: Facts, lb: Labels, width: float) -> list:
    st = styles()
    info = facts.workshop.info
    story: list = [
        Spacer(1, 40),
        Para(para(info.title, 300), st["title"]),
        Para(lb["summary"], st["subtitle"]),
    ]
    rows = []
    for key, value in (
        ("organization", info.organization),
        ("date", lb.date(info.date)),
        ("facilitator", info.facilitator),
        ("objective", info.objective),
    ):
        if value:
            rows.append([Para(lb[key], st["th"]), Para(para(value, 2000), st["body"])])
    if rows:
        table = Table(rows, colWidths=[90, width - 90])
        table.setStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
        story.append(table)
    story += [*heading(lb["key_figures"]), figures_table(facts, lb, width)]
    story += participants_story(facts, lb, width)
    return story


def figures_table(facts: Facts, lb: Labels, width: float) -> Table:
    st = styles()
    w = facts.workshop
    figures = (
        (len(w.steps), "fig_steps"),
        (len(w.cards), "fig_cards"),
        (facts.pair_count, "fig_pairs"),
        (len(w.ideas), "fig_ideas"),
        (facts.vote_count, "fig_votes"),
        (len(w.actions), "fig_actions"),
    )
    cells = [
        [Para(f"{n:,}".replace(",", "\u202f"), st["figure"]),
         Para(lb[key], st["figure_label"])]
        for n, key in figures
    ]  # fmt: skip
    table = Table([cells], colWidths=[width / len(cells)] * len(cells))
    table.setStyle(
        [
            ("BACKGROUND", (0, 0), (-1, -1), HEADER_BG),
            ("LINEAFTER", (0, 0), (-2, -1), 2, "white"),
            ("TOPPADDING", (0, 0), (-1, -1), 8),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        ]
    )
    return table


def participants_story(facts: Facts, lb: Labels, width: float) -> list:
    st = styles()
    story: list = heading(lb["participants"])
    if not facts.departments:
        return [*story, Para(lb["no_participants"], st["body"])]
    rows = []
    for department, people in facts.departments:
        names = []
        for p in people:
            office = f", {lb.enum(p.office)}" if p.office else ""
            names.append(f"{para(p.name, 120)} <font color='#666666'>({p.initials}{office})</font>")
        label = para(department, 120) if department else lb["no_department"]
        rows.append(([Para(label, st["cell_bold"]), Para(" · ".join(names), st["cell"])],
                     []))  # fmt: skip
    return story + chunked_tables([], rows, [130, width - 130])


def insights_story(facts: Facts, lb: Labels, width: float) -> list:
    st = styles()
    ins = facts.insights
    story: list = [*heading(lb["insights"], "h1"), *heading(lb["delight_title"])]
    for line in delight_sentences(ins.moments, lb):
        story.append(Para(line, st["body"]))
    if ins.moments.total:
        story += [Spacer(1, 4), _share_bar(ins.moments, lb, width)]
    story += heading(lb["dimensions_title"])
    story.append(
        Para(
            lb.fmt("dimensions_text", n=ins.employee_irritants,
                   untagged=ins.untagged_employee_irritants),
            st["body"],
        )
    )  # fmt: skip
    rows = [
        ([Para(lb.enum(d.dimension), st["cell"]),
          Para(str(d.count), st["cell_center"])], [])
        for d in ins.dimensions
    ]  # fmt: skip
    header = [[Para(lb["dimension"], st["th"]), Para(lb["count"], st["th_center"])]]
    story += [Spacer(1, 4), *chunked_tables(header, rows, [200, 60])]
    story += heading(lb["blind_title"])
    if ins.blind_steps:
        story.append(Para(lb["blind_text"], st["body"]))
        names = [f"{facts.step_number[s.id]}. {para(s.name, 200)}" for s in ins.blind_steps]
        story.append(Para(" · ".join(names), st["body"]))
    else:
        story.append(Para(lb["blind_none"], st["body"]))
    if ins.unlinked_irritants:
        story.append(Spacer(1, 6))
        story.append(Para(lb.fmt("unlinked_text", n=ins.unlinked_irritants), st["body"]))
    return story


def _share_bar(moments, lb: Labels, width: float) -> Table:
    """A stacked bar: relational, digital, both, untagged customer enchantments."""
    st = styles()
    parts = [
        (moments.relational, lb.enum("relational"), "#2f8a4c"),
        (moments.digital, lb.enum("digital"), "#2e6fa8"),
        (moments.both, lb["both"], "#5c8f8a"),
        (moments.untagged, lb["untagged"], "#8a919b"),
    ]
    total = sum(n for n, _, _ in parts) or 1
    parts = [p for p in parts if p[0]]
    widths = [max(95.0, width * n / total) for n, _, _ in parts]
    scale = width / sum(widths)
    widths = [w * scale for w in widths]
    cells = [Para(f"<font color='white'>{label} {n}</font>", st["cell_bold"])
             for n, label, _ in parts]  # fmt: skip
    table = Table([cells], colWidths=widths)
    table.setStyle(
        [("BACKGROUND", (i, 0), (i, 0), colour) for i, (_, _, colour) in enumerate(parts)]
        + [("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]
    )
    return table


def matrix_story(facts: Facts, lb: Labels, width: float, annex: Annex) -> list:
    st = styles()
    story: list = [*heading(lb["matrix"], "h1"), Para(lb["matrix_text"], st["lead"])]
    header = [[Para(lb[k], st["th"]) for k in ("step", "customer_card", "employee_card")]]
    widths = [110, (width - 110) / 2, (width - 110) / 2]
    for q in Quadrant:
        found = facts.pairs[q]
        colour = _hex(QUADRANT_COLOUR[q])
        count = lb.fmt("pairs_count", n=len(found))
        story += heading(
            f"<font color='{colour}'>{lb.quadrant(q)}</font>"
            f" <font size='9' color='#666666'>— {count}</font>"
        )
        story.append(Para(lb[HINTS[q]], st["lead"]))
        if not found:
            story.append(Para(lb["no_pairs"], st["cell_muted"]))
            continue
        rows = []
        notes = _examine_notes(facts, lb) if q == Quadrant.TO_EXAMINE else {}
        for n, pair in enumerate(found):
            name, _ = shorten(printable(pair.step.name), 160)
            step = f"{facts.step_number[pair.step.id]}. {name}"
            # once per step, under its last pair (pairs come in journey order): repeated
            # under every pair, the notes made the summary grow with the square of the
            # post-its (issue 11: 94 pages at 5,000, 360 at 10,000)
            last = n + 1 == len(found) or found[n + 1].step.id != pair.step.id
            note = notes.pop(pair.step.id, None) if last else None
            rows.append(
                (
                    [
                        cell(step),
                        runs_cell(card_runs(pair.customer, facts, annex, TABLE_TEXT_LIMIT, 7)),
                        runs_cell(card_runs(pair.employee, facts, annex, TABLE_TEXT_LIMIT, 7)),
                    ],
                    [("LINEBELOW", 0, 2, 0.6, colors.white)] if note else [],
                )
            )
            for part in note or ():  # read À examiner through the step's indicators and channels
                rows.append(
                    (
                        ["", cell(part, "cell_muted"), ""],
                        [("SPAN", 1, 2), ("TOPPADDING", 0, 2, 0)],
                    )
                )
        story += chunked_tables(
            header,
            rows,
            widths,
            [("LINEBEFORE", (0, 0), (0, -1), 3, QUADRANT_COLOUR[q])],
            zebra=q != Quadrant.TO_EXAMINE,
        )
    return story


#: Notes per table row under an À examiner step: a step with a hundred indicators must not
#: make one row taller than a page (reportlab cannot split a row).
NOTES_PER_ROW = 8


def _examine_notes(facts: Facts, lb: Labels) -> dict[int, list[str]]:
    """Per step of an À examiner pair, its indicators and channels, in rows of a few notes:
    that quadrant is read through them (staff may like what hurts customers)."""
    found: dict[int, list[str]] = {}
    for item in examine_notes(facts.workshop):
        if item.pair.step.id in found:
            continue
        rows = []
        for key, cards in (("indicators", item.indicators), ("channels", item.channels)):
            for start in range(0, len(cards), NOTES_PER_ROW):
                texts = " ; ".join(shorten(printable(c.text), 90)[0]
                                   for c in cards[start:start + NOTES_PER_ROW])
                rows.append(f"{lb[key]}{lb.colon}{texts}" if start == 0 else texts)
        if rows:
            found[item.pair.step.id] = rows
    return found


def _quotes(card_ids, facts: Facts) -> CardText:
    """Short reminders of the cards an idea or action addresses, one per line."""
    runs: list = []
    for card in facts.addressed_cards(card_ids):
        number = facts.step_number.get(card.step_id, 0)
        text, _ = shorten(printable(card.text), QUOTE_LIMIT)
        runs += [("\n" + KIND_MARK[card.kind] if runs else KIND_MARK[card.kind],
                  CARD_EDGE[card.kind], FONT),
                 (f"{number}. {text}", MUTED, FONT)]  # fmt: skip
    return runs_cell(runs, "cell_muted") if runs else cell("—", "cell_muted")


def brainstorm_story(facts: Facts, lb: Labels, width: float, annex: Annex) -> list:
    st = styles()
    story: list = heading(lb["brainstorm"], "h1")
    if not facts.ideas:
        return [*story, Para(lb["no_ideas"], st["body"])]
    header = [[Para(lb[k], st["th"]) for k in ("votes", "idea", "addresses")]]
    header[0][0] = Para(lb["votes"], st["th_center"])
    rows = []
    for ranked in facts.ideas:
        idea = ranked.idea
        text, ref = annex.text_cut(("idea", idea.id), idea.text, TABLE_TEXT_LIMIT, lb["idea"])
        runs = [(text, INK, FONT)] + ([(ref, MUTED, FONT)] if ref else [])
        if idea.theme:
            theme = f"{lb['theme']}{lb.colon}{shorten(printable(idea.theme), 80)[0]}"
            runs.append(("\n" + theme, MUTED, FONT, 7))
        rows.append(
            (
                [
                    cell(str(ranked.votes), "cell_bold_center" if ranked.votes
                         else "figure_label_center"),
                    runs_cell(runs),
                    _quotes(idea.addresses, facts),
                ],
                [],
            )
        )  # fmt: skip
    story += chunked_tables(header, rows, [40, (width - 40) * 0.5, (width - 40) * 0.5])
    return story


def plan_story(facts: Facts, lb: Labels, width: float, annex: Annex) -> list:
    st = styles()
    story: list = [*heading(lb["plan"], "h1"), Para(lb["plan_text"], st["lead"])]
    if not facts.plan:
        return [*story, Para(lb["no_actions"], st["body"])]
    keys = ("priority", "action", "owner", "due", "status", "addresses")
    header = [[Para(lb[k], st["th"]) for k in keys]]
    rows = []
    for action, q in facts.plan:
        title, ref = annex.text_cut(("action", action.id), action.title, TABLE_TEXT_LIMIT,
                                    lb["action"])  # fmt: skip
        touched = sorted(touched_cards(action, facts.workshop))
        cmds = []
        if q is not None:
            cmds.append(("BACKGROUND", 0, 0, QUADRANT_FILL[q]))
            cmds.append(("LINEBEFORE", 0, 0, 3, QUADRANT_COLOUR[q]))
        rows.append(
            (
                [
                    cell(lb.quadrant(q), "cell_bold"),
                    runs_cell([(title, INK, FONT)] + ([(ref, MUTED, FONT)] if ref else [])),
                    cell(action.owner.strip() or "—", limit=120),
                    cell(lb.date(action.due) or "—"),
                    cell(lb.enum(action.status)),
                    _quotes(touched, facts),
                ],
                cmds,
            )
        )
    widths = [62, 0, 70, 62, 56, 0]
    rest = width - sum(widths)
    widths[1], widths[5] = rest * 0.48, rest * 0.52
    story += chunked_tables(header, rows, widths)
    return story


__all__ = [
    "brainstorm_story",
    "cover_story",
    "insights_story",
    "matrix_story",
    "plan_story",
]
