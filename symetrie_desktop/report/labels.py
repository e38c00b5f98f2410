"""The words of the summary, in French and English.

The report is written with no window and no Qt, so it cannot use Qt's ``tr``: its few
dozen labels live here, one dict per language, shared by the PDF and the Markdown export.
The quadrant labels come from :mod:`symetrie_desktop.domain.matrix` so that the summary
says exactly what the matrix view says.
"""

from __future__ import annotations

from datetime import date

from ..domain.matrix import QUADRANT_LABELS_EN, QUADRANT_LABELS_FR, Quadrant
from ..domain.model import CardKind, Office, Phase, Status, Tag
from . import labels_after as _after

LANGUAGES = ("fr", "en")

_FR = {
    "summary": "Synthèse de l’atelier",
    "organization": "Organisation",
    "date": "Date",
    "facilitator": "Animation",
    "objective": "Objectif",
    "participants": "Participants",
    "no_participants": "Aucun participant enregistré.",
    "no_department": "Sans métier",
    "key_figures": "Chiffres clés",
    "fig_steps": "étapes du parcours",
    "fig_cards": "post-it",
    "fig_pairs": "paires croisées",
    "fig_ideas": "idées",
    "fig_votes": "votes",
    "fig_actions": "actions",
    "insights": "Enseignements",
    "delight_title": "D’où viennent les enchantements clients ?",
    "delight_text": "{n} enchantements clients : {rel} relationnels, {dig} digitaux, "
    "{both} les deux, {none} sans étiquette.",
    "delight_share": "Parmi les enchantements étiquetés, {pct} sont relationnels.",
    "claim_yes": "Cet atelier confirme que l’enchantement client est avant tout relationnel.",
    "claim_no": "Cet atelier ne confirme pas que l’enchantement client est avant tout "
    "relationnel (moins de {threshold} des enchantements étiquetés).",
    "claim_few": "Avec {n} enchantement(s) étiqueté(s), cet atelier ne permet pas de trancher : "
    "il en faut au moins {min} pour que l’écart à {threshold} ne tienne pas au hasard.",
    "both": "Les deux",
    "delight_none": "Aucun enchantement client n’a été noté.",
    "untagged": "Sans étiquette",
    "dimensions_title": "Irritants collaborateurs par dimension",
    "dimensions_text": "{n} irritants collaborateurs, dont {untagged} sans dimension.",
    "dimension": "Dimension",
    "count": "Nombre",
    "blind_title": "Étapes sans vécu collaborateur",
    "blind_text": "Personne n’a noté le vécu des équipes à ces étapes : un angle mort à explorer.",
    "blind_none": "Chaque étape a au moins un post-it du vécu collaborateur.",
    "unlinked_text": "{n} irritants ne sont encore reliés à aucune paire.",
    "curve": "Courbe de symétrie",
    "curve_text": "Solde par étape : enchantements moins irritants, côté client et côté "
    "collaborateur. Quand les deux courbes plongent ensemble, l’étape est prioritaire.",
    "customer_balance": "Solde client",
    "employee_balance": "Solde collaborateur",
    "counts": "Post-it par étape",
    "step": "Étape",
    "phase": "Phase",
    "customer": "Client",
    "employee": "Collaborateur",
    "irr_short": "Irr.",
    "ench_short": "Ench.",
    "balance": "Solde",
    "matrix": "Matrice croisée",
    "matrix_text": "Chaque paire relie un post-it du vécu client et un post-it du vécu "
    "collaborateur de la même étape.",
    "customer_card": "Vécu client",
    "employee_card": "Vécu collaborateur",
    "pairs_count": "{n} paire(s)",
    "no_pairs": "Aucune paire dans ce quadrant.",
    "hint_1": "Irritant client et irritant collaborateur : à traiter en premier.",
    "hint_2": "Le client est enchanté mais l’équipe souffre : elle compense un processus ou un "
    "outil défaillant par sa bonne volonté, qui s’épuisera. À traiter juste après.",
    "hint_3": "Le client souffre mais l’équipe est satisfaite : regarder les indicateurs et les "
    "canaux.",
    "hint_4": "Enchantement des deux côtés : à protéger et à diffuser.",
    "indicators": "Indicateurs",
    "channels": "Canaux",
    "brainstorm": "Idées et votes",
    "no_ideas": "Aucune idée n’a été proposée.",
    "votes": "Votes",
    "idea": "Idée",
    "theme": "Thème",
    "addresses": "Répond à",
    "plan": "Plan d’actions",
    "plan_text": "Ordonné par priorité de la matrice (Priorité 1, Priorité 2, À examiner, "
    "À capitaliser), puis par échéance.",
    "no_actions": "Aucune action n’a été décidée.",
    "priority": "Priorité",
    "action": "Action",
    "owner": "Porteur",
    "due": "Échéance",
    "status": "Statut",
    "ideas": "Idées",
    "unplaced": "Hors matrice",
    "board": "Le tableau de l’atelier",
    "board_band": "étapes {first} à {last} sur {total}",
    "legend": "Légende",
    "continued": "(suite)",
    "no_cards": "Le tableau est vide.",
    "annex": "Textes intégraux",
    "annex_text": "Les textes trop longs pour les tableaux sont repris ici en entier.",
    "annex_ref": "(texte intégral : annexe {n})",
    "annex_entry": "Annexe",
    "truncated": "(texte tronqué : {n} caractères)",
    "generated": "Synthèse générée le {date}",
    "page": "page {n} / {total}",
    "none": "—",
}

