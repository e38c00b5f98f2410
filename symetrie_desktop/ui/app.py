"""Starting the Qt app: one QApplication, one main window, on a file or on the start screen."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from .. import __version__


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName("Symetrie")
    QCoreApplication.setApplicationName("Symétrie")
    QCoreApplication.setApplicationVersion(__version__)
    return app  # type: ignore[return-value]


def run(path: Path | None = None) -> int:
    app = make_application()
    from . import i18n
    from .main_window import MainWindow

    i18n.install()
    window = MainWindow()
    window.show()
    if path is not None:
        window.open_file(path)
    return app.exec()
