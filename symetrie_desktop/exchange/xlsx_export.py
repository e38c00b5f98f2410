"""The whole workshop as an Excel workbook, for facilitators who report from a spreadsheet.

:func:`workbook_rows` is a pure function of the workshop (typed values: text, whole
numbers, dates); :func:`write_xlsx` lays the rows out with openpyxl, which is imported
only here so that starting the app never pays for it. Every sheet has a frozen,
filterable header row and columns as wide as their content (long texts wrap).

Typed text is written as text even when it starts with ``=``: a post-it is never run as
a formula (openpyxl would otherwise store it as one).
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import Any

from ..disk import write_atomic
from ..domain.matrix import ordered_plan, pairs
from ..domain.model import Workshop
from ..report.facts import ranked_ideas
from ..report.labels import Labels
from . import sheets as sh
from .workshop_json import board_order

Row = list[Any]


def _iso_date(value: str) -> date | str:
    try:
        return date.fromisoformat(value) if value else ""
    except ValueError:
        return value


def workbook_rows(w: Workshop, lang: str = "fr") -> dict[str, list[Row]]:
    """Sheet key -> rows (header first), in the order a reader expects."""
    lb = Labels(lang)
    people = {p.id: p.name for p in w.participants.values()}
    steps = w.ordered_steps()
    step_no = {s.id: n for n, s in enumerate(steps, 1)}
    cards = board_order(w)
    cref = {c.id: f"c{n}" for n, c in enumerate(cards, 1)}
    iref = {i.id: f"i{n}" for n, i in enumerate(w.ordered_ideas(), 1)}
    actions = sorted(w.actions.values(), key=lambda a: (a.position, a.id))
    aref = {a.id: f"a{n}" for n, a in enumerate(actions, 1)}

    def card_lines(ids) -> str:
        return "\n".join(sh.ref_line(cref[c], w.cards[c].text, lang) for c in ids if c in cref)

    def idea_lines(ids) -> str:
        return "\n".join(sh.ref_line(iref[i], w.ideas[i].text, lang) for i in ids if i in iref)

    def header(sheet: sh.Sheet) -> Row:
        return [c.header(lang) for c in sheet.columns]

    info = w.info
    values = {
        "title": info.title, "organization": info.organization, "date": _iso_date(info.date),
        "facilitator": info.facilitator, "objective": info.objective,
        "vote_budget": info.vote_budget,
    }
    out: dict[str, list[Row]] = {}
    out["workshop"] = [header(sh.WORKSHOP)] + [
        [fr if lang == "fr" else en, values[key]] for key, fr, en in sh.WORKSHOP_FIELDS
    ]
    out["participants"] = [header(sh.PARTICIPANTS)] + [
        [p.name, p.department, p.office.value if p.office else "", p.colour]
        for p in w.ordered_participants()
    ]
    out["steps"] = [header(sh.STEPS)] + [
        [n, s.name, lb.enum(s.phase)] for n, s in enumerate(steps, 1)
    ]
    out["lanes"] = [header(sh.LANES)] + [
        [sh.LANE_KIND_WORDS[lang][lane.kind], lane.name] for lane in w.ordered_lanes()
    ]
    linked: dict[int, list[int]] = {}
    for link in sorted(w.links, key=lambda x: (cref.get(x.customer_card_id, ""),
                                              cref.get(x.employee_card_id, ""))):
        linked.setdefault(link.customer_card_id, []).append(link.employee_card_id)
        linked.setdefault(link.employee_card_id, []).append(link.customer_card_id)
    out["cards"] = [header(sh.CARDS)] + [
        [cref[c.id], step_no[c.step_id], w.steps[c.step_id].name, w.lanes[c.lane_id].name,
         lb.enum(c.kind), c.text, people.get(c.author_id, ""),
         ", ".join(lb.enum(t) for t in c.tags), card_lines(linked.get(c.id, ()))]
        for c in cards
    ]
    out["pairs"] = [header(sh.PAIRS)] + [
        [lb.quadrant(p.quadrant), step_no[p.step.id], p.step.name, cref[p.customer.id],
         p.customer.text, cref[p.employee.id], p.employee.text]
        for p in pairs(w)
    ]
    out["ideas"] = [header(sh.IDEAS)] + [
        [iref[r.idea.id], r.idea.text, r.votes, r.idea.theme, people.get(r.idea.author_id, ""),
         card_lines(r.idea.addresses)]
        for r in ranked_ideas(w)
    ]
    targets = {**{i: idea_lines([i]) for i in iref}}
    out["votes"] = [header(sh.VOTES)] + [
        [people.get(v.participant_id, ""),
         targets[v.idea_id] if v.idea_id is not None else card_lines([v.card_id])]
        for v in sorted(w.votes.values(), key=lambda v: v.id)
    ]
    out["plan"] = [header(sh.PLAN)] + [
        [rank, aref[a.id], lb.quadrant(q), a.title, a.owner, _iso_date(a.due),
         lb.enum(a.status), card_lines(a.addresses), idea_lines(a.ideas)]
        for rank, (a, q) in enumerate(ordered_plan(w), 1)
    ]
    return out


def xlsx_bytes(w: Workshop, lang: str = "fr") -> bytes:
    """The workbook as bytes (openpyxl imported here, not at start-up)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    rows = workbook_rows(w, lang)
    book = Workbook()
    book.remove(book.active)
    bold = Font(bold=True, color="FFFFFF")
    fill = PatternFill("solid", fgColor="3B4A6B")
    top = Alignment(vertical="top")
    wrap = Alignment(vertical="top", wrap_text=True)
    date_format = "DD/MM/YYYY" if lang == "fr" else "D MMM YYYY"
    for sheet in sh.SHEETS:
        ws = book.create_sheet(sheet.title(lang))
        data = rows[sheet.key]
        widths = [len(str(h)) + 4 for h in data[0]]  # room for the filter button
        for r, row in enumerate(data, 1):
            for k, value in enumerate(row, 1):
                cell = ws.cell(row=r, column=k)
                if isinstance(value, str) and value == "":
                    continue
                cell.value = value
                column = sheet.columns[k - 1] if k <= len(sheet.columns) else None
                if r == 1:
                    cell.font, cell.fill = bold, fill
                    continue
                if isinstance(value, str):
                    cell.data_type = "s"  # text stays text, even "=1+1"
                    if value[:1] in "=+-@":
                        cell.quotePrefix = True
                elif isinstance(value, date):
                    cell.number_format = date_format
                cell.alignment = wrap if column is not None and column.wrap else top
                longest = max((len(line) for line in str(value).split("\n")), default=0)
                if isinstance(value, date):
                    longest = 11
                widths[k - 1] = max(widths[k - 1], longest + 2)
        for k, width in enumerate(widths, 1):
            column = sheet.columns[k - 1]
            limit = column.width or 60
            ws.column_dimensions[get_column_letter(k)].width = min(width, limit)
        ws.freeze_panes = "A2"
        if len(data) > 1 and sheet is not sh.WORKSHOP:
            ws.auto_filter.ref = f"A1:{get_column_letter(len(data[0]))}{len(data)}"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def write_xlsx(w: Workshop, path: str | Path, lang: str = "fr") -> int:
    """Write the workbook atomically; return the number of post-its written."""
    write_atomic(path, xlsx_bytes(w, lang))
    return len(w.cards)
