"""Edits of the decisions: ideas, dot votes, vote settings and the cross action plan.

Same contract as :mod:`.board`: each function reads the workshop as it is and
returns an :class:`Edit`, refusing with :class:`EditError` what the method does not
allow (an idea on an enchantment, a dot over budget…). What hangs on something
removed or merged (votes, action references) moves or goes in the same edit, so one
undo brings it all back.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from ..domain import votes
from ..domain.model import Action, CardKind, Idea, Status, Vote, Workshop
from ..domain.rules import Reason, clean_date, clean_optional, clean_text
from .board import next_id
from .document import Op
from .edit import Edit, EditError, existing

#: How much of an irritant's text an idea made from it starts with.
IDEA_SEED_LENGTH = 160


# -- ideas -------------------------------------------------------------------------------------


def _irritants(w: Workshop, card_ids: Iterable[int], already: Iterable[int] = ()) -> tuple:
    """The card ids in order, without repeats, checking that new ones are irritants of the
    customer or employee lane (ideas answer pain points)."""
    ids = tuple(dict.fromkeys(card_ids))
    known = set(already)
    for cid in ids:
        card = existing(w.cards, cid, "card")
        if cid in known:
            continue
        if card.kind != CardKind.IRRITANT or not w.lane_kind_of(card).is_experience:
            raise EditError(f"card {cid} is not a customer or employee irritant",
                            Reason.NOT_AN_IRRITANT)
    return ids


def _theme(theme: str | None) -> str:
    return clean_optional(" ".join(str(theme or "").split()), "theme", 80)


def add_idea(
    w: Workshop,
    text: str,
    addresses: Iterable[int] = (),
    author: int | None = None,
    theme: str = "",
) -> Edit:
    """A new idea at the end of the brainstorm, answering the given irritants."""
    if author is not None:
        existing(w.participants, author, "participant")
    iid = next_id(w.ideas)
    position = max((i.position for i in w.ideas.values()), default=-1) + 1
    idea = Idea(iid, clean_text(text, "idea text"), author, _irritants(w, addresses),
                _theme(theme), position)
    return Edit("Ajouter une idée", [Op(None, idea)], created=iid)


def idea_from_irritant(
    w: Workshop, card_id: int, text: str = "", author: int | None = None, theme: str = ""
) -> Edit:
    """One gesture: an idea addressing a selected irritant. With no text yet, the idea starts
    as "Résoudre : <irritant>" so the room sees at once what it answers and rewords it later."""
    return idea_from_irritants(w, [card_id], text, author, theme)


def idea_from_irritants(
    w: Workshop, card_ids: Iterable[int], text: str = "", author: int | None = None,
    theme: str = "",
) -> Edit:
    """Like :func:`idea_from_irritant` for several selected irritants (the seed text comes from
    the first one)."""
    ids = list(card_ids)
    if not ids:
        raise EditError("select at least one irritant", Reason.NO_IRRITANT)
    card = existing(w.cards, ids[0], "card")
    if not str(text or "").strip():
        seed = " ".join(card.text.split())
        if len(seed) > IDEA_SEED_LENGTH:
            seed = seed[: IDEA_SEED_LENGTH - 1].rstrip() + "…"
        text = f"Résoudre : {seed}"
    edit = add_idea(w, text, ids, author, theme)
    edit.label = "Idée depuis un irritant"
    return edit


def set_theme(w: Workshop, idea_ids: Iterable[int], theme: str) -> Edit:
    """Put ideas into a theme (affinity grouping: several ideas dropped at once, one edit)."""
    theme = _theme(theme)
    ideas = [existing(w.ideas, i, "idea") for i in dict.fromkeys(idea_ids)]
    ops = [Op(i, replace(i, theme=theme)) for i in ideas if i.theme != theme]
    return Edit("Regrouper des idées" if len(ideas) > 1 else "Changer le thème d'une idée", ops)


def rename_theme(w: Workshop, old: str, new: str) -> Edit:
    """Rename a theme: every idea in it moves to the new name in one edit (two themes given the
    same name become one)."""
    new = _theme(new)
    ops = [Op(i, replace(i, theme=new)) for i in w.ordered_ideas() if i.theme == old]
    if new == old:
        ops = []
    return Edit("Renommer un thème", ops)


def update_idea(w: Workshop, iid: int, **fields: object) -> Edit:
    """Change an idea's text, theme, author or the irritants it addresses."""
    before = existing(w.ideas, iid, "idea")
    values = dict(fields)
    unknown = set(values) - {"text", "theme", "addresses", "author_id"}
    if unknown:
        raise EditError(f"an idea has no field {sorted(unknown)[0]!r}", Reason.UNKNOWN_FIELD,
                        field=sorted(unknown)[0])
    if "text" in values:
        values["text"] = clean_text(str(values["text"]), "idea text")
    if "theme" in values:
        values["theme"] = _theme(values["theme"])  # type: ignore[arg-type]
    if "addresses" in values:
        values["addresses"] = _irritants(w, values["addresses"], before.addresses)  # type: ignore[arg-type]
    if values.get("author_id") is not None:
        existing(w.participants, values["author_id"], "participant")  # type: ignore[arg-type]
    after = replace(before, **values)
    return Edit("Modifier une idée", [Op(before, after)] if after != before else [])


