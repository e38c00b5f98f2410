"""Edits of the board: workshop details, participants, steps, lanes, cards and links.

Each function reads the workshop as it is and returns an :class:`Edit`; nothing is
changed until the edit is applied to a document. Removing something removes what
hangs on it in the same edit (links, votes, references), so one undo brings all of
it back.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from ..domain.matrix import can_link
from ..domain.model import (
    Card,
    CardKind,
    Lane,
    LaneKind,
    Link,
    Office,
    Participant,
    Phase,
    Step,
    Workshop,
)
from ..domain.palette import PARTICIPANT_PALETTE, next_colours
from ..domain.rules import Reason, clean_colour, clean_date, clean_name, clean_optional, clean_text
from .document import Op
from .edit import Edit, EditError, existing

# Readable on white and on a projector, and apart for colour-blind eyes (domain/palette.py).
PARTICIPANT_COLOURS = PARTICIPANT_PALETTE


def next_id(table: dict) -> int:
    return max(table, default=0) + 1


def _placed(order: list, new_ids: Iterable[int] = ()) -> list[Op]:
    """Ops that give ``order`` the positions 0..n-1: new items are added, others moved if needed."""
    new = set(new_ids)
    ops = []
    for index, item in enumerate(order):
        if item.id in new:
            ops.append(Op(None, replace(item, position=index)))
        elif item.position != index:
            ops.append(Op(item, replace(item, position=index)))
    return ops


def _insert_at(items: list, item: object, index: int | None) -> list:
    items = list(items)
    items.insert(len(items) if index is None else max(0, min(index, len(items))), item)
    return items


# -- workshop details -----------------------------------------------------------------------


def set_info(w: Workshop, **fields: object) -> Edit:
    """Change the title, organisation, date, facilitator, objective or vote budget."""
    values = dict(fields)
    if "title" in values:
        values["title"] = clean_name(str(values["title"]), "title")
    for name in ("organization", "facilitator"):
        if name in values:
            values[name] = clean_optional(str(values[name] or ""), name, 200)
    if "objective" in values:
        values["objective"] = clean_optional(str(values["objective"] or ""), "objective")
    if "date" in values:
        values["date"] = clean_date(values["date"])  # type: ignore[arg-type]
    if "vote_budget" in values:
        budget = values["vote_budget"]
        if not isinstance(budget, int) or not 0 <= budget <= 99:
            raise EditError(f"vote_budget: {budget!r} is not a number of votes from 0 to 99",
                            Reason.BUDGET_RANGE)
    after = replace(w.info, **values)
    return Edit("Modifier l'atelier", [Op(w.info, after)] if after != w.info else [])


# -- participants -----------------------------------------------------------------------------


def add_participant(
    w: Workshop,
    name: str,
    department: str = "",
    office: Office | str | None = None,
    colour: str | None = None,
) -> Edit:
    pid = next_id(w.participants)
    if colour is None:
        colour = next_colours((p.colour for p in w.participants.values()), 1)[0]
    p = Participant(
        pid,
        clean_name(name, "participant name"),
        clean_optional(department, "department", 200),
        Office(office) if office else None,
        clean_colour(colour),
        max((q.position for q in w.participants.values()), default=-1) + 1,
    )
    return Edit("Ajouter un participant", [Op(None, p)], created=pid)


def update_participant(w: Workshop, pid: int, **fields: object) -> Edit:
    before = existing(w.participants, pid, "participant")
    values = dict(fields)
    if "name" in values:
        values["name"] = clean_name(str(values["name"]), "participant name")
    if "department" in values:
        values["department"] = clean_optional(str(values["department"] or ""), "department", 200)
    if "office" in values:
        values["office"] = Office(values["office"]) if values["office"] else None
    if "colour" in values:
        values["colour"] = clean_colour(str(values["colour"]))
    after = replace(before, **values)
    return Edit("Modifier un participant", [Op(before, after)] if after != before else [])


def remove_participant(w: Workshop, pid: int) -> Edit:
    """Remove a participant; their cards and ideas stay, with no author, and their votes go."""
    p = existing(w.participants, pid, "participant")
    ops = [Op(c, replace(c, author_id=None)) for c in w.cards.values() if c.author_id == pid]
    ops += [Op(i, replace(i, author_id=None)) for i in w.ideas.values() if i.author_id == pid]
    ops += [Op(v, None) for v in w.votes.values() if v.participant_id == pid]
    ops.append(Op(p, None))
    return Edit("Supprimer un participant", ops)


# -- steps and lanes --------------------------------------------------------------------------


def add_step(w: Workshop, name: str, phase: Phase | str = Phase.DURING,
             index: int | None = None) -> Edit:
    sid = next_id(w.steps)
    step = Step(sid, clean_name(name, "step name"), Phase(phase), 0)
    ops = _placed(_insert_at(w.ordered_steps(), step, index), [sid])
    return Edit("Ajouter une étape", ops, created=sid)


def update_step(w: Workshop, sid: int, name: str | None = None,
                phase: Phase | str | None = None) -> Edit:
    before = existing(w.steps, sid, "step")
    after = before
    if name is not None:
        after = replace(after, name=clean_name(name, "step name"))
    if phase is not None:
        after = replace(after, phase=Phase(phase))
    return Edit("Modifier une étape", [Op(before, after)] if after != before else [])


def move_step(w: Workshop, sid: int, index: int) -> Edit:
    step = existing(w.steps, sid, "step")
    order = [s for s in w.ordered_steps() if s.id != sid]
    order = _insert_at(order, step, index)
    return Edit("Déplacer une étape", _placed(order))


def remove_step(w: Workshop, sid: int) -> Edit:
    """Remove a step and its cards (with their links, votes and references)."""
    step = existing(w.steps, sid, "step")
    if len(w.steps) == 1:
        raise EditError("a journey keeps at least one step", Reason.LAST_STEP)
    cards = [c.id for c in w.cards.values() if c.step_id == sid]
    ops = _card_removal_ops(w, cards) + [Op(step, None)]
    return Edit("Supprimer une étape", ops)


def add_lane(w: Workshop, kind: LaneKind | str, name: str, index: int | None = None) -> Edit:
    kind = LaneKind(kind)
    if kind.is_experience and w.lane_of_kind(kind) is not None:
        raise EditError(f"there is already a {kind.value} lane", Reason.LANE_TWICE)
    lid = next_id(w.lanes)
    lane = Lane(lid, kind, clean_name(name, "lane name"), 0)
    ops = _placed(_insert_at(w.ordered_lanes(), lane, index), [lid])
    return Edit("Ajouter un couloir", ops, created=lid)


def update_lane(w: Workshop, lid: int, name: str) -> Edit:
    before = existing(w.lanes, lid, "lane")
    after = replace(before, name=clean_name(name, "lane name"))
    return Edit("Renommer un couloir", [Op(before, after)] if after != before else [])


def move_lane(w: Workshop, lid: int, index: int) -> Edit:
    lane = existing(w.lanes, lid, "lane")
    order = _insert_at([x for x in w.ordered_lanes() if x.id != lid], lane, index)
    return Edit("Déplacer un couloir", _placed(order))


def remove_lane(w: Workshop, lid: int) -> Edit:
    lane = existing(w.lanes, lid, "lane")
    if lane.kind.is_experience:
        raise EditError(f"the {lane.kind.value} lane always exists and cannot be removed",
                        Reason.LANE_STAYS)
    cards = [c.id for c in w.cards.values() if c.lane_id == lid]
    return Edit("Supprimer un couloir", _card_removal_ops(w, cards) + [Op(lane, None)])


# -- cards ------------------------------------------------------------------------------------


def clean_tags(tags: Iterable[str]) -> tuple[str, ...]:
    seen: list[str] = []
    for tag in tags:
        tag = clean_name(str(tag), "tag")[:40]
        if tag not in seen:
            seen.append(tag)
    return tuple(seen)


def add_card(
    w: Workshop,
    lane_id: int,
    step_id: int,
    kind: CardKind | str,
    text: str,
    author_id: int | None = None,
    tags: Iterable[str] = (),
    index: int | None = None,
) -> Edit:
    """A new post-it in a cell, at the end unless ``index`` says where."""
    lane = existing(w.lanes, lane_id, "lane")
    existing(w.steps, step_id, "step")
    if author_id is not None:
        existing(w.participants, author_id, "participant")
    kind = CardKind(kind)
    if not lane.kind.is_experience:
        kind = CardKind.NOTE
    cid = next_id(w.cards)
    card = Card(cid, lane_id, step_id, kind, clean_text(text, "card text"), author_id,
                clean_tags(tags), 0)
    ops = _placed(_insert_at(w.cell(lane_id, step_id), card, index), [cid])
    return Edit("Ajouter un post-it", ops, created=cid)


def update_card(w: Workshop, cid: int, **fields: object) -> Edit:
    """Change a card's text, kind, author or tags; a card turned into a note loses its links."""
    before = existing(w.cards, cid, "card")
    values = dict(fields)
    if "text" in values:
        values["text"] = clean_text(str(values["text"]), "card text")
    if "kind" in values:
        values["kind"] = CardKind(values["kind"])
        if not w.lanes[before.lane_id].kind.is_experience:
            values["kind"] = CardKind.NOTE
    if "author_id" in values and values["author_id"] is not None:
        existing(w.participants, values["author_id"], "participant")  # type: ignore[arg-type]
    if "tags" in values:
        values["tags"] = clean_tags(values["tags"])  # type: ignore[arg-type]
    after = replace(before, **values)
    if after == before:
        return Edit("Modifier un post-it")
    ops = []
    if after.kind == CardKind.NOTE:
        ops += [Op(link, None) for link in _links_of(w, {cid})]
    ops.append(Op(before, after))
    return Edit("Modifier un post-it", ops)


