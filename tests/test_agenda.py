"""The agenda's countdown with a fake clock, and what the file keeps of it."""

import pytest

from symetrie_desktop.commands.agenda import current_agenda, save_durations, save_progress
from symetrie_desktop.domain.agenda import (
    DURATIONS_KEY,
    MAX_NAME,
    MAX_PHASES,
    PAUSE,
    PHASE_KEYS,
    PHASES,
    PROGRESS_KEY,
    Agenda,
    default_durations,
    format_clock,
)
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


# -- a shaped agenda: phases added, removed, renamed, reordered, breaks -----------------------

def _write_setting(doc, key: str, text: str) -> None:
    """Put any text in a setting, as a hand-edited or hostile file would hold it."""
    from symetrie_desktop.commands.document import Op
    from symetrie_desktop.domain.model import Setting

    before = doc.workshop.settings.get(key)
    doc.apply([Op(before, Setting(key, text))])


def test_a_shaped_agenda_is_saved_and_read_back(demo_doc):
    w = demo_doc.workshop
    shaped = Agenda().reshaped([("parcours", "Le parcours en bref", 20), (PAUSE, "", 15),
                                ("matrice", "", 25), (PAUSE, "Déjeuner", 45)], planned=120)
    save_durations(w, shaped).redo(demo_doc)
    save_progress(w, shaped.go_to(3, 0), now=30).redo(demo_doc)
    back = current_agenda(load_file(demo_doc.path))
    assert back.kinds == ("parcours", PAUSE, "matrice", PAUSE)
    assert back.names == ("Le parcours en bref", "", "", "Déjeuner")
    assert back.durations == (1200, 900, 1500, 2700) and back.planned == 120
    assert back.current == 3  # the second break, not the first one of its kind
    assert back.total_minutes == 105 and back.phase_key == PAUSE
    assert back.next_phase(0).current == 3 and back.previous_phase(0).current == 2


def test_the_default_agenda_keeps_its_first_format():
    assert '"phases"' not in Agenda().durations_json()
    assert not Agenda().shaped and Agenda().kinds == PHASE_KEYS


@pytest.mark.parametrize("phases", [[], [("nope", "", 10)], [("vote", "", 0)],
                                    [("vote", "", True)], [("vote", 3, 10)],
                                    [("vote", "", 10)] * (MAX_PHASES + 1)])
def test_a_bad_shape_is_refused(phases):
    with pytest.raises(ValueError):
        Agenda().reshaped(phases)


def test_each_gesture_keeps_the_clock_on_its_phase():
    a = Agenda().go_to(3, 0).start(0)  # « Matrice croisée », running since 0
    a = a.pause(100)
    assert a.inserted(0, PAUSE).current == 4 and a.inserted(0, PAUSE).elapsed == 100
    assert a.inserted(5, PAUSE).current == 3
    assert a.removed(0).current == 2 and a.removed(0).phase_key == "matrice"
    assert a.moved(3, -3).current == 0 and a.moved(3, -3).elapsed == 100
    assert a.moved(0, 1).current == 3 and a.moved(0, 1).kinds[:2] == ("vecu_client", "parcours")
    gone = a.removed(3)  # the current phase itself: its successor starts afresh
    assert gone.current == 3 and gone.phase_key == "brainstorm" and gone.elapsed == 0
    assert a.renamed(3, "  Priorités\n\x00du jour ").names[3] == "Priorités du jour"
    assert a.moved(0, -1) == a  # nothing before the first phase


@pytest.mark.parametrize("text", [
    '{"phases": ' + str([{"kind": "vote", "minutes": 5}] * 2_000).replace("'", '"') + "}",
    '{"phases": [{"kind": "vote", "minutes": "5"}]}',
    '{"phases": [{"kind": "rm -rf", "minutes": 5}]}',
    '{"phases": [{"kind": "vote", "minutes": 5, "name": ["x"]}]}',
    '{"phases": [], "planned": 10}',
    '{"phases": [{"kind": "vote", "minutes": 5}], "planned": 1e300}',
    '{"phases": "vote"}',
])
def test_a_hostile_agenda_in_a_file_opens_as_the_default_one(demo_doc, text):
    _write_setting(demo_doc, DURATIONS_KEY, text)
    _write_setting(demo_doc, PROGRESS_KEY, '{"current": "vote", "index": 99999, '
                                          '"elapsed": 1e999}')
    back = current_agenda(load_file(demo_doc.path))
    if back.kinds == ("vote",):  # only a planned length it could not read: dropped
        assert back.planned == 0
    else:
        assert back.kinds == PHASE_KEYS and back.durations == default_durations()
    assert 0 <= back.current < len(back.kinds) and back.elapsed == 0


def test_a_name_with_control_characters_is_one_clean_line(demo_doc):
    _write_setting(demo_doc, DURATIONS_KEY, '{"phases": [{"kind": "pause", "minutes": 5, '
                                            '"name": "D\\u00e9j\\u0000\\neuner' + "x" * 500
                                            + '"}]}')
    back = current_agenda(load_file(demo_doc.path))
    assert back.names[0].startswith("Déj euner") and len(back.names[0]) == MAX_NAME