def merge_ideas(w: Workshop, keep: int, others: Iterable[int]) -> Edit:
    """Fold several ideas into ``keep``: texts joined, irritants united, their dots and the
    actions that cite them moved onto the kept idea, the others removed."""
    kept = existing(w.ideas, keep, "idea")
    gone = [existing(w.ideas, i, "idea") for i in dict.fromkeys(others) if i != keep]
    if not gone:
        raise EditError("choose at least two ideas to merge", Reason.MERGE_ONE)
    gone_ids = {i.id for i in gone}
    text = "\n".join([kept.text] + [i.text for i in gone])
    addresses = tuple(dict.fromkeys(c for i in [kept, *gone] for c in i.addresses))
    theme = kept.theme or next((i.theme for i in gone if i.theme), "")
    merged = replace(kept, text=clean_text(text, "merged idea text"), addresses=addresses,
                     theme=theme)
    ops = [Op(kept, merged)]
    for vote in sorted(w.votes.values(), key=lambda v: v.id):
        if vote.idea_id in gone_ids:
            ops.append(Op(vote, replace(vote, idea_id=keep)))
    for action in sorted(w.actions.values(), key=lambda a: a.id):
        if gone_ids & set(action.ideas):
            ideas = tuple(dict.fromkeys(keep if i in gone_ids else i for i in action.ideas))
            ops.append(Op(action, replace(action, ideas=ideas)))
    ops += [Op(i, None) for i in gone]
    return Edit("Fusionner {n} idées", ops, created=keep, count=len(gone) + 1)


def remove_ideas(w: Workshop, idea_ids: Iterable[int]) -> Edit:
    """Remove ideas with their dots; actions that cited them keep their other references."""
    ids = list(dict.fromkeys(idea_ids))
    ideas = [existing(w.ideas, i, "idea") for i in ids]
    gone = set(ids)
    ops = [Op(v, None) for v in sorted(w.votes.values(), key=lambda v: v.id) if v.idea_id in gone]
    for action in sorted(w.actions.values(), key=lambda a: a.id):
        if gone & set(action.ideas):
            kept = tuple(i for i in action.ideas if i not in gone)
            ops.append(Op(action, replace(action, ideas=kept)))
    ops += [Op(i, None) for i in ideas]
    label = "Supprimer une idée" if len(ids) == 1 else "Supprimer {n} idées"
    return Edit(label, ops, count=len(ids))


# -- votes -------------------------------------------------------------------------------------


