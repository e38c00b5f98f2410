"""Edits of the self-diagnosis and of the mirror survey.

Same contract as :mod:`.decide`: each function reads the workshop and returns an
:class:`Edit`. Answers are anonymous: a response holds statement ids and values, never a
participant, and nothing records who typed it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import replace

from ..domain.diagnosis import (
    DEFAULT_STATEMENTS,
    LEVERS,
    SCALE_MAX,
    SCALE_MIN,
    DiagnosisResponse,
    Dimension,
    Statement,
)
from ..domain.mirror import MirrorAnswer
from ..domain.model import Action, Setting, Status, Workshop
from ..domain.rules import Reason, clean_text
from .board import next_id
from .document import Op
from .edit import Edit, EditError, existing

MIRROR_SCALE_KEY = "mirror_scale"
STATEMENT_LIMIT = 500


# -- the questionnaire -------------------------------------------------------------------------


def start_diagnosis(w: Workshop) -> Edit:
    """Put the 25 default statements in the workshop (only when it has none yet)."""
    if w.statements:
        return Edit("Commencer l'autodiagnostic")
    ops = []
    sid = next_id(w.statements)
    for dimension, texts in DEFAULT_STATEMENTS.items():
        for position, text in enumerate(texts):
            ops.append(Op(None, Statement(sid, dimension, text, position)))
            sid += 1
    return Edit("Commencer l'autodiagnostic", ops)


def _dimension(value: Dimension | str) -> Dimension:
    try:
        return Dimension(value)
    except ValueError:
        raise EditError(f"dimension: {value!r} is not one of the five dimensions",
                        Reason.BAD_DIMENSION) from None


def add_statement(w: Workshop, dimension: Dimension | str, text: str) -> Edit:
    dimension = _dimension(dimension)
    position = max((s.position for s in w.statements.values() if s.dimension == dimension),
                   default=-1) + 1
    statement = Statement(next_id(w.statements), dimension,
                          clean_text(" ".join(str(text).split()), "statement", STATEMENT_LIMIT),
                          position)
    return Edit("Ajouter une affirmation", [Op(None, statement)], created=statement.id)


def update_statement(w: Workshop, sid: int, text: str | None = None,
                     dimension: Dimension | str | None = None) -> Edit:
    """Reword a statement or move it to another dimension. Answers already given to it keep
    counting for it: reword only to say the same thing better; replace to ask something else."""
    before = existing(w.statements, sid, "statement")
    after = before
    if text is not None:
        after = replace(after, text=clean_text(" ".join(str(text).split()), "statement",
                                               STATEMENT_LIMIT))
    if dimension is not None:
        after = replace(after, dimension=_dimension(dimension))
    return Edit("Modifier une affirmation", [Op(before, after)] if after != before else [])


def replace_statement(w: Workshop, sid: int, text: str) -> Edit:
    """A new question in the old one's place: the old one goes, with the answers given to it
    (they answered something else)."""
    old = existing(w.statements, sid, "statement")
    new = Statement(next_id(w.statements), old.dimension,
                    clean_text(" ".join(str(text).split()), "statement", STATEMENT_LIMIT),
                    old.position)
    ops = _drop_answers(w, {sid})
    return Edit("Remplacer une affirmation", [*ops, Op(old, None), Op(None, new)],
                created=new.id)


def remove_statement(w: Workshop, sid: int) -> Edit:
    old = existing(w.statements, sid, "statement")
    return Edit("Supprimer une affirmation", [*_drop_answers(w, {sid}), Op(old, None)])


def _drop_answers(w: Workshop, sids: set[int]) -> list[Op]:
    ops = []
    for r in sorted(w.responses.values(), key=lambda r: r.id):
        kept = tuple((k, v) for k, v in r.answers if k not in sids)
        if kept != r.answers:
            ops.append(Op(r, replace(r, answers=kept)))
    return ops


# -- the answers -------------------------------------------------------------------------------


def add_response(w: Workshop, answers: Mapping[int, int]) -> Edit:
    """One person's answers (statement id -> 1..4), anonymous; blanks are simply left out."""
    pairs = []
    for sid, value in answers.items():
        existing(w.statements, sid, "statement")
        if isinstance(value, bool) or not isinstance(value, int) or not (
                SCALE_MIN <= value <= SCALE_MAX):
            raise EditError(f"answer: {value!r} is not from {SCALE_MIN} to {SCALE_MAX}",
                            Reason.BAD_ANSWER)
        pairs.append((sid, value))
    if not pairs:
        raise EditError("answer at least one statement", Reason.NO_ANSWER)
    response = DiagnosisResponse(next_id(w.responses), tuple(sorted(pairs)))
    return Edit("Enregistrer des réponses", [Op(None, response)], created=response.id)


def remove_response(w: Workshop, rid: int) -> Edit:
    return Edit("Supprimer des réponses", [Op(existing(w.responses, rid, "response"), None)])


def actions_from_levers(w: Workshop, levers: Iterable[tuple[Dimension | str, str]],
                        owner: str = "") -> Edit:
    """One gesture: chosen levers become plan actions, each tagged with its dimension (the
    title starts with the dimension's name in brackets, so every view and export shows it)."""
    from ..domain.diagnosis import DIMENSION_NAMES

    ops = []
    aid = next_id(w.actions)
    position = max((a.position for a in w.actions.values()), default=-1) + 1
    existing = {a.title for a in w.actions.values()}
    for dimension, text in levers:
        dimension = _dimension(dimension)
        title = f"[{DIMENSION_NAMES[dimension]}] {clean_text(text, 'lever', 400)}"
        if title in existing:
            continue
        existing.add(title)
        ops.append(Op(None, Action(aid, title, owner, "", Status.TO_DO, position=position)))
        aid += 1
        position += 1
    if not ops:
        raise EditError("these levers are already in the plan", Reason.LEVERS_IN_PLAN)
    return Edit("Actions depuis les leviers", ops)


def suggested_levers(dimensions: Iterable[Dimension]) -> list[tuple[Dimension, str]]:
    return [(d, text) for d in dimensions for text in LEVERS[d]]


# -- the mirror survey -------------------------------------------------------------------------


def import_mirror(w: Workshop, rows: Iterable, scale: tuple[int, int]) -> Edit:
    """Replace the survey's answers by ``rows`` (question, step, population, score) and keep
    the scale; one undo brings the previous survey back."""
    ops = [Op(m, None) for m in sorted(w.mirror.values(), key=lambda m: m.id)]
    mid = next_id(w.mirror)
    for n, row in enumerate(rows):
        ops.append(Op(None, MirrorAnswer(mid + n, row.question, row.step, row.population,
                                         float(row.score))))
    before = w.settings.get(MIRROR_SCALE_KEY)
    after = Setting(MIRROR_SCALE_KEY, json.dumps(list(scale)))
    if after != before:
        ops.append(Op(before, after))
    return Edit("Importer une enquête miroir", ops)


def mirror_scale(w: Workshop) -> tuple[int, int] | None:
    setting = w.settings.get(MIRROR_SCALE_KEY)
    if setting is None:
        return None
    try:
        lo, hi = json.loads(setting.value)
        return int(lo), int(hi)
    except (ValueError, TypeError):
        return None
