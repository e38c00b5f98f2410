"""Journey templates: exchange files with steps and lanes and no cards, in resources/templates.

A workshop is made in one language and keeps it: its steps and lanes are the room's words,
not interface labels, so an English template is a file of its own (``templates/en/``) with
the same steps in the same order, and a workshop made from it stays English when opened in
the French interface.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date

from ..domain.model import Lane, LaneKind, Phase, Step, Workshop, WorkshopInfo
from ..resources import resource
from .workshop_json import DEFAULT_LANE_NAMES, ExchangeError, from_exchange


@dataclass(frozen=True, slots=True)
class Template:
    name: str
    label: str
    description: str


def templates() -> list[Template]:
    """The templates shipped with the app, sorted by label."""
    found = []
    for path in sorted(resource("templates").glob("*.json")):
        meta = json.loads(path.read_text(encoding="utf-8")).get("template", {})
        found.append(Template(path.stem, meta.get("label", path.stem), meta.get("description", "")))
    return sorted(found, key=lambda t: t.label)


#: The blank workshop's words, per language: title, the three steps, the lanes' names.
BLANK = {
    "fr": ("Nouvel atelier", ("Avant l'achat", "Achat", "Après l'achat"), DEFAULT_LANE_NAMES),
    "en": ("New workshop", ("Before the purchase", "Purchase", "After the purchase"), {
        LaneKind.CUSTOMER: "Customer experience",
        LaneKind.EMPLOYEE: "Employee experience",
        LaneKind.ACTORS: "Actors (front / back office)",
        LaneKind.CHANNELS: "Channels and volumes",
        LaneKind.TOOLS: "Tools",
        LaneKind.INDICATORS: "Indicators",
        LaneKind.CUSTOM: "Other",
    }),
}


def from_template(name: str, today: date | None = None, lang: str = "fr") -> Workshop:
    """A new workshop from a template, dated today, in ``lang`` (French when the template
    has no version in that language)."""
    path = resource("templates", f"{name}.json")
    if lang != "fr" and resource("templates", lang, f"{name}.json").is_file():
        path = resource("templates", lang, f"{name}.json")
    if "/" in name or "\\" in name or not path.is_file():
        known = ", ".join(t.name for t in templates())
        raise ExchangeError("template", f"unknown template {name!r} (known: {known})")
    workshop = from_exchange(json.loads(path.read_text(encoding="utf-8")))
    workshop.info = replace(workshop.info, date=(today or date.today()).isoformat())
    return workshop


def blank(title: str | None = None, today: date | None = None, lang: str = "fr") -> Workshop:
    """An empty journey: three steps, one per phase, and the six usual lanes, in ``lang``."""
    default_title, step_names, lane_names = BLANK.get(lang, BLANK["fr"])
    w = Workshop(WorkshopInfo(title=title or default_title,
                              date=(today or date.today()).isoformat()))
    for n, (name, phase) in enumerate(zip(step_names, ("avant", "pendant", "après"),
                                          strict=True), 1):
        w.steps[n] = Step(n, name, Phase(phase), n - 1)
    kinds = [LaneKind.CUSTOMER, LaneKind.EMPLOYEE, LaneKind.ACTORS, LaneKind.CHANNELS,
             LaneKind.TOOLS, LaneKind.INDICATORS]
    for n, kind in enumerate(kinds, 1):
        w.lanes[n] = Lane(n, kind, lane_names[kind], n - 1)
    return w