def update_cards(w: Workshop, card_ids: Iterable[int], **fields: object) -> Edit:
    """The same change (kind, author, tags) on several cards: one gesture, one undo step.
    Each card is checked as :func:`update_card` checks it; a link two of them shared is
    removed once."""
    ids = list(dict.fromkeys(card_ids))
    if len(ids) == 1:
        return update_card(w, ids[0], **fields)
    ops: list[Op] = []
    for cid in ids:
        for op in update_card(w, cid, **fields).ops:
            if op not in ops:
                ops.append(op)
    return Edit("Modifier des post-it", ops, count=len(ids))


def move_cards(w: Workshop, card_ids: Iterable[int], lane_id: int, step_id: int,
               index: int | None = None) -> Edit:
    """Move cards (one drag) into a cell at ``index``; links that no longer hold are removed."""
    ids = list(dict.fromkeys(card_ids))
    lane = existing(w.lanes, lane_id, "lane")
    existing(w.steps, step_id, "step")
    moving = [existing(w.cards, cid, "card") for cid in ids]
    target = w.cell(lane_id, step_id)
    if index is not None:
        # the index is counted among the cards that stay, as the board shows them during a drag
        index = sum(1 for c in target[:index] if c.id not in ids) if index < len(target) else None
    staying = [c for c in target if c.id not in ids]
    moved = []
    for card in moving:
        kind = card.kind if lane.kind.is_experience else CardKind.NOTE
        moved.append(replace(card, lane_id=lane_id, step_id=step_id, kind=kind))
    at = len(staying) if index is None else max(0, min(index, len(staying)))
    order = staying[:at] + moved + staying[at:]
    before = {c.id: c for c in moving} | {c.id: c for c in staying}
    ops = []
    leaving = {c.id for c in moving if (c.lane_id, c.step_id) != (lane_id, step_id)}
    for link in _links_of(w, leaving):
        ops.append(Op(link, None))
    for i, card in enumerate(order):
        after = replace(card, position=i)
        if after != before[card.id]:
            ops.append(Op(before[card.id], after))
    label = "Déplacer un post-it" if len(ids) == 1 else "Déplacer {n} post-it"
    return Edit(label, ops, count=len(ids))


