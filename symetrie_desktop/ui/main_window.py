"""The main window: the start screen, or the open workshop's board and decision pages.

Opening, creating and copying files happen here, and all the menus are built in
:meth:`MainWindow._build_menus` so that later features (projector mode, languages,
shortcuts help) extend one place. Every edit is saved as it is made: there is no
Save command and closing never asks.
"""

from __future__ import annotations

import sys
import traceback
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..commands import Document
from ..store import EXTENSION, WorkshopFileError
from . import messages
from .model import WorkshopModel
from .start_screen import StartScreen, recent_files, remember


def demo_path() -> Path:
    """The demo workshop in the user's data folder (made on first use)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("symetrie-desktop", appauthor=False)) / "demo.symetrie"


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.model: WorkshopModel | None = None
        self.view = None  # the BoardView of the open workshop
        self.capture = None
        self.participants = None
        self.tabs: QTabWidget | None = None
        self.last_message = ""
        self._message_box: QMessageBox | None = None
        self.resize(1440, 900)
        self.undo_group = QUndoGroup(self)
        self.stack = QStackedWidget()
        self.start = StartScreen()
        self.start.newRequested.connect(lambda name: self.new_workshop(name or None))
        self.start.openRequested.connect(self.open_file)
        self.start.demoRequested.connect(self.open_demo)
        self.stack.addWidget(self.start)
        self.setCentralWidget(self.stack)
        self._build_menus()
        self._update_title()
        self._enable()

    # -- menus --------------------------------------------------------------------------------

    def _action(self, menu, text: str, slot, shortcut=None, needs_workshop: bool = True):
        action = QAction(text, self)
        if shortcut is not None:
            keys = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(lambda *_: slot())
        action.setProperty("needsWorkshop", needs_workshop)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&Fichier"))
        new = self.file_menu.addMenu(self.tr("&Nouveau"))
        self._action(new, self.tr("Atelier vierge…"), lambda: self.new_workshop(None),
                     QKeySequence.StandardKey.New, needs_workshop=False)
        from ..exchange.templates import templates

        for t in templates():
            self._action(new, self.tr("Modèle : {label}…").format(label=t.label),
                         lambda name=t.name: self.new_workshop(name), needs_workshop=False)
        self._action(self.file_menu, self.tr("&Ouvrir…"), lambda: self.open_file(None),
                     QKeySequence.StandardKey.Open, needs_workshop=False)
        self._action(self.file_menu, self.tr("Ouvrir la &démo"), self.open_demo,
                     needs_workshop=False)
        self.recent_menu = self.file_menu.addMenu(self.tr("Fichiers &récents"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.file_menu.addSeparator()
        self._action(self.file_menu, self.tr("Enregistrer une &copie sous…"),
                     lambda: self.save_copy(None), QKeySequence.StandardKey.SaveAs)
        self._action(self.file_menu, self.tr("&Fermer"), self.close_workshop,
                     QKeySequence.StandardKey.Close)
        self.file_menu.addSeparator()
        self._action(self.file_menu, self.tr("&Quitter"), self.close,
                     QKeySequence.StandardKey.Quit, needs_workshop=False)

        self.edit_menu = bar.addMenu(self.tr("&Édition"))
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("Annuler"))
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("Rétablir"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        board = self._board_call
        self._action(self.edit_menu, self.tr("Supprimer\tSuppr"), board("delete_selection"))
        self._action(self.edit_menu, self.tr("Dupliquer"), board("duplicate_selection"),
                     "Ctrl+D")
        self._action(self.edit_menu, self.tr("Lier les deux post-it sélectionnés\tL"),
                     board("link_selection"))
        self._action(self.edit_menu, self.tr("Tout sélectionner"), self._select_all,
                     QKeySequence.StandardKey.SelectAll)
        self.edit_menu.addSeparator()
        self._action(self.edit_menu, self.tr("Ajouter une étape"), self._add_step)
        self.author_menu = self.edit_menu.addMenu(self.tr("Auteur actif"))
        self._action(self.author_menu, self.tr("Sans auteur"),
                     lambda: self.model and self.model.set_active_author(None))
        for n in range(1, 10):
            self._action(self.author_menu, self.tr("Participant n° {n}").format(n=n),
                         lambda n=n: self.capture and self.capture.choose_author(n),
                         f"Ctrl+{n}")

        self.view_menu = bar.addMenu(self.tr("&Affichage"))
        self._action(self.view_menu, self.tr("Zoom avant"), board("zoom_in"),
                     ["Ctrl+=", "Ctrl++"])
        self._action(self.view_menu, self.tr("Zoom arrière"), board("zoom_out"), "Ctrl+-")
        self._action(self.view_menu, self.tr("Tout le tableau"), board("fit_board"), "Ctrl+0")
        self._action(self.view_menu, self.tr("Taille réelle"), board("zoom_reset"))
        self.view_menu.addSeparator()
        self.help_menu = bar.addMenu(self.tr("&Aide"))
        self._action(self.help_menu, self.tr("À propos de Symétrie"), self._about,
                     needs_workshop=False)

    def _board_call(self, name: str):
        return lambda: getattr(self.view, name)() if self.view is not None else None

    def _enable(self) -> None:
        open_ = self.model is not None
        for menu in (self.file_menu, self.edit_menu, self.view_menu, self.author_menu):
            for action in menu.actions():
                if action.property("needsWorkshop"):
                    action.setEnabled(open_)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in recent_files():
            self.recent_menu.addAction(path.name, lambda p=path: self.open_file(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(aucun)")).setEnabled(False)

    # -- messages -----------------------------------------------------------------------------

    def show_message(self, text: str, title: str | None = None) -> None:
        """Tell the facilitator something went wrong without stopping the room: the status
        bar and a box that does not block the window."""
        self.last_message = text
        self.statusBar().showMessage(text, 15000)
        box = self._message_box
        if box is None:
            box = self._message_box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowModality(Qt.WindowModality.NonModal)
        box.setWindowTitle(title or self.tr("Symétrie"))
        box.setText(text)
        box.setModal(False)  # open() would make it window-modal and stop the typing
        box.show()

    def _failed(self, message: str) -> None:
        self.show_message(messages.rule_message(message))

    def _about(self) -> None:
        from .. import __version__

        QMessageBox.about(self, self.tr("À propos de Symétrie"), self.tr(
            "Symétrie {v} — ateliers de symétrie des attentions, hors ligne.").format(
                v=__version__))

    # -- files --------------------------------------------------------------------------------

    def open_file(self, path: Path | None = None) -> bool:
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Ouvrir un atelier"),
                                                    str(self._folder()), self._file_filter())
            if not chosen:
                return False
            path = Path(chosen)
        path = Path(path)
        if self.model is not None and self.model.document.path.resolve() == path.resolve():
            return True
        try:
            document = Document.open(path)
        except WorkshopFileError as e:
            self.show_message(messages.file_error(e), self.tr("Ouverture impossible"))
            return False
        except OSError as e:
            self.show_message(self.tr("« {name} » ne peut pas être lu ({why}).").format(
                name=path.name, why=e.strerror), self.tr("Ouverture impossible"))
            return False
        self.set_model(WorkshopModel(document, self))
        remember(path)
        return True

    def open_demo(self) -> bool:
        path = demo_path()
        if not path.exists():
            from ..exchange.demo import demo_workshop
            from ..exchange.workshop_json import from_exchange
            from ..store import write_new

            path.parent.mkdir(parents=True, exist_ok=True)
            write_new(path, from_exchange(demo_workshop()))
        return self.open_file(path)

    def new_workshop(self, template: str | None, path: Path | None = None) -> bool:
        """Create a workshop from a template (or blank) in a file the facilitator names."""
        from ..exchange.templates import blank, from_template

        workshop = from_template(template) if template else blank()
        if path is None:
            suggested = self._folder() / f"atelier{EXTENSION}"
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Nouvel atelier"),
                                                    str(suggested), self._file_filter())
            if not chosen:
                return False
            path = Path(chosen)
        path = _with_suffix(Path(path))
        if self.model is not None and self.model.document.path.resolve() == path.resolve():
            self.show_message(self.tr("« {name} » est l'atelier ouvert : choisissez un autre "
                                      "nom.").format(name=path.name))
            return False
        try:
            document = Document.create(path, workshop, overwrite=True)
        except WorkshopFileError as e:
            self.show_message(messages.file_error(e), self.tr("Création impossible"))
            return False
        self.set_model(WorkshopModel(document, self))
        remember(path)
        return True

    def save_copy(self, path: Path | None = None) -> bool:
        """Write a copy of the open workshop elsewhere; the open file stays the one edited."""
        if self.model is None:
            return False
        current = self.model.document.path
        if path is None:
            suggested = current.with_name(f"{current.stem} (copie){EXTENSION}")
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Enregistrer une copie sous"),
                                                    str(suggested), self._file_filter())
            if not chosen:
                return False
            path = Path(chosen)
        path = _with_suffix(Path(path))
        if path.resolve() == current.resolve():
            self.show_message(self.tr("Cet atelier est déjà enregistré à chaque modification : "
                                      "choisissez un autre nom pour la copie."))
            return False
        from ..store import write_new

        try:
            write_new(path, self.model.workshop)
        except (WorkshopFileError, OSError) as e:
            text = (messages.file_error(e) if isinstance(e, WorkshopFileError)
                    else self.tr("La copie n'a pas pu être écrite ({why}).").format(
                        why=e.strerror))
            self.show_message(text)
            return False
        self.statusBar().showMessage(self.tr("Copie enregistrée : {path}").format(path=path),
                                     8000)
        return True

    def _file_filter(self) -> str:
        return self.tr("Ateliers Symétrie (*.symetrie)")

    def _folder(self) -> Path:
        if self.model is not None:
            return self.model.document.path.parent
        recent = recent_files()
        return recent[0].parent if recent else Path.home()

    # -- the open workshop --------------------------------------------------------------------

    def set_model(self, model: WorkshopModel) -> None:
        """Show a workshop: board first, then the decision pages."""
        from .board.view import BoardView
        from .capture_bar import CaptureBar
        from .participants import ParticipantsPanel

        self.close_workshop()
        self.model = model
        model.failed.connect(self._failed)
        model.changed.connect(self._on_changed)
        model.showCards.connect(self.show_cards)
        self.undo_group.addStack(model.undo_stack)
        self.undo_group.setActiveStack(model.undo_stack)
        self.view = BoardView(model)
        self.capture = CaptureBar(model, self.view)
        page = QWidget()
        page.setObjectName("boardPage")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.capture)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(page, self.tr("Parcours"))
        for title, widget in self._decision_pages(model):
            self.tabs.addTab(widget, title)
        self.stack.addWidget(self.tabs)
        self.stack.setCurrentWidget(self.tabs)
        self.participants = ParticipantsPanel(model, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.participants)
        self.resizeDocks([self.participants], [250], Qt.Orientation.Horizontal)
        self._dock_action = self.participants.toggleViewAction()
        self.view_menu.addAction(self._dock_action)
        self._update_title()
        self._enable()
        self.capture.line.setFocus()
        view = self.view
        QTimer.singleShot(0, lambda: view.home() if view is self.view else None)

    def _decision_pages(self, model: WorkshopModel) -> list:
        try:
            from .decide import decision_pages

            return list(decision_pages(model, self))
        except Exception:  # a page that fails must not cost the facilitator the board
            traceback.print_exc(file=sys.stderr)
            self.statusBar().showMessage(self.tr("Certaines pages n'ont pas pu s'ouvrir."), 8000)
            return []

    def close_workshop(self) -> None:
        """Back to the start screen. Everything is already on disk, so nothing to ask."""
        if self.model is None:
            return
        model, self.model = self.model, None
        if self.view is not None:
            self.view.close_editor()
        self.undo_group.removeStack(model.undo_stack)
        if self.participants is not None:
            self.view_menu.removeAction(self._dock_action)
            self.removeDockWidget(self.participants)
            self.participants.deleteLater()
        if self.tabs is not None:
            self.stack.removeWidget(self.tabs)
            self.tabs.deleteLater()
        self.view = self.capture = self.participants = self.tabs = None
        model.close()
        model.deleteLater()
        self.start.refresh()
        self.stack.setCurrentWidget(self.start)
        self._update_title()
        self._enable()

    def show_cards(self, ids) -> None:
        if self.tabs is None or self.view is None:
            return
        self.tabs.setCurrentIndex(0)
        self.view.show_cards(list(ids))

    def _on_changed(self, change) -> None:
        if "info" in change.kinds:
            self._update_title()

    def _select_all(self) -> None:
        if self.view is not None:
            for item in self.view.board.cards.values():
                item.setSelected(True)

    def _add_step(self) -> None:
        if self.view is not None:
            self.view.add_step(len(self.model.workshop.steps))

    def _update_title(self) -> None:
        if self.model is None:
            self.setWindowTitle("Symétrie")
        else:
            title = self.model.workshop.info.title
            self.setWindowTitle(f"{title} — {self.model.document.path.name} — Symétrie")

    def closeEvent(self, event) -> None:
        self.close_workshop()
        super().closeEvent(event)


def _with_suffix(path: Path) -> Path:
    return path if path.suffix.lower() == EXTENSION else path.with_name(path.name + EXTENSION)
