"""Words the UI shows that lupdate cannot find where they are used.

lupdate only reads literals inside ``tr()`` / ``translate()`` calls, and it files a
bare ``tr("…")`` helper call under the empty context. So the words that come from the
domain (phases, kinds, lanes, tags, statuses, quadrants, agenda phases), the labels of the
edits on the undo stack (written in French by ``commands/``), the journey templates, and
the sentences of modules whose ``tr`` helper lupdate files in the wrong context are all
marked here, each under the context its call site asks Qt for. Nothing here runs at
display time except :func:`edit_label` and :func:`template_text`.

tests/i18n checks that every marker has an English translation and that each call site
still uses the context written here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..commands.edit import Edit

# board/style.py and board/headers.py: QCoreApplication.translate("Board", …)
BOARD = (
    # step phases
    QT_TRANSLATE_NOOP("Board", "Avant"),
    QT_TRANSLATE_NOOP("Board", "Pendant"),
    QT_TRANSLATE_NOOP("Board", "Après"),
    # card kinds
    QT_TRANSLATE_NOOP("Board", "Irritant"),
    QT_TRANSLATE_NOOP("Board", "Enchantement"),
    QT_TRANSLATE_NOOP("Board", "Note"),
    # lane kinds
    QT_TRANSLATE_NOOP("Board", "Vécu client"),
    QT_TRANSLATE_NOOP("Board", "Vécu collaborateur"),
    QT_TRANSLATE_NOOP("Board", "Acteurs (front / back-office)"),
    QT_TRANSLATE_NOOP("Board", "Canaux et volumétrie"),
    QT_TRANSLATE_NOOP("Board", "Outils"),
    QT_TRANSLATE_NOOP("Board", "Indicateurs"),
    QT_TRANSLATE_NOOP("Board", "Autre couloir"),
    # tags, in full and as badges on a post-it
    QT_TRANSLATE_NOOP("Board", "Relationnel"),
    QT_TRANSLATE_NOOP("Board", "Digital"),
    QT_TRANSLATE_NOOP("Board", "Sens"),
    QT_TRANSLATE_NOOP("Board", "Épanouissement"),
    QT_TRANSLATE_NOOP("Board", "Connexions"),
    QT_TRANSLATE_NOOP("Board", "Image"),
    QT_TRANSLATE_NOOP("Board", "Écosystème"),
    QT_TRANSLATE_NOOP("Board", "Relat."),
    QT_TRANSLATE_NOOP("Board", "Épan."),
    QT_TRANSLATE_NOOP("Board", "Conn."),
    QT_TRANSLATE_NOOP("Board", "Écosys."),
    # headers
    QT_TRANSLATE_NOOP("Board", "ce que vit le client"),
    QT_TRANSLATE_NOOP("Board", "ce que vivent les équipes"),
    QT_TRANSLATE_NOOP("Board", "Ajouter une étape"),
    QT_TRANSLATE_NOOP("Board", "Ajouter un couloir"),
    QT_TRANSLATE_NOOP("Board", "Post-it liés (clic droit sur un post-it pour délier)"),
)

# decide/common.py: QCoreApplication.translate("Decide", …)
DECIDE = (
    QT_TRANSLATE_NOOP("Decide", "Priorité 1"),
    QT_TRANSLATE_NOOP("Decide", "Priorité 2"),
    QT_TRANSLATE_NOOP("Decide", "À examiner"),
    QT_TRANSLATE_NOOP("Decide", "À capitaliser"),
    QT_TRANSLATE_NOOP("Decide", "Hors matrice"),
    QT_TRANSLATE_NOOP("Decide", "À faire"),
    QT_TRANSLATE_NOOP("Decide", "En cours"),
    QT_TRANSLATE_NOOP("Decide", "Fait"),
    QT_TRANSLATE_NOOP("Decide", "Relationnel"),
    QT_TRANSLATE_NOOP("Decide", "Digital"),
    QT_TRANSLATE_NOOP("Decide", "Sens"),
    QT_TRANSLATE_NOOP("Decide", "Épanouissement"),
    QT_TRANSLATE_NOOP("Decide", "Connexions"),
    QT_TRANSLATE_NOOP("Decide", "Image"),
    QT_TRANSLATE_NOOP("Decide", "Écosystème"),
)

# agenda_bar.py: QCoreApplication.translate("Agenda", label) for domain/agenda.py PHASES
AGENDA = (
    QT_TRANSLATE_NOOP("Agenda", "Parcours"),
    QT_TRANSLATE_NOOP("Agenda", "Vécu client"),
    QT_TRANSLATE_NOOP("Agenda", "Vécu collaborateur"),
    QT_TRANSLATE_NOOP("Agenda", "Matrice croisée"),
    QT_TRANSLATE_NOOP("Agenda", "Brainstorm"),
    QT_TRANSLATE_NOOP("Agenda", "Vote"),
    QT_TRANSLATE_NOOP("Agenda", "Plan d'actions"),
    QT_TRANSLATE_NOOP("Agenda", "Synthèse"),
    QT_TRANSLATE_NOOP("Agenda", "Pause"),
)

# The labels commands/ gives its edits, shown in Édition > Annuler / Rétablir. A count in
# a label is written {n} here (see edit_label).
EDITS = (
    QT_TRANSLATE_NOOP("Edits", "Modifier l'atelier"),
    QT_TRANSLATE_NOOP("Edits", "Ajouter un participant"),
    QT_TRANSLATE_NOOP("Edits", "Ajouter des participants"),
    QT_TRANSLATE_NOOP("Edits", "Modifier un participant"),
    QT_TRANSLATE_NOOP("Edits", "Supprimer un participant"),
    QT_TRANSLATE_NOOP("Edits", "Ajouter une étape"),
    QT_TRANSLATE_NOOP("Edits", "Modifier une étape"),
    QT_TRANSLATE_NOOP("Edits", "Déplacer une étape"),
    QT_TRANSLATE_NOOP("Edits", "Supprimer une étape"),
    QT_TRANSLATE_NOOP("Edits", "Ajouter un couloir"),
    QT_TRANSLATE_NOOP("Edits", "Renommer un couloir"),
    QT_TRANSLATE_NOOP("Edits", "Déplacer un couloir"),
    QT_TRANSLATE_NOOP("Edits", "Supprimer un couloir"),
    QT_TRANSLATE_NOOP("Edits", "Ajouter un post-it"),
    QT_TRANSLATE_NOOP("Edits", "Post-it reçu d'un téléphone"),
    QT_TRANSLATE_NOOP("Edits", "Post-it reçus des téléphones"),
    QT_TRANSLATE_NOOP("Edits", "Post-it mis en attente"),
    QT_TRANSLATE_NOOP("Edits", "Accepter un post-it de la salle"),
    QT_TRANSLATE_NOOP("Edits", "Fusionner un post-it de la salle"),
    QT_TRANSLATE_NOOP("Edits", "Refuser un post-it de la salle"),
    QT_TRANSLATE_NOOP("Edits", "Corriger un post-it en attente"),
    QT_TRANSLATE_NOOP("Edits", "Retirer un post-it en attente"),
    QT_TRANSLATE_NOOP("Edits", "Accepter un nom tapé sur un téléphone"),
    QT_TRANSLATE_NOOP("Edits", "Modifier un post-it"),
    QT_TRANSLATE_NOOP("Edits", "Modifier des post-it"),
    QT_TRANSLATE_NOOP("Edits", "Déplacer un post-it"),
    QT_TRANSLATE_NOOP("Edits", "Déplacer {n} post-it"),
    QT_TRANSLATE_NOOP("Edits", "Dupliquer un post-it"),
    QT_TRANSLATE_NOOP("Edits", "Dupliquer {n} post-it"),
    QT_TRANSLATE_NOOP("Edits", "Supprimer un post-it"),
    QT_TRANSLATE_NOOP("Edits", "Supprimer {n} post-it"),
    QT_TRANSLATE_NOOP("Edits", "Lier deux post-it"),
    QT_TRANSLATE_NOOP("Edits", "Délier deux post-it"),
    QT_TRANSLATE_NOOP("Edits", "Ajouter une idée"),
    QT_TRANSLATE_NOOP("Edits", "Idée depuis un irritant"),
    QT_TRANSLATE_NOOP("Edits", "Regrouper des idées"),
    QT_TRANSLATE_NOOP("Edits", "Changer le thème d'une idée"),
    QT_TRANSLATE_NOOP("Edits", "Renommer un thème"),
    QT_TRANSLATE_NOOP("Edits", "Modifier une idée"),
    QT_TRANSLATE_NOOP("Edits", "Fusionner {n} idées"),
    QT_TRANSLATE_NOOP("Edits", "Supprimer une idée"),
    QT_TRANSLATE_NOOP("Edits", "Supprimer {n} idées"),
    QT_TRANSLATE_NOOP("Edits", "Voter"),
    QT_TRANSLATE_NOOP("Edits", "Retirer un vote"),
    QT_TRANSLATE_NOOP("Edits", "Révéler les votes"),
    QT_TRANSLATE_NOOP("Edits", "Masquer les votes"),
    QT_TRANSLATE_NOOP("Edits", "Exclure du vote"),
    QT_TRANSLATE_NOOP("Edits", "Changer le nombre de votes"),
    QT_TRANSLATE_NOOP("Edits", "Ajouter une action"),
    QT_TRANSLATE_NOOP("Edits", "Action depuis une idée"),
    QT_TRANSLATE_NOOP("Edits", "Modifier une action"),
    QT_TRANSLATE_NOOP("Edits", "Supprimer une action"),
    # after the workshop (issue 14)
    QT_TRANSLATE_NOOP("Edits", "Faire le point sur une action"),
    QT_TRANSLATE_NOOP("Edits", "Marquer un irritant résolu"),
    QT_TRANSLATE_NOOP("Edits", "Irritant non résolu"),
    QT_TRANSLATE_NOOP("Edits", "Commencer l'autodiagnostic"),
    QT_TRANSLATE_NOOP("Edits", "Ajouter une affirmation"),
    QT_TRANSLATE_NOOP("Edits", "Modifier une affirmation"),
    QT_TRANSLATE_NOOP("Edits", "Remplacer une affirmation"),
    QT_TRANSLATE_NOOP("Edits", "Supprimer une affirmation"),
    QT_TRANSLATE_NOOP("Edits", "Enregistrer des réponses"),
    QT_TRANSLATE_NOOP("Edits", "Supprimer des réponses"),
    QT_TRANSLATE_NOOP("Edits", "Actions depuis les leviers"),
    QT_TRANSLATE_NOOP("Edits", "Importer une enquête miroir"),
    QT_TRANSLATE_NOOP("Edits", "Modifier la durée"),
    QT_TRANSLATE_NOOP("Edits", "Avancer l'agenda"),
    QT_TRANSLATE_NOOP("Edits", "Organiser l'agenda"),
    QT_TRANSLATE_NOOP("Edits", "Renommer une phase"),
    QT_TRANSLATE_NOOP("Edits", "Ajouter une phase"),
    QT_TRANSLATE_NOOP("Edits", "Ajouter une pause"),
    QT_TRANSLATE_NOOP("Edits", "Supprimer une phase"),
    QT_TRANSLATE_NOOP("Edits", "Déplacer une phase"),
)

# resources/templates/*.json: "template" label and description, shown on the start screen.
TEMPLATES = (
    QT_TRANSLATE_NOOP("Templates", "Commande et livraison e-commerce"),
    QT_TRANSLATE_NOOP("Templates", "Parcours d’achat en ligne, de la découverte de l’offre "
                      "jusqu’au service après-vente, livraison et retours compris."),
    QT_TRANSLATE_NOOP("Templates", "Demande de titre ou de prestation"),
    QT_TRANSLATE_NOOP("Templates", "Parcours d’un usager qui demande un titre ou une prestation "
                      "auprès d’un service public, de l’information sur ses droits jusqu’à la "
                      "remise du titre ou au premier versement."),
    QT_TRANSLATE_NOOP("Templates", "Déclaration et indemnisation d’un sinistre"),
    QT_TRANSLATE_NOOP("Templates", "Parcours d’un assuré après un dégât des eaux, un vol ou un "
                      "accident, de la déclaration jusqu’à l’indemnisation et la clôture du "
                      "dossier."),
    QT_TRANSLATE_NOOP("Templates", "Installation à domicile (box et fibre)"),
    QT_TRANSLATE_NOOP("Templates", "Parcours d’un abonnement fibre, de la vérification "
                      "d’éligibilité à l’assistance technique, avec la visite du technicien au "
                      "centre."),
    QT_TRANSLATE_NOOP("Templates", "Ouverture d’un compte bancaire"),
    QT_TRANSLATE_NOOP("Templates", "Parcours d’ouverture d’un compte, en ligne ou en agence, de "
                      "la découverte de l’offre jusqu’au premier rendez-vous avec le conseiller."),
)

def edit_label(edit: Edit) -> str:
    """An edit's label in the interface's language: its French key translated here, the one
    place, and its count put in where the key says ``{n}``."""
    text = QCoreApplication.translate("Edits", edit.label)
    return text.replace("{n}", str(edit.count)) if edit.count is not None else text


def template_text(text: str) -> str:
    """A template's label or description in the interface's language."""
    return QCoreApplication.translate("Templates", text)
