"""The summary on the wall: the few lines a sponsor remembers — the crossed priorities,
the ideas the room chose, and who does what by when."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QColor, QPainter, QPen

from ...domain import votes
from ...domain.matrix import Quadrant, ordered_plan, pairs_by_quadrant
from ..decide.common import QUADRANT_COLOURS, quadrant_short, status_label
from . import register
from .base import BODY_PX, HEADING_PX, INK, MUTED_INK, RULE, SMALL_PX, WallPage
from .decision_pages import _due

GAP = 16
TOP_PAIRS = 3
TOP_IDEAS = 3
TOP_ACTIONS = 5


translate = QCoreApplication.translate  # lupdate reads the context at each call


@register("synthese")
class SummaryWallPage(WallPage):
    def title(self) -> str:
        return translate("Wall", "Synthèse — {title}").format(title=self.model.workshop.info.title)

    def draw(self, painter: QPainter, area: QRectF) -> None:
        w = self.model.workshop
        by_q = pairs_by_quadrant(w)
        plan = ordered_plan(w)
        tallies = votes.idea_tallies(w)
        figures = translate(
            "Wall",
            "{steps} étapes · {cards} post-it · {pairs} paires croisées · "
            "{ideas} idées · {actions} actions",
        ).format(
            steps=len(w.steps),
            cards=len(w.cards),
            pairs=sum(len(v) for v in by_q.values()),
            ideas=len(w.ideas),
            actions=len(plan),
        )
        y = (
            area.y()
            + self.text(
                painter, area.x(), area.y(), area.width(), figures, BODY_PX, False, MUTED_INK
            )
            + self.px(GAP)
        )
        gap = self.px(GAP * 2)
        col_w = (area.width() - 2 * gap) / 3
        bottom = area.bottom()
        # 1. the crossed priorities: Priorité 1 first, then Priorité 2
        x = area.x()
        cy = self._heading(painter, x, y, col_w, translate("Wall", "Priorités croisées"))
        urgent = [p for q in (Quadrant.PRIORITY_1, Quadrant.PRIORITY_2) for p in by_q.get(q, [])]
        for n, pair in enumerate(urgent[:TOP_PAIRS]):
            lines = [
                (
                    f"{quadrant_short(pair.quadrant)} · {pair.step.name}",
                    True,
                    QUADRANT_COLOURS[pair.quadrant],
                ),
                (translate("Wall", "Client : {text}").format(text=pair.customer.text), False, INK),
                (translate("Wall", "Collab. : {text}").format(text=pair.employee.text), False, INK),
            ]
            need = sum(self.measure(t, SMALL_PX, col_w, b) for t, b, _ in lines)
            if cy + need > bottom - self.px(40):
                self.more_line(painter, x, cy, col_w, len(urgent) - n, translate("Wall", "paires"))
                break
            for text, bold, colour in lines:
                cy += self.text(painter, x, cy, col_w, text, SMALL_PX, bold, colour)
            cy += self.px(GAP)
        else:
            if not urgent:
                self.text(
                    painter,
                    x,
                    cy,
                    col_w,
                    translate("Wall", "Aucune paire prioritaire."),
                    BODY_PX,
                    False,
                    MUTED_INK,
                )
            elif len(urgent) > TOP_PAIRS:
                self.more_line(
                    painter, x, cy, col_w, len(urgent) - TOP_PAIRS, translate("Wall", "paires")
                )
        # 2. the ideas the room chose
        x += col_w + gap
        cy = self._heading(painter, x, y, col_w, translate("Wall", "Idées retenues"))
        ranked = sorted(
            (i for i in w.ordered_ideas() if tallies[i.id]), key=lambda i: -tallies[i.id]
        )
        for idea in ranked[:TOP_IDEAS]:
            text = translate("Wall", "{text} ({n} point(s))").format(
                text=idea.text, n=tallies[idea.id]
            )
            if cy + self.measure(text, BODY_PX, col_w) > bottom:
                break
            cy += self.text(painter, x, cy, col_w, text, BODY_PX, False, INK) + self.px(GAP)
        if not ranked:
            self.text(
                painter,
                x,
                cy,
                col_w,
                translate("Wall", "Aucune idée votée."),
                BODY_PX,
                False,
                MUTED_INK,
            )
        # 3. who does what by when
        x += col_w + gap
        cy = self._heading(painter, x, y, col_w, translate("Wall", "Actions et porteurs"))
        for n, (action, _q) in enumerate(plan[:TOP_ACTIONS]):
            owner = action.owner or translate("Wall", "porteur à trouver")
            detail = f"{owner} · {_due(action.due)} · {status_label(action.status)}"
            need = self.measure(action.title, BODY_PX, col_w, True) + self.measure(
                detail, SMALL_PX, col_w
            )
            if cy + need > bottom - self.px(40):
                self.more_line(painter, x, cy, col_w, len(plan) - n, translate("Wall", "actions"))
                break
            cy += self.text(painter, x, cy, col_w, action.title, BODY_PX, True, INK)
            cy += self.text(painter, x, cy, col_w, detail, SMALL_PX, False, MUTED_INK)
            cy += self.px(GAP)
        else:
            if not plan:
                self.text(
                    painter,
                    x,
                    cy,
                    col_w,
                    translate("Wall", "Pas encore d'action."),
                    BODY_PX,
                    False,
                    MUTED_INK,
                )
            elif len(plan) > TOP_ACTIONS:
                self.more_line(
                    painter, x, cy, col_w, len(plan) - TOP_ACTIONS, translate("Wall", "actions")
                )

    def _heading(self, painter: QPainter, x: float, y: float, width: float, text: str) -> float:
        y += self.text(painter, x, y, width, text, HEADING_PX, True, "#1f4e79")
        painter.setPen(QPen(QColor(RULE), self.px(3)))
        painter.drawLine(x, y + self.px(4), x + width, y + self.px(4))
        return y + self.px(14)
