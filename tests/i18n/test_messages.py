"""Every reason the lower layers give for a refusal reaches the facilitator as a sentence in
the interface's language: French by default, English once English is installed.

Each reason is produced by calling the real edit (or rule) with bad input, so a new or
reworded English message in commands/, domain/ or store/ fails here until ui/messages.py
(and the .ts) know it.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from symetrie_desktop.commands import after, board, decide, followup
from symetrie_desktop.commands import agenda as agenda_commands
from symetrie_desktop.domain import rules, votes
from symetrie_desktop.domain.agenda import Agenda
from symetrie_desktop.domain.diagnosis import Dimension, Statement
from symetrie_desktop.domain.followup import PreviousSession
from symetrie_desktop.domain.model import CardKind, LaneKind, Link, Vote
from symetrie_desktop.exchange.templates import blank
from symetrie_desktop.store import Problem, WorkshopFileError
from symetrie_desktop.ui.messages import explain

FRENCH = re.compile(r"[àâçéèêëîïôûùœ«»]|\b(le|la|les|des|du|un|une|au|aux|est|pas|ne|ce|cet|ces"
                    r"|sur|de)\b|\b[cdln]'| [:;?!]", re.IGNORECASE)


def refusal(call) -> rules.RuleError:
    with pytest.raises(rules.RuleError) as info:
        call()
    return info.value


def _lane(w, kind):
    return w.lane_of_kind(kind).id


def _cards(w, kind: LaneKind, card_kind: CardKind):
    lane = _lane(w, kind)
    return [c for c in w.cards.values() if c.lane_id == lane and c.kind == card_kind]


def _no_votes(w):
    w.votes.clear()
    return w


def reasons(w) -> dict[str, str]:
    """Every refusal the edits and rules can give, keyed by a short name, built on ``w``."""
    first_step = w.ordered_steps()[0].id
    customer, employee = _lane(w, LaneKind.CUSTOMER), _lane(w, LaneKind.EMPLOYEE)
    enchantment = _cards(w, LaneKind.CUSTOMER, CardKind.ENCHANTMENT)[0].id
    two_customer = [c.id for c in _cards(w, LaneKind.CUSTOMER, CardKind.IRRITANT)[:2]]
    idea, other_idea = sorted(w.ideas)[:2]
    action = sorted(w.actions)[0]
    ada, bob = [p.id for p in votes.voters(w)][:2]
    out: dict[str, str] = {}

    out["empty"] = refusal(lambda: board.add_card(w, customer, first_step, "irritant", "  \n "))
    out["too long"] = refusal(
        lambda: board.add_card(w, customer, first_step, "irritant", "x" * 20_001))
    out["not text"] = refusal(lambda: rules.clean_text(42, "card text"))
    out["date"] = refusal(lambda: decide.update_action(w, action, due="31/02/2026"))
    out["colour"] = refusal(lambda: board.add_participant(w, "Zoé", colour="rouge"))
    out["budget in info"] = refusal(lambda: board.set_info(w, vote_budget=100))
    one_step = blank()
    for sid in [s.id for s in one_step.ordered_steps()][1:]:
        del one_step.steps[sid]
    out["last step"] = refusal(lambda: board.remove_step(one_step, one_step.ordered_steps()[0].id))
    out["lane twice"] = refusal(lambda: board.add_lane(w, LaneKind.CUSTOMER, "Encore"))
    out["lane stays"] = refusal(lambda: board.remove_lane(w, employee))
    out["link"] = refusal(lambda: board.link_cards(w, *two_customer))
    out["unlink"] = refusal(lambda: board.unlink_cards(w, Link(two_customer[0], 10**6)))
    out["unknown card"] = refusal(lambda: board.update_card(w, 10**6, text="x"))
    out["unknown idea"] = refusal(lambda: decide.update_idea(w, 10**6, text="x"))
    out["not an irritant"] = refusal(lambda: decide.add_idea(w, "Idée", [enchantment]))
    out["no irritant"] = refusal(lambda: decide.idea_from_irritants(w, []))
    out["idea field"] = refusal(lambda: decide.update_idea(w, idea, colour="x"))
    out["action field"] = refusal(lambda: decide.update_action(w, action, colour="x"))
    out["status"] = refusal(lambda: decide.update_action(w, action, status="fini"))
    out["merge one"] = refusal(lambda: decide.merge_ideas(w, idea, [idea]))
    out["budget number"] = refusal(lambda: decide.set_vote_budget(w, 100))
    out["no vote back"] = refusal(lambda: decide.remove_vote(_no_votes(w), ada, idea))
    # a voter over budget, then a budget below what a voter placed
    w.votes.update({n: Vote(n, ada, idea_id=idea) for n in range(1, w.info.vote_budget + 1)})
    out["budget named"] = refusal(lambda: decide.add_vote(w, ada, other_idea))
    out["budget below named"] = refusal(lambda: decide.set_vote_budget(w, 1))
    # the anonymous round: all the room's dots, then more than a smaller budget allows
    _no_votes(w)
    pool = votes.anonymous_pool(w)
    w.votes.update({n: Vote(n, None, idea_id=idea) for n in range(1, pool + 1)})
    out["budget anonymous"] = refusal(lambda: decide.add_vote(w, None, idea))
    out["budget mixed"] = refusal(lambda: decide.add_vote(w, bob, idea))
    out["budget below anonymous"] = refusal(lambda: decide.set_vote_budget(w, 1))
    out["exclude"] = refusal(lambda: decide.set_vote_excluded(w, [ada, bob]))
    w.settings[votes.EXCLUDED_KEY] = votes.setting(votes.EXCLUDED_KEY, [ada])
    _no_votes(w)
    out["left out"] = refusal(lambda: decide.add_vote(w, ada, idea))
    out["review"] = refusal(lambda: followup.review_action(w, action, "fini"))
    w.sessions[1] = PreviousSession(1, "Séance 1", "2026-01-01", '{"cards": []}')
    out["earlier irritant"] = refusal(lambda: followup.mark_solved(w, 1, "c9", None))
    # the self-diagnosis
    out["dimension"] = refusal(lambda: after.add_statement(w, "bonheur", "Je suis bien."))
    w.statements[1] = Statement(1, Dimension.SENS, "Je sais à quoi sert mon travail.")
    out["no answer"] = refusal(lambda: after.add_response(w, {}))
    out["answer"] = refusal(lambda: after.add_response(w, {1: 7}))
    out["levers"] = refusal(lambda: after.actions_from_levers(w, []))
    out["duration"] = refusal(lambda: Agenda().with_duration(0, 0))
    out["agenda shape"] = refusal(lambda: agenda_commands.save_shape(
        w, lambda a: a.reshaped([]), now=0))
    out["save"] = WorkshopFileError("atelier.symetrie", Problem.WRITE_FAILED,
                                    "could not save (disk I/O error)")
    out["write"] = WorkshopFileError("atelier.symetrie", Problem.WRITE_FAILED,
                                     "could not be written (No space left on device)")
    # the board's own refusals, turned down before any edit is built
    for reason in (rules.Reason.PICK_A_PAIR, rules.Reason.CARD_NOT_EMPTIED,
                   rules.Reason.EXPERIENCE_ON_TOP):
        out[reason.value] = rules.RuleError(f"refused: {reason.value}", reason)
    out["experience lane"] = rules.RuleError("refused", rules.Reason.EXPERIENCE_LANE,
                                             name="Zoé")
    return out


@pytest.fixture
def all_reasons(demo):
    w = demo
    w.info = replace(w.info, vote_budget=3)
    return reasons(w)


def test_every_reason_is_known(all_reasons):
    unknown = {k: v for k, v in all_reasons.items()
               if isinstance(v, rules.RuleError) and v.reason is None}
    assert not unknown, f"refusals that carry no reason: {unknown}"
    # every reason was really produced, and they are not all the same sentence
    assert len({str(v) for v in all_reasons.values()}) == len(all_reasons)
    # and every reason the domain knows is among them: none without its test here
    produced = {v.reason for v in all_reasons.values() if isinstance(v, rules.RuleError)}
    assert produced == set(rules.Reason)


def test_reasons_read_in_french_by_default(french, all_reasons):
    for key, reason in all_reasons.items():
        sentence = explain(reason)
        assert sentence != str(reason), key
        assert FRENCH.search(sentence), (key, sentence)
        assert "{" not in sentence, (key, sentence)


def test_reasons_read_in_english_once_installed(english, all_reasons):
    french = {}
    from symetrie_desktop.ui import i18n

    i18n.install("fr")
    french = {key: explain(reason) for key, reason in all_reasons.items()}
    i18n.install("en")
    for key, reason in all_reasons.items():
        sentence = explain(reason)
        assert sentence != french[key], (key, sentence)
        assert not FRENCH.search(sentence.replace("Zoé", "")), (key, sentence)
        assert "{" not in sentence, (key, sentence)


def test_names_and_numbers_of_a_reason_are_kept(french, demo):
    w = demo
    ada = votes.voters(w)[0]
    reason = refusal(lambda: decide.add_vote(w, ada.id, sorted(w.ideas)[0]))
    assert explain(reason) == (
        f"Budget atteint : {ada.name} a déjà placé {votes.used(w, ada.id)} points sur "
        f"{w.info.vote_budget}.")
    assert "Texte trop long (20001 caractères, 20000 au plus)" in explain(
        refusal(lambda: rules.clean_text("x" * 20_001)))


def test_a_sentence_already_for_people_is_left_alone(french, english):
    assert explain(rules.RuleError("Déjà en français.")) == "Déjà en français."
    assert explain(rules.RuleError("")) == ""


def test_decision_pages_fall_back_on_the_common_sentences(french, demo):
    action = sorted(demo.actions)[0]
    why = refusal(lambda: decide.update_action(demo, action, status="fini"))
    assert explain(why).startswith("Statut non reconnu")
    assert explain(rules.RuleError("something new went wrong")) == "something new went wrong"
