"""Starting the Qt app: one QApplication, one main window, on a file or on the start screen."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from .. import __version__, disk
from ..resources import resource

log = logging.getLogger("symetrie_desktop")


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName("Symetrie")
    QCoreApplication.setApplicationName("Symétrie")
    QCoreApplication.setApplicationVersion(__version__)
    # Wayland and the task bars find the menu entry (and so the icon) by this name.
    QGuiApplication.setDesktopFileName("symetrie-desktop")
    QGuiApplication.setWindowIcon(app_icon())
    return app  # type: ignore[return-value]


def app_icon() -> QIcon:
    icon = QIcon()  # the drawn sizes (a scaled SVG would blur the 16 px one)
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addFile(str(resource("desktop", "icons", f"symetrie-desktop-{size}.png")))
    return icon


def log_file() -> Path:
    """Where the app writes what went wrong (shown in Aide > À propos)."""
    from platformdirs import user_log_dir

    return Path(user_log_dir("symetrie-desktop", appauthor=False)) / "symetrie.log"


class _SmallLog(logging.FileHandler):
    """The log file, kept near ``max_bytes`` (one record over at most) with ``backups``
    older copies beside it.

    What ``logging.handlers.RotatingFileHandler`` does, without importing that module,
    which pulls in socket, pickle and queue for its network handlers (about 20 ms of
    every start). The file is opened on the first record.
    """

    def __init__(self, path: Path, max_bytes: int, backups: int) -> None:
        self.max_bytes, self.backups, self.path = max_bytes, backups, path
        if path.exists() and path.stat().st_size > max_bytes:
            disk.shift_copies(path, backups)
        super().__init__(path, encoding="utf-8", delay=True)

    def emit(self, record: logging.LogRecord) -> None:
        if self.stream is not None and self.stream.tell() >= self.max_bytes:
            self.acquire()
            try:
                self.stream.close()
                self.stream = None  # reopened, empty, by the write below
                with contextlib.suppress(OSError):
                    disk.shift_copies(self.path, self.backups)
            finally:
                self.release()
        super().emit(record)


def start_logging() -> None:
    """Warnings and errors of the app go to a small rotating file, for support requests."""
    path = log_file()
    if any(getattr(h, "baseFilename", None) == str(path) for h in log.handlers):
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = _SmallLog(path, max_bytes=500_000, backups=2)
    except OSError:
        return  # a read-only home: the app still runs, without a log
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.info("Symétrie %s started (pid %s)", __version__, QCoreApplication.applicationPid())


def run(path: Path | None = None) -> int:
    from ..collector import long_lived

    with long_lived():  # the modules and the first window: objects that all stay
        app = make_application()
        from .single_instance import InstanceServer, send_to_running

        if send_to_running(path):
            print(f"{path.name if path else 'Symétrie'}: opened in the Symétrie already "
                  "running")
            return 0
        start_logging()
        server = InstanceServer(app)
        server.openRequested.connect(open_in_app)
        server.listen()
        if sys.platform == "darwin":  # a filter on the app sees every event of every widget
            app.installEventFilter(_FileOpenFilter(app))
        from . import i18n

        i18n.install()
        window = open_in_app(path)
        if os.environ.get(SMOKE_ENV):
            window.installEventFilter(_FirstPaint(window))
    try:
        return app.exec()
    finally:
        server.server.close()  # the next start is the first again
        server.deleteLater()


#: Windows opened for later requests, kept referenced while they live.
_opened: list = []


def open_in_app(path: Path | None):
    """Show ``path`` in this process: the window that has it, else an empty window, else a
    new window (one workshop per window); with no path, bring a window to the front."""
    from .main_window import MainWindow

    windows = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, MainWindow) and w.isVisible()]
    target = None
    if path is not None:
        target = next((w for w in windows if w.model is not None
                       and w.model.document.path.resolve() == Path(path).resolve()), None)
        if target is None:
            target = next((w for w in windows if w.model is None), None)
    elif windows:
        target = windows[0]
    opened_hidden = False
    if target is None:
        target = MainWindow()
        _opened.append(target)
        target.destroyed.connect(lambda *_, w=target: w in _opened and _opened.remove(w))
        if path is not None:
            # opened before it is shown: the first paint is the board, and the start
            # screen is never built (it is, on show, if the file cannot be opened)
            target.open_file(Path(path))
            opened_hidden = True
    target.show()
    if path is not None and not opened_hidden and (
            target.model is None or target.model.document.path.resolve() != Path(path).resolve()):
        target.open_file(Path(path))
    target.raise_()
    target.activateWindow()
    log.info("window on %s", path or "the start screen")
    return target


#: Set by the built app's smoke test: print one line at the window's first paint, then quit.
SMOKE_ENV = "SYMETRIE_QUIT_AFTER_FIRST_PAINT"


class _FirstPaint(QObject):
    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and not self.property("seen"):
            self.setProperty("seen", True)
            model = getattr(watched, "model", None)
            cards = len(model.workshop.cards) if model is not None else 0
            print(f"first paint: {watched.width()}x{watched.height()}, {cards} post-its",
                  flush=True)
            QTimer.singleShot(0, QApplication.instance().quit)
        return False


class _FileOpenFilter(QObject):
    """macOS hands a double-clicked workshop to the running app as a FileOpen event."""

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.FileOpen and event.file():
            open_in_app(Path(event.file()))
            return True
        return super().eventFilter(watched, event)
