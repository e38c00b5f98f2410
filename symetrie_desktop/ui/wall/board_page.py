"""The journey on the wall: the customer lane right above the employee lane, every
post-it with its whole text, large enough to read from the back row.

The laptop's board is built for editing (fixed card size, text cut with « … »); the room
needs the opposite. Here cards are as tall as their text, the type shrinks from 30 to 24
pixels to make room, and when the journey is too long for one screen at that size the
wall shows the steps a few at a time — the group holding the facilitator's current step
(Alt+← / Alt+→, or a click on a step of the board) — and says which ones they are.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF

from ...domain.model import Card, CardKind, LaneKind, Step
from ..board import style
from . import register
from .base import BODY_PX, HEADING_PX, INK, MUTED_INK, RULE, SMALL_PX, WallPage

#: Card text sizes tried, largest first (design pixels); 24 is the room's floor.
CARD_SIZES = (30, 28, 26, 24)
MAX_STEPS = 8  # more columns than this and even a short post-it wraps every word
LABEL_W = 230
PAD = 12  # inside a card
GAP = 10  # between cards, cells and rows
MARK_W = 30  # room for the kind's mark at the left of a card
MIN_CARD_W = 300  # a wide cell holds post-its side by side, each at least this wide


@dataclass
class Plan:
    """How the board is laid out on this screen."""

    steps: list[Step]
    first: int  # index of the first step shown
    total: int
    size: int  # card text size (design px)
    column_w: float
    header_h: float
    rows: dict[LaneKind, float]
    fits: bool


translate = QCoreApplication.translate  # lupdate reads the context at each call


class BoardWallPage(WallPage):
    """The journey for the room. ``focus`` is the lane the phase is about (or None)."""

    def __init__(self, model, parent=None, focus: LaneKind | None = None) -> None:
        super().__init__(model, parent)
        self.focus = focus
        self.current_step: int | None = None
        self.plan: Plan | None = None
        self._heights: dict[tuple, float] = {}

    def set_current_step(self, step_id: int | None) -> None:
        self.current_step = step_id
        self.update()

    def title(self) -> str:
        names = {
            None: translate("Wall", "Parcours client"),
            LaneKind.CUSTOMER: translate("Wall", "Vécu client"),
            LaneKind.EMPLOYEE: translate("Wall", "Vécu collaborateur"),
        }
        text = names[self.focus]
        plan = self.plan
        if plan is not None and len(plan.steps) < plan.total:
            text += " — " + translate("Wall", "étapes {a} à {b} sur {n}").format(
                a=plan.first + 1, b=plan.first + len(plan.steps), n=plan.total
            )
        return text

    # -- layout -------------------------------------------------------------------------------

    def _cells(self) -> dict[tuple[LaneKind, int], list[Card]]:
        w = self.model.workshop
        cells: dict[tuple[LaneKind, int], list[Card]] = {}
        for kind in (LaneKind.CUSTOMER, LaneKind.EMPLOYEE):
            lane = w.lane_of_kind(kind)
            if lane is None:
                continue
            for step in w.steps.values():
                cells[(kind, step.id)] = w.cell(lane.id, step.id)
        return cells

    def _card_h(self, card: Card, width: float, size: int) -> float:
        key = (card.text, round(width, 1), size, self.scale())
        if key not in self._heights:  # measuring wrapped text is the slow part
            self._heights[key] = self.measure(
                card.text, size, width - self.px(PAD * 2 + MARK_W)
            ) + self.px(PAD * 2)
        return self._heights[key]

    def _cell(self, cards: list[Card], width: float, size: int) -> list[tuple[Card, QRectF]]:
        """Where each post-it of a cell goes, relative to the cell: side by side in the
        number of columns that makes the cell shortest (a wide cell on a screen of few
        steps), each post-it at least MIN_CARD_W wide, rows as tall as their tallest."""
        gap = self.px(GAP)
        most = max(1, min(len(cards), int((width + gap) // (self.px(MIN_CARD_W) + gap))))
        best: list[tuple[Card, QRectF]] = []
        best_h = float("inf")
        for k in range(1, most + 1):
            card_w = (width - (k - 1) * gap) / k
            placed, y = [], 0.0
            for start in range(0, len(cards), k):
                row = cards[start : start + k]
                heights = [self._card_h(c, card_w, size) for c in row]
                for i, (card, h) in enumerate(zip(row, heights, strict=True)):
                    placed.append((card, QRectF(i * (card_w + gap), y, card_w, h)))
                y += max(heights) + gap
            if y < best_h:
                best, best_h = placed, y
        return best

    def _cell_h(self, cards: list[Card], width: float, size: int) -> float:
        placed = self._cell(cards, width, size)
        return max((r.bottom() for _c, r in placed), default=0.0) + self.px(GAP)

    def layout(self, area: QRectF) -> Plan:
        """The most steps per screen, then the largest type, that show every post-it whole."""
        if len(self._heights) > 20000:
            self._heights.clear()
        steps = self.model.workshop.ordered_steps()
        total = len(steps)
        cells = self._cells()
        ids = [s.id for s in steps]
        at = ids.index(self.current_step) if self.current_step in ids else 0
        label_w = self.px(LABEL_W)
        best: Plan | None = None
        for n in range(max(1, min(MAX_STEPS, total)), 0, -1):
            first = (at // n) * n
            shown = steps[first : first + n]
            column_w = (area.width() - label_w) / n
            inner = column_w - self.px(GAP * 2)
            header_h = max(
                (self.measure(s.name, HEADING_PX, inner, True) for s in shown), default=0.0
            ) + self.px(GAP)
            for size in CARD_SIZES:
                rows = {}
                for kind in (LaneKind.CUSTOMER, LaneKind.EMPLOYEE):
                    heights = [
                        self._cell_h(cells.get((kind, s.id), []), inner, size) for s in shown
                    ]
                    rows[kind] = max([*heights, self.px(BODY_PX * 2)]) + self.px(GAP)
                height = header_h + sum(rows.values()) + self.px(GAP * 2)
                plan = Plan(
                    shown, first, total, size, column_w, header_h, rows, height <= area.height()
                )
                if plan.fits:
                    return plan
                best = best or plan
        return best if best is not None else Plan([], 0, 0, CARD_SIZES[-1], 0, 0, {}, True)

    # -- painting -----------------------------------------------------------------------------

    def paintEvent(self, event) -> None:
        # the title says which steps are shown: lay out first (the title's height is known)
        m = self.px(40)
        widest = translate("Wall", "Vécu collaborateur") + " — " + translate(
            "Wall", "étapes {a} à {b} sur {n}").format(a=99, b=99, n=99)
        title_h = self.measure(self.full_title(widest), 44, self.width() - 2 * m, True)
        top = m * 0.6 + title_h + self.px(16)
        self.plan = self.layout(QRectF(m, top, self.width() - 2 * m, self.height() - top - m * 0.6))
        super().paintEvent(event)

    def draw(self, painter: QPainter, area: QRectF) -> None:
        plan = self.plan or self.layout(area)
        if not plan.steps:
            self.text(
                painter,
                area.x(),
                area.y(),
                area.width(),
                translate("Wall", "Le parcours n'a pas encore d'étape."),
                BODY_PX,
                False,
                MUTED_INK,
            )
            return
        cells = self._cells()
        label_w = self.px(LABEL_W)
        x0 = area.x() + label_w
        y = area.y()
        for n, step in enumerate(plan.steps):
            x = x0 + n * plan.column_w
            self.text(
                painter,
                x + self.px(GAP),
                y,
                plan.column_w - self.px(GAP * 2),
                step.name,
                HEADING_PX,
                True,
                INK,
            )
        y += plan.header_h
        lanes = {
            LaneKind.CUSTOMER: self.model.workshop.lane_of_kind(LaneKind.CUSTOMER),
            LaneKind.EMPLOYEE: self.model.workshop.lane_of_kind(LaneKind.EMPLOYEE),
        }
        for kind in (LaneKind.CUSTOMER, LaneKind.EMPLOYEE):
            h = plan.rows[kind]
            lane = lanes[kind]
            fill = QColor(style.LANE_FILLS.get(kind, "#f5f5f5"))
            if self.focus is not None and self.focus != kind:
                fill = QColor("#f4f4f4")
            painter.fillRect(QRectF(area.x(), y, area.width(), h), fill)
            painter.setPen(QPen(QColor(RULE), self.px(2)))
            painter.drawLine(QPointF(area.x(), y), QPointF(area.right(), y))
            name = lane.name if lane is not None else ""
            self.text(
                painter,
                area.x() + self.px(8),
                y + self.px(GAP),
                label_w - self.px(16),
                name,
                BODY_PX,
                True,
                INK if self.focus in (None, kind) else MUTED_INK,
            )
            for n, step in enumerate(plan.steps):
                x = x0 + n * plan.column_w + self.px(GAP)
                inner = plan.column_w - self.px(GAP * 2)
                for card, r in self._cell(cells.get((kind, step.id), []), inner, plan.size):
                    rect = r.translated(x, y + self.px(GAP))
                    rect.setBottom(min(rect.bottom(), area.bottom()))
                    self._card(painter, card, rect, plan.size)
            y += h + self.px(GAP)
        painter.setPen(QPen(QColor(RULE), self.px(2)))
        for n in range(1, len(plan.steps)):
            x = x0 + n * plan.column_w
            painter.drawLine(QPointF(x, area.y()), QPointF(x, y))

    def _card(self, painter: QPainter, card: Card, rect: QRectF, size: int) -> None:
        fill, accent = style.CARD_COLOURS[card.kind]
        painter.setPen(QPen(QColor(accent), self.px(3)))
        painter.setBrush(QColor(fill))
        painter.drawRoundedRect(rect, self.px(8), self.px(8))
        self._mark(
            painter, card.kind, rect.x() + self.px(PAD), rect.y() + self.px(PAD + 4), QColor(accent)
        )
        self.text(
            painter,
            rect.x() + self.px(PAD + MARK_W),
            rect.y() + self.px(PAD),
            rect.width() - self.px(PAD * 2 + MARK_W),
            card.text,
            size,
            False,
            INK,
            max_height=rect.height() - self.px(PAD * 2) + 1,
        )

    def _mark(self, painter: QPainter, kind: CardKind, x: float, y: float, colour: QColor) -> None:
        """The kind's shape, so that nobody has to tell red from green: ! triangle, star."""
        s = self.px(22)
        painter.setPen(QPen(colour, 1))
        painter.setBrush(colour)
        if kind == CardKind.IRRITANT:
            painter.drawPolygon(
                QPolygonF(
                    [QPointF(x + s / 2, y), QPointF(x + s, y + s * 0.9), QPointF(x, y + s * 0.9)]
                )
            )
        elif kind == CardKind.ENCHANTMENT:
            points = []
            for i in range(10):
                r = s / 2 if i % 2 == 0 else s / 4.5
                a = -math.pi / 2 + i * math.pi / 5
                points.append(QPointF(x + s / 2 + r * math.cos(a), y + s / 2 + r * math.sin(a)))
            painter.drawPolygon(QPolygonF(points))


register("parcours")(lambda model, parent=None: BoardWallPage(model, parent))
register("vecu_client")(lambda model, parent=None: BoardWallPage(model, parent, LaneKind.CUSTOMER))
register("vecu_collaborateur")(
    lambda model, parent=None: BoardWallPage(model, parent, LaneKind.EMPLOYEE)
)

__all__ = ["SMALL_PX", "BoardWallPage", "Plan"]
