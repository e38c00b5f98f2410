"""The spreadsheet layout of a workshop, shared by the Excel export and the spreadsheet import.

One sheet per kind of thing (workshop, participants, steps, lanes, post-its, pairs, ideas,
votes, plan), one row per item, one header row. Headers and sheet names exist in French
and in English; the export writes the interface's language and the import reads either,
so a workbook made in one language opens in the other.

Items point at each other by short references (``c12`` a post-it, ``i3`` an idea), the
same ids the JSON exchange format writes. A cell that lists references lists one per
line, followed by the item's text for the reader (``c12 : Délai de livraison``); only the
leading reference counts on import.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from ..domain.model import LaneKind


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    fr: str
    en: str
    width: int = 0  # characters; 0: fit the content
    wrap: bool = False

    def header(self, lang: str) -> str:
        return self.fr if lang == "fr" else self.en


@dataclass(frozen=True, slots=True)
class Sheet:
    key: str
    fr: str
    en: str
    columns: tuple[Column, ...]
    #: Written for the reader, never read back (derived from other sheets).
    derived: bool = False

    def title(self, lang: str) -> str:
        return self.fr if lang == "fr" else self.en

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)


WORKSHOP = Sheet("workshop", "Atelier", "Workshop", (
    Column("field", "Champ", "Field"),
    Column("value", "Valeur", "Value", wrap=True),
))
#: The rows of the workshop sheet: (key, French label, English label).
WORKSHOP_FIELDS = (
    ("title", "Titre", "Title"),
    ("organization", "Organisation", "Organization"),
    ("date", "Date", "Date"),
    ("facilitator", "Animation", "Facilitator"),
    ("objective", "Objectif", "Objective"),
    ("vote_budget", "Votes par personne", "Votes per person"),
)
PARTICIPANTS = Sheet("participants", "Participants", "Participants", (
    Column("name", "Nom", "Name"),
    Column("department", "Métier", "Department"),
    Column("office", "Front/back", "Front/back"),
    Column("colour", "Couleur", "Colour"),
))
STEPS = Sheet("steps", "Étapes", "Steps", (
    Column("number", "N°", "No."),
    Column("name", "Étape", "Step"),
    Column("phase", "Phase", "Phase"),
))
LANES = Sheet("lanes", "Couloirs", "Lanes", (
    Column("kind", "Type", "Type"),
    Column("name", "Couloir", "Lane"),
))
CARDS = Sheet("cards", "Post-it", "Post-its", (
    Column("ref", "Réf.", "Ref."),
    Column("step_number", "N° étape", "Step no."),
    Column("step", "Étape", "Step"),
    Column("lane", "Couloir", "Lane"),
    Column("kind", "Nature", "Kind"),
    Column("text", "Texte", "Text", 60, True),
    Column("author", "Auteur", "Author"),
    Column("tags", "Étiquettes", "Tags", 30, True),
    Column("linked", "Relié à", "Linked to", 45, True),
))
PAIRS = Sheet("pairs", "Paires", "Pairs", (
    Column("quadrant", "Quadrant", "Quadrant"),
    Column("step_number", "N° étape", "Step no."),
    Column("step", "Étape", "Step"),
    Column("customer_ref", "Réf. client", "Customer ref."),
    Column("customer", "Vécu client", "Customer experience", 50, True),
    Column("employee_ref", "Réf. collaborateur", "Employee ref."),
    Column("employee", "Vécu collaborateur", "Employee experience", 50, True),
), derived=True)
IDEAS = Sheet("ideas", "Idées", "Ideas", (
    Column("ref", "Réf.", "Ref."),
    Column("text", "Idée", "Idea", 60, True),
    Column("votes", "Votes", "Votes"),
    Column("theme", "Thème", "Theme"),
    Column("author", "Auteur", "Author"),
    Column("addresses", "Répond à", "Addresses", 45, True),
))
VOTES = Sheet("votes", "Votes", "Votes", (
    Column("participant", "Participant", "Participant"),
    Column("target", "Idée ou post-it", "Idea or post-it", 60, True),
))
PLAN = Sheet("plan", "Plan d'actions", "Action plan", (
    Column("rank", "Rang", "Rank"),
    Column("ref", "Réf.", "Ref."),
    Column("priority", "Priorité", "Priority"),
    Column("title", "Action", "Action", 50, True),
    Column("owner", "Porteur", "Owner"),
    Column("due", "Échéance", "Due date"),
    Column("status", "Statut", "Status"),
    Column("addresses", "Répond à", "Addresses", 45, True),
    Column("ideas", "Idées", "Ideas", 40, True),
))

SHEETS = (WORKSHOP, PARTICIPANTS, STEPS, LANES, CARDS, PAIRS, IDEAS, VOTES, PLAN)

LANE_KIND_WORDS = {
    "fr": {
        LaneKind.CUSTOMER: "client",
        LaneKind.EMPLOYEE: "collaborateur",
        LaneKind.ACTORS: "acteurs",
        LaneKind.CHANNELS: "canaux",
        LaneKind.TOOLS: "outils",
        LaneKind.INDICATORS: "indicateurs",
        LaneKind.CUSTOM: "autre",
    },
    "en": {kind: kind.value for kind in LaneKind},
}


def fold(text: object) -> str:
    """A header or a word as compared on import: no accents, no case, single spaces."""
    text = unicodedata.normalize("NFKD", str(text or ""))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.replace("’", "'").lower().split())


def sheet_named(name: str) -> Sheet | None:
    """The sheet a workbook tab (or a CSV file name) stands for, in either language."""
    folded = fold(name)
    return next((s for s in SHEETS if folded in (fold(s.fr), fold(s.en))), None)


def sheet_for_headers(headers: list[str]) -> Sheet | None:
    """The sheet a CSV file stands for, found from its header row: the one whose headers
    match most (a tie goes to the sheet with fewer columns, the plainer reading)."""
    found = {fold(h) for h in headers if h}
    best, best_score = None, 0
    for sheet in SHEETS:
        if sheet.derived:
            continue
        score = sum(1 for c in sheet.columns if {fold(c.fr), fold(c.en)} & found)
        if score > best_score or (
            score == best_score and best is not None and len(sheet.columns) < len(best.columns)
        ):
            best, best_score = sheet, score
    return best if best_score else None


def ref_line(ref: str, text: str, lang: str) -> str:
    """``c12 : first line of the text`` (the text only helps the reader)."""
    first = text.split("\n", 1)[0]
    if len(first) > 80:
        first = first[:79] + "…"
    return f"{ref}{' : ' if lang == 'fr' else ': '}{first}"
