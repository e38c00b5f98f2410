"""Journey templates: exchange files with steps and lanes and no cards, in resources/templates."""

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


def from_template(name: str, today: date | None = None) -> Workshop:
    """A new workshop from a template, dated today."""
    path = resource("templates", f"{name}.json")
    if "/" in name or "\\" in name or not path.is_file():
        known = ", ".join(t.name for t in templates())
        raise ExchangeError("template", f"unknown template {name!r} (known: {known})")
    workshop = from_exchange(json.loads(path.read_text(encoding="utf-8")))
    workshop.info = replace(workshop.info, date=(today or date.today()).isoformat())
    return workshop


def blank(title: str = "Nouvel atelier", today: date | None = None) -> Workshop:
    """An empty journey: three steps, one per phase, and the six usual lanes."""
    w = Workshop(WorkshopInfo(title=title, date=(today or date.today()).isoformat()))
    for n, (name, phase) in enumerate(
        [("Avant l'achat", "avant"), ("Achat", "pendant"), ("Après l'achat", "après")], 1
    ):
        w.steps[n] = Step(n, name, Phase(phase), n - 1)
    kinds = [LaneKind.CUSTOMER, LaneKind.EMPLOYEE, LaneKind.ACTORS, LaneKind.CHANNELS,
             LaneKind.TOOLS, LaneKind.INDICATORS]
    for n, kind in enumerate(kinds, 1):
        w.lanes[n] = Lane(n, kind, DEFAULT_LANE_NAMES[kind], n - 1)
    return w
