"""What the window shows with no workshop open: start from a template, open a file, the demo.

It only asks; the main window does the opening and creating, so that the File menu
and this screen share one way of doing it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .recent import recent_files


class StartScreen(QWidget):
    #: a template name, or "" for a blank workshop
    newRequested = Signal(str)
    openRequested = Signal(object)  # a Path, or None to ask with a dialog
    demoRequested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("startScreen")
        title = QLabel(self.tr("Symétrie"))
        title.setStyleSheet("font-size: 30px; font-weight: bold; color: #263238;")
        subtitle = QLabel(self.tr("Ateliers de symétrie des attentions : le vécu client et le "
                                  "vécu collaborateur, étape par étape."))
        subtitle.setStyleSheet("font-size: 15px; color: #546e7a;")
        subtitle.setWordWrap(True)

        new_box = QGroupBox(self.tr("Nouvel atelier"))
        grid = QGridLayout(new_box)
        blank = self._button(self.tr("Atelier vierge"),
                             self.tr("Trois étapes (avant, pendant, après) et les six couloirs "
                                     "habituels"))
        blank.clicked.connect(lambda: self.newRequested.emit(""))
        grid.addWidget(blank, 0, 0)
        from ..exchange.templates import templates
        from .labels import template_text

        for n, t in enumerate(templates(), 1):
            button = self._button(template_text(t.label), template_text(t.description))
            button.clicked.connect(lambda _=False, name=t.name: self.newRequested.emit(name))
            grid.addWidget(button, n // 2, n % 2)

        open_box = QGroupBox(self.tr("Ouvrir"))
        open_layout = QVBoxLayout(open_box)
        row = QHBoxLayout()
        open_button = QPushButton(self.tr("Ouvrir un atelier…"))
        open_button.clicked.connect(lambda: self.openRequested.emit(None))
        demo = QPushButton(self.tr("Ouvrir l'atelier de démonstration"))
        demo.setObjectName("demoButton")
        demo.clicked.connect(self.demoRequested.emit)
        row.addWidget(open_button)
        row.addWidget(demo)
        open_layout.addLayout(row)
        open_layout.addWidget(QLabel(self.tr("Récemment ouverts")))
        self.recent = QListWidget()
        self.recent.setObjectName("recentList")
        self.recent.itemActivated.connect(
            lambda item: self.openRequested.emit(Path(item.data(Qt.ItemDataRole.UserRole)))
            if item.data(Qt.ItemDataRole.UserRole) else None)
        open_layout.addWidget(self.recent)

        body = QWidget()
        body.setMaximumWidth(1240)
        layout = QVBoxLayout(body)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(12)
        columns = QHBoxLayout()
        columns.addWidget(new_box, 3)
        columns.addWidget(open_box, 2)
        layout.addLayout(columns)
        layout.addStretch(1)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(body, 10)
        outer.addStretch(1)
        self.refresh()

    def _button(self, label: str, description: str) -> QPushButton:
        """A large button with a bold title and its description wrapped below."""
        button = QPushButton()
        button.setAccessibleName(label)
        button.setToolTip(description)
        button.setMinimumHeight(118)
        inside = QVBoxLayout(button)
        inside.setContentsMargins(12, 8, 12, 8)
        title = QLabel(label)
        title.setWordWrap(True)
        title.setStyleSheet("font-weight: bold; font-size: 14px; color: #263238;")
        text = QLabel(description)
        text.setWordWrap(True)
        text.setStyleSheet("color: #546e7a;")
        for part in (title, text):
            part.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            inside.addWidget(part)
        inside.addStretch(1)
        return button

    def refresh(self) -> None:
        self.recent.clear()
        for path in recent_files():
            item = QListWidgetItem(f"{path.name}  —  {path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.recent.addItem(item)
        if not self.recent.count():
            item = QListWidgetItem(self.tr("(aucun pour l'instant)"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(item)
