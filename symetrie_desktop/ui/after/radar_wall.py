"""The radar on the wall: the self-diagnosis, read-only and full screen on the projector.

Large type (dimension names and levels at 28 px, well above the 24 px that reads from the
back row at 1920×1080), the room's shape and each dimension's level beside it. It listens to
the model, so answers arriving from phones or the laptop redraw it at once.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QScreen, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...domain.diagnosis import Level, diagnose
from ..model import WorkshopModel
from ..screens import second_screen
from .radar import RadarChart, dimension_label

WALL_TEXT_PX = 28


class RadarWall(QWidget):
    def __init__(self, model: WorkshopModel) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("radarWall")
        self.setWindowTitle(self.tr("Symétrie — autodiagnostic"))
        self.setStyleSheet("background: white; color: #222222;")
        self.model = model
        layout = QVBoxLayout(self)
        self.title = QLabel(self.tr("Autodiagnostic de l'expérience collaborateur"))
        font = QFont(self.font())
        font.setPixelSize(40)
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        row = QHBoxLayout()
        self.radar = RadarChart(self, large=True)
        row.addWidget(self.radar, 3)
        self.levels = QLabel()
        self.levels.setTextFormat(Qt.TextFormat.RichText)
        text = QFont(self.font())
        text.setPixelSize(WALL_TEXT_PX)
        self.levels.setFont(text)
        self.levels.setAlignment(Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.levels, 2)
        layout.addLayout(row, 1)
        QShortcut(QKeySequence("Esc"), self, activated=self.close)
        model.changed.connect(self._changed)
        self.refresh()

    def _changed(self, change) -> None:
        if change.kinds & {"responses", "statements"}:
            self.refresh()

    def refresh(self) -> None:
        w = self.model.workshop
        dx = diagnose(w.statements, w.responses)
        self.radar.set_diagnosis(dx)
        names = {Level.TO_BUILD: self.tr("À construire"), Level.ON_THE_WAY: self.tr("En chemin"),
                 Level.ANCHORED: self.tr("Ancrée")}
        colours = {Level.TO_BUILD: "#c0392b", Level.ON_THE_WAY: "#b9770e",
                   Level.ANCHORED: "#1e8449"}
        rows = []
        for s in dx.scores:
            if s.level is None:
                rows.append(f"<tr><td>{dimension_label(s.dimension)}</td><td>—</td></tr>")
                continue
            rows.append(f"<tr><td>{dimension_label(s.dimension)}&nbsp;&nbsp;</td>"
                        f"<td><b style='color:{colours[s.level]}'>{names[s.level]}</b></td></tr>")
        if dx.overall_level is not None:
            rows.append(f"<tr><td><br><b>{self.tr('Ensemble')}</b></td><td><br><b style='color:"
                        f"{colours[dx.overall_level]}'>{names[dx.overall_level]}</b></td></tr>")
        count = self.tr("{n} réponse(s)").format(n=dx.respondents)
        self.levels.setText(f"<table cellspacing='10'>{''.join(rows)}</table><p>{count}</p>")

    def show_on(self, screen: QScreen | None = None) -> None:
        """Full screen on the projector when there is one; a plain window otherwise."""
        screen = screen if screen is not None else second_screen()
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
            self.showFullScreen()
        else:
            self.resize(1280, 800)
            self.show()

    def closeEvent(self, event) -> None:
        with contextlib.suppress(RuntimeError, TypeError):  # already gone with the model
            self.model.changed.disconnect(self._changed)
        super().closeEvent(event)