def add_vote(w: Workshop, participant_id: int | None, idea_id: int) -> Edit:
    """One dot on an idea by a participant, or by the anonymous round (None), within budget."""
    existing(w.ideas, idea_id, "idea")
    if participant_id is not None:
        who = existing(w.participants, participant_id, "participant")
        if participant_id in votes.excluded(w):
            raise EditError(f"{who.name} is left out of the vote", Reason.LEFT_OUT, name=who.name)
        if votes.left(w, participant_id) <= 0:
            raise EditError(
                f"budget exceeded: {who.name} has already placed "
                f"{votes.used(w, participant_id)} of {w.info.vote_budget} votes",
                Reason.BUDGET_FULL, name=who.name, used=votes.used(w, participant_id),
                budget=w.info.vote_budget)
        if votes.used(w, None) >= votes.anonymous_pool(w):
            # mixed rounds: the anonymous dots already took what this participant had left
            raise EditError("budget exceeded: the anonymous round has placed all the votes "
                            "the room has left", Reason.BUDGET_ROOM_FULL)
    elif votes.left(w, None) <= 0:
        raise EditError(
            f"budget exceeded: the anonymous round has placed all "
            f"{votes.anonymous_pool(w)} votes the room has left", Reason.BUDGET_ROOM_FULL
        )
    vote = Vote(next_id(w.votes), participant_id, idea_id=idea_id)
    return Edit("Voter", [Op(None, vote)], created=vote.id)


def remove_vote(w: Workshop, participant_id: int | None, idea_id: int) -> Edit:
    """Take back one dot (the latest) that a participant or the anonymous round put on an idea."""
    existing(w.ideas, idea_id, "idea")
    mine = [v for v in w.votes.values()
            if v.participant_id == participant_id and v.idea_id == idea_id]
    if not mine:
        raise EditError("no vote to take back on this idea", Reason.NO_VOTE_BACK)
    return Edit("Retirer un vote", [Op(max(mine, key=lambda v: v.id), None)])


def set_votes_revealed(w: Workshop, revealed: bool) -> Edit:
    return _setting_edit(w, votes.REVEALED_KEY, bool(revealed), False,
                         "Révéler les votes" if revealed else "Masquer les votes")


def set_vote_excluded(w: Workshop, participant_ids: Iterable[int]) -> Edit:
    """Leave these participants (often the facilitator) out of the vote; dots they already
    placed are taken back in the same edit, so the tallies only count voters."""
    ids = sorted(set(participant_ids))
    for pid in ids:
        existing(w.participants, pid, "participant")
    edit = _setting_edit(w, votes.EXCLUDED_KEY, ids, [], "Exclure du vote")
    if edit.empty:
        return edit
    newly = set(ids) - votes.excluded(w)
    staying = [p for p in votes.voters(w) if p.id not in ids]
    room = w.info.vote_budget * len(staying) - sum(votes.used(w, p.id) for p in staying)
    if votes.used(w, None) > max(0, room):
        raise EditError("vote budget: the anonymous round already placed more votes than the "
                        "remaining voters have", Reason.BUDGET_BELOW_REMAINING)
    dropped = [Op(v, None) for v in sorted(w.votes.values(), key=lambda v: v.id)
               if v.participant_id in newly]
    return Edit(edit.label, dropped + edit.ops)


def set_vote_budget(w: Workshop, budget: int) -> Edit:
    """The dots per participant; refused below what a voter (or the anonymous round) used."""
    if isinstance(budget, bool) or not isinstance(budget, int) or not 0 <= budget <= 99:
        raise EditError(f"vote budget: {budget!r} is not a number of votes from 0 to 99",
                        Reason.BUDGET_RANGE)
    over = votes.over_budget(w, budget)
    if over:
        raise EditError(
            f"vote budget: {over[0].name} has already placed "
            f"{votes.used(w, over[0].id)} votes, more than {budget}",
            Reason.BUDGET_BELOW_VOTER, name=over[0].name, used=votes.used(w, over[0].id),
            budget=budget)
    named = sum(votes.used(w, p.id) for p in votes.voters(w))
    if votes.used(w, None) > max(0, budget * len(votes.voters(w)) - named):
        raise EditError(f"vote budget: the anonymous round already placed more than {budget} "
                        "votes per voter allow", Reason.BUDGET_BELOW_ROOM, budget=budget)
    after = replace(w.info, vote_budget=budget)
    return Edit("Changer le nombre de votes", [Op(w.info, after)] if after != w.info else [])


