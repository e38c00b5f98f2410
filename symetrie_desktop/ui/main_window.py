"""The main window: menus, the undo stack's actions, and the workshop's views."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from ..commands import Document
from ..store import WorkshopFileError
from .model import WorkshopModel


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.model: WorkshopModel | None = None
        self.resize(1280, 800)
        self._placeholder = QLabel(self.tr("Ouvrez ou créez un atelier."))
        self.setCentralWidget(self._placeholder)
        self._build_menus()
        self._update_title()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Fichier"))
        quit_action = QAction(self.tr("&Quitter"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.edit_menu = self.menuBar().addMenu(self.tr("&Édition"))

    def open_file(self, path: Path) -> bool:
        try:
            document = Document.open(path)
        except WorkshopFileError as e:
            QMessageBox.warning(self, self.tr("Ouverture impossible"), str(e))
            return False
        self.set_model(WorkshopModel(document, self))
        return True

    def set_model(self, model: WorkshopModel) -> None:
        if self.model is not None:
            self.model.close()
        self.model = model
        undo = model.undo_stack.createUndoAction(self, self.tr("Annuler"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = model.undo_stack.createRedoAction(self, self.tr("Rétablir"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.edit_menu.clear()
        self.edit_menu.addActions([undo, redo])
        w = model.workshop
        self._placeholder.setText(f"{w.info.title} — {len(w.steps)} étapes, {len(w.cards)} post-it")
        self._update_title()

    def _update_title(self) -> None:
        if self.model is None:
            self.setWindowTitle("Symétrie")
        else:
            title = self.model.workshop.info.title
            self.setWindowTitle(f"{title} — {self.model.document.path.name} — Symétrie")

    def closeEvent(self, event) -> None:
        if self.model is not None:
            self.model.close()
            self.model = None
        super().closeEvent(event)
