"""The decision phases on the wall: the cross matrix with the symmetry curve, the
brainstorm by theme, the vote (live, then the ranking) and the action plan.

Each page fits what the screen holds at the room's sizes and says how much it left out
(« + 3 autres paires ») rather than shrinking the type below 24 pixels; nothing is cut
inside a text.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from ...domain import votes
from ...domain.matrix import Pair, Quadrant, ordered_plan, pairs_by_quadrant, step_summaries
from ...domain.model import Idea
from ..decide.common import (
    CUSTOMER_COLOUR,
    EMPLOYEE_COLOUR,
    QUADRANT_COLOURS,
    QUADRANT_TINTS,
    quadrant_short,
    status_label,
)
from . import register
from .base import BODY_PX, HEADING_PX, INK, MARGIN, MUTED_INK, RULE, SMALL_PX, TITLE_PX, WallPage

GAP = 16


translate = QCoreApplication.translate  # lupdate reads the context at each call


# -- cross matrix -----


def quadrant_crosses(q: Quadrant) -> str:
    """What a quadrant crosses, under its name (the customer side first); translated when
    drawn, so that the wall follows a change of language."""
    return {
        Quadrant.PRIORITY_1: translate(
            "Wall", "irritant client × irritant collaborateur : à traiter en premier"
        ),
        Quadrant.PRIORITY_2: translate(
            "Wall", "enchantement client × irritant collaborateur : la bonne volonté s'épuisera"
        ),
        Quadrant.TO_EXAMINE: translate(
            "Wall", "irritant client × enchantement collaborateur : regarder indicateurs et canaux"
        ),
        Quadrant.TO_CAPITALISE: translate(
            "Wall", "enchantement client × enchantement collaborateur : à protéger"
        ),
    }[q]


# --------------------------------------------------------------------------


#: The order the room reads the quadrants in, one sheet (or more) each after the overview.
SHEET_ORDER = (Quadrant.PRIORITY_1, Quadrant.PRIORITY_2, Quadrant.TO_EXAMINE,
               Quadrant.TO_CAPITALISE)
SHEET_COLUMNS = 2


@register("matrice")
class MatrixWallPage(WallPage):
    """The four quadrants as the method's table with the symmetry curve (the overview),
    then every pair of each quadrant at body size, a sheet at a time: Page Down (a
    presenter's clicker sends it) or a click steps through them, Page Up goes back."""

    def __init__(self, model, parent=None) -> None:
        super().__init__(model, parent)
        self.sheet = 0
        #: (quadrant, pairs) of each sheet after the overview, as last laid out
        self.sheets: list[tuple[Quadrant, list[Pair]]] = []

    def sheet_count(self) -> int:
        return 1 + len(self.sheets)

    def set_sheet(self, index: int) -> None:
        self.sheet = max(0, min(index, self.sheet_count() - 1))
        self.update()

    def step(self, delta: int) -> None:
        self.set_sheet(self.sheet + delta)

    def title(self) -> str:
        title = translate("Wall", "Matrice croisée")
        if 0 < self.sheet < self.sheet_count():
            q, _pairs = self.sheets[self.sheet - 1]
            n = len(pairs_by_quadrant(self.model.workshop).get(q, []))
            title += " — " + quadrant_short(q) + " · " + translate(
                "Wall", "{n} paire(s)").format(n=n)
            same = [i for i, (other, _p) in enumerate(self.sheets) if other == q]
            if len(same) > 1:
                title += f" ({same.index(self.sheet - 1) + 1}/{len(same)})"
        return title

    def paintEvent(self, event) -> None:
        # the sheets depend on the space under the title: laid out first, as the board does
        m = self.px(MARGIN)
        widest = translate("Wall", "Matrice croisée") + " — " + translate(
            "Wall", "{n} paire(s)").format(n=999) + " (9/9) " + quadrant_short(
            Quadrant.TO_CAPITALISE)
        top = m * 0.6 + self.measure(self.full_title(widest), TITLE_PX,
                                     self.width() - 2 * m, True) + self.px(16)
        self.sheets = self._paginate(QRectF(m, top, self.width() - 2 * m,
                                            self.height() - top - m * 0.6))
        self.sheet = max(0, min(self.sheet, self.sheet_count() - 1))
        super().paintEvent(event)

    def draw(self, painter: QPainter, area: QRectF) -> None:
        footer = self._footer(painter, area)
        area = QRectF(area.x(), area.y(), area.width(), area.height() - footer)
        if self.sheet == 0:
            self._overview(painter, area)
        else:
            q, found = self.sheets[self.sheet - 1]
            self._sheet(painter, area, q, found)

    def _footer_h(self, area: QRectF) -> float:
        """The height of the line that says which sheet this is (one line of 24 px)."""
        return self.measure("Page", SMALL_PX, area.width()) + self.px(8)

    def _footer(self, painter: QPainter, area: QRectF) -> float:
        """« Page 2 sur 5 · Pg↓ ou clic : la suite » at the bottom right when the matrix
        has more than one sheet; returns the height it takes."""
        if not self.sheets:
            return 0.0
        text = translate("Wall", "Page {n} sur {total} · Pg↓ ou clic : la suite").format(
            n=self.sheet + 1, total=self.sheet_count())
        h = self._footer_h(area)
        self.text(painter, area.x(), area.bottom() - h + self.px(8), area.width(), text,
                  SMALL_PX, False, MUTED_INK, Qt.AlignmentFlag.AlignRight)
        return h

    # -- one quadrant's pairs, at body size, in columns ------------------------------------

    @staticmethod
    def _sheet_size(bold: bool) -> int:
        """On a quadrant's sheet the step's name is a heading, the two texts body."""
        return HEADING_PX if bold else BODY_PX

    def _block_h(self, pair: Pair, width: float) -> float:
        return sum(self.measure(t, self._sheet_size(b), width, b)
                   for t, b, _c in self._pair_lines(pair))

    def _columns_area(self, area: QRectF, q: Quadrant) -> tuple[float, float, float]:
        """(top, column width, bottom) of the columns under a quadrant's subtitle."""
        top = area.y() + self.measure(quadrant_crosses(q), SMALL_PX, area.width()) + self.px(
            GAP)
        width = (area.width() - self.px(GAP) * 2 * (SHEET_COLUMNS - 1)) / SHEET_COLUMNS
        return top, width - self.px(GAP * 1.5), area.bottom()

    def _paginate(self, area: QRectF) -> list[tuple[Quadrant, list[Pair]]]:
        """Each quadrant's pairs cut into sheets of SHEET_COLUMNS columns that hold them
        whole at body size."""
        area = QRectF(area.x(), area.y(), area.width(), area.height() - self._footer_h(area))
        by_quadrant = pairs_by_quadrant(self.model.workshop)
        sheets: list[tuple[Quadrant, list[Pair]]] = []
        gap = self.px(GAP)
        for q in SHEET_ORDER:
            found = by_quadrant.get(q, [])
            top, width, bottom = self._columns_area(area, q)
            page: list[Pair] = []
            column, y = 0, top
            for pair in found:
                h = self._block_h(pair, width)
                if y + h > bottom and y > top:  # this column is full: the next one
                    column, y = column + 1, top
                    if column == SHEET_COLUMNS:  # this sheet is full: a new one
                        sheets.append((q, page))
                        page, column = [], 0
                page.append(pair)
                y += h + gap
            if page:
                sheets.append((q, page))
        return sheets

    def _sheet(self, painter: QPainter, area: QRectF, q: Quadrant, found: list[Pair]) -> None:
        colour = QUADRANT_COLOURS[q]
        self.text(painter, area.x(), area.y(), area.width(), quadrant_crosses(q), SMALL_PX,
                  False, MUTED_INK)
        top, width, bottom = self._columns_area(area, q)
        gap = self.px(GAP)
        column_step = (area.width() + gap * 2) / SHEET_COLUMNS
        column, y = 0, top
        for pair in found:
            h = self._block_h(pair, width)
            if y + h > bottom and y > top:
                column, y = column + 1, top
            x = area.x() + column * column_step
            painter.fillRect(QRectF(x, y, self.px(8), h), QColor(colour))  # the quadrant
            tx = x + self.px(GAP * 1.5)
            for text, bold, c in self._pair_lines(pair):
                y += self.text(painter, tx, y, width, text, self._sheet_size(bold), bold, c,
                               max_height=bottom - y)
            y += gap

    # -- the overview: the method's table and the curve ------------------------------------

    def _overview(self, painter: QPainter, area: QRectF) -> None:
        w = self.model.workshop
        by_quadrant = pairs_by_quadrant(w)
        gap = self.px(GAP)
        curve_h = min(self.px(300), area.height() * 0.34)
        grid_h = area.height() - curve_h - gap
        cell_w = (area.width() - gap) / 2
        cell_h = (grid_h - gap) / 2
        # customer down the side, employee across the top, as in the method's table
        places = {
            Quadrant.PRIORITY_1: (0, 0),
            Quadrant.TO_EXAMINE: (1, 0),
            Quadrant.PRIORITY_2: (0, 1),
            Quadrant.TO_CAPITALISE: (1, 1),
        }
        for q, (col, row) in places.items():
            rect = QRectF(
                area.x() + col * (cell_w + gap), area.y() + row * (cell_h + gap), cell_w, cell_h
            )
            self._quadrant(painter, rect, q, by_quadrant.get(q, []))
        self._curve(painter, QRectF(area.x(), area.bottom() - curve_h, area.width(), curve_h))

    def _quadrant(self, painter: QPainter, rect: QRectF, q: Quadrant, found: list[Pair]) -> None:
        colour = QUADRANT_COLOURS[q]
        painter.setPen(QPen(QColor(colour), self.px(4)))
        painter.setBrush(QColor(QUADRANT_TINTS[q]))
        painter.drawRoundedRect(rect, self.px(10), self.px(10))
        pad = self.px(14)
        x, width = rect.x() + pad, rect.width() - 2 * pad
        y = rect.y() + pad * 0.6
        count = translate("Wall", "{n} paire(s)").format(n=len(found))
        y += self.text(
            painter, x, y, width, f"{quadrant_short(q)} · {count}", HEADING_PX, True, colour
        )
        y += self.text(
            painter, x, y, width, quadrant_crosses(q), SMALL_PX, False, MUTED_INK
        ) + self.px(6)
        bottom = rect.bottom() - pad * 0.5
        more_h = self.measure("+ 0", SMALL_PX, width)
        for n, pair in enumerate(found):
            block = self._pair_lines(pair)
            need = sum(self.measure(t, SMALL_PX, width, b) for t, b, _c in block)
            left = len(found) - n - 1
            if y + need + (more_h if left else 0) > bottom:
                page = next((i for i, (other, _p) in enumerate(self.sheets, 2) if other == q),
                            None)
                if page is None:
                    self.more_line(painter, x, y, width, len(found) - n,
                                   translate("Wall", "paires"))
                else:  # they are all on the quadrant's own sheet: say which
                    self.text(painter, x, y, width, translate(
                        "Wall", "… et {n} de plus : page {page}").format(
                            n=len(found) - n, page=page), SMALL_PX, True, MUTED_INK)
                return
            for text, bold, c in block:
                y += self.text(painter, x, y, width, text, SMALL_PX, bold, c)
            y += self.px(6)
        if not found:
            self.text(
                painter, x, y, width, translate("Wall", "Aucune paire"), SMALL_PX, False, MUTED_INK
            )

    @staticmethod
    def _pair_lines(pair: Pair) -> list[tuple[str, bool, str]]:
        return [
            (pair.step.name, True, MUTED_INK),
            (translate("Wall", "Client : {text}").format(text=pair.customer.text), False, INK),
            (translate("Wall", "Collab. : {text}").format(text=pair.employee.text), False, INK),
        ]

    def _curve(self, painter: QPainter, rect: QRectF) -> None:
        rows = step_summaries(self.model.workshop)
        title = translate(
            "Wall", "Courbe de symétrie — solde (enchantements − irritants) par étape"
        )
        y = rect.y() + self.text(
            painter, rect.x(), rect.y(), rect.width() * 0.62, title, SMALL_PX, True, INK
        )
        legend_x = rect.x() + rect.width() * 0.64
        for n, (label, colour) in enumerate(
            (
                (translate("Wall", "Vécu client"), CUSTOMER_COLOUR),
                (translate("Wall", "Vécu collaborateur"), EMPLOYEE_COLOUR),
            )
        ):
            lx = legend_x + n * rect.width() * 0.18
            painter.setPen(QPen(QColor(colour), self.px(6)))
            painter.drawLine(
                QPointF(lx, rect.y() + self.px(16)),
                QPointF(lx + self.px(40), rect.y() + self.px(16)),
            )
            self.text(
                painter,
                lx + self.px(50),
                rect.y(),
                rect.width() * 0.16,
                label,
                SMALL_PX,
                True,
                colour,
            )
        if not rows:
            return
        axis_w = self.px(60)
        slot = (rect.width() - axis_w) / len(rows)
        names_h = max(self.measure(r.step.name, SMALL_PX, slot - self.px(8)) for r in rows)
        plot = QRectF(
            rect.x() + axis_w,
            y + self.px(12),
            rect.width() - axis_w,
            rect.bottom() - names_h - self.px(8) - y - self.px(12),
        )
        values = [v for r in rows for v in (r.customer_balance, r.employee_balance)]
        low, high = min(0, *values) - 1, max(0, *values) + 1

        def at(i: int, v: float) -> QPointF:
            return QPointF(
                plot.x() + slot * (i + 0.5),
                plot.bottom() - (v - low) / (high - low) * plot.height(),
            )

        painter.setPen(QPen(QColor(RULE), self.px(2)))
        painter.drawLine(
            at(0, 0) - QPointF(slot / 2, 0), at(len(rows) - 1, 0) + QPointF(slot / 2, 0)
        )
        for v in (high - 1, 0, low + 1):
            p = at(0, v)
            self.text(
                painter,
                rect.x(),
                p.y() - self.px(15),
                axis_w - self.px(10),
                f"{v:+d}" if v else "0",
                SMALL_PX,
                False,
                MUTED_INK,
                Qt.AlignmentFlag.AlignRight,
            )
        for colour, key in (
            (CUSTOMER_COLOUR, "customer_balance"),
            (EMPLOYEE_COLOUR, "employee_balance"),
        ):
            path = QPainterPath()
            points = [at(i, getattr(r, key)) for i, r in enumerate(rows)]
            path.moveTo(points[0])
            for p in points[1:]:
                path.lineTo(p)
            painter.setPen(QPen(QColor(colour), self.px(6)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            painter.setBrush(QColor(colour))
            for p in points:
                painter.drawEllipse(p, self.px(8), self.px(8))
        for i, r in enumerate(rows):
            self.text(
                painter,
                plot.x() + slot * i + self.px(4),
                plot.bottom() + self.px(8),
                slot - self.px(8),
                r.step.name,
                SMALL_PX,
                False,
                INK,
                Qt.AlignmentFlag.AlignHCenter,
            )


# -- brainstorm -----------------------------------------------------------------------------


def ideas_by_theme(workshop) -> list[tuple[str, list[Idea]]]:
    """Themes in name order (« Sans thème » last), their ideas in brainstorm order."""
    groups: dict[str, list[Idea]] = {}
    for idea in workshop.ordered_ideas():
        groups.setdefault(idea.theme, []).append(idea)
    names = sorted((t for t in groups if t), key=str.casefold)
    return [(t, groups[t]) for t in names] + ([("", groups[""])] if "" in groups else [])


@register("brainstorm")
class BrainstormWallPage(WallPage):
    """The ideas grouped by theme, in columns, each idea whole."""

    COLUMNS = 3

    def title(self) -> str:
        return translate("Wall", "Brainstorm — les idées par thème")

    def draw(self, painter: QPainter, area: QRectF) -> None:
        groups = ideas_by_theme(self.model.workshop)
        if not groups:
            self.text(
                painter,
                area.x(),
                area.y(),
                area.width(),
                translate(
                    "Wall", "Pas encore d'idée : choisissez des irritants et proposez des idées."
                ),
                BODY_PX,
                False,
                MUTED_INK,
            )
            return
        gap = self.px(GAP * 2)
        col_w = (area.width() - gap * (self.COLUMNS - 1)) / self.COLUMNS
        col, y = 0, area.y()
        more_h = self.measure("+ 0", SMALL_PX, col_w)
        total = sum(len(ideas) for _t, ideas in groups)
        shown = 0
        for theme, ideas in groups:
            name = theme or translate("Wall", "Sans thème")
            for n, idea in enumerate(ideas):
                text = "• " + idea.text
                need = self.measure(text, BODY_PX, col_w) + self.px(8)
                label = name
                head = self.measure(label, HEADING_PX, col_w, True) + self.px(6) if n == 0 else 0
                if y + head + need + more_h > area.bottom():
                    col, y = col + 1, area.y()
                    if n:  # the theme goes on at the top of the next column
                        label = translate("Wall", "{theme} (suite)").format(theme=name)
                    head = self.measure(label, HEADING_PX, col_w, True) + self.px(6)
                    if col >= self.COLUMNS:
                        x = area.x() + (self.COLUMNS - 1) * (col_w + gap)
                        self.more_line(
                            painter,
                            x,
                            area.bottom() - more_h,
                            col_w,
                            total - shown,
                            translate("Wall", "idées"),
                        )
                        return
                x = area.x() + col * (col_w + gap)
                if head:
                    y += self.text(painter, x, y, col_w, label, HEADING_PX, True, "#1f4e79")
                    y += self.px(6)
                y += self.text(painter, x, y, col_w, text, BODY_PX, False, INK) + self.px(8)
                shown += 1
            y += self.px(GAP)


# -- vote -----------------------------------------------------------------------------------


@register("vote")
class VoteWallPage(WallPage):
    """Live: who has voted and the dots left. Revealed: the ranking with bars."""

    def title(self) -> str:
        if votes.is_revealed(self.model.workshop):
            return translate("Wall", "Vote — le classement")
        return translate("Wall", "Vote — en cours")

    def draw(self, painter: QPainter, area: QRectF) -> None:
        if votes.is_revealed(self.model.workshop):
            self._ranking(painter, area)
        else:
            self._live(painter, area)

    def _live(self, painter: QPainter, area: QRectF) -> None:
        w = self.model.workshop
        states = votes.voter_states(w)
        budget = w.info.vote_budget
        left = votes.left(w, None)
        y = area.y()
        y += self.text(
            painter,
            area.x(),
            y,
            area.width(),
            translate(
                "Wall", "{left} point(s) restent à placer sur {total} · {n} idée(s) en jeu"
            ).format(left=left, total=budget * len(states), n=len(w.ideas)),
            HEADING_PX,
            True,
            INK,
        )
        y += self.px(GAP * 2)
        if not states:
            return
        columns = 1 if len(states) <= 6 else 2 if len(states) <= 16 else 3
        col_w = area.width() / columns
        row_h = self.measure("Ag", HEADING_PX, col_w) + self.px(16)
        rows_fit = max(1, min(math.ceil(len(states) / columns), int((area.bottom() - y) // row_h)))
        for n, s in enumerate(states):
            if n >= rows_fit * columns:
                self.more_line(
                    painter,
                    area.x(),
                    area.bottom() - row_h,
                    area.width(),
                    len(states) - n,
                    translate("Wall", "votants"),
                )
                break
            x = area.x() + (n // rows_fit) * col_w
            ry = y + (n % rows_fit) * row_h
            dots = "●" * s.used + "○" * s.left
            done = s.left == 0
            colour = "#1e8449" if done else (INK if s.used else "#b3261e")
            self.text(
                painter, x, ry, col_w * 0.55, s.participant.name, HEADING_PX, not s.used, colour
            )
            self.text(painter, x + col_w * 0.55, ry, col_w * 0.42, dots, HEADING_PX, False, colour)

    def _ranking(self, painter: QPainter, area: QRectF) -> None:
        w = self.model.workshop
        tallies = votes.idea_tallies(w)
        ranked = sorted(w.ordered_ideas(), key=lambda i: -tallies[i.id])
        if not ranked:
            self.text(
                painter,
                area.x(),
                area.y(),
                area.width(),
                translate("Wall", "Aucune idée."),
                BODY_PX,
                False,
                MUTED_INK,
            )
            return
        top = max(1, tallies[ranked[0].id])
        text_w = area.width() * 0.55
        bar_x = area.x() + text_w + self.px(GAP * 2)
        bar_w = area.right() - bar_x - self.px(90)
        y = area.y()
        more_h = self.measure("+ 0", SMALL_PX, area.width())
        for n, idea in enumerate(ranked):
            label = f"{n + 1}. {idea.text}"
            h = max(self.measure(label, BODY_PX, text_w, n < 3), self.px(44)) + self.px(12)
            if y + h + (more_h if n < len(ranked) - 1 else 0) > area.bottom():
                self.more_line(
                    painter, area.x(), y, area.width(), len(ranked) - n, translate("Wall", "idées")
                )
                return
            self.text(painter, area.x(), y, text_w, label, BODY_PX, n < 3, INK)
            count = tallies[idea.id]
            length = bar_w * count / top
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#1f4e79" if n < 3 else "#5b7fa6"))
            painter.drawRect(QRectF(bar_x, y + self.px(4), max(length, self.px(4)), self.px(36)))
            self.text(
                painter,
                bar_x + length + self.px(10),
                y,
                self.px(80),
                str(count),
                BODY_PX,
                True,
                INK,
            )
            y += h


# -- action plan ----------------------------------------------------------------------------


@register("plan")
class PlanWallPage(WallPage):
    """The cross action plan in priority order: priority, action, owner, due date, status."""

    def title(self) -> str:
        return translate("Wall", "Plan d'actions")

    def draw(self, painter: QPainter, area: QRectF) -> None:
        plan = ordered_plan(self.model.workshop)
        if not plan:
            self.text(
                painter,
                area.x(),
                area.y(),
                area.width(),
                translate("Wall", "Pas encore d'action : créez-les depuis les idées votées."),
                BODY_PX,
                False,
                MUTED_INK,
            )
            return
        widths = [0.15, 0.45, 0.17, 0.11, 0.12]
        xs = [area.x()]
        for f in widths[:-1]:
            xs.append(xs[-1] + area.width() * f)
        cols = [area.width() * f - self.px(GAP) for f in widths]
        heads = [
            translate("Wall", "Priorité"),
            translate("Wall", "Action"),
            translate("Wall", "Porteur"),
            translate("Wall", "Échéance"),
            translate("Wall", "Statut"),
        ]
        y = area.y()
        for x, width, head in zip(xs, cols, heads, strict=True):
            self.text(painter, x, y, width, head, SMALL_PX, True, MUTED_INK)
        y += self.measure("Ag", SMALL_PX, area.width()) + self.px(8)
        painter.setPen(QPen(QColor(RULE), self.px(2)))
        painter.drawLine(QPointF(area.x(), y), QPointF(area.right(), y))
        y += self.px(8)
        more_h = self.measure("+ 0", SMALL_PX, area.width())
        for n, (action, q) in enumerate(plan):
            due = _due(action.due)
            cells = [action.title, action.owner or "—", due, status_label(action.status)]
            h = max(self.measure(t, BODY_PX, c) for t, c in zip(cells, cols[1:], strict=True))
            h = max(h, self.px(44)) + self.px(14)
            if y + h + (more_h if n < len(plan) - 1 else 0) > area.bottom():
                self.more_line(
                    painter, area.x(), y, area.width(), len(plan) - n, translate("Wall", "actions")
                )
                return
            chip = QRectF(xs[0], y + self.px(2), cols[0], self.px(40))
            colour = QUADRANT_COLOURS.get(q, "#546e7a") if q is not None else "#546e7a"
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawRoundedRect(chip, self.px(8), self.px(8))
            self.text(
                painter,
                chip.x(),
                chip.y() + self.px(4),
                chip.width(),
                quadrant_short(q),
                SMALL_PX,
                True,
                "#ffffff",
                Qt.AlignmentFlag.AlignHCenter,
            )
            for x, width, text in zip(xs[1:], cols[1:], cells, strict=True):
                self.text(painter, x, y, width, text, BODY_PX, x == xs[1], INK)
            y += h
            painter.setPen(QPen(QColor("#e0e0e0"), self.px(1)))
            painter.drawLine(
                QPointF(area.x(), y - self.px(6)), QPointF(area.right(), y - self.px(6))
            )


def _due(iso: str) -> str:
    """The due date in the interface language's short format, or a dash."""
    if not iso:
        return "—"
    from PySide6.QtCore import QDate, QLocale

    date = QDate.fromString(iso, Qt.DateFormat.ISODate)
    return QLocale().toString(date, QLocale.FormatType.ShortFormat) if date.isValid() else iso
