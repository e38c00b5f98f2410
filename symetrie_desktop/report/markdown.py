"""The whole summary as Markdown: for a wiki, an e-mail, a shared drive.

Same facts and same order as the PDF (see :mod:`symetrie_desktop.report.facts`). Typed
text is escaped so that it reads exactly as typed once rendered: ``<b>`` stays ``<b>``,
``*`` and ``_`` do not turn into emphasis, a line starting with ``#`` is no heading.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..disk import write_atomic
from ..domain.insights import examine_notes
from ..domain.matrix import Quadrant, touched_cards
from ..domain.model import Card, CardKind
from .facts import Facts, collect, delight_sentences
from .labels import Labels

_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
_ENTITY = re.compile(r"&(?=#?\w+;)")
_BLOCK_START = re.compile(r"^(#|[-+=]|\d+[.)])")
_MARK = {CardKind.IRRITANT: "▼", CardKind.ENCHANTMENT: "▲", CardKind.NOTE: "■"}
_HINTS = {
    Quadrant.PRIORITY_1: "hint_1",
    Quadrant.PRIORITY_2: "hint_2",
    Quadrant.TO_EXAMINE: "hint_3",
    Quadrant.TO_CAPITALISE: "hint_4",
}


def md(text: str, indent: str = "  ") -> str:
    """Escape typed text for Markdown; its lines become hard breaks indented by ``indent``
    so that a multi-line post-it stays inside its list item."""
    lines = []
    for line in text.split("\n"):
        line = " ".join(line.split())
        if not line:
            continue
        line = _ENTITY.sub(r"\\&", _INLINE.sub(r"\\\1", line))
        match = _BLOCK_START.match(line)
        if match:
            line = line[: match.end() - 1] + "\\" + line[match.end() - 1 :]
        lines.append(line)
    return ("\\\n" + indent).join(lines)


def summary_markdown(facts: Facts, lb: Labels) -> str:
    from ..report.after_sections import diagnosis_markdown, mirror_markdown

    out: list[str] = []
    w = facts.workshop
    info = w.info
    out += [f"# {md(info.title)}", ""]
    out += _changes(w, lb)
    out += [f"*{lb['summary']}*", ""]
    for key, value in (
        ("organization", info.organization),
        ("date", lb.date(info.date)),
        ("facilitator", info.facilitator),
        ("objective", info.objective),
    ):
        if value:
            out.append(f"- **{lb[key]}**{lb.colon}{md(value, '  ')}")
    out += ["", f"## {lb['key_figures']}", ""]
    out += [
        f"- {len(w.steps)} {lb['fig_steps']}",
        f"- {len(w.cards)} {lb['fig_cards']}",
        f"- {facts.pair_count} {lb['fig_pairs']}",
        f"- {len(w.ideas)} {lb['fig_ideas']}",
        f"- {facts.vote_count} {lb['fig_votes']}",
        f"- {len(w.actions)} {lb['fig_actions']}",
        "",
        f"## {lb['participants']}",
        "",
    ]
    if not facts.departments:
        out += [lb["no_participants"], ""]
    for department, people in facts.departments:
        names = ", ".join(
            md(p.name) + (f" ({lb.enum(p.office)})" if p.office else "") for p in people
        )
        label = md(department) if department else lb["no_department"]
        out.append(f"- **{label}**{lb.colon}{names}")
    out.append("")
    out += _insights(facts, lb)
    out += _counts(facts, lb)
    out += mirror_markdown(w, lb, md)
    out += _matrix(facts, lb)
    out += _ideas(facts, lb)
    out += _plan(facts, lb)
    out += diagnosis_markdown(w, lb)
    out += _board(facts, lb)
    return "\n".join(out).rstrip() + "\n"


def _changes(w, lb: Labels) -> list[str]:
    """A follow-up session opens with what changed since the previous one."""
    from ..report.changes import figures, since_sentence, what_changed

    ch = what_changed(w)
    if ch is None:
        return []
    out = [f"## {lb['changed']}", "", md(since_sentence(ch, lb)) + " "
           + lb.fmt("chain", n=ch.session), "", f"### {lb['actions_progress']}", ""]
    out += [f"- {n} {lb[key]}" for n, key in figures(ch)]
    if ch.late:
        out += ["", f"**{lb['late_list']}**{lb.colon}" + " · ".join(md(t) for t in ch.late)]
    out += ["", f"### {lb['matrix_then_now']}", "",
            f"| | {lb['then']} | {lb['now']} |", "|---|---:|---:|"]
    out += [f"| {lb.quadrant(q)} | {a} | {b} |" for q, (a, b) in ch.matrix.items()]
    out += ["", f"### {lb['curves_then_now']}", "",
            f"| {lb['step']} | {lb['customer_then']} | {lb['customer_now']} | "
            f"{lb['employee_then']} | {lb['employee_now']} |", "|---|---:|---:|---:|---:|"]
    c = ch.curves
    for i, name in enumerate(ch.steps):
        cells = [c[k][i] for k in ("customer_then", "customer_now", "employee_then",
                                   "employee_now")]
        out.append(f"| {md(name)} | " + " | ".join("" if v is None else str(v) for v in cells)
                   + " |")
    return [*out, ""]


def _insights(facts: Facts, lb: Labels) -> list[str]:
    ins = facts.insights
    out = [f"## {lb['insights']}", "", f"### {lb['delight_title']}", ""]
    out += delight_sentences(ins.moments, lb)
    out += ["", f"### {lb['dimensions_title']}", ""]
    out.append(
        lb.fmt("dimensions_text", n=ins.employee_irritants,
               untagged=ins.untagged_employee_irritants)
    )  # fmt: skip
    out.append("")
    out += [f"- {lb.enum(d.dimension)}{lb.colon}{d.count}" for d in ins.dimensions]
    out += ["", f"### {lb['blind_title']}", ""]
    if ins.blind_steps:
        out.append(lb["blind_text"])
        out.append("")
        out += [f"- {facts.step_number[s.id]}. {md(s.name)}" for s in ins.blind_steps]
    else:
        out.append(lb["blind_none"])
    if ins.unlinked_irritants:
        out += ["", lb.fmt("unlinked_text", n=ins.unlinked_irritants)]
    return [*out, ""]


def _counts(facts: Facts, lb: Labels) -> list[str]:
    out = [f"## {lb['curve']}", "", lb["curve_text"], ""]
    c, e = lb["customer"], lb["employee"]
    irr, ench, bal = lb["irr_short"], lb["ench_short"], lb["balance"]
    out.append(
        f"| N° | {lb['step']} | {c} {irr} | {c} {ench} | {c} {bal} "
        f"| {e} {irr} | {e} {ench} | {e} {bal} |"
    )
    out.append("|---:|---|---:|---:|---:|---:|---:|---:|")
    for n, s in enumerate(facts.summaries, 1):
        out.append(
            f"| {n} | {md(s.step.name)} | {s.customer_irritants} | {s.customer_enchantments} "
            f"| {s.customer_balance} | {s.employee_irritants} | {s.employee_enchantments} "
            f"| {s.employee_balance} |"
        )
    return [*out, ""]


def _card(card: Card, facts: Facts, indent: str = "  ") -> str:
    initials = facts.author_initials(card)
    author = f" ({md(initials)})" if initials else ""
    return f"{_MARK[card.kind]} {md(card.text, indent)}{author}"


def _matrix(facts: Facts, lb: Labels) -> list[str]:
    w = facts.workshop
    out = [f"## {lb['matrix']}", "", lb["matrix_text"], ""]
    for q in Quadrant:
        found = facts.pairs[q]
        count = lb.fmt("pairs_count", n=len(found))
        out += [f"### {lb.quadrant(q)}", "", f"{lb[_HINTS[q]]} {count}.", ""]
        if not found:
            out += [lb["no_pairs"], ""]
            continue
        notes = ({n.pair.step.id: n for n in examine_notes(w)} if q == Quadrant.TO_EXAMINE
                 else {})
        for n, pair in enumerate(found):
            step = f"{facts.step_number[pair.step.id]}. {md(pair.step.name)}"
            out.append(f"- **{step}**")
            out.append(f"  - {lb['customer_card']}{lb.colon}{_card(pair.customer, facts, '    ')}")
            out.append(f"  - {lb['employee_card']}{lb.colon}{_card(pair.employee, facts, '    ')}")
            # the step's indicators and channels once, under its last pair (not under each)
            last = n + 1 == len(found) or found[n + 1].step.id != pair.step.id
            note = notes.pop(pair.step.id, None) if last else None
            if note is None:
                continue
            for key, cards in (("indicators", note.indicators), ("channels", note.channels)):
                if cards:
                    texts = " ; ".join(md(c.text, "    ") for c in cards)
                    out.append(f"  - *{lb[key]}*{lb.colon}{texts}")
        out.append("")
    return out


def _quotes(card_ids, facts: Facts, indent: str) -> list[str]:
    return [
        f"{indent}- {facts.step_number.get(c.step_id, 0)}. {_card(c, facts, indent + '  ')}"
        for c in facts.addressed_cards(card_ids)
    ]


def _ideas(facts: Facts, lb: Labels) -> list[str]:
    out = [f"## {lb['brainstorm']}", ""]
    if not facts.ideas:
        return [*out, lb["no_ideas"], ""]
    for ranked in facts.ideas:
        idea = ranked.idea
        theme = f" *({lb['theme']}{lb.colon}{md(idea.theme)})*" if idea.theme else ""
        out.append(f"- **{ranked.votes} {lb['votes'].lower()}** — {md(idea.text)}{theme}")
        out += _quotes(idea.addresses, facts, "  ")
    return [*out, ""]


def _plan(facts: Facts, lb: Labels) -> list[str]:
    out = [f"## {lb['plan']}", "", lb["plan_text"], ""]
    if not facts.plan:
        return [*out, lb["no_actions"], ""]
    for rank, (action, q) in enumerate(facts.plan, 1):
        details = " · ".join(
            f"{lb[k]}{lb.colon}{v}"
            for k, v in (
                ("owner", md(action.owner) or "—"),
                ("due", lb.date(action.due) or "—"),
                ("status", lb.enum(action.status)),
            )
        )
        out.append(f"{rank}. **[{lb.quadrant(q)}]** {md(action.title, '   ')}  ")
        out.append(f"   {details}")
        out += _quotes(sorted(touched_cards(action, facts.workshop)), facts, "   ")
    return [*out, ""]


def _board(facts: Facts, lb: Labels) -> list[str]:
    out = [f"## {lb['board']}", ""]
    cells = facts.workshop.cells()
    lanes = facts.workshop.ordered_lanes()
    if not facts.workshop.cards:
        return [*out, lb["no_cards"], ""]
    for n, step in enumerate(facts.steps, 1):
        out += [f"### {n}. {md(step.name)} ({lb.enum(step.phase)})", ""]
        for lane in lanes:
            cards = cells.get((lane.id, step.id), [])
            if not cards:
                continue
            out.append(f"- **{md(lane.name)}**")
            out += [f"  - {_card(c, facts, '    ')}" for c in cards]
        out.append("")
    return out


def write_markdown(workshop, path: str | Path, lang: str = "fr") -> None:
    write_atomic(path, summary_markdown(collect(workshop), Labels(lang)))
