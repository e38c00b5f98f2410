"""The main window: the start screen, or the open workshop's board and decision pages.

Opening, creating and copying files happen here, and all the menus are built in
:meth:`MainWindow._build_menus` so that later features (projector mode, languages,
shortcuts help) extend one place. Every edit is saved as it is made: there is no
Save command and closing never asks.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from .. import disk
from ..collector import long_lived
from ..commands import Document
from ..store import EXTENSION, WorkshopFileError
from . import ask, i18n, labels, messages
from .board import style
from .lazy_tabs import LazyTabs
from .model import WorkshopModel
from .projector import ProjectorMode, wants_projector_profile
from .recent import recent_files, remember

if TYPE_CHECKING:
    from .start_screen import StartScreen

#: Windows replaced by a rebuilt one (language change) stay referenced until closed.
_windows: list[QMainWindow] = []


def data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("symetrie-desktop", appauthor=False))


def demo_path() -> Path:
    """The demo workshop in the user's data folder (made on first use)."""
    return data_dir() / "demo.symetrie"


def backups_dir() -> Path:
    return data_dir() / "backups"


def _import_workshop_pages() -> None:
    """The modules :meth:`MainWindow.set_model` imports when a workshop opens (and the Qt
    enum classes they look up at import), loaded ahead of the opening, with what the
    opening makes once per process: the post-its' shared pens and fonts, the Qt enum
    classes PySide6 makes the first time a scroll area hands out its viewport (about 30,
    15 ms). The opening's tray hint and backup import their modules too (10-20 ms). A test
    opens a workshop after this and checks that no module of ours is left to import."""
    import platformdirs  # noqa: F401
    from PySide6.QtWidgets import QAbstractScrollArea

    from ..commands import tray  # noqa: F401
    from ..store import backup  # noqa: F401
    from . import after, agenda_bar, agenda_clock, capture_bar, decide, participants  # noqa: F401
    from .board import view  # noqa: F401
    from .board.card_item import _Paint
    from .wall import director  # noqa: F401

    _Paint.load()
    QAbstractScrollArea().viewport()


