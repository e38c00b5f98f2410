"""The window on a small screen: 1,280 px wide is a 1920×1080 laptop at 150 %, the
setting many 14-15" laptops come with. Every page must fit; the agenda bar gives up
phases (never the current one) rather than widen the window."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QPushButton

from symetrie_desktop.commands.agenda import current_agenda

SMALL = 1280


def test_every_page_fits_a_1280_px_screen(qtbot, window):
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        qtbot.wait(20)
        assert window.minimumSizeHint().width() <= SMALL, window.tabs.tabText(i)
    window.resize(SMALL, 720)
    qtbot.waitUntil(lambda: window.width() == SMALL)
    dock = window.participants
    for button in dock.findChildren(QPushButton):  # its four buttons whole, in the panel
        assert dock.rect().contains(QRect(button.mapTo(dock, QPoint(0, 0)), button.size()))


def test_a_narrow_agenda_bar_keeps_the_current_phase_and_the_next_ones(ui, qtbot, window):
    window.resize(SMALL, 720)
    bar = window.agenda_bar
    buttons = bar.phases.buttons()
    qtbot.waitUntil(lambda: window.width() == SMALL)
    shown = [bar.phases.id(b) for b in buttons if b.isVisible()]
    assert 0 < len(shown) < len(buttons)  # eight phases do not fit: some step aside
    assert shown == list(range(len(shown)))  # the first phase and those after it
    for n in range(1, len(buttons)):
        qtbot.keyClick(window, Qt.Key.Key_F8)  # « Phase suivante »
        assert current_agenda(ui.on_disk(window)).current == n
        qtbot.waitUntil(lambda n=n: bar.phases.button(n).isVisible())
        assert bar.phases.button(n).isChecked()
    window.resize(2200, 1000)  # with room again, every phase shows
    qtbot.waitUntil(lambda: all(b.isVisible() for b in buttons))