_EN = {
    "summary": "Workshop summary",
    "organization": "Organisation",
    "date": "Date",
    "facilitator": "Facilitator",
    "objective": "Objective",
    "participants": "Participants",
    "no_participants": "No participant recorded.",
    "no_department": "No department",
    "key_figures": "Key figures",
    "fig_steps": "journey steps",
    "fig_cards": "sticky notes",
    "fig_pairs": "crossed pairs",
    "fig_ideas": "ideas",
    "fig_votes": "votes",
    "fig_actions": "actions",
    "insights": "Insights",
    "delight_title": "Where do customer delights come from?",
    "delight_text": "{n} customer delights: {rel} relational, {dig} digital, "
    "{both} both, {none} untagged.",
    "delight_share": "Among the tagged delights, {pct} are relational.",
    "claim_yes": "This workshop bears out that customer delight is above all relational.",
    "claim_no": "This workshop does not bear out that customer delight is above all "
    "relational (less than {threshold} of the tagged delights).",
    "claim_few": "With {n} tagged delight(s), this workshop cannot settle it: at least {min} "
    "are needed for the gap to {threshold} not to be chance.",
    "both": "Both",
    "delight_none": "No customer delight was noted.",
    "untagged": "Untagged",
    "dimensions_title": "Employee pain points by dimension",
    "dimensions_text": "{n} employee pain points, {untagged} of them with no dimension.",
    "dimension": "Dimension",
    "count": "Count",
    "blind_title": "Steps with no employee experience",
    "blind_text": "Nobody noted how the staff live these steps: a blind spot to explore.",
    "blind_none": "Every step has at least one employee-experience sticky note.",
    "unlinked_text": "{n} pain points are not linked to any pair yet.",
    "curve": "Symmetry curve",
    "curve_text": "Balance per step: delights minus pain points, on the customer side and "
    "on the employee side. Where both curves dive together, the step comes first.",
    "customer_balance": "Customer balance",
    "employee_balance": "Employee balance",
    "counts": "Sticky notes per step",
    "step": "Step",
    "phase": "Phase",
    "customer": "Customer",
    "employee": "Employee",
    "irr_short": "Irr.",
    "ench_short": "Ench.",
    "balance": "Balance",
    "matrix": "Cross matrix",
    "matrix_text": "Each pair links a customer-experience sticky note and an "
    "employee-experience sticky note of the same step.",
    "customer_card": "Customer experience",
    "employee_card": "Employee experience",
    "pairs_count": "{n} pair(s)",
    "no_pairs": "No pair in this quadrant.",
    "hint_1": "Customer pain point and employee pain point: fix first.",
    "hint_2": "The customer is delighted but the staff suffer: they compensate a broken process "
    "or tool with goodwill, which will run out. Fix right after.",
    "hint_3": "The customer suffers but the staff are content: look at the indicators and "
    "channels.",
    "hint_4": "Delight on both sides: protect it and spread it.",
    "indicators": "Indicators",
    "channels": "Channels",
    "brainstorm": "Ideas and votes",
    "no_ideas": "No idea was proposed.",
    "votes": "Votes",
    "idea": "Idea",
    "theme": "Theme",
    "addresses": "Addresses",
    "plan": "Action plan",
    "plan_text": "Ordered by matrix priority (Priority 1, Priority 2, To examine, "
    "To capitalise), then by due date.",
    "no_actions": "No action was decided.",
    "priority": "Priority",
    "action": "Action",
    "owner": "Owner",
    "due": "Due date",
    "status": "Status",
    "ideas": "Ideas",
    "unplaced": "Outside the matrix",
    "board": "The workshop board",
    "board_band": "steps {first} to {last} of {total}",
    "legend": "Legend",
    "continued": "(continued)",
    "no_cards": "The board is empty.",
    "annex": "Full texts",
    "annex_text": "Texts too long for the tables are printed here in full.",
    "annex_ref": "(full text: annex {n})",
    "annex_entry": "Annex",
    "truncated": "(text cut: {n} characters)",
    "generated": "Summary generated on {date}",
    "page": "page {n} / {total}",
    "none": "—",
}

