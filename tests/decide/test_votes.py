"""Dot-voting rules, without Qt: budget, exclusion, anonymous round, tallies."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from symetrie_desktop.commands import decide
from symetrie_desktop.commands.document import _mirror
from symetrie_desktop.domain import votes
from symetrie_desktop.domain.model import Idea, Setting, Vote
from symetrie_desktop.domain.rules import RuleError

from .handmade import handmade


def with_votes(*dots):
    w = handmade()  # budget 2, participants 1..4
    w.ideas = {1: Idea(1, "Idée A"), 2: Idea(2, "Idée B")}
    for vid, (pid, iid) in enumerate(dots, 1):
        w.votes[vid] = Vote(vid, pid, idea_id=iid)
    return w


def test_used_left_and_who_has_not_voted():
    w = with_votes((1, 1), (1, 1), (2, 2))
    assert votes.used(w, 1) == 2 and votes.left(w, 1) == 0
    assert votes.left(w, 2) == 1
    assert [p.name for p in votes.not_voted(w)] == ["Chloé Dia", "Hugo Animateur"]
    assert votes.idea_tallies(w) == {1: 2, 2: 1}
    assert votes.dots_of(w, 1, 1) == 2 and votes.dots_of(w, 2, 1) == 0


def test_excluded_participants_neither_vote_nor_count_as_missing():
    w = with_votes((1, 1))
    w.settings[votes.EXCLUDED_KEY] = votes.setting(votes.EXCLUDED_KEY, [4, 999])
    assert votes.excluded(w) == {4}  # a removed participant is ignored
    assert [p.id for p in votes.voters(w)] == [1, 2, 3]
    assert [p.name for p in votes.not_voted(w)] == ["Bruno Cas", "Chloé Dia"]


def test_anonymous_pool_is_what_the_room_has_not_placed_by_name():
    w = with_votes((1, 1), (None, 2))
    # 4 voters x 2 dots, 1 named dot placed -> 7 for the anonymous round, 1 used
    assert votes.anonymous_pool(w) == 7
    assert votes.left(w, None) == 6
    w.settings[votes.EXCLUDED_KEY] = votes.setting(votes.EXCLUDED_KEY, [4])
    assert votes.anonymous_pool(w) == 5


def test_revealed_setting_and_unreadable_values():
    w = handmade()
    assert votes.is_revealed(w) is False
    w.settings[votes.REVEALED_KEY] = votes.setting(votes.REVEALED_KEY, True)
    assert votes.is_revealed(w) is True
    w.settings[votes.REVEALED_KEY] = Setting(votes.REVEALED_KEY, "not json{")
    assert votes.is_revealed(w) is False
    w.settings[votes.EXCLUDED_KEY] = Setting(votes.EXCLUDED_KEY, '{"a": 1}')
    assert votes.excluded(w) == frozenset()
    w.settings[votes.EXCLUDED_KEY] = Setting(votes.EXCLUDED_KEY, "[true, 1]")
    assert votes.excluded(w) == {1}


def test_tallies_ignore_votes_on_cards_and_count_zero_ideas():
    w = with_votes((1, 1))
    w.votes[9] = Vote(9, 2, card_id=1)
    assert votes.idea_tallies(w) == {1: 1, 2: 0}
    assert votes.used(w, 2) == 1  # a dot on a card still spends the budget


def test_over_budget():
    w = with_votes((1, 1), (1, 2), (2, 1))
    assert [p.id for p in votes.over_budget(w, 1)] == [1]
    assert votes.over_budget(w, 2) == []


# -- any sequence of gestures keeps the budget -------------------------------------------------

gesture = st.one_of(
    st.tuples(st.just("vote"), st.sampled_from([1, 2, 3, 4, None]), st.sampled_from([1, 2])),
    st.tuples(st.just("unvote"), st.sampled_from([1, 2, 3, 4, None]), st.sampled_from([1, 2])),
    st.tuples(st.just("budget"), st.integers(0, 4), st.none()),
    st.tuples(st.just("exclude"), st.sets(st.sampled_from([1, 2, 3, 4]), max_size=2), st.none()),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(gesture, max_size=30))
def test_no_sequence_of_gestures_breaks_the_budget(gestures):
    w = with_votes()
    edits = {"vote": decide.add_vote, "unvote": decide.remove_vote,
             "budget": decide.set_vote_budget, "exclude": decide.set_vote_excluded}
    for name, *args in gestures:
        try:
            # vote/unvote take (participant or None, idea); budget/exclude take one value
            edit = edits[name](w, *(args if name in ("vote", "unvote") else args[:1]))
        except RuleError:
            continue
        for op in edit.ops:
            _mirror(w, op)
        for p in w.participants.values():
            assert votes.used(w, p.id) <= w.info.vote_budget
            if p.id in votes.excluded(w):
                assert votes.used(w, p.id) == 0
        # the room never holds more dots than budget x voters, however names were recorded
        voters = votes.voters(w)
        placed = votes.used(w, None) + sum(votes.used(w, p.id) for p in voters)
        assert placed <= w.info.vote_budget * len(voters)
        assert votes.used(w, None) <= votes.anonymous_pool(w)
        assert sum(votes.idea_tallies(w).values()) == len(w.votes)
