"""The first page of the summary, written for the sponsor who reads only that page.

Title, date and who took part, then the handful of facts a director acts on:
the Priorité 1 pairs, the symmetry curve with the steps named on its axis, the most voted
ideas and the actions with their owners and due dates. Everything is on that one page:
the block is laid out at its natural size and shrunk as a whole only when a large
workshop would not fit, and each list stops at a few lines with a « … and N more »
pointing to the full section. The key figures and the participants by department open
the next page.

Post-its carry the same marks as on the board: a warning sign for an irritant, a star for
an enchantment.

Its paragraphs are ``tables.Para``, which break their lines once per width: the block is
wrapped whole, then again by its tables and by the shrinking frame, four to five line
breakings per paragraph for the same width (issue 11).
"""

from __future__ import annotations

from reportlab.platypus import KeepInFrame, Spacer, Table

from ..domain.matrix import Quadrant
from ..domain.model import Card, CardKind
from .cardtext import breaks_like_a_paragraph
from .chart import curve_drawing
from .facts import Facts
from .labels import Labels
from .sections import cell, figures_table, participants_story
from .styles import HEADER_BG, QUADRANT_COLOUR, RULE, heading, styles
from .tables import Para, TextTable
from .text import para, printable, shorten

#: The marks the board draws on a post-it.
APP_MARK = {CardKind.IRRITANT: "⚠", CardKind.ENCHANTMENT: "★", CardKind.NOTE: ""}
MARK_COLOUR = {CardKind.IRRITANT: "#c8473d", CardKind.ENCHANTMENT: "#3b8f52",
               CardKind.NOTE: "#666666"}
MAX_PAIRS = 4
MAX_IDEAS = 5
MAX_ACTIONS = 7

_WORDS = {
    "fr": {"top_ideas": "Les idées les plus votées", "actions": "Les actions décidées",
           "more": "… et {n} de plus (voir plus loin)", "votes": "{n} vote(s)"},
    "en": {"top_ideas": "The most voted ideas", "actions": "The actions decided",
           "more": "… and {n} more (see further on)", "votes": "{n} vote(s)"},
}


def marked(card: Card, limit: int = 220) -> str:
    """A post-it's text with the board's mark in the kind's colour."""
    mark = APP_MARK[card.kind]
    prefix = f"<font color='{MARK_COLOUR[card.kind]}'>{mark}</font> " if mark else ""
    return prefix + para(card.text, limit)


def _cell(text: str, style: str, limit: int | None = None):
    """A cell of one style: plain text whose lines break where its Paragraph's did
    (``paragraph_fit``), measured once and drawn into its table's one text object; the
    Paragraph itself for a text of several lines, which a Paragraph breaks by other rules
    (issue 11: the first page's paragraphs were wrapped twice by its shrinking frame and
    drawn one text object each)."""
    if not breaks_like_a_paragraph(printable(text)):
        return Para(para(text, limit), styles()[style])
    return cell(text, style, limit, paragraph_fit=True)


