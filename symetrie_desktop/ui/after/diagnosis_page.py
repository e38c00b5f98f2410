"""The « Autodiagnostic » page: the questionnaire answered person by person, the radar, the
levels, and the levers of the weakest dimensions turned into plan actions in one gesture.

Answers are anonymous: the facilitator (or each participant in turn, at the laptop) ticks one
value per statement and presses « Enregistrer » — the form empties for the next person and
nothing says who answered. Every gesture is one undoable edit through ``model.try_push``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...commands import after
from ...domain.diagnosis import (
    DIMENSIONS,
    SCALE_MAX,
    SCALE_MIN,
    Level,
    diagnose,
    ordered_statements,
)
from ..decide.common import Page, heading
from ..model import WorkshopModel
from .radar import RadarChart, dimension_label

LEVER_ROLE = Qt.ItemDataRole.UserRole


class DiagnosisPage(Page):
    def __init__(self, model: WorkshopModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diagnosisPage")
        self.model = model
        self.groups: dict[int, QButtonGroup] = {}
        split = QSplitter(Qt.Orientation.Horizontal, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(split)

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.addWidget(heading(self.tr("Autodiagnostic de l'expérience collaborateur"), left))
        intro = QLabel(self.tr(
            "Chaque personne répond seule, sans nom : 1 pas du tout d'accord, 2 plutôt pas, "
            "3 plutôt, 4 tout à fait. « Enregistrer » garde ses réponses et vide le "
            "formulaire pour la suivante."))
        intro.setWordWrap(True)
        lv.addWidget(intro)
        self.start_button = QPushButton(self.tr("Commencer l'autodiagnostic (25 affirmations)"))
        self.start_button.clicked.connect(lambda: self.model.try_push(after.start_diagnosis))
        lv.addWidget(self.start_button)
        phones = QHBoxLayout()
        self.phone_qr = QLabel()
        self.phone_qr.setAccessibleName(self.tr("QR code de l'autodiagnostic"))
        self.phone_hint = QLabel()
        self.phone_hint.setWordWrap(True)
        self.phone_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        phones.addWidget(self.phone_qr)
        phones.addWidget(self.phone_hint, 1)
        lv.addLayout(phones)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        lv.addWidget(self.scroll, 1)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Enregistrer les réponses de cette personne"))
        self.save_button.clicked.connect(self.save_answers)
        self.count_label = QLabel()
        row.addWidget(self.save_button)
        row.addWidget(self.count_label, 1)
        lv.addLayout(row)
        lv.addWidget(self._editor())
        split.addWidget(left)

        right = QWidget()
        rv = QVBoxLayout(right)
        self.radar = RadarChart(right)
        rv.addWidget(self.radar, 3)
        self.levels = QLabel()
        self.levels.setTextFormat(Qt.TextFormat.RichText)
        self.levels.setWordWrap(True)
        rv.addWidget(self.levels)
        rv.addWidget(QLabel(self.tr("Leviers pour les dimensions les plus faibles :")))
        self.levers = QListWidget()
        self.levers.setAccessibleName(self.tr("Leviers proposés"))
        rv.addWidget(self.levers, 1)
        self.lever_button = QPushButton(self.tr("Ajouter les leviers cochés au plan d'actions"))
        self.lever_button.clicked.connect(self.add_levers)
        rv.addWidget(self.lever_button)
        self.wall_button = QPushButton(self.tr("Afficher le radar au mur"))
        self.wall_button.setToolTip(self.tr("Plein écran sur le projecteur (Échap pour fermer)"))
        self.wall_button.clicked.connect(self.show_wall)
        rv.addWidget(self.wall_button)
        self.wall = None
        split.addWidget(right)
        split.setSizes([700, 500])
        self.listen(model)
        self.refresh()

    # -- the questionnaire editor ---------------------------------------------------------------

    def _editor(self) -> QGroupBox:
        box = QGroupBox(self.tr("Modifier le questionnaire"))
        grid = QGridLayout(box)
        self.statement_combo = QComboBox()
        self.statement_combo.setAccessibleName(self.tr("Affirmation à modifier"))
        self.statement_combo.currentIndexChanged.connect(self._pick_statement)
        self.statement_text = QLineEdit()
        self.statement_text.setAccessibleName(self.tr("Texte de l'affirmation"))
        self.statement_text.setPlaceholderText(self.tr("Texte de l'affirmation"))
        self.dimension_combo = QComboBox()
        self.dimension_combo.setAccessibleName(self.tr("Dimension"))
        for d in DIMENSIONS:
            self.dimension_combo.addItem(dimension_label(d), d.value)
        reword = QPushButton(self.tr("Reformuler"))
        reword.setToolTip(self.tr("Même question, mieux dite : les réponses déjà données restent"))
        reword.clicked.connect(self._reword)
        swap = QPushButton(self.tr("Remplacer"))
        swap.setToolTip(self.tr("Une autre question : les réponses données à l'ancienne sont "
                                "retirées"))
        swap.clicked.connect(self._replace)
        add = QPushButton(self.tr("Ajouter dans la dimension"))
        add.clicked.connect(self._add)
        grid.addWidget(self.statement_combo, 0, 0, 1, 3)
        grid.addWidget(self.statement_text, 1, 0, 1, 3)
        grid.addWidget(reword, 2, 0)
        grid.addWidget(swap, 2, 1)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(self.dimension_combo)
        grid.addLayout(row, 2, 2)
        return box

    def _selected_statement(self) -> int | None:
        return self.statement_combo.currentData()

    def _pick_statement(self) -> None:
        sid = self._selected_statement()
        statement = self.model.workshop.statements.get(sid) if sid is not None else None
        if statement is not None:
            self.statement_text.setText(statement.text)
            self.dimension_combo.setCurrentIndex(DIMENSIONS.index(statement.dimension))

    def _reword(self) -> None:
        sid = self._selected_statement()
        if sid is not None:
            self.model.try_push(after.update_statement, sid, self.statement_text.text())

    def _replace(self) -> None:
        sid = self._selected_statement()
        if sid is not None:
            self.model.try_push(after.replace_statement, sid, self.statement_text.text())

    def _add(self) -> None:
        self.model.try_push(after.add_statement, self.dimension_combo.currentData(),
                            self.statement_text.text())

    # -- answering --------------------------------------------------------------------------------

    def _build_form(self) -> None:
        w = self.model.workshop
        form = QWidget()
        v = QVBoxLayout(form)
        self.groups = {}
        words = {1: self.tr("Pas du tout d'accord"), 2: self.tr("Plutôt pas d'accord"),
                 3: self.tr("Plutôt d'accord"), 4: self.tr("Tout à fait d'accord")}
        statements = ordered_statements(w.statements)
        for d in DIMENSIONS:
            mine = [s for s in statements if s.dimension == d]
            if not mine:
                continue
            box = QGroupBox(dimension_label(d))
            grid = QGridLayout(box)
            grid.setColumnStretch(0, 1)
            for row, s in enumerate(mine):
                text = QLabel(s.text)
                text.setWordWrap(True)
                grid.addWidget(text, row, 0)
                group = QButtonGroup(box)
                group.setExclusive(False)  # a second click on the ticked value clears it
                for value in range(SCALE_MIN, SCALE_MAX + 1):
                    button = QPushButton(str(value))
                    button.setCheckable(True)
                    button.setFixedWidth(36)
                    button.setToolTip(words[value])
                    button.setAccessibleName(f"{s.text[:60]} : {words[value]}")
                    group.addButton(button, value)
                    grid.addWidget(button, row, value)
                group.buttonToggled.connect(self._only_one)
                self.groups[s.id] = group
            v.addWidget(box)
        v.addStretch(1)
        self.scroll.setWidget(form)
        self.statement_combo.blockSignals(True)
        current = self.statement_combo.currentData()
        self.statement_combo.clear()
        for s in statements:
            self.statement_combo.addItem(f"{dimension_label(s.dimension)} — {s.text}", s.id)
        index = self.statement_combo.findData(current)
        self.statement_combo.setCurrentIndex(max(0, index))
        self.statement_combo.blockSignals(False)
        self._pick_statement()

    def _only_one(self, button: QAbstractButton, checked: bool) -> None:
        if not checked:
            return
        for other in button.group().buttons():
            if other is not button and other.isChecked():
                other.setChecked(False)

    def answers(self) -> dict[int, int]:
        out = {}
        for sid, group in self.groups.items():
            ticked = group.checkedId()
            if ticked >= SCALE_MIN:
                out[sid] = ticked
        return out

    def tick(self, sid: int, value: int) -> None:
        """Tick ``value`` for a statement, as a click would."""
        self.groups[sid].button(value).click()

    def save_answers(self) -> None:
        if self.model.try_push(after.add_response, self.answers()) is not None:
            for group in self.groups.values():
                for button in group.buttons():
                    button.setChecked(False)

    # -- results ----------------------------------------------------------------------------------

    def add_levers(self) -> None:
        chosen = []
        for i in range(self.levers.count()):
            item = self.levers.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                chosen.append(item.data(LEVER_ROLE))
        if chosen:
            self.model.try_push(after.actions_from_levers, chosen)

    def show_wall(self) -> None:
        from .radar_wall import RadarWall

        if self.wall is not None:
            self.wall.close()
        self.wall = RadarWall(self.model)
        self.wall.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.wall.destroyed.connect(lambda *_: setattr(self, "wall", None))
        self.wall.show_on()

    def phone_url(self) -> str | None:
        """Where phones answer, when the room is open (the room panel owns the server)."""
        panel = getattr(self.window(), "room_panel", None)
        server = getattr(panel, "server", None) if panel is not None else None
        return f"{server.url}diagnostic" if server is not None else None

    def _show_phones(self) -> None:
        url = self.phone_url() if self.model.workshop.statements else None
        self.phone_qr.setVisible(url is not None)
        self.phone_hint.setVisible(url is not None)
        if url is None:
            return
        from ..room_panel import qr_pixmap

        self.phone_qr.setPixmap(qr_pixmap(url, 140))
        self.phone_hint.setText(self.tr(
            "La salle est ouverte : chacun peut aussi répondre depuis son téléphone, à "
            "l'adresse {url}").format(url=url))

    def showEvent(self, event) -> None:
        self._show_phones()
        super().showEvent(event)

    def refresh(self, change=None) -> None:
        self._show_phones()
        w = self.model.workshop
        if change is None or "statements" in change.kinds:
            self._build_form()
        has = bool(w.statements)
        self.start_button.setVisible(not has)
        self.save_button.setEnabled(has)
        dx = diagnose(w.statements, w.responses)
        self.radar.set_diagnosis(dx)
        self.count_label.setText(self.tr("{n} réponse(s) enregistrée(s)").format(
            n=dx.respondents))
        names = {Level.TO_BUILD: self.tr("À construire"), Level.ON_THE_WAY: self.tr("En chemin"),
                 Level.ANCHORED: self.tr("Ancrée")}
        rows = []
        for s in dx.scores:
            value = "—" if s.share is None else f"{s.share:.0f} %"
            level = names[s.level] if s.level else "—"
            rows.append(f"<tr><td>{dimension_label(s.dimension)}</td><td align='right'>"
                        f"{value}</td><td>&nbsp;{level}</td></tr>")
        overall = dx.overall_share
        if overall is not None:
            rows.append(f"<tr><td><b>{self.tr('Ensemble')}</b></td><td align='right'><b>"
                        f"{overall:.0f} %</b></td><td>&nbsp;<b>{names[dx.overall_level]}</b>"
                        "</td></tr>")
        self.levels.setText("<table cellspacing='4'>" + "".join(rows) + "</table>")
        self.levers.clear()
        for s in dx.weakest():
            for dimension, text in after.suggested_levers([s.dimension]):
                item = QListWidgetItem(f"{dimension_label(dimension)} — {text}")
                item.setData(LEVER_ROLE, (dimension.value, text))
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.levers.addItem(item)
        self.lever_button.setEnabled(self.levers.count() > 0)
