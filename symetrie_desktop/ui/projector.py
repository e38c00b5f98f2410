"""Projector mode (F5): full screen, large type, high contrast, editing chrome hidden.

The board stays editable from the keyboard: typing shows the quick capture bar (or Ctrl+K),
Enter adds the post-it, Esc hides the bar, and Esc again leaves projector mode. What was
shown before is put back exactly on leaving.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMainWindow

from .board import style


@dataclass
class _Shown:
    """What the window looked like before projector mode."""

    full_screen: bool
    maximized: bool
    menu: bool
    status: bool
    docks: list
    tab_bar: bool
    capture: bool
    zoom: float


class ProjectorMode(QObject):
    toggled = Signal(bool)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.active = False
        self._before: _Shown | None = None

    def toggle(self) -> None:
        self.leave() if self.active else self.enter()

    def enter(self) -> None:
        w = self.window
        if self.active or w.view is None:
            return
        # a dock counts as shown unless the facilitator closed it (it may not be painted yet)
        explicit = Qt.WidgetAttribute.WA_WState_ExplicitShowHide
        docks = [d for d in w.findChildren(type(w.participants))
                 if not d.isHidden() or not d.testAttribute(explicit)] \
            if w.participants is not None else []
        self._before = _Shown(w.isFullScreen(), w.isMaximized(), w.menuBar().isVisible(),
                              w.statusBar().isVisible(), docks, w.tabs.tabBar().isVisible(),
                              w.capture.isVisible(), w.view.zoom())
        self.active = True
        w.menuBar().hide()
        w.statusBar().hide()
        for dock in docks:
            dock.hide()
        if w.director is not None:
            w.director.follow_tab()  # F5 on the matrix tab projects the matrix
        self._tab = w.tabs.currentIndex()
        self._phase = w.clock.agenda.current if w.clock is not None else None
        w.tabs.setCurrentIndex(0)
        w.tabs.tabBar().hide()
        w.capture.hide()
        if w.wall is not None:  # the room reads the wall page of the phase, not the editor
            w.view.hide()
            w.wall.show()
            w.director.apply()
        w.set_board_profile()
        w.agenda_bar.set_big(True)
        # no buttons shown to the room: the toolbar keeps only the agenda (the actions stay
        # on the window, so F5, Maj+F5 and Esc still work)
        self._chrome = [a for a in w.toolbar.actions()
                        if w.toolbar.widgetForAction(a) is not w.agenda_bar]
        for action in self._chrome:
            w.toolbar.removeAction(action)
        self._geometry = w.saveGeometry()
        screen = w.screen()
        if screen is not None:  # a window manager may not honour full screen by itself
            w.setGeometry(screen.geometry())
        w.showFullScreen()
        (w.wall if w.wall is not None else w.view).setFocus()
        w.view.installEventFilter(self)  # the screen settles after going full screen: refit
        QTimer.singleShot(0, self.fit)
        self.toggled.emit(True)

    def eventFilter(self, watched, event) -> bool:
        if self.active and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self.fit)
        return False

    def fit(self) -> None:
        """The whole journey across the screen, from the top: what the room reads."""
        if self.active and self.window.view is not None:
            self.window.view.fit_width()

    def leave(self) -> None:
        w = self.window
        if not self.active:
            return
        self.active = False
        if w.view is not None:
            w.view.removeEventFilter(self)
        before = self._before
        w.menuBar().setVisible(before.menu)
        w.statusBar().setVisible(True)  # confirmations (exports, copies) must be seen
        for dock in before.docks:
            dock.show()
        if w.wall is not None:
            w.wall.hide()
            w.view.show()
        if w.tabs is not None:
            w.tabs.tabBar().setVisible(before.tab_bar)
            w.tabs.setCurrentIndex(self._tab)  # back where the facilitator was…
            if w.clock is not None and w.clock.agenda.current != self._phase:
                w.director.select_tab(w.clock.agenda.phase_key)  # …or the new phase's tab
        if w.capture is not None:
            w.capture.setVisible(True)
        w.set_board_profile()
        if w.agenda_bar is not None:
            w.agenda_bar.set_big(False)
        if w.toolbar is not None:
            for action in getattr(self, "_chrome", []):
                w.toolbar.addAction(action)
        self._chrome = []
        if before.full_screen:
            w.showFullScreen()
        elif before.maximized:
            w.showMaximized()
        else:
            w.showNormal()
            w.restoreGeometry(self._geometry)
        if w.view is not None:
            w.view.set_zoom(before.zoom)
        self.toggled.emit(False)

    def show_capture(self, text: str = "") -> None:
        """Bring the quick capture bar up (typing on the board, or Ctrl+K)."""
        capture = self.window.capture
        if capture is None:
            return
        capture.show()
        capture.line.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if text:
            capture.line.insert(text)

    def escape(self) -> None:
        """Esc: close what is open (editor, capture bar) first; then leave projector mode."""
        w = self.window
        if w.view is not None and w.view.editor is not None:
            w.view.close_editor()
        elif w.capture is not None and w.capture.isVisible():
            w.capture.hide()
            (w.wall if w.wall is not None and w.wall.isVisible() else w.view).setFocus()
        else:
            self.leave()


def wants_projector_profile(window) -> bool:
    """Large type when the room reads the board: projector mode, or the audience window."""
    return bool(window.projector.active or window.audience is not None)


__all__ = ["ProjectorMode", "style", "wants_projector_profile"]