def first_page(facts: Facts, lb: Labels, width: float, height: float) -> list:
    """The one-page story: the cover followed by the decisions, kept on one page."""
    st = styles()
    words = _WORDS[lb.lang]
    h2 = st["h2"]
    story = _cover(facts, lb, width)
    # P1 pairs
    p1 = facts.pairs[Quadrant.PRIORITY_1]
    colour = "#" + QUADRANT_COLOUR[Quadrant.PRIORITY_1].hexval()[2:]
    story.append(Para(f"<font color='{colour}'>{lb.quadrant(Quadrant.PRIORITY_1)}</font>"
                           f" · {lb.fmt('pairs_count', n=len(p1))}", h2))
    if p1:
        rows = [[_cell(lb[k], "th") for k in ("step", "customer_card", "employee_card")]]
        for pair in p1[:MAX_PAIRS]:
            name = shorten(printable(pair.step.name), 80)[0]
            rows.append([
                _cell(f"{facts.step_number[pair.step.id]}. {name}", "cell_bold"),
                Para(marked(pair.customer), st["cell"]),
                Para(marked(pair.employee), st["cell"]),
            ])
        if len(p1) > MAX_PAIRS:
            rows.append(["", _cell(words["more"].format(n=len(p1) - MAX_PAIRS), "cell_muted"),
                         ""])
        story.append(_table(rows, [width * 0.22, width * 0.39, width * 0.39]))
    else:
        story.append(Para(lb["no_pairs"], st["body"]))
    # the curve, across the page so that the step names can be read
    if facts.summaries:
        story += [Para(lb["curve"], h2), curve_drawing(facts, lb, width, 140), Spacer(1, 4)]
    # the most voted ideas beside the actions with their owners and dates
    left = width * 0.36
    ideas = [Para(words["top_ideas"], h2)]
    ranked = [r for r in facts.ideas if r.votes][:MAX_IDEAS]
    for r in ranked:
        ideas.append(Para(f"<b>{words['votes'].format(n=r.votes)}</b> · "
                               f"{para(r.idea.text, 160)}", st["cell"]))
        ideas.append(Spacer(1, 3))
    if not ranked:
        ideas.append(Para(lb["no_ideas"], st["cell"]))
    actions = [Para(words["actions"], h2)]
    right = width - left - 14
    if facts.plan:
        rows = [[_cell(lb[k], "th") for k in ("action", "owner", "due")]]
        for action, _q in facts.plan[:MAX_ACTIONS]:
            rows.append([_cell(action.title, "cell", 200), _cell(action.owner, "cell", 80),
                         _cell(lb.date(action.due), "cell")])
        if len(facts.plan) > MAX_ACTIONS:
            rows.append([_cell(words["more"].format(n=len(facts.plan) - MAX_ACTIONS),
                               "cell_muted"), "", ""])
        actions.append(_table(rows, [right * 0.54, right * 0.25, right * 0.21]))
    else:
        actions.append(Para(lb["no_actions"], st["body"]))
    side = Table([[ideas, actions]], colWidths=[left + 14, right], hAlign="LEFT")
    side.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                   ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (0, 0), 14)])
    story.append(side)
    return [KeepInFrame(width, height, story, mode="shrink")]


def _cover(facts: Facts, lb: Labels, width: float) -> list:
    """Title, the workshop's details and who took part, in one paragraph."""
    st = styles()
    info = facts.workshop.info
    story: list = [Para(para(info.title, 300), st["title"]),
                   Para(lb["summary"], st["subtitle"])]
    rows = [[_cell(lb[key], "th"), _cell(value, "cell", 600)]
            for key, value in (("organization", info.organization),
                               ("date", lb.date(info.date)),
                               ("facilitator", info.facilitator),
                               ("objective", info.objective)) if value]
    people = facts.workshop.ordered_participants()
    if people:
        names = " · ".join(
            para(p.name, 120) + (f" <font color='#666666'>({para(p.department, 60)})</font>"
                                 if p.department else "")
            for p in people)
        rows.append([_cell(f"{lb['participants']} ({len(people)})", "th"),
                     Para(names, st["cell"])])
    if rows:
        table = TextTable(rows, colWidths=[96, width - 96], hAlign="LEFT")
        table.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                        ("LEFTPADDING", (0, 0), (0, -1), 0),
                        ("TOPPADDING", (0, 0), (-1, -1), 3),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 4)])
        story.append(table)
    return story


def second_page(facts: Facts, lb: Labels, width: float) -> list:
    """The key figures and the participants by department, which open the rest."""
    return [*heading(lb["key_figures"]), figures_table(facts, lb, width),
            *participants_story(facts, lb, width)]


def _table(rows: list, widths: list[float]) -> Table:
    table = TextTable(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle([
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ])
    return table
