"""Préférences: the interface language (the rest of a workshop's settings live in its file)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from . import i18n


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Préférences"))
        form = QFormLayout(self)
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Langue de l'interface"))
        system = "English" if i18n.system_language() == "en" else "Français"
        self.language.addItem(self.tr("Automatique (comme le système : %1)").replace("%1", system),
                              "auto")
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(i18n.preferred_language()))
        form.addRow(self.tr("Langue de l'interface :"), self.language)
        note = QLabel(self.tr("La fenêtre est reconstruite dans la nouvelle langue, sur le même "
                              "atelier ; rien n'est perdu."), self)
        note.setWordWrap(True)
        form.addRow(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def chosen_language(self) -> str:
        return self.language.currentData()