def _setting_edit(w: Workshop, key: str, value: object, default: object, label: str) -> Edit:
    """Set a JSON setting; no op when it already holds ``value`` (absent counts as ``default``)."""
    before = w.settings.get(key)
    after = votes.setting(key, value)
    if votes.setting_value(w, key, default) == value:
        return Edit(label)
    return Edit(label, [Op(before, after)])


# -- actions -----------------------------------------------------------------------------------


def _action_fields(w: Workshop, values: dict) -> dict:
    if "title" in values:
        values["title"] = clean_text(" ".join(str(values["title"]).split()), "action title", 500)
    if "owner" in values:
        values["owner"] = clean_optional(" ".join(str(values["owner"] or "").split()),
                                         "owner", 200)
    if "due" in values:
        values["due"] = clean_date(values["due"], "due date")  # type: ignore[arg-type]
    if "status" in values:
        try:
            values["status"] = Status(values["status"])
        except ValueError:
            raise EditError(f"status: {values['status']!r} is not todo, doing or done",
                            Reason.BAD_STATUS) from None
    if "addresses" in values:
        ids = tuple(dict.fromkeys(values["addresses"]))
        for cid in ids:
            existing(w.cards, cid, "card")
        values["addresses"] = ids
    if "ideas" in values:
        ids = tuple(dict.fromkeys(values["ideas"]))
        for iid in ids:
            existing(w.ideas, iid, "idea")
        values["ideas"] = ids
    return values


def add_action(
    w: Workshop,
    title: str,
    owner: str = "",
    due: str = "",
    status: Status | str = Status.TO_DO,
    addresses: Iterable[int] = (),
    ideas: Iterable[int] = (),
) -> Edit:
    """A new action of the cross plan; its priority comes from what it addresses."""
    values = _action_fields(w, {"title": title, "owner": owner, "due": due, "status": status,
                                "addresses": addresses, "ideas": ideas})
    aid = next_id(w.actions)
    position = max((a.position for a in w.actions.values()), default=-1) + 1
    action = Action(aid, position=position, **values)
    return Edit("Ajouter une action", [Op(None, action)], created=aid)


def action_from_idea(w: Workshop, idea_id: int, owner: str = "", due: str = "") -> Edit:
    """One gesture: the idea becomes an action addressing the same irritants. A long idea keeps
    its first line as the title (the whole idea stays linked)."""
    idea = existing(w.ideas, idea_id, "idea")
    title = idea.text.split("\n", 1)[0]
    if len(title) > 500:
        title = title[:499].rstrip() + "…"
    edit = add_action(w, title, owner, due, Status.TO_DO, idea.addresses, [idea_id])
    edit.label = "Action depuis une idée"
    return edit


def update_action(w: Workshop, aid: int, **fields: object) -> Edit:
    before = existing(w.actions, aid, "action")
    unknown = set(fields) - {"title", "owner", "due", "status", "addresses", "ideas"}
    if unknown:
        raise EditError(f"an action has no field {sorted(unknown)[0]!r}", Reason.UNKNOWN_FIELD,
                        field=sorted(unknown)[0])
    after = replace(before, **_action_fields(w, dict(fields)))
    return Edit("Modifier une action", [Op(before, after)] if after != before else [])


def remove_action(w: Workshop, aid: int) -> Edit:
    """Remove an action with its review history; irritants it solved stay solved, by no action."""
    action = existing(w.actions, aid, "action")
    ops = [Op(r, None) for r in sorted(w.reviews.values(), key=lambda r: r.id)
           if r.action_id == aid]
    ops += [Op(s, replace(s, action_id=None)) for s in sorted(w.solved.values(),
                                                               key=lambda s: s.id)
            if s.action_id == aid]
    return Edit("Supprimer une action", [*ops, Op(action, None)])