def duplicate_cards(w: Workshop, card_ids: Iterable[int]) -> Edit:
    """Copies placed right after each original, in the same cell, without links."""
    ids = list(dict.fromkeys(card_ids))
    cards = [existing(w.cards, cid, "card") for cid in ids]
    cells: dict[tuple[int, int], list[Card]] = {}
    created: list[int] = []
    for card in cards:
        cell = cells.setdefault((card.lane_id, card.step_id), w.cell(card.lane_id, card.step_id))
        copy = replace(card, id=next_id(w.cards) + len(created))
        created.append(copy.id)
        cell.insert(cell.index(card) + 1, copy)
    ops = [op for cell in cells.values() for op in _placed(cell, created)]
    label = "Dupliquer un post-it" if len(ids) == 1 else "Dupliquer {n} post-it"
    return Edit(label, ops, created=created[0] if len(created) == 1 else None,
                count=len(ids))


def remove_cards(w: Workshop, card_ids: Iterable[int]) -> Edit:
    ids = list(dict.fromkeys(card_ids))
    for cid in ids:
        existing(w.cards, cid, "card")
    label = "Supprimer un post-it" if len(ids) == 1 else "Supprimer {n} post-it"
    return Edit(label, _card_removal_ops(w, ids), count=len(ids))


def link_cards(w: Workshop, first: int, second: int) -> Edit:
    """Link a customer card and an employee card of the same step, given in either order."""
    for cid in (first, second):
        existing(w.cards, cid, "card")
    link = can_link(w, [first, second])
    if link is None:
        raise EditError(
            "only a customer irritant or enchantment and an employee irritant or enchantment "
            "of the same step can be linked", Reason.NOT_A_PAIR
        )
    if link in w.links:
        return Edit("Lier deux post-it")
    return Edit("Lier deux post-it", [Op(None, link)])


def unlink_cards(w: Workshop, link: Link) -> Edit:
    if link not in w.links:
        raise EditError("these cards are not linked", Reason.NOT_LINKED)
    return Edit("Délier deux post-it", [Op(link, None)])


# -- helpers ----------------------------------------------------------------------------------


def _links_of(w: Workshop, card_ids: set[int]) -> list[Link]:
    return sorted(
        (x for x in w.links if x.customer_card_id in card_ids or x.employee_card_id in card_ids),
        key=lambda x: (x.customer_card_id, x.employee_card_id),
    )


def _card_removal_ops(w: Workshop, card_ids: Iterable[int]) -> list[Op]:
    """Remove cards and everything that refers to them, dependents first."""
    gone = set(card_ids)
    if not gone:
        return []
    ops = [Op(link, None) for link in _links_of(w, gone)]
    for idea in w.ordered_ideas():
        if gone & set(idea.addresses):
            kept = tuple(c for c in idea.addresses if c not in gone)
            ops.append(Op(idea, replace(idea, addresses=kept)))
    ops += [Op(v, None) for v in w.votes.values() if v.card_id in gone]
    for action in w.actions.values():
        if gone & set(action.addresses):
            kept = tuple(c for c in action.addresses if c not in gone)
            ops.append(Op(action, replace(action, addresses=kept)))
    ops += [Op(w.cards[cid], None) for cid in sorted(gone)]
    return ops
