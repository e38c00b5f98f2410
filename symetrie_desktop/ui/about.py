"""Aide > À propos: the versions a support request needs, and where the app keeps its files.

A facilitator who writes "it crashed" is asked for this box: app, Qt, PySide6 and Python
versions, and the folders of settings, backups and logs, with selectable text so it can be
copied into a message.
"""

from __future__ import annotations

import html
import platform

import PySide6
from PySide6.QtCore import QCoreApplication, QSettings, Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from .. import __version__
from .app import app_icon, log_file


def about_facts() -> list[tuple[str, str]]:
    """(label, value) rows of the box, in the interface language."""
    from .main_window import backups_dir

    return [
        ("Symétrie", __version__),
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        ("Python", platform.python_version()),
        (QCoreApplication.translate("AboutDialog", "Réglages"), QSettings().fileName()),
        (QCoreApplication.translate("AboutDialog", "Sauvegardes"), str(backups_dir())),
        (QCoreApplication.translate("AboutDialog", "Journal"), str(log_file())),
    ]


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("À propos de Symétrie"))
        layout = QVBoxLayout(self)
        logo = QLabel(self)
        logo.setPixmap(app_icon().pixmap(96, 96))
        logo.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(logo)
        title = QLabel(self.tr("<h2>Symétrie {v}</h2><p>Ateliers de symétrie des attentions, "
                               "hors ligne.</p>").format(v=html.escape(__version__)), self)
        title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(title)
        rows = "".join(f"<tr><td><b>{html.escape(k)}</b>&nbsp;&nbsp;</td>"
                       f"<td>{html.escape(v)}</td></tr>" for k, v in about_facts())
        self.facts = QLabel(f"<table>{rows}</table>", self)
        self.facts.setObjectName("aboutFacts")
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.facts)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def facts_text(self) -> str:
        """The facts as plain text (what a person would copy)."""
        return "\n".join(f"{k}: {v}" for k, v in about_facts())


def show_about(parent: QWidget) -> AboutDialog:
    dialog = AboutDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
