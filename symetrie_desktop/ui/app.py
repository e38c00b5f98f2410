"""Starting the Qt app: one QApplication, one main window, on a file or on the start screen."""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from .. import __version__
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


def start_logging() -> None:
    """Warnings and errors of the app go to a small rotating file, for support requests."""
    path = log_file()
    if any(getattr(h, "baseFilename", None) == str(path) for h in log.handlers):
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=500_000, backupCount=2, encoding="utf-8")
    except OSError:
        return  # a read-only home: the app still runs, without a log
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.info("Symétrie %s started (pid %s)", __version__, QCoreApplication.applicationPid())


def run(path: Path | None = None) -> int:
    app = make_application()
    start_logging()
    from . import i18n
    from .main_window import MainWindow

    i18n.install()
    window = MainWindow()
    window.show()
    if path is not None:
        window.open_file(path)
    return app.exec()
