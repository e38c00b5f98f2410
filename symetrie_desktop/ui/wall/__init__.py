"""The wall: one projected page per agenda phase, for the projector and the audience window.

Pages are registered by phase key (see :data:`PAGES`), so a later page (the
self-diagnosis radar, the room server's QR code) is one module with one
``@register("key")`` and nothing else to touch. :class:`WallView` shows the page of a
phase and builds each page the first time it is needed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QStackedWidget, QWidget

from ..model import WorkshopModel

#: The phases whose page is the journey board.
BOARD_PHASES = ("parcours", "vecu_client", "vecu_collaborateur")

#: phase key -> factory(model, parent) of its wall page
PAGES: dict[str, Callable[[WorkshopModel, QWidget | None], QWidget]] = {}


def register(*keys: str):
    """Class decorator: the page shown on the wall for these phase keys."""

    def add(factory):
        for key in keys:
            PAGES[key] = factory
        return factory

    return add


def _load_pages() -> None:
    """Import the page modules once: each registers itself. Done when a page is first
    shown, not when a workshop opens (the wall stays hidden until projector mode)."""
    from . import board_page, decision_pages, pause_page, summary_page  # noqa: F401


def pages() -> dict[str, Callable[[WorkshopModel, QWidget | None], QWidget]]:
    """Every registered page: phase key -> factory."""
    _load_pages()
    return PAGES


class WallView(QStackedWidget):
    """The page of one phase at a time, each built on first use and kept up to date.

    Nothing on it is clickable; in projector mode it takes the keyboard so that typing
    still starts a post-it in the quick capture bar (``typed``, ``key_handlers``)."""

    typed = Signal(str)
    #: Page Down / Page Up or a click: the page's next or previous sheet (the matrix's
    #: quadrants), on every wall at once (the director listens).
    stepped = Signal(int)

    def __init__(self, model: WorkshopModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.pages: dict[str, QWidget] = {}
        self.key: str | None = None
        self.current_step: int | None = None  # the facilitator's step (board pages)
        self.setObjectName("wallView")
        self.setStyleSheet("#wallView { background: #ffffff; }")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.key_handlers: list = []
        #: The agenda's AgendaClock, for pages that show the time left large (a break)
        self.clock = None

    def show_phase(self, key: str, heading: str = "") -> QWidget | None:
        """Show the page of ``key`` (titled with the agenda phase's own name ``heading``,
        if any); None when no page is registered for it."""
        factory = pages().get(key)
        if factory is None:
            return None
        page = self.pages.get(key)
        if page is None:
            page = self.pages[key] = factory(self.model, self)
            self.addWidget(page)
            if hasattr(page, "set_current_step"):
                page.set_current_step(self.current_step)
        if key != self.key and hasattr(page, "set_sheet"):
            page.set_sheet(0)  # a phase starts on its first sheet
        self.key = key
        if hasattr(page, "set_heading"):
            page.set_heading(heading)
        self.setCurrentWidget(page)
        page.update()
        return page

    def set_current_step(self, step_id: int | None) -> None:
        """The board pages show the group of steps holding the facilitator's current one."""
        self.current_step = step_id
        for page in self.pages.values():
            if hasattr(page, "set_current_step"):
                page.set_current_step(step_id)

    def page(self) -> QWidget | None:
        return self.pages.get(self.key) if self.key else None

    def step(self, delta: int) -> None:
        """The shown page's next (1) or previous (-1) sheet, if it has several."""
        page = self.page()
        if page is not None and hasattr(page, "step"):
            page.step(delta)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.stepped.emit(1)
        elif event.button() == Qt.MouseButton.RightButton:
            self.stepped.emit(-1)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers()
        steps = {Qt.Key.Key_PageDown: 1, Qt.Key.Key_PageUp: -1}
        if event.key() in steps and not mods & ~Qt.KeyboardModifier.KeypadModifier:
            self.stepped.emit(steps[event.key()])
            event.accept()
            return
        if mods & (Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier):
            if any(handler(event) for handler in self.key_handlers):
                event.accept()
                return
        elif event.text().isprintable() and event.text().strip():
            self.typed.emit(event.text())  # no keystroke lost: it starts a post-it
            event.accept()
            return
        super().keyPressEvent(event)
