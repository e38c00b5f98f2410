"""The « Enseignements » page: what this workshop's own post-its say through the field's lenses.

Four panels: relational versus digital delight (checked against the field's claim),
employee irritants per experience dimension, steps with no employee voice (blind
spots) and the indicators and channels next to the À examiner pairs.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...domain import insights
from ...domain.matrix import Quadrant
from ...domain.model import CardKind
from ..model import WorkshopModel
from .common import (
    CUSTOMER_COLOUR,
    EMPLOYEE_COLOUR,
    MUTED,
    QUADRANT_COLOURS,
    Page,
    heading,
    one_line,
    tag_label,
)

RELATIONAL_COLOUR = "#8e44ad"
DIGITAL_COLOUR = "#17a589"
BOTH_COLOUR = "#5d6d9e"
UNTAGGED_COLOUR = "#d5d8dc"


class Bars(QWidget):
    """Horizontal bars with a label and a count each; drawn by hand, readable from the back
    of the room."""

    ROW = 30

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, int, str]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows: list[tuple[str, int, str]]) -> None:
        self._rows = rows
        self.setFixedHeight(max(1, len(rows)) * self.ROW + 4)
        line = self.tr("{label} : {n}")
        self.setToolTip("\n".join(line.format(label=label, n=n) for label, n, _ in rows))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(400, len(self._rows) * self.ROW + 4)

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        label_w = max([fm.horizontalAdvance(r[0]) for r in self._rows] + [40]) + 12
        count_w = fm.horizontalAdvance("0000") + 8
        top = max([r[1] for r in self._rows] + [1])
        span = max(10, self.width() - label_w - count_w)
        for i, (label, n, col) in enumerate(self._rows):
            y = i * self.ROW + 2
            p.setPen(QColor("#1c2833"))
            p.drawText(QRectF(0, y, label_w - 8, self.ROW - 6),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            width = span * n / top
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor("#eef0f2"))
            p.drawRoundedRect(QRectF(label_w, y + 4, span, self.ROW - 14), 3, 3)
            p.setBrush(QColor(col))
            if n:
                p.drawRoundedRect(QRectF(label_w, y + 4, max(4.0, width), self.ROW - 14), 3, 3)
            font = QFont(self.font())
            font.setBold(True)
            p.setFont(font)
            p.setPen(QColor("#1c2833"))
            p.drawText(QRectF(label_w + span + 6, y, count_w, self.ROW - 6),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(n))
            p.setFont(self.font())
        p.end()


def _box(title: str, parent: QWidget) -> tuple[QGroupBox, QVBoxLayout]:
    box = QGroupBox(title, parent)
    box.setStyleSheet("QGroupBox { font-weight: 600; font-size: 12pt; }"
                      "QGroupBox QLabel { font-weight: normal; font-size: 10pt; }")
    lay = QVBoxLayout(box)
    return box, lay


def _text(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label


class InsightsPage(Page):
    def __init__(self, model: WorkshopModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        inner = QWidget(self)
        grid = QGridLayout(inner)
        grid.setSpacing(12)

        box, lay = _box(self.tr("Enchantements client : relationnels ou digitaux ?"), inner)
        self.moment_bars = Bars(box)
        self.irritant_bars = Bars(box)
        self.moment_text = _text(box)
        lay.addWidget(self.moment_text)
        lay.addWidget(QLabel(self.tr("Enchantements client"), box))
        lay.addWidget(self.moment_bars)
        lay.addWidget(QLabel(self.tr("Pour comparer : irritants client"), box))
        lay.addWidget(self.irritant_bars)
        lay.addStretch(1)
        grid.addWidget(box, 0, 0)

        box, lay = _box(self.tr("Irritants collaborateur par dimension"), inner)
        self.dimension_bars = Bars(box)
        self.dimension_text = _text(box)
        lay.addWidget(self.dimension_bars)
        lay.addWidget(self.dimension_text)
        lay.addStretch(1)
        grid.addWidget(box, 0, 1)

        box, lay = _box(self.tr("Angles morts : étapes sans vécu collaborateur"), inner)
        self.blind_text = _text(box)
        lay.addWidget(self.blind_text)
        lay.addStretch(1)
        grid.addWidget(box, 1, 0)

        box, lay = _box(self.tr("À examiner : indicateurs et canaux de l'étape"), inner)
        self.examine_text = _text(box)
        lay.addWidget(self.examine_text)
        lay.addStretch(1)
        grid.addWidget(box, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2, 1)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addWidget(heading(self.tr("Enseignements de l'atelier"), self, 15))
        layout.addWidget(scroll, 1)
        self.listen(model)
        self.refresh()

    def refresh(self, change=None) -> None:
        if change is not None and not change.kinds & {"cards", "links", "steps", "lanes"}:
            return
        w = self.model.workshop
        self._moments(insights.moment_share(w), insights.moment_share(w, CardKind.IRRITANT))
        counts, untagged = insights.dimension_irritants(w)
        self.dimension_bars.set_rows(
            [(tag_label(c.dimension), c.count, EMPLOYEE_COLOUR) for c in counts]
            + [(self.tr("Sans dimension"), len(untagged), "#aab7b8")])
        top = max(counts, key=lambda c: c.count, default=None)
        if top is not None and top.count:
            examples = "".join(f"<li>{escape(one_line(c.text, 110))}</li>" for c in top.cards[:3])
            self.dimension_text.setText(self.tr(
                "La dimension la plus citée est <b>{dim}</b> ({n} irritant(s)) :<ul>{ex}</ul>"
            ).format(dim=escape(tag_label(top.dimension)), n=top.count, ex=examples))
        else:
            self.dimension_text.setText(self.tr("Aucun irritant collaborateur n'est rattaché à "
                                                "une dimension."))
        self._blind_spots(insights.blind_spots(w))
        self._examine(insights.examine_notes(w))

    def _moments(self, share: insights.MomentShare, irritants: insights.MomentShare) -> None:
        def rows(s: insights.MomentShare) -> list[tuple[str, int, str]]:
            return [(self.tr("Relationnel"), s.relational, RELATIONAL_COLOUR),
                    (self.tr("Digital"), s.digital, DIGITAL_COLOUR),
                    (self.tr("Les deux"), s.both, BOTH_COLOUR),
                    (self.tr("Non étiqueté"), s.untagged, UNTAGGED_COLOUR)]

        self.moment_bars.set_rows(rows(share))
        self.irritant_bars.set_rows(rows(irritants))
        claim = self.tr("Le terrain affirme que presque tous les moments d'enchantement sont "
                        "<i>relationnels</i> (une personne a aidé le client).")
        if share.relational_share is None:
            verdict = self.tr("Aucun enchantement client n'est étiqueté relationnel ou digital : "
                              "étiquetez les post-it pour vérifier sur vos propres données.")
        else:
            pct = round(100 * share.relational_share)
            found = self.tr("Dans cet atelier, <b>{r} enchantement(s) sur {t}</b> étiquetés sont "
                            "relationnels (<b>{pct} %</b>), {d} digitaux.").format(
                r=share.relational, t=share.tagged, pct=pct, d=share.digital)
            rests = self.tr("Ce constat repose sur {t} post-it étiqueté(s).").format(
                t=share.tagged)
            if share.supports_claim is None:
                verdict = found + " " + rests + " " + self.tr(
                    "C'est trop peu pour trancher : il en faut au moins {min} pour que l'écart "
                    "à {pct} % ne tienne pas au hasard.").format(
                        min=insights.MIN_TAGGED, pct=round(100 * insights.CLAIM_THRESHOLD))
            elif share.supports_claim:
                verdict = found + " " + rests + " " + self.tr(
                    "L'atelier <b>confirme</b> l'affirmation.")
            else:
                verdict = found + " " + rests + " " + self.tr(
                    "L'atelier <b>nuance</b> l'affirmation : le digital enchante aussi ici.")
        self.moment_text.setText(f"{claim}<br>{verdict}")

    def _blind_spots(self, spots: list[insights.BlindSpot]) -> None:
        if not spots:
            self.blind_text.setText(self.tr("Chaque étape a au moins un post-it collaborateur."))
            return
        cards = self.tr("{n} post-it client")
        items = "".join(
            f"<li><b>{escape(s.step.name)}</b> — {cards.format(n=s.customer_cards)}</li>"
            for s in spots)
        self.blind_text.setText(self.tr(
            "Personne n'a parlé pour les équipes sur ces étapes : le diagnostic croisé y est "
            "aveugle.<ul>{items}</ul>").format(items=items))

    def _examine(self, notes: list[insights.ExamineNotes]) -> None:
        if not notes:
            self.examine_text.setText(self.tr("Aucune paire À examiner."))
            return
        colour = QUADRANT_COLOURS[Quadrant.TO_EXAMINE]
        parts = []
        client, collab = self.tr("Client"), self.tr("Collab.")
        indicators, channels = self.tr("Indicateurs"), self.tr("Canaux")
        for n in notes:
            ind = " ; ".join(escape(one_line(c.text, 120)) for c in n.indicators) or \
                self.tr("<i>aucun indicateur noté</i>")
            chan = " ; ".join(escape(one_line(c.text, 120)) for c in n.channels) or \
                self.tr("<i>aucun canal noté</i>")
            parts.append(
                f"<p><b style='color:{colour}'>{escape(n.pair.step.name)}</b><br>"
                f"<span style='color:{CUSTOMER_COLOUR}'><b>{client}</b></span> "
                f"{escape(one_line(n.pair.customer.text, 160))}<br>"
                f"<span style='color:{EMPLOYEE_COLOUR}'><b>{collab}</b></span> "
                f"{escape(one_line(n.pair.employee.text, 160))}<br>"
                f"<span style='color:{MUTED}'><b>{indicators}</b></span> {ind}<br>"
                f"<span style='color:{MUTED}'><b>{channels}</b></span> {chan}</p>")
        intro = self.tr("Le personnel peut apprécier ce qui gêne les clients : lire ces paires "
                        "avec les indicateurs sur lesquels il est jugé.")
        self.examine_text.setText(f"<p>{intro}</p>{''.join(parts)}")
