"""One clear French sentence for each thing that can go wrong, from the lower layers' reasons.

The store and the edits explain problems in English for the command line and the
logs; the window shows the facilitator a sentence in the interface's language.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from ..store import Problem, WorkshopFileError


def tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def file_error(error: WorkshopFileError) -> str:
    """Why a workshop file could not be opened or saved, naming the file."""
    name = error.path.name
    sentences = {
        Problem.MISSING: tr("Le fichier « {name} » est introuvable."),
        Problem.NOT_SQLITE: tr("« {name} » n'est pas un fichier d'atelier Symétrie."),
        Problem.FOREIGN: tr("« {name} » n'est pas un fichier d'atelier Symétrie : c'est une "
                            "base de données d'une autre application."),
        Problem.NEWER: tr("« {name} » vient d'une version plus récente de Symétrie : mettez "
                          "l'application à jour pour l'ouvrir."),
        Problem.DAMAGED: tr("« {name} » est endommagé et ne peut pas être ouvert ; il n'a pas "
                            "été modifié."),
        Problem.LOCKED: tr("« {name} » est déjà ouvert dans une autre fenêtre de Symétrie, ici "
                           "ou sur un autre poste."),
        Problem.READ_ONLY: tr("« {name} » est en lecture seule : copiez-le dans un dossier où "
                              "vous pouvez écrire pour le modifier."),
        Problem.EXISTS: tr("« {name} » existe déjà."),
        Problem.WRITE_FAILED: tr("« {name} » n'a pas pu être enregistré : vérifiez la place "
                                 "libre et les droits sur le disque. La dernière modification "
                                 "n'a pas été faite."),
    }
    return sentences.get(error.problem, tr("« {name} » : {detail}")).format(
        name=name, detail=error.detail)


def _rules() -> list[tuple[re.Pattern, str]]:
    """English reason patterns and their French sentence (built when asked, so translated)."""
    return [
        (re.compile(r"empty text"), tr("Le texte est vide : rien n'a été ajouté ni modifié.")),
        (re.compile(r"(\d+) characters, more than the (\d+) allowed"),
         tr("Texte trop long ({0} caractères, {1} au plus) : rien n'a été modifié.")),
        (re.compile(r"only a customer irritant"),
         tr("Seuls un irritant ou un enchantement client et un irritant ou un enchantement "
            "collaborateur de la même étape peuvent être liés.")),
        (re.compile(r"lane always exists"),
         tr("Les couloirs « Vécu client » et « Vécu collaborateur » sont toujours là : ils ne "
            "peuvent pas être supprimés.")),
        (re.compile(r"at least one step"), tr("Un parcours garde au moins une étape.")),
        (re.compile(r"not linked"), tr("Ces post-it ne sont pas liés.")),
        (re.compile(r"already a (\w+) lane"), tr("Ce couloir existe déjà : il n'y en a qu'un.")),
        (re.compile(r"is not a colour"), tr("Couleur non reconnue (attendu : #rrggbb).")),
        (re.compile(r"could not save"),
         tr("L'atelier n'a pas pu être enregistré : vérifiez la place libre et les droits sur "
            "le disque. La dernière modification n'a pas été faite.")),
    ]


def rule_message(message: str) -> str:
    """A refused edit's English reason as a French sentence (unknown reasons pass through)."""
    if any(ch in message for ch in "«»") or message[:1].isupper():
        return message  # already written for the facilitator
    for pattern, sentence in _rules():
        found = pattern.search(message)
        if found:
            return sentence.format(*found.groups())
    return message
