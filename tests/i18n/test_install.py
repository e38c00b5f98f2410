"""Installing a language switches every translated string at once, and back again."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from symetrie_desktop.commands import Edit
from symetrie_desktop.domain.agenda import PHASES
from symetrie_desktop.ui import i18n
from symetrie_desktop.ui.labels import edit_label, template_text

from .conftest import language


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


KNOWN = [
    ("MainWindow", "&Fichier", "&File"),
    ("MainWindow", "Annuler", "Undo"),
    ("ExportActions", "Annuler", "Cancel"),
    ("Board", "Irritant", "Pain point"),
    ("Board", "Enchantement", "Delight"),
    ("Board", "Vécu client", "Customer experience"),
    ("BoardMenu", "Supprimer\tSuppr", "Delete\tDel"),
    ("Decide", "À capitaliser", "To capitalise"),
    ("PlanTableModel", "Porteur", "Owner"),
    ("PlanTableModel", "Échéance", "Due date"),
    ("Messages", "« {name} » existe déjà.", "“{name}” already exists."),
]


def test_english_then_french_again(qapp):
    saved = QLocale()
    with language("en"):
        for context, french, english in KNOWN:
            assert tr(context, french) == english
        assert QLocale().language() == QLocale.Language.English
        assert i18n.install("fr") == "fr"
        for context, french, _english in KNOWN:
            assert tr(context, french) == french
        assert QLocale().language() == QLocale.Language.French
    assert QLocale() == saved
    assert tr("Board", "Irritant") == "Irritant"


def test_agenda_phases_are_translated_as_the_agenda_bar_asks(english):
    english_phases = [tr("Agenda", label) for _key, label, _minutes in PHASES]
    assert english_phases == ["Journey", "Customer experience", "Employee experience",
                              "Cross matrix", "Brainstorm", "Vote", "Action plan", "Summary"]


def test_edit_labels_keep_their_count(english):
    assert edit_label(Edit("Déplacer {n} post-it", count=12)) == "Move 12 sticky notes"
    assert edit_label(Edit("Fusionner {n} idées", count=3)) == "Merge 3 ideas"
    assert edit_label(Edit("Ajouter un post-it")) == "Add a sticky note"
    assert edit_label(Edit("Une étiquette inconnue {n}", count=4)) == "Une étiquette inconnue 4"


def test_edit_labels_and_templates_stay_french_in_french(french):
    assert edit_label(Edit("Déplacer {n} post-it", count=12)) == "Déplacer 12 post-it"
    assert template_text("Ouverture d’un compte bancaire") == "Ouverture d’un compte bancaire"


def test_the_undo_action_names_the_edit_in_english(english, demo_doc):
    from symetrie_desktop.commands import board
    from symetrie_desktop.ui.model import WorkshopModel

    model = WorkshopModel(demo_doc)
    w = model.workshop
    lane, step = w.ordered_lanes()[0].id, w.ordered_steps()[0].id
    model.push(board.add_card(w, lane, step, "irritant", "Card"))
    assert model.undo_stack.undoText() == "Add a sticky note"
