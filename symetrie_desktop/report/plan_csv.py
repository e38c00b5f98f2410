"""The action plan as a CSV file that opens cleanly in French Excel and in LibreOffice.

French Excel expects ``;`` between fields (the comma is the decimal separator) and
guesses the encoding from a byte-order mark: without it, accents come out as "Ã©".
So: UTF-8 with BOM, ``;``, CRLF line ends, and fields quoted when they hold a ``;``, a
quote or a line break. Rows follow the plan's order (Priorité 1, Priorité 2, À examiner,
À capitaliser, then by due date), the same order as the PDF.

A text starting with ``=``, ``+``, ``-`` or ``@`` would be run as a formula by a
spreadsheet; such a field gets a leading apostrophe, the usual guard.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ..disk import write_atomic
from ..domain.matrix import ordered_plan, touched_cards
from ..domain.model import Workshop
from .labels import Labels

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_HEADERS = {
    "fr": ("Rang", "Priorité", "Action", "Porteur", "Échéance", "Statut", "Répond à", "Idées"),
    "en": ("Rank", "Priority", "Action", "Owner", "Due date", "Status", "Addresses", "Ideas"),
}


def plan_rows(workshop: Workshop, lang: str = "fr") -> list[list[str]]:
    """The header and one row per action, in plan order; dates stay ISO (YYYY-MM-DD),
    which every spreadsheet reads as a date; addressed cards are one per line."""
    lb = Labels(lang)
    step_number = {s.id: i for i, s in enumerate(workshop.ordered_steps(), 1)}
    colon = " : " if lang == "fr" else ": "
    rows = [list(_HEADERS[lang])]
    for rank, (action, q) in enumerate(ordered_plan(workshop), 1):
        cards = [workshop.cards[c] for c in touched_cards(action, workshop) if c in workshop.cards]
        cards.sort(key=lambda c: (step_number.get(c.step_id, 0), c.position, c.id))
        addresses = "\n".join(
            f"{step_number.get(c.step_id, 0)}. {workshop.steps[c.step_id].name}{colon}{c.text}"
            for c in cards
        )
        ideas = "\n".join(workshop.ideas[i].text for i in action.ideas if i in workshop.ideas)
        rows.append(
            [
                str(rank),
                lb.quadrant(q),
                action.title,
                action.owner,
                action.due,
                lb.enum(action.status),
                addresses,
                ideas,
            ]
        )
    return rows


def _guard(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def plan_csv(workshop: Workshop, lang: str = "fr") -> str:
    """The CSV text (without the BOM, which belongs to the encoding)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for row in plan_rows(workshop, lang):
        writer.writerow([_guard(v) for v in row])
    return buffer.getvalue()


def write_plan_csv(workshop: Workshop, path: str | Path, lang: str = "fr") -> int:
    """Write the plan atomically; return the number of actions."""
    text = plan_csv(workshop, lang)
    write_atomic(path, text, encoding="utf-8-sig")
    return len(workshop.actions)


__all__ = ["plan_csv", "plan_rows", "write_plan_csv"]
