"""One clear sentence in the interface's language for each thing that can go wrong.

The store and the edits explain problems in English for the command line and the
logs; the window shows the facilitator a sentence in the interface's language (French
source, translated by Qt). Every reason the lower layers can give has its sentence here:
tests/i18n/test_messages.py builds each refusal from the real edits and checks it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..store import Problem, WorkshopFileError


def tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def file_error(error: WorkshopFileError) -> str:
    """Why a workshop file could not be opened or saved, naming the file."""
    name = error.path.name
    sentence = _FILE_SENTENCES.get(error.problem, _FILE_OTHER)
    values = {key: value for key, value in error.values.items() if key not in ("name", "detail")}
    if error.problem == Problem.BAD_ROW and values.get("row") in (None, ""):
        sentence = _BAD_TABLE
    try:
        return tr(sentence).format(name=name, detail=error.detail, **values)
    except (KeyError, IndexError):  # a reason raised without its values: say it plainly
        return tr(_FILE_OTHER).format(name=name, detail=error.detail)


_FILE_SENTENCES = {
    Problem.MISSING: QT_TRANSLATE_NOOP("Messages", "Le fichier « {name} » est introuvable."),
    Problem.NOT_SQLITE: QT_TRANSLATE_NOOP(
        "Messages", "« {name} » n'est pas un fichier d'atelier Symétrie."),
    Problem.FOREIGN: QT_TRANSLATE_NOOP(
        "Messages", "« {name} » n'est pas un fichier d'atelier Symétrie : c'est une base de "
        "données d'une autre application."),
    Problem.NEWER: QT_TRANSLATE_NOOP(
        "Messages", "« {name} » vient d'une version plus récente de Symétrie : mettez "
        "l'application à jour pour l'ouvrir."),
    Problem.DAMAGED: QT_TRANSLATE_NOOP(
        "Messages", "« {name} » est endommagé et ne peut pas être ouvert ; il n'a pas été "
        "modifié."),
    Problem.LOCKED: QT_TRANSLATE_NOOP(
        "Messages", "« {name} » est déjà ouvert dans une autre fenêtre de Symétrie, ici ou sur "
        "un autre poste."),
    Problem.READ_ONLY: QT_TRANSLATE_NOOP(
        "Messages", "« {name} » est en lecture seule : copiez-le dans un dossier où vous "
        "pouvez écrire pour le modifier."),
    Problem.EXISTS: QT_TRANSLATE_NOOP("Messages", "« {name} » existe déjà."),
    Problem.NOT_A_FILE: QT_TRANSLATE_NOOP(
        "Messages", "« {name} » n'est pas un fichier d'atelier (c'est un dossier, un tube ou un "
        "périphérique) : il n'a pas été ouvert."),
    Problem.ALTERED: QT_TRANSLATE_NOOP(
        "Messages", "« {name} » a été modifié en dehors de Symétrie (« {object} » n'est pas de "
        "Symétrie) : par prudence, il n'a été ni ouvert ni modifié."),
    Problem.BAD_ROW: QT_TRANSLATE_NOOP(
        "Messages", "« {name} » contient une ligne inutilisable (table « {table} », ligne "
        "{row}) : il n'a été ni ouvert ni modifié."),
    Problem.TOO_LARGE: QT_TRANSLATE_NOOP(
        "Messages", "« {name} » dépasse ce qu'un atelier peut contenir ({what} : {count}, "
        "{limit} au plus) : il n'a pas été ouvert."),
    Problem.JOURNAL_READ_ONLY: QT_TRANSLATE_NOOP(
        "Messages", "« {name} » garde une modification inachevée que seul un dossier où vous "
        "pouvez écrire permet de terminer : copiez-le avec son fichier « -journal » dans un "
        "tel dossier."),
    Problem.FOREIGN_JOURNAL: QT_TRANSLATE_NOOP(
        "Messages", "Un journal qui n'appartenait pas à « {name} » se trouvait à côté : il a été "
        "mis de côté sous le nom « {aside} » et l'atelier n'a pas été modifié."),
    Problem.WRITE_FAILED: QT_TRANSLATE_NOOP(
        "Messages", "« {name} » n'a pas pu être enregistré : vérifiez la place libre et les "
        "droits sur le disque. La dernière modification n'a pas été faite."),
}
_FILE_OTHER = QT_TRANSLATE_NOOP("Messages", "« {name} » : {detail}")
_BAD_TABLE = QT_TRANSLATE_NOOP(
    "Messages", "« {name} » contient une table inutilisable (« {table} ») : il n'a été ni "
    "ouvert ni modifié.")

# (English reason, searched in the message; its sentence, whose {0}, {1}… are the groups).
# The first that matches wins, so the narrower patterns come first.
_REASONS: tuple[tuple[str, str], ...] = (
    # votes (commands/decide.py)
    (r"budget exceeded: the anonymous round", QT_TRANSLATE_NOOP(
        "Messages", "Budget atteint : la salle a placé tous ses points.")),
    (r"budget exceeded: (.+) has already placed (\d+) of (\d+) votes", QT_TRANSLATE_NOOP(
        "Messages", "Budget atteint : {0} a déjà placé {1} points sur {2}.")),
    (r"^(.+) is left out of the vote$", QT_TRANSLATE_NOOP(
        "Messages", "{0} ne participe pas au vote.")),
    (r"vote budget: the anonymous round already placed more votes than the remaining",
     QT_TRANSLATE_NOOP(
         "Messages", "Impossible : le tour anonyme a déjà placé plus de points que les "
         "votants restants n'en ont.")),
    (r"vote budget: the anonymous round already placed more than (\d+)", QT_TRANSLATE_NOOP(
        "Messages", "Impossible de passer à {0} points par votant : le tour anonyme en a déjà "
        "placé davantage.")),
    (r"vote budget: (.+) has already placed (\d+) votes, more than (\d+)", QT_TRANSLATE_NOOP(
        "Messages", "Impossible de passer à {2} points : {0} en a déjà placé {1}.")),
    (r"is not a number of votes", QT_TRANSLATE_NOOP(
        "Messages", "Le nombre de points va de 0 à 99.")),
    (r"no vote to take back", QT_TRANSLATE_NOOP(
        "Messages", "Ce votant n'a pas de point sur cette idée.")),
    # ideas and actions (commands/decide.py)
    (r"choose at least two ideas", QT_TRANSLATE_NOOP(
        "Messages", "Choisissez au moins deux idées à fusionner.")),
    (r"select at least one irritant", QT_TRANSLATE_NOOP(
        "Messages", "Choisissez d'abord un irritant.")),
    (r"is not a customer or employee irritant", QT_TRANSLATE_NOOP(
        "Messages", "Une idée répond à des irritants client ou collaborateur.")),
    (r"has no field (.+)$", QT_TRANSLATE_NOOP(
        "Messages", "Champ inconnu ({0}) : rien n'a été modifié.")),
    (r"is not todo, doing or done", QT_TRANSLATE_NOOP(
        "Messages", "Statut non reconnu (attendu : à faire, en cours ou fait) : rien n'a été "
        "modifié.")),
    # the board (commands/board.py)
    (r"only a customer irritant", QT_TRANSLATE_NOOP(
        "Messages", "Seuls un irritant ou un enchantement client et un irritant ou un "
        "enchantement collaborateur de la même étape peuvent être liés.")),
    (r"lane always exists", QT_TRANSLATE_NOOP(
        "Messages", "Les couloirs « Vécu client » et « Vécu collaborateur » sont toujours là : "
        "ils ne peuvent pas être supprimés.")),
    (r"at least one step", QT_TRANSLATE_NOOP(
        "Messages", "Un parcours garde au moins une étape.")),
    (r"not linked", QT_TRANSLATE_NOOP(
        "Messages", "Ces post-it ne sont pas liés.")),
    (r"already a (\w+) lane", QT_TRANSLATE_NOOP(
        "Messages", "Ce couloir existe déjà : il n'y en a qu'un.")),
    (r"unknown (?:idea|card|action|participant|step|lane|link)", QT_TRANSLATE_NOOP(
        "Messages", "Cet élément n'existe plus (il vient peut-être d'être supprimé) : rien n'a "
        "été modifié.")),
    # what people type (domain/rules.py)
    (r"empty text", QT_TRANSLATE_NOOP(
        "Messages", "Le texte est vide : rien n'a été ajouté ni modifié.")),
    (r"(\d+) characters, more than the (\d+) allowed", QT_TRANSLATE_NOOP(
        "Messages", "Texte trop long ({0} caractères, {1} au plus) : rien n'a été modifié.")),
    (r"expected text, got", QT_TRANSLATE_NOOP(
        "Messages", "Ce champ attend du texte : rien n'a été modifié.")),
    (r"is not a date", QT_TRANSLATE_NOOP(
        "Messages", "Date non reconnue (attendu : jour/mois/année).")),
    (r"is not a colour", QT_TRANSLATE_NOOP(
        "Messages", "Couleur non reconnue (attendu : #rrggbb).")),
    # the agenda (domain/agenda.py)
    (r"duration: .+ is not between 1 and (\d+)", QT_TRANSLATE_NOOP(
        "Messages", "Une durée va de 1 à {0} minutes.")),
    # the file (store/)
    (r"could not (?:save|be written)", QT_TRANSLATE_NOOP(
        "Messages", "L'atelier n'a pas pu être enregistré : vérifiez la place libre et les "
        "droits sur le disque. La dernière modification n'a pas été faite.")),
)
_COMPILED = tuple((re.compile(pattern), sentence) for pattern, sentence in _REASONS)


def rule_message(message: str) -> str:
    """A refused edit's English reason as a sentence in the interface's language.

    A message that matches no known reason (one already written for the facilitator)
    is shown as it is.
    """
    for pattern, sentence in _COMPILED:
        found = pattern.search(message)
        if found:
            return tr(sentence).format(*found.groups())
    return message


def known_reason(message: str) -> bool:
    """Whether ``message`` is one of the lower layers' reasons (for tests and fallbacks)."""
    return any(pattern.search(message) for pattern, _sentence in _COMPILED)
