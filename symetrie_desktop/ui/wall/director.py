"""Who decides what the wall shows: the agenda, unless the facilitator picks another page.

Moving to a phase (F8, a click on the agenda, the Agenda menu) shows that phase's page on
the projector and on the audience window, and the matching tab on the laptop. The
facilitator may show another page without moving the agenda (Affichage > Montrer au mur);
the next phase change goes back to following the agenda.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..agenda_clock import AgendaClock

#: phase key -> the laptop tab (page class name) the facilitator works in during that phase
PHASE_TABS = {
    "parcours": "boardPage",
    "vecu_client": "boardPage",
    "vecu_collaborateur": "boardPage",
    "matrice": "MatrixPage",
    "brainstorm": "VotePage",
    "vote": "VotePage",
    "plan": "PlanPage",
}


def tab_key(widget) -> str:
    """The page a tab holds (made or still to be made on first show)."""
    from ..lazy_tabs import page_key

    return page_key(widget)


class WallDirector(QObject):
    #: The phase key of the page now on the wall.
    shown = Signal(str)

    def __init__(self, window, clock: AgendaClock) -> None:
        super().__init__(window)
        self.window = window
        self.clock = clock
        self.override: str | None = None
        self._phase = self._where()
        clock.updated.connect(self._check_phase)

    @property
    def key(self) -> str:
        """The page on the wall: the facilitator's choice, else the agenda's phase."""
        return self.override or self.clock.agenda.phase_key

    def _where(self) -> tuple[int, str, str]:
        """The agenda's place: index, kind and name (two breaks are two phases)."""
        agenda = self.clock.agenda
        return agenda.current, agenda.phase_key, agenda.names[agenda.current]

    def heading(self) -> str:
        """The agenda phase's own name, when the wall shows that phase."""
        if self.override is not None:
            return ""
        agenda = self.clock.agenda
        return agenda.names[agenda.current]

    def _check_phase(self) -> None:
        where = self._where()
        if where == self._phase:
            return
        moved = where[:2] != self._phase[:2]
        self._phase = where
        if moved:
            self.override = None  # a new phase: the wall follows the agenda again
            self.select_tab(where[1])
        self.apply()

    def show_page(self, key: str) -> None:
        """Show ``key``'s page on the wall without moving the agenda."""
        self.override = None if key == self.clock.agenda.phase_key else key
        self.apply()

    def follow_tab(self) -> None:
        """Projector mode started from a decision tab: the wall shows that tab's phase,
        unless the agenda's phase already uses that tab."""
        tabs = self.window.tabs
        if tabs is None:
            return
        current = tab_key(tabs.currentWidget())
        if current == "boardPage" or PHASE_TABS.get(self.key) == current:
            return
        for key, name in PHASE_TABS.items():
            if name == current:
                self.override = None if key == self.clock.agenda.phase_key else key
                return

    def select_tab(self, key: str) -> None:
        """The laptop's tab for the phase (not while projecting: the wall is on the board
        page; leaving projector mode selects it)."""
        tabs = self.window.tabs
        name = PHASE_TABS.get(key)
        if tabs is None or name is None or self.window.projector.active:
            return
        for i in range(tabs.count()):
            if tab_key(tabs.widget(i)) == name:
                tabs.setCurrentIndex(i)
                return

    def step(self, delta: int) -> None:
        """Page Down / Page Up on the wall: the next or previous sheet of the page shown,
        on the projector and the audience window alike."""
        for wall in self.walls():
            wall.step(delta)

    def walls(self) -> list:
        found = [self.window.wall] if getattr(self.window, "wall", None) is not None else []
        audience = self.window.audience
        if audience is not None:
            found.append(audience.wall)
        return found

    def apply(self) -> None:
        key, heading = self.key, self.heading()
        for wall in self.walls():
            wall.show_phase(key, heading)
        if self.window.audience is not None:
            self.window.audience.show_wall(key, heading)
        self.shown.emit(key)
