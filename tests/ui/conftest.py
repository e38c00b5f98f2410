"""A main window on a real workshop file, and helpers to act on the board like a person."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QTransform
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from symetrie_desktop.domain.model import LaneKind, Workshop
from symetrie_desktop.exchange.demo import generated_workshop
from symetrie_desktop.exchange.workshop_json import from_exchange
from symetrie_desktop.store import load_file, write_new
from symetrie_desktop.ui.board.style import CARD_H, CARD_W


@pytest.fixture
def demo_file(tmp_path: Path, demo: Workshop) -> Path:
    path = tmp_path / "atelier.symetrie"
    write_new(path, demo)
    return path


@pytest.fixture
def small_file(tmp_path: Path) -> Path:
    """Three steps, a few cards per cell: quick to open and easy to reason about."""
    path = tmp_path / "petit.symetrie"
    write_new(path, from_exchange(generated_workshop(steps=3, cards=40, seed=3)))
    return path


@pytest.fixture
def window(qtbot, demo_file: Path):
    from symetrie_desktop.ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(2200, 1600)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_file(demo_file)
    win.activateWindow()
    qtbot.wait(10)
    yield win
    win.close()


@pytest.fixture
def view(window):
    return window.view


@pytest.fixture
def ui():
    """The helpers below, for test modules (tests/ is not a package, so they cannot import)."""
    return SimpleNamespace(on_disk=on_disk, lane_id=lane_id, step_ids=step_ids, drag=drag,
                           card_point=card_point, PaintedArea=PaintedArea, draw_card=draw_card,
                           count_draws=count_draws)


def count_draws(monkeypatch) -> list[int]:
    """The ids of the post-its drawn in full (``CardItem._draw``) from now on, in order."""
    from symetrie_desktop.ui.board.card_item import CardItem

    drawn: list[int] = []
    real = CardItem._draw
    monkeypatch.setattr(CardItem, "_draw", lambda item, *a: (drawn.append(item.card_id),
                                                             real(item, *a)))
    return drawn


def on_disk(window) -> Workshop:
    """What is really in the file the window edits."""
    return load_file(window.model.document.path)


def lane_id(workshop: Workshop, kind: LaneKind) -> int:
    lane = workshop.lane_of_kind(kind)
    assert lane is not None
    return lane.id


def step_ids(workshop: Workshop) -> list[int]:
    return [s.id for s in workshop.ordered_steps()]


def drag(widget, start: QPoint, end: QPoint, steps: int = 6,
         modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """Press, move in small steps, release: a person's drag."""
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, modifiers, start)
    for i in range(1, steps + 1):
        point = start + (end - start) * (i / steps)
        QTest.mouseMove(widget, point)
    QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, modifiers, end)


def card_point(view, card_id: int) -> QPoint:
    """The middle of a post-it, in viewport coordinates (scrolled into view first)."""
    item = view.board.cards[card_id]
    rect = item.sceneBoundingRect()
    view.reveal(rect)
    return view.mapFromScene(item.mapToScene(CARD_W / 2, CARD_H / 2))


class PaintedArea(QObject):
    """An event filter that keeps the area each paint of a widget covers."""

    def __init__(self) -> None:
        super().__init__()
        self.areas: list[int] = []

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.areas.append(sum(r.width() * r.height() for r in event.region()))
        return False


def draw_card(item, scale: float, widget=None, dx: float = 10) -> QImage:
    """A post-it item painted on white at ``scale``, ``dx`` px from the left: with no
    widget it draws itself in place (as the picture export does), with the board's
    viewport it copies its picture."""
    image = QImage(260, 200, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing
                           | QPainter.RenderHint.TextAntialiasing)
    painter.setWorldTransform(QTransform.fromTranslate(dx, 10).scale(scale, scale))
    item.paint(painter, QStyleOptionGraphicsItem(), widget)
    painter.end()
    return image
