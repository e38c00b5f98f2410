"""The agenda bar driven with the mouse and a fake clock; what is saved is read from disk."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo

from symetrie_desktop.commands.agenda import current_agenda
from symetrie_desktop.domain.agenda import default_durations
from symetrie_desktop.store import load_file
from symetrie_desktop.ui.agenda_bar import AgendaBar
from symetrie_desktop.ui.agenda_clock import SAVE_EVERY_S, AgendaClock
from symetrie_desktop.ui.model import WorkshopModel


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def bar(qtbot, demo_doc):
    model = WorkshopModel(demo_doc)
    fake = FakeClock()
    clock = AgendaClock(model, fake)
    widget = AgendaBar(clock)
    qtbot.addWidget(widget)
    widget.fake = fake
    widget.model = model
    return widget


def saved(bar):
    return current_agenda(load_file(bar.model.document.path))


def test_the_timer_counts_down_pauses_and_moves_on_and_the_phase_is_saved(qtbot, bar):
    first = default_durations()[0]
    assert bar.countdown.text() == f"{first // 60}:00"
    qtbot.mouseClick(bar.play, Qt.MouseButton.LeftButton)
    assert bar.clock.running and "Pause" in bar.play.text()
    bar.fake.now += 65
    bar.clock._tick()
    assert bar.countdown.text() == f"{first // 60 - 2}:55"
    qtbot.mouseClick(bar.play, Qt.MouseButton.LeftButton)  # pause
    assert not bar.clock.running
    assert saved(bar).elapsed == 65
    bar.fake.now += 500  # paused: nothing moves
    bar.refresh()
    assert bar.countdown.text() == f"{first // 60 - 2}:55"
    qtbot.mouseClick(bar.next, Qt.MouseButton.LeftButton)
    assert saved(bar).current == 1 and saved(bar).elapsed == 0
    assert bar.phases.button(1).isChecked()


def test_clicking_a_phase_goes_there_and_plus_one_minute_is_saved(qtbot, bar):
    qtbot.mouseClick(bar.phases.button(5), Qt.MouseButton.LeftButton)
    assert saved(bar).current == 5
    qtbot.mouseClick(bar.more, Qt.MouseButton.LeftButton)
    assert saved(bar).durations[5] == default_durations()[5] + 60
    bar.model.undo_stack.undo()
    assert saved(bar).durations[5] == default_durations()[5]


def test_time_up_shows_overtime_softly(qtbot, bar):
    bar.clock.set_duration(0, 1)
    qtbot.mouseClick(bar.play, Qt.MouseButton.LeftButton)
    bar.fake.now += 75
    bar.clock._tick()
    assert bar.countdown.text() == "-0:15"
    assert bar.countdown.property("timeUp") is True


def test_a_running_timer_saves_its_progress_regularly(qtbot, bar):
    qtbot.mouseClick(bar.play, Qt.MouseButton.LeftButton)
    bar.fake.now += SAVE_EVERY_S + 1
    bar.clock._tick()
    assert saved(bar).elapsed == SAVE_EVERY_S + 1
    assert bar.clock.running


def test_reopening_resumes_paused_at_the_saved_phase(qtbot, bar, tmp_path):
    qtbot.mouseClick(bar.phases.button(3), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(bar.play, Qt.MouseButton.LeftButton)
    bar.fake.now += 42
    bar.clock.stop()
    agenda = saved(bar)
    assert (agenda.current, agenda.elapsed, agenda.running) == (3, 42, False)


def test_the_audience_bar_has_no_controls(qtbot, bar):
    audience = AgendaBar(bar.clock, controls=False, big=True)
    qtbot.addWidget(audience)
    assert not audience.play.isVisibleTo(audience)
    phase = audience.phases.button(3)
    assert phase.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    qtbot.mouseClick(phase, Qt.MouseButton.LeftButton)
    assert bar.clock.agenda.current == 0
    audience.show()
    audience.resize(1920, 90)  # on a 1920-pixel wall: the clock is read across the room
    qtbot.waitExposed(audience)
    assert QFontInfo(audience.countdown.font()).pixelSize() >= 48
    assert all(QFontInfo(b.font()).pixelSize() >= 24 for b in audience.phases.buttons())


def test_reshaping_while_the_timer_runs_keeps_its_time(qtbot, bar):
    from symetrie_desktop.domain.agenda import PAUSE

    bar.clock.start()
    bar.fake.now += 100
    bar.clock.shape(lambda a: a.reshaped(a.phases()))  # the same agenda: nothing to save
    bar.fake.now += 20
    assert bar.clock.remaining() == default_durations()[0] - 120
    bar.clock.shape(lambda a: a.inserted(0, PAUSE))  # a break before: the clock stays put
    bar.fake.now += 30
    assert bar.clock.agenda.current == 1 and bar.clock.running
    assert bar.clock.remaining() == default_durations()[0] - 150
    assert saved(bar).current == 1 and saved(bar).elapsed == 120  # saved when reshaped


def test_undoing_a_reshape_while_the_timer_runs_keeps_the_time_spent(qtbot, bar):
    """The undo puts back the agenda of the moment of the reshape, whose progress is as old
    as the clock's last save before it: the clock keeps counting the time really spent."""
    first = default_durations()[0]
    bar.clock.start()
    bar.fake.now += 20
    bar.clock.shape(lambda a: a.renamed(0, "Accueil"))  # one undoable step, saved at 20 s
    bar.fake.now += SAVE_EVERY_S + 5
    bar.clock._tick()  # the regular save, at 55 s
    bar.fake.now += 10
    bar.model.undo_stack.undo()  # at 65 s: the name goes, the time stays
    qtbot.waitUntil(lambda: saved(bar).elapsed == 65)
    assert saved(bar).names[0] == "" and bar.clock.running
    assert bar.clock.remaining() == first - 65
    bar.fake.now += 5
    bar.model.undo_stack.redo()
    qtbot.waitUntil(lambda: saved(bar).elapsed == 70)
    assert saved(bar).names[0] == "Accueil" and bar.clock.remaining() == first - 70


def test_undoing_a_break_inserted_before_keeps_the_time_on_the_same_phase(qtbot, bar):
    from symetrie_desktop.domain.agenda import PAUSE

    bar.clock.start()
    bar.fake.now += 40
    bar.clock.shape(lambda a: a.inserted(0, PAUSE))  # the clock moves to place 1
    bar.fake.now += 50
    bar.model.undo_stack.undo()  # back to place 0, the same phase: 90 s spent on it
    qtbot.waitUntil(lambda: saved(bar).current == 0 and saved(bar).elapsed == 90)
    assert bar.clock.remaining() == default_durations()[0] - 90


def test_undoing_while_paused_puts_back_what_was_saved(qtbot, bar):
    bar.clock.start()
    bar.fake.now += 30
    bar.clock.pause()
    bar.clock.shape(lambda a: a.renamed(0, "Accueil"))
    bar.fake.now += 600  # a long pause: nothing counts
    bar.model.undo_stack.undo()
    qtbot.wait(20)
    assert (saved(bar).elapsed, saved(bar).names[0], bar.clock.running) == (30, "", False)