_ENUMS = {
    "fr": {
        CardKind.IRRITANT: "Irritant",
        CardKind.ENCHANTMENT: "Enchantement",
        CardKind.NOTE: "Note",
        Status.TO_DO: "À faire",
        Status.DOING: "En cours",
        Status.DONE: "Fait",
        Phase.BEFORE: "Avant",
        Phase.DURING: "Pendant",
        Phase.AFTER: "Après",
        Office.FRONT: "front-office",
        Office.BACK: "back-office",
        Tag.RELATIONAL: "Relationnel",
        Tag.DIGITAL: "Digital",
        Tag.SENS: "Sens",
        Tag.EPANOUISSEMENT: "Épanouissement",
        Tag.CONNEXIONS: "Connexions",
        Tag.IMAGE: "Image",
        Tag.ECOSYSTEME: "Écosystème",
    },
    "en": {
        CardKind.IRRITANT: "Pain point",
        CardKind.ENCHANTMENT: "Delight",
        CardKind.NOTE: "Note",
        Status.TO_DO: "To do",
        Status.DOING: "In progress",
        Status.DONE: "Done",
        Phase.BEFORE: "Before",
        Phase.DURING: "During",
        Phase.AFTER: "After",
        Office.FRONT: "front office",
        Office.BACK: "back office",
        Tag.RELATIONAL: "Relational",
        Tag.DIGITAL: "Digital",
        Tag.SENS: "Purpose (Sens)",
        Tag.EPANOUISSEMENT: "Growth (Épanouissement)",
        Tag.CONNEXIONS: "Connections (Connexions)",
        Tag.IMAGE: "Pride (Image)",
        Tag.ECOSYSTEME: "Environment (Écosystème)",
    },
}

_FR.update(_after.FR)
_EN.update(_after.EN)

#: Short month names keep a date on one line in the plan's narrow due-date column.
_MONTHS_EN = (
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
)  # fmt: skip


class Labels:
    """The labels of one language: ``lb["plan"]``, ``lb.enum(Status.DONE)``, ``lb.quadrant(q)``."""

    def __init__(self, lang: str = "fr") -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"language {lang!r}: expected one of {', '.join(LANGUAGES)}")
        self.lang = lang
        self._words = _FR if lang == "fr" else _EN

    def __getitem__(self, key: str) -> str:
        return self._words[key]

    @property
    def colon(self) -> str:
        """French puts a space before a colon, English does not."""
        return " : " if self.lang == "fr" else ": "

    def fmt(self, key: str, **values: object) -> str:
        return self._words[key].format(**values)

    def enum(self, value: object) -> str:
        return _ENUMS[self.lang].get(value, str(value))

    def quadrant(self, q: Quadrant | None) -> str:
        if q is None:
            return self["unplaced"]
        return (QUADRANT_LABELS_FR if self.lang == "fr" else QUADRANT_LABELS_EN)[q]

    def date(self, iso: str | date) -> str:
        """A date as people of this language write it; '' stays ''; a bad value is kept as is."""
        if not iso:
            return ""
        try:
            d = iso if isinstance(iso, date) else date.fromisoformat(iso)
        except ValueError:
            return str(iso)
        if self.lang == "fr":
            return d.strftime("%d/%m/%Y")
        return f"{d.day} {_MONTHS_EN[d.month - 1]} {d.year}"

    def percent(self, part: int, whole: int) -> str:
        if whole == 0:
            return "0 %" if self.lang == "fr" else "0%"
        value = round(100 * part / whole)
        return f"{value} %" if self.lang == "fr" else f"{value}%"
