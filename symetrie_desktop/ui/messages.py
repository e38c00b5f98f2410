"""One clear sentence in the interface's language for each thing that can go wrong.

The store and the edits explain problems in English for the command line and the
logs, and carry the same thing as data: a file error its :class:`Problem`, a refusal its
:class:`Reason` and values. This is the one table that turns that data into a sentence in
the interface's language (French source, translated by Qt); nothing reads the English
back. tests/i18n/test_messages.py builds each refusal from the real edits and checks it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..domain.rules import Reason, RuleError
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

# reason -> (sentence, the values its {0}, {1}… or {name} stand for, in order); the
# sentences are translated under "Messages", but for the board's own gestures, _BOARD_VIEW.
_REFUSALS: dict[Reason, tuple[str, tuple[str, ...]]] = {
    # votes (commands/decide.py)
    Reason.BUDGET_ROOM_FULL: (QT_TRANSLATE_NOOP(
        "Messages", "Budget atteint : la salle a placé tous ses points."), ()),
    Reason.BUDGET_FULL: (QT_TRANSLATE_NOOP(
        "Messages", "Budget atteint : {0} a déjà placé {1} points sur {2}."),
        ("name", "used", "budget")),
    Reason.LEFT_OUT: (QT_TRANSLATE_NOOP(
        "Messages", "{0} ne participe pas au vote."),
        ("name",)),
    Reason.BUDGET_BELOW_REMAINING: (QT_TRANSLATE_NOOP(
        "Messages", "Impossible : le tour anonyme a déjà placé plus de points que les "
        "votants restants n'en ont."), ()),
    Reason.BUDGET_BELOW_ROOM: (QT_TRANSLATE_NOOP(
        "Messages", "Impossible de passer à {0} points par votant : le tour anonyme en a déjà "
        "placé davantage."),
        ("budget",)),
    Reason.BUDGET_BELOW_VOTER: (QT_TRANSLATE_NOOP(
        "Messages", "Impossible de passer à {2} points : {0} en a déjà placé {1}."),
        ("name", "used", "budget")),
    Reason.BUDGET_RANGE: (QT_TRANSLATE_NOOP(
        "Messages", "Le nombre de points va de 0 à 99."), ()),
    Reason.NO_VOTE_BACK: (QT_TRANSLATE_NOOP(
        "Messages", "Ce votant n'a pas de point sur cette idée."), ()),
    # ideas and actions (commands/decide.py)
    Reason.MERGE_ONE: (QT_TRANSLATE_NOOP(
        "Messages", "Choisissez au moins deux idées à fusionner."), ()),
    Reason.NO_IRRITANT: (QT_TRANSLATE_NOOP(
        "Messages", "Choisissez d'abord un irritant."), ()),
    Reason.NOT_AN_IRRITANT: (QT_TRANSLATE_NOOP(
        "Messages", "Une idée répond à des irritants client ou collaborateur."), ()),
    Reason.UNKNOWN_FIELD: (QT_TRANSLATE_NOOP(
        "Messages", "Champ inconnu ({0}) : rien n'a été modifié."),
        ("field",)),
    Reason.BAD_STATUS: (QT_TRANSLATE_NOOP(
        "Messages", "Statut non reconnu (attendu : à faire, en cours ou fait) : rien n'a été "
        "modifié."), ()),
    # follow-up sessions (commands/followup.py)
    Reason.BAD_REVIEW: (QT_TRANSLATE_NOOP(
        "Messages", "Statut non reconnu (attendu : à faire, en cours, fait ou abandonnée) : "
        "rien n'a été modifié."), ()),
    Reason.NOT_AN_EARLIER_IRRITANT: (QT_TRANSLATE_NOOP(
        "Messages", "Ce post-it n'est pas un irritant de la séance précédente : rien n'a été "
        "modifié."), ()),
    # self-diagnosis (commands/after.py)
    Reason.BAD_DIMENSION: (QT_TRANSLATE_NOOP(
        "Messages", "Dimension non reconnue : rien n'a été modifié."), ()),
    Reason.BAD_ANSWER: (QT_TRANSLATE_NOOP(
        "Messages", "Une réponse va de 1 à 4 : rien n'a été enregistré."), ()),
    Reason.NO_ANSWER: (QT_TRANSLATE_NOOP(
        "Messages", "Cochez au moins une réponse avant d'enregistrer."), ()),
    Reason.LEVERS_IN_PLAN: (QT_TRANSLATE_NOOP(
        "Messages", "Ces leviers sont déjà dans le plan d'actions."), ()),
    # the board (commands/board.py)
    Reason.NOT_A_PAIR: (QT_TRANSLATE_NOOP(
        "Messages", "Seuls un irritant ou un enchantement client et un irritant ou un "
        "enchantement collaborateur de la même étape peuvent être liés."), ()),
    Reason.LANE_STAYS: (QT_TRANSLATE_NOOP(
        "Messages", "Les couloirs « Vécu client » et « Vécu collaborateur » sont toujours là : "
        "ils ne peuvent pas être supprimés."), ()),
    Reason.LAST_STEP: (QT_TRANSLATE_NOOP(
        "Messages", "Un parcours garde au moins une étape."), ()),
    Reason.NOT_LINKED: (QT_TRANSLATE_NOOP(
        "Messages", "Ces post-it ne sont pas liés."), ()),
    Reason.LANE_TWICE: (QT_TRANSLATE_NOOP(
        "Messages", "Ce couloir existe déjà : il n'y en a qu'un."), ()),
    Reason.GONE: (QT_TRANSLATE_NOOP(
        "Messages", "Cet élément n'existe plus (il vient peut-être d'être supprimé) : rien n'a "
        "été modifié."), ()),
    # what people type (domain/rules.py)
    Reason.EMPTY_TEXT: (QT_TRANSLATE_NOOP(
        "Messages", "Le texte est vide : rien n'a été ajouté ni modifié."), ()),
    Reason.TOO_LONG: (QT_TRANSLATE_NOOP(
        "Messages", "Texte trop long ({0} caractères, {1} au plus) : rien n'a été modifié."),
        ("length", "limit")),
    Reason.NOT_TEXT: (QT_TRANSLATE_NOOP(
        "Messages", "Ce champ attend du texte : rien n'a été modifié."), ()),
    Reason.NOT_A_DATE: (QT_TRANSLATE_NOOP(
        "Messages", "Date non reconnue (attendu : jour/mois/année)."), ()),
    Reason.NOT_A_COLOUR: (QT_TRANSLATE_NOOP(
        "Messages", "Couleur non reconnue (attendu : #rrggbb)."), ()),
    # the agenda (domain/agenda.py)
    Reason.DURATION: (QT_TRANSLATE_NOOP(
        "Messages", "Une durée va de 1 à {0} minutes."),
        ("highest",)),
    Reason.AGENDA_SHAPE: (QT_TRANSLATE_NOOP(
        "Messages", "Un agenda a de 1 à {0} phases, de 1 à {1} minutes chacune."),
        ("phases", "highest")),
    # gestures the board refuses itself (ui/board/)
    Reason.PICK_A_PAIR: (QT_TRANSLATE_NOOP(
        "BoardView", "Pour lier, sélectionnez un post-it client et un post-it "
        "collaborateur de la même étape, puis appuyez sur L."), ()),
    Reason.CARD_NOT_EMPTIED: (QT_TRANSLATE_NOOP(
        "BoardView", "Un post-it ne peut pas être vide : son texte est gardé. Pour "
        "le retirer, sélectionnez-le et appuyez sur Suppr."), ()),
    Reason.EXPERIENCE_ON_TOP: (QT_TRANSLATE_NOOP(
        "BoardView", "Les couloirs « Vécu client » et « Vécu collaborateur » "
        "restent en haut, l'un au-dessus de l'autre."), ()),
    Reason.EXPERIENCE_LANE: (QT_TRANSLATE_NOOP(
        "BoardView", "Le couloir « {name} » fait la symétrie des attentions : il est "
        "toujours là et ne peut pas être supprimé."),
        ("name",)),
}
_BOARD_VIEW = {Reason.PICK_A_PAIR, Reason.CARD_NOT_EMPTIED, Reason.EXPERIENCE_ON_TOP,
               Reason.EXPERIENCE_LANE}
_SAVE_FAILED = QT_TRANSLATE_NOOP(
    "Messages", "L'atelier n'a pas pu être enregistré : vérifiez la place libre et les "
    "droits sur le disque. La dernière modification n'a pas été faite.")


def refusal(error: RuleError) -> str:
    """A refused change as a sentence in the interface's language, with its values; one
    with no reason (a message already written for people) is shown as it is."""
    found = _REFUSALS.get(error.reason) if error.reason is not None else None
    if found is None:
        return str(error)
    sentence, names = found
    context = "BoardView" if error.reason in _BOARD_VIEW else "Messages"
    text = QCoreApplication.translate(context, sentence)
    if "{name}" in sentence:
        return text.format(**{n: error.values.get(n, "") for n in names})
    return text.format(*(error.values.get(n, "") for n in names))


def explain(problem: Exception) -> str:
    """What the model's ``failed`` signal carries, as one sentence: a refused edit, or a file
    that could not be saved (the last change was not made)."""
    if isinstance(problem, RuleError):
        return refusal(problem)
    if isinstance(problem, WorkshopFileError):
        if problem.problem == Problem.WRITE_FAILED:
            return tr(_SAVE_FAILED)
        return file_error(problem)
    return str(problem)