class MainWindow(QMainWindow):
    #: The backup made at opening failed (emitted from its worker thread), with why.
    _backup_failed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self._backup_thread: threading.Thread | None = None
        self._backup_failed.connect(self._tell_backup_failed)
        self.setObjectName("mainWindow")
        self.model: WorkshopModel | None = None
        self.view = None  # the BoardView of the open workshop
        self.capture = None
        self.participants = None
        self.tabs: LazyTabs | None = None
        self.clock = None  # the agenda's AgendaClock of the open workshop
        self.agenda_bar = None
        self.audience = None  # the AudienceWindow on the second screen, when shown
        self.wall = None  # the WallView projector mode shows (ui/wall/)
        self.director = None  # what the wall shows: the agenda's phase or the facilitator's pick
        self.room_panel = None  # the RoomPanel, once « Ouvrir la salle » was used
        self.projector = ProjectorMode(self)
        self.last_message = ""
        self._message_box = None  # the one non-blocking box ask.notice reuses
        self.resize(1440, 900)
        self.undo_group = QUndoGroup(self)
        self.stack = QStackedWidget()
        self._start: StartScreen | None = None  # made when first shown (see `start`)
        self.setCentralWidget(self.stack)
        self.toolbar = QToolBar(self.tr("Agenda"), self)
        self.toolbar.setObjectName("agendaToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setFloatable(False)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.toolbar.hide()
        self._build_menus()
        # made now, not on first use: a status bar first made while projector mode hides
        # everything would be remembered as hidden and never come back
        self.statusBar().show()
        QGuiApplication.instance().screenAdded.connect(lambda *_: self._screens_changed())
        QGuiApplication.instance().screenRemoved.connect(lambda *_: self._screens_changed())
        self._update_title()
        self._enable()

    @property
    def start(self) -> StartScreen:
        """The start screen, made the first time it is needed: a window opened on a file
        (``symetrie-desktop atelier.symetrie``) never builds it."""
        if self._start is None:
            from .start_screen import StartScreen

            self._start = StartScreen()
            self._start.newRequested.connect(lambda name: self.new_workshop(name or None))
            self._start.openRequested.connect(self.open_file)
            self._start.demoRequested.connect(self.open_demo)
            self.stack.addWidget(self._start)
        return self._start

    def showEvent(self, event) -> None:
        if self.model is None:
            self.stack.setCurrentWidget(self.start)
            # while the start screen waits for a choice, what opening a workshop builds is
            # imported: about 90 ms of CPU that the opening would spend otherwise (issue 11)
            QTimer.singleShot(0, _import_workshop_pages)
        super().showEvent(event)

    # -- menus --------------------------------------------------------------------------------

    def _action(self, menu, text: str, slot, shortcut=None, needs_workshop: bool = True):
        action = QAction(text, self)
        if shortcut is not None:
            keys = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(lambda *_: slot())
        action.setProperty("needsWorkshop", needs_workshop)
        if menu is not None:
            menu.addAction(action)
        # also on the window: shortcuts keep working when projector mode hides the menus
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&Fichier"))
        new = self.file_menu.addMenu(self.tr("&Nouveau"))
        self._action(new, self.tr("Atelier vierge…"), lambda: self.new_workshop(None),
                     QKeySequence.StandardKey.New, needs_workshop=False)
        # the templates are listed when the menu first opens: reading them imports the
        # exchange format, which a start on a file does not need
        new.aboutToShow.connect(lambda: self._fill_templates(new))
        self._action(self.file_menu, self.tr("&Ouvrir…"), lambda: self.open_file(None),
                     QKeySequence.StandardKey.Open, needs_workshop=False)
        self._action(self.file_menu, self.tr("Ouvrir la &démo"), self.open_demo,
                     needs_workshop=False)
        self.recent_menu = self.file_menu.addMenu(self.tr("Fichiers &récents"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._action(self.file_menu, self.tr("Dossier des sauvegardes"), self.show_backups,
                     needs_workshop=False)
        self.file_menu.addSeparator()
        self._action(self.file_menu, self.tr("Enregistrer une &copie sous…"),
                     lambda: self.save_copy(None), QKeySequence.StandardKey.SaveAs)
        self._action(self.file_menu, self.tr("&Fermer"), self.close_workshop,
                     QKeySequence.StandardKey.Close)
        self.file_menu.addSeparator()
        from .export_actions import install_export_actions

        self.exports = install_export_actions(self, self.file_menu, lambda: self.model)
        self.exports.actions.append(   # disabled with the others while an export runs
            self._action(self.file_menu, self.tr("Exporter le tableau (PNG)…"),
                         self.export_png))
        self.file_menu.addSeparator()
        self._action(self.file_menu, self.tr("Nouvelle séance de suivi…"),
                     lambda: self._after_action("new_follow_up"))
        self._action(self.file_menu, self.tr("Importer une enquête miroir…"),
                     lambda: self._after_action("import_mirror"))
        self.file_menu.addSeparator()
        self._action(self.file_menu, self.tr("&Quitter"), self.close,
                     QKeySequence.StandardKey.Quit, needs_workshop=False)

        self.edit_menu = bar.addMenu(self.tr("&Édition"))
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("Annuler"))
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("Rétablir"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.addActions([self.undo_action, self.redo_action])
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
        self.edit_menu.addSeparator()
        self._action(self.edit_menu, self.tr("Préférences…"), self.show_preferences,
                     QKeySequence.StandardKey.Preferences, needs_workshop=False)
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
        self.projector_action = self._action(self.view_menu, self.tr("Mode projecteur"),
                                             self.projector.toggle, "F5")
        self.projector_action.setCheckable(True)
        self.projector.toggled.connect(self.projector_action.setChecked)
        self.projector.toggled.connect(lambda _on: self._enable())
        self.projector.toggled.connect(lambda _on: self._sync_room_wall())
        self.escape_action = self._action(None, self.tr("Quitter le mode projecteur"),
                                          self.projector.escape, "Esc")
        self._action(self.view_menu, self.tr("Saisie rapide"), self.projector.show_capture,
                     "Ctrl+K")
        self.audience_action = self._action(self.view_menu, self.tr("Fenêtre public (second "
                                            "écran)"), self.toggle_audience, "Shift+F5")
        self.audience_action.setCheckable(True)
        self.follow_action = self._action(self.view_menu, self.tr("La fenêtre public suit ma "
                                          "vue"), self._follow_changed)
        self.follow_action.setCheckable(True)
        self.follow_action.setChecked(True)
        self.live_board_action = self._action(
            self.view_menu, self.tr("Phases du parcours : projeter mon tableau en direct"),
            self._live_board_changed)
        self.live_board_action.setCheckable(True)
        self._build_wall_menu()
        self.room_action = self._action(self.view_menu, self.tr("Ouvrir la salle (téléphones)…"),
                                        lambda: self.open_room(), "F9")
        self.view_menu.addSeparator()

        self.agenda_menu = bar.addMenu(self.tr("A&genda"))
        clock = self._clock_call
        self._action(self.agenda_menu, self.tr("Démarrer / mettre en pause"), clock("toggle"),
                     "F7")
        self._action(self.agenda_menu, self.tr("Ajouter une minute"), clock("add_minute"),
                     "Shift+F7")
        self._action(self.agenda_menu, self.tr("Phase suivante"), clock("next_phase"), "F8")
        self._action(self.agenda_menu, self.tr("Phase précédente"), clock("previous_phase"),
                     "Shift+F8")
        self._action(self.agenda_menu, self.tr("Organiser l'agenda…"), self.shape_agenda)
        self._action(self.agenda_menu, self.tr("Durée de la phase en cours…"),
                     lambda: self.agenda_bar and self.agenda_bar.ask_duration(
                         self.clock.agenda.current))

        self.help_menu = bar.addMenu(self.tr("&Aide"))
        self._action(self.help_menu, self.tr("Raccourcis clavier"), self.show_shortcuts,
                     QKeySequence.StandardKey.HelpContents, needs_workshop=False)
        self._action(self.help_menu, self.tr("À propos de Symétrie"), self._about,
                     needs_workshop=False)

    def _build_wall_menu(self) -> None:
        """Affichage > Montrer au mur: any phase's page, without moving the agenda."""
        from ..domain.agenda import KINDS
        from .agenda_bar import kind_label

        menu = self.view_menu.addMenu(self.tr("Montrer au mur"))
        for n, (key, label) in enumerate(((k, kind_label(k)) for k in KINDS), 1):
            self._action(menu, label, lambda key=key: self.show_on_wall(key),
                         f"Ctrl+Alt+{n}")

    def _after_action(self, name: str):
        """File > Nouvelle séance de suivi / Importer une enquête miroir: their module (and
        the follow-up and mirror commands) is imported when first used, not at start."""
        from .after import actions

        return getattr(actions, name)(self)

    def shape_agenda(self):
        """Agenda > Organiser l'agenda…: phases, a break, the total against the planned length."""
        from .agenda_dialog import AgendaDialog

        if self.clock is None:
            return None
        dialog = AgendaDialog(self.clock.agenda, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        clock = self.clock
        dialog.accepted.connect(lambda: clock.set_shape(dialog.phases(), dialog.planned.value()))
        dialog.open()
        self._agenda_dialog = dialog
        return dialog

    def show_on_wall(self, key: str) -> None:
        if self.director is not None:
            self.director.show_page(key)

    def _clock_call(self, name: str):
        return lambda: getattr(self.clock, name)() if self.clock is not None else None

    def _board_call(self, name: str):
        return lambda: getattr(self.view, name)() if self.view is not None else None

    def _enable(self) -> None:
        open_ = self.model is not None
        for menu in (self.file_menu, self.edit_menu, self.view_menu, self.author_menu,
                     self.agenda_menu):
            for action in menu.actions():
                if action.property("needsWorkshop"):
                    action.setEnabled(open_)
        self.escape_action.setEnabled(self.projector.active)
        self._screens_changed()

    def _fill_templates(self, menu) -> None:
        if menu.property("filled"):
            return
        menu.setProperty("filled", True)
        from ..exchange.templates import templates

        for t in templates():
            self._action(menu, self.tr("Modèle : {label}…").format(
                label=labels.template_text(t.label)),
                         lambda name=t.name: self.new_workshop(name), needs_workshop=False)

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
        self._message_box = ask.notice(self, title or self.tr("Symétrie"), text,
                                       self._message_box)

    def _failed(self, refusal) -> None:
        """A refused or unsaved change, unless the view that asked explains it itself."""
        if getattr(refusal, "shown_by", None) is not None:
            return
        self.show_message(messages.explain(getattr(refusal, "problem", refusal)))

    def _about(self) -> None:
        from .about import show_about

        self._about_dialog = show_about(self)

    # -- files --------------------------------------------------------------------------------

    def open_file(self, path: Path | None = None) -> bool:
        if path is None:
            path = ask.open_path(self, self.tr("Ouvrir un atelier"), self._folder(),
                                 self._file_filter())
            if path is None:
                return False
        path = Path(path)
        if self.model is not None and self.model.document.path.resolve() == path.resolve():
            return True
        with long_lived():  # tens of thousands of objects that all stay
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
        self._backup(path)
        self._tray_hint()
        return True

    def _tray_hint(self) -> None:
        """Phone post-its still waiting in the room's tray (the room closed, or the app
        stopped, before the facilitator answered): say so; F9 shows them."""
        from ..commands.tray import tray

        waiting = len(tray(self.model.workshop))
        if waiting:
            self.statusBar().showMessage(self.tr(
                "{n} post-it des téléphones attendent dans le bac de la salle (F9 pour "
                "les voir).").format(n=waiting), 15000)

    def _backup(self, path: Path) -> None:
        """A copy as opened, so that what is removed today can be found again tomorrow.

        Made on a worker thread: copying and syncing a 5,000-post-it file was a tenth of
        opening it (issue 11 profile), and nothing on screen waits for it. SQLite's online
        backup stays consistent while the window edits (an edit meanwhile waits for the copy
        to finish reading, a few milliseconds); a failure is told in the status bar."""
        folder = backups_dir()
        told = self._backup_failed

        def run() -> None:
            try:
                disk.backup(path, folder)
            except (OSError, sqlite3.Error) as e:
                with contextlib.suppress(RuntimeError):  # the window is already gone
                    told.emit(str(e))

        self._backup_thread = threading.Thread(target=run, name="symetrie-backup")
        self._backup_thread.start()

    def wait_for_backup(self, timeout: float = 30.0) -> bool:
        """Wait for the copy made at opening; True once it is done (or none was started)."""
        thread = self._backup_thread
        if thread is not None:
            thread.join(timeout)
        return thread is None or not thread.is_alive()

    def _tell_backup_failed(self, why: str) -> None:
        self.statusBar().showMessage(
            self.tr("La copie de sauvegarde n'a pas pu être faite ({why}).").format(why=why),
            8000)

    def show_backups(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        backups_dir().mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(backups_dir())))

    def open_demo(self) -> bool:
        path = demo_path()
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            disk.create_demo(path)
        return self.open_file(path)

    def new_workshop(self, template: str | None, path: Path | None = None) -> bool:
        """Create a workshop from a template (or blank) in a file the facilitator names."""
        lang = i18n.active_language()  # a new workshop speaks the interface's language, for good
        if path is None:
            stem = self.tr("atelier")  # the default file name, in the interface's language
            suggested = self._folder() / f"{stem}{EXTENSION}"
            path = ask.save_path(self, self.tr("Nouvel atelier"), suggested,
                                 self._file_filter())
            if path is None:
                return False
        path = _with_suffix(Path(path))
        if self.model is not None and self.model.document.path.resolve() == path.resolve():
            self.show_message(self.tr("« {name} » est l'atelier ouvert : choisissez un autre "
                                      "nom.").format(name=path.name))
            return False
        try:
            disk.create_workshop(path, template, lang=lang)
            document = Document.open(path)
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
            path = ask.save_path(self, self.tr("Enregistrer une copie sous"), suggested,
                                 self._file_filter())
            if path is None:
                return False
        path = _with_suffix(Path(path))
        if path.resolve() == current.resolve():
            self.show_message(self.tr("Cet atelier est déjà enregistré à chaque modification : "
                                      "choisissez un autre nom pour la copie."))
            return False
        try:
            disk.save_copy(self.model.workshop, path)
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
        self.capture.line.setAccessibleName(self.tr("Saisie rapide d'un post-it"))
        page = QWidget()
        page.setObjectName("boardPage")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.view, 1)
        from .wall import WallView

        self.wall = WallView(model)  # what projector mode shows instead of the board
        self.wall.hide()
        self.wall.setAccessibleName(self.tr("Page projetée"))
        layout.addWidget(self.wall, 1)
        layout.addWidget(self.capture)
        self.tabs = LazyTabs()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(page, self.tr("Parcours"))
        # the other pages are made when their tab is first shown (LazyTabs)
        from .after import after_page_makers
        from .decide import decision_page_makers

        for title, key, make in [*decision_page_makers(model, self),
                                 *after_page_makers(model, self)]:
            self.tabs.add_lazy(title, key, make)
        self.stack.addWidget(self.tabs)
        self.stack.setCurrentWidget(self.tabs)
        self._build_agenda(model)
        self.wall.clock = self.clock  # the break page shows the countdown large
        from .wall.director import WallDirector

        self.director = WallDirector(self, self.clock)
        self.view.typed.connect(self._typed_on_board)
        self.wall.typed.connect(self._typed_on_wall)
        self.wall.stepped.connect(self.director.step)
        self.wall.key_handlers.append(self.capture.handle_key)
        self.view.currentStepChanged.connect(self._step_for_wall)
        self._step_for_wall(self.view.current_step)
        self.view.zoomChanged.connect(lambda *_: self._sync_audience())
        self.view.horizontalScrollBar().valueChanged.connect(lambda *_: self._sync_audience())
        self.view.verticalScrollBar().valueChanged.connect(lambda *_: self._sync_audience())
        self.participants = ParticipantsPanel(model, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.participants)
        self.resizeDocks([self.participants], [250], Qt.Orientation.Horizontal)
        self._dock_action = self.participants.toggleViewAction()
        self.view_menu.addAction(self._dock_action)
        self._update_title()
        self._enable()
        self.capture.line.setFocus()
        self.view.open_home()

    def _build_agenda(self, model: WorkshopModel) -> None:
        from .agenda_bar import AgendaBar
        from .agenda_clock import AgendaClock

        # clear() first: QToolBar.clear() also deletes the tool buttons inside a child widget
        self.toolbar.clear()
        self.clock = AgendaClock(model, parent=model)
        self.agenda_bar = AgendaBar(self.clock, parent=self.toolbar)
        self.toolbar.addWidget(self.agenda_bar)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.projector_action)
        self.toolbar.addAction(self.audience_action)
        self.toolbar.show()

    def close_workshop(self) -> None:
        """Back to the start screen. Everything is already on disk, so nothing to ask."""
        if self.model is None:
            return
        self.projector.leave()
        self.close_audience()
        self.close_room()
        if self.clock is not None:
            self.clock.stop()
        self.toolbar.clear()
        self.toolbar.hide()
        self.clock = self.agenda_bar = self.director = self.wall = None
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
        self.set_board_profile()
        if self._start is not None:
            self._start.refresh()
        self.stack.setCurrentWidget(self.start)
        self._update_title()
        self._enable()

    def open_room(self, host: str | None = None, port: int | None = None):
        """Show the room's panel and open the room to the phones (see ui/room_panel.py)."""
        from .room_panel import RoomPanel

        if self.model is None:
            return None
        panel = self.room_panel
        if self.projector.active and panel is not None and panel.is_open:
            # F9 on the wall: the QR code comes and goes, the room stays open
            panel.show_on_wall.setChecked(not panel.show_on_wall.isChecked())
            return panel
        if panel is None:
            view = self.view
            panel = self.room_panel = RoomPanel(
                self.model, lambda: view.board.current_step if view is self.view else None, self)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, panel)
            panel.roomChanged.connect(lambda _open: self._sync_room_wall())
        if self.projector.active:
            panel.hide()  # the room reads the wall: the access shows there, not the panel
        else:
            panel.show()
            panel.raise_()
            if self.participants is not None and self.participants.isVisible():
                # the room's QR code and its switches matter more now than the list of
                # participants above it (which scrolls): most of the side's height
                tall = max(self.height(), 400)
                self.resizeDocks([self.participants, panel], [tall // 4, 3 * tall // 4],
                                 Qt.Orientation.Vertical)
            # as wide as its tray reads well, if the window has the room (Qt keeps the
            # side's width as the participants' panel had it)
            self.resizeDocks([panel], [panel.sizeHint().width()], Qt.Orientation.Horizontal)
        panel.show_on_wall.setChecked(True)
        panel.open_room(host, port)
        self._sync_room_wall()
        return panel

    def _sync_room_wall(self) -> None:
        """The QR code and address on what the room reads (see ui/room_wall.py)."""
        from .room_wall import sync_walls

        sync_walls(self)

    def close_room(self) -> None:
        """Stop the room's server and take its panel away (closing the workshop does it)."""
        panel, self.room_panel = self.room_panel, None
        if panel is not None:
            panel.close_room()
            self.removeDockWidget(panel)
            panel.deleteLater()
        self._sync_room_wall()

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

    # -- the room: projector, audience window, keyboard ----------------------------------------

    def set_board_profile(self) -> None:
        """Large type on every board when the room reads it (projector mode or audience)."""
        if style.set_projector(wants_projector_profile(self)):
            if self.view is not None:
                self.view.board.restyle()
            if self.audience is not None:
                self.audience.board.restyle()

    def _typed_on_board(self, _text: str) -> None:
        if self.projector.active and self.capture is not None and not self.capture.isVisible():
            self.projector.show_capture()

    def _screens_changed(self) -> None:
        from .screens import second_screen

        available = second_screen() is not None
        self.audience_action.setEnabled(self.model is not None and
                                        (available or self.audience is not None))
        self.audience_action.setToolTip(
            self.tr("Affiche le tableau et le minuteur, en lecture seule, sur le second écran.")
            if available else
            self.tr("Un seul écran est branché : reliez le projecteur en écran étendu (et non "
                    "en miroir) pour afficher la fenêtre public."))
        self.audience_action.setStatusTip(self.audience_action.toolTip())

    def toggle_audience(self) -> None:
        if self.audience is not None:
            self.close_audience()
            return
        from .screens import second_screen

        screen = second_screen()
        if screen is None:
            self.show_message(self.audience_action.toolTip(), self.tr("Fenêtre public"))
            self.audience_action.setChecked(False)
            return
        self.open_audience(screen)

    def open_audience(self, screen=None) -> None:
        """Show the audience window (full screen on ``screen``; a plain window when None)."""
        from .audience import AudienceWindow

        if self.model is None or self.audience is not None:
            return
        self.audience = AudienceWindow(self.model, self.clock)
        self.audience.live_board = self.live_board_action.isChecked()
        if self.view is not None:
            self.audience.wall.set_current_step(self.view.current_step)
        self.set_board_profile()
        self._sync_audience()
        if self.director is not None:
            self.audience.wall.stepped.connect(self.director.step)
            self.director.apply()
        self.audience.show_on(screen)
        self.audience_action.setChecked(True)
        self._sync_room_wall()

    def close_audience(self) -> None:
        if self.audience is None:
            return
        audience, self.audience = self.audience, None
        audience.close()
        audience.deleteLater()
        self.audience_action.setChecked(False)
        self.set_board_profile()

    def _follow_changed(self) -> None:
        self._sync_audience()

    def _live_board_changed(self) -> None:
        if self.audience is not None:
            self.audience.live_board = self.live_board_action.isChecked()
            if self.director is not None:
                self.director.apply()

    def _step_for_wall(self, step_id) -> None:
        """The wall's board pages show the facilitator's current step."""
        for wall in self.director.walls() if self.director is not None else []:
            wall.set_current_step(step_id)

    def _typed_on_wall(self, text: str) -> None:
        """A key typed while the wall is projected starts a post-it, as on the board."""
        if self.capture is not None:
            self.projector.show_capture()
            self.capture.start_typing(text)

    def _sync_audience(self) -> None:
        if self.audience is None or self.view is None:
            return
        follow = self.follow_action.isChecked()
        self.audience.board.follow(self.view.visible_area() if follow else None)

    def show_shortcuts(self) -> None:
        from .shortcuts import ShortcutsDialog, shortcut_rows

        dialog = ShortcutsDialog(shortcut_rows(self, self._board_keys()), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self._shortcuts_dialog = dialog

    def _board_keys(self) -> list[tuple[str, str]]:
        """Keys the board and the capture bar handle themselves (no menu action)."""
        return [
            (self.tr("Ajouter un post-it dans une case"), self.tr("Double-clic")),
            (self.tr("Modifier un post-it"), self.tr("Double-clic sur le post-it")),
            (self.tr("Valider le post-it en cours"), self.tr("Entrée")),
            (self.tr("Nouvelle ligne dans un post-it"), self.tr("Maj+Entrée")),
            (self.tr("Abandonner la saisie"), self.tr("Échap")),
            (self.tr("Saisie rapide : couloir suivant / précédent"),
             self.tr("Tab / Maj+Tab")),
            (self.tr("Saisie rapide : irritant, enchantement, note"), "Alt+1, Alt+2, Alt+3"),
            (self.tr("Saisie rapide : étape précédente / suivante"), "Alt+←, Alt+→"),
            (self.tr("Choisir l'auteur actif"), "Ctrl+1 … Ctrl+9"),
            (self.tr("Aller d'un post-it à l'autre (Maj : ajouter à la sélection)"),
             self.tr("Flèches")),
            (self.tr("Modifier le post-it sélectionné"), self.tr("Entrée ou F2")),
            (self.tr("Menu du post-it sélectionné"), self.tr("Touche Menu ou Maj+F10")),
            (self.tr("Lier deux post-it sélectionnés"), "L"),
            (self.tr("Supprimer la sélection"), self.tr("Suppr")),
            (self.tr("Voter pour l'idée choisie / retirer un point"), "+ / −"),
        ]

    def show_preferences(self) -> None:
        from .preferences import PreferencesDialog

        dialog = PreferencesDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.apply_language(dialog.chosen_language()))
        dialog.open()
        self._preferences_dialog = dialog

    def apply_language(self, choice: str) -> MainWindow:
        """Switch the interface language at once: the window is rebuilt on the same file
        (everything is already saved), so no restart is needed."""
        i18n.set_preferred_language(choice)
        language = i18n.current_language()
        if language == i18n.active_language():
            return self
        i18n.install(language)
        path = self.model.document.path if self.model is not None else None
        geometry = self.saveGeometry()
        self.close_workshop()
        window = MainWindow()
        window.restoreGeometry(geometry)
        _windows.append(window)
        window.destroyed.connect(lambda *_: _windows.remove(window)
                                 if window in _windows else None)
        window.show()
        if path is not None:
            window.open_file(path)
        self.close()
        return window

    def export_png(self, path: Path | None = None) -> bool:
        """The board as a PNG picture (see ExportActions.export_png): True once started."""
        return self.exports.export_png(path)

    def closeEvent(self, event) -> None:
        if self.exports.busy:
            # an export is being written from a snapshot: the window closes once it is on
            # disk (or cancelled with the summary's Annuler), not under its worker
            event.ignore()
            self.exports.when_done(self.close)
            self.statusBar().showMessage(self.tr(
                "La fenêtre se fermera une fois l'export terminé."))
            return
        self.close_workshop()
        super().closeEvent(event)


def _with_suffix(path: Path) -> Path:
    return path if path.suffix.lower() == EXTENSION else path.with_name(path.name + EXTENSION)
