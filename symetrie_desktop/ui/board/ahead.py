"""Post-its around the board's view drawn ahead while the board stays still.

A post-it a pan uncovers for the first time is drawn in Python during that pan (0.3–0.5 ms
each, a dozen or two for a large pan at 5,000 post-its, issue 11), where every post-it
already shown is copied from its picture (``card_item._Pictures``). So once the board has
stayed still for a moment (a pause between two drags), the post-its within a third of the
view's size around it get their pictures, nearest first, a few milliseconds per turn of the
event loop (an input waits at most that long), until a paint or a scroll stops it; it
begins anew from where the view then is. Zoomed out a post-it is a block of its colour:
nothing to draw ahead.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer

from .card_item import CardItem, picture_ahead

#: How long the board must stay still before drawing ahead (the moves of one drag come far
#: closer together, so it never adds its milliseconds to them), and the most each turn of
#: the event loop spends on it.
WAIT_MS, TURN_S = 150, 0.004


class DrawAhead(QObject):
    """The drawing ahead of one board view (``view.ahead``)."""

    def __init__(self, view, overview_zoom: float) -> None:
        super().__init__(view)
        self.view = view
        self.overview_zoom = overview_zoom
        #: the post-its still to draw, nearest last
        self.queue: list[CardItem] = []
        self.wait = QTimer(self)
        self.wait.setSingleShot(True)
        self.wait.setInterval(WAIT_MS)
        self.wait.timeout.connect(self.start)
        self.turn = QTimer(self)
        self.turn.setSingleShot(True)
        self.turn.setInterval(0)
        self.turn.timeout.connect(self.draw)

    def busy(self) -> bool:
        """Whether it waits for the board to stay still or has post-its left to draw."""
        return bool(self.queue) or self.wait.isActive() or self.turn.isActive()

    def restart(self) -> None:
        """The board moved or was painted: stop, and wait again for it to stay still."""
        self.queue.clear()
        self.turn.stop()
        self.wait.start()

    def start(self) -> None:
        """The post-its within a third of the view's size around it, nearest first."""
        view = self.view
        if not view.isVisible() or view.zoom() < self.overview_zoom:
            return
        shown = view.mapToScene(view.viewport().rect()).boundingRect()
        w, h = shown.width() / 3, shown.height() / 3
        centre = shown.center()
        cards = [i for i in view.scene().items(shown.adjusted(-w, -h, w, h))
                 if isinstance(i, CardItem)]
        cards.sort(key=lambda i: abs(i.x() - centre.x()) + abs(i.y() - centre.y()),
                   reverse=True)  # taken from the end: nearest first
        self.queue = cards
        self.draw()

    def draw(self) -> None:
        """A few milliseconds of drawing ahead, then on at the next turn of the loop."""
        view = self.view
        t, dpr = view.viewportTransform(), view.viewport().devicePixelRatioF()
        deadline = time.perf_counter() + TURN_S
        queue, scene = self.queue, view.scene()
        while queue and time.perf_counter() < deadline:
            item = queue.pop()
            if item.scene() is scene:  # an edit may have taken it away meanwhile
                picture_ahead(item, item.deviceTransform(t), dpr)
        if queue:
            self.turn.start()
