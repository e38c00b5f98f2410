"""The agenda's countdown with a fake clock, and what the file keeps of it."""

import pytest

from symetrie_desktop.commands.agenda import current_agenda, save_durations, save_progress
from symetrie_desktop.domain.agenda import PHASES, Agenda, default_durations, format_clock
from symetrie_desktop.store import load_file


def test_the_eight_phases_of_a_workshop_in_order():
    assert [label for _k, label, _m in PHASES] == [
        "Parcours", "Vécu client", "Vécu collaborateur", "Matrice croisée", "Brainstorm", "Vote",
        "Plan d'actions", "Synthèse"]


def test_countdown_runs_only_while_started():
    a = Agenda()
    planned = default_durations()[0]
    assert a.remaining_at(1000) == planned
    a = a.start(1000)
    assert a.remaining_at(1090) == planned - 90
    a = a.pause(1090)
    assert a.remaining_at(5000) == planned - 90  # paused: time stands still
    a = a.start(5000)
    assert a.remaining_at(5010) == planned - 100
    assert a.start(6000) == a  # starting twice changes nothing


def test_time_up_and_overtime():
    a = Agenda().with_duration(0, 1).start(0)
    assert not a.time_is_up(59.5)
    assert a.time_is_up(60)
    assert a.remaining_at(75) == -15
    assert format_clock(a.remaining_at(75)) == "-0:15"


def test_add_a_minute_and_next_phase_keep_the_timer_state():
    a = Agenda().with_duration(0, 1).start(0)
    a = a.add_minute()
    assert a.remaining_at(30) == 90
    b = a.next_phase(30)
    assert b.current == 1 and b.running and b.remaining_at(40) == default_durations()[1] - 10
    paused = a.pause(30).next_phase(31)
    assert not paused.running and paused.elapsed == 0
    last = Agenda(current=len(PHASES) - 1).next_phase(0)
    assert last.current == len(PHASES) - 1


def test_durations_are_checked():
    with pytest.raises(ValueError, match="between 1 and"):
        Agenda().with_duration(2, 0)


@pytest.mark.parametrize("seconds,text", [(0, "0:00"), (0.3, "0:01"), (65, "1:05"),
                                          (3600, "60:00"), (-0.4, "0:00"), (-61, "-1:01")])
def test_clock_format(seconds, text):
    assert format_clock(seconds) == text


def test_saved_agenda_resumes_paused_where_it_stopped(demo_doc):
    w = demo_doc.workshop
    running = Agenda().with_duration(3, 45).go_to(3, 0).start(100)
    save_durations(w, running).redo(demo_doc)
    save_progress(w, running, now=220).redo(demo_doc)
    reopened = current_agenda(load_file(demo_doc.path))
    assert reopened.current == 3 and not reopened.running
    assert reopened.elapsed == 120 and reopened.durations[3] == 45 * 60


@pytest.mark.parametrize("text", [None, "", "not json", '{"current": "nope"}', '{"vote": -5}',
                                  '{"vote": "10"}', "[1, 2]", '{"elapsed": "x"}'])
def test_an_unreadable_saved_agenda_falls_back_to_the_defaults(text):
    a = Agenda.from_json(text, text)
    assert a.current == 0 and a.elapsed == 0
    assert a.durations == default_durations()


def test_undoing_a_duration_does_not_turn_the_clock_back(demo_doc):
    w = demo_doc.workshop
    a = Agenda().start(0)
    save_progress(w, a, now=0).redo(demo_doc)
    longer = save_durations(w, a.with_duration(0, 50))
    longer.redo(demo_doc)
    save_progress(w, a, now=300).redo(demo_doc)
    longer.undo(demo_doc)
    saved = current_agenda(load_file(demo_doc.path))
    assert saved.elapsed == 300 and saved.durations == default_durations()
