"""File menu gestures for after the workshop: start the next session, import a mirror survey.

The follow-up is a new file (nothing in the open workshop changes); the survey import is one
undoable edit through ``model.try_push``, made only once the whole CSV has been checked.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ... import disk
from ...commands import after
from ...exchange.mirror_csv import MirrorError, parse_survey
from ...store import EXTENSION, WorkshopFileError
from .. import ask, messages

# lupdate reads the context of each call: literals go through translate("After", …).
translate = QCoreApplication.translate


def mirror_reason(e: MirrorError) -> str:
    """A refused survey in one French sentence with its line."""
    texts = {
        "missing_column": translate(
            "After", "il manque la colonne « {value} » (attendu : question;etape;population;note)"),
        "no_question": translate("After", "la question est vide"),
        "long_question": translate("After", "la question dépasse 500 caractères"),
        "unknown_step": translate(
            "After", "l'étape « {value} » n'est pas une étape du parcours"),
        "bad_population": translate(
            "After", "population « {value} » : attendu client ou collaborateur"),
        "bad_note": translate("After", "la note « {value} » n'est pas un nombre"),
        "out_of_scale": translate(
            "After", "la note {value} sort des échelles acceptées (1–4, 1–5, 1–7, 0–10)"),
        "empty": translate("After", "le fichier est vide"),
        "no_rows": translate("After", "aucune réponse sous la ligne d'en-tête"),
        "too_big": translate("After", "le fichier est trop gros"),
        "too_many": translate("After", "le fichier a trop de lignes"),
        "csv": translate("After", "le CSV est illisible"),
    }
    why = texts.get(e.reason, e.message).format(value=e.value)
    if e.line:
        return translate(
            "After", "Enquête refusée, rien n'a été importé : ligne {line}, {why}.").format(
                line=e.line, why=why)
    return translate(
        "After", "Enquête refusée, rien n'a été importé : {why}.").format(why=why)


def import_mirror(window, path: Path | None = None) -> bool:
    model = window.model
    if model is None:
        return False
    if path is None:
        path = ask.open_path(window, translate("After", "Importer une enquête miroir"),
                             window._folder(), translate("After", "Enquête CSV (*.csv *.txt)"))
        if path is None:
            return False
    try:
        data = Path(path).read_bytes()
        survey = parse_survey(data, model.workshop, Path(path).name)
    except MirrorError as e:
        window.show_message(mirror_reason(e), translate("After", "Import impossible"))
        return False
    except OSError as e:
        text = translate("After", "« {name} » ne peut pas être lu ({why}).")
        window.show_message(text.format(name=Path(path).name, why=e.strerror),
                            translate("After", "Import impossible"))
        return False
    if model.try_push(after.import_mirror, survey.rows, survey.scale) is None:
        return False
    text = translate("After", "{n} réponses importées (échelle {lo} à {hi}).")
    window.statusBar().showMessage(
        text.format(n=len(survey.rows), lo=survey.scale[0], hi=survey.scale[1]), 8000)
    return True


def new_follow_up(window, path: Path | None = None) -> bool:
    """Write the next session of the open workshop and open it."""
    from ...exchange.followup import follow_up

    model = window.model
    if model is None:
        return False
    current = model.document.path
    if path is None:
        suggested = current.with_name(f"{current.stem}-suivi{EXTENSION}")
        path = ask.save_path(window, translate("After", "Nouvelle séance de suivi"),
                             suggested, window._file_filter())
        if path is None:
            return False
    path = Path(path)
    if path.suffix.lower() != EXTENSION:
        path = path.with_name(path.name + EXTENSION)
    if path.resolve() == current.resolve():
        window.show_message(
            translate("After", "Choisissez un autre fichier que l'atelier ouvert."))
        return False
    try:
        disk.write_workshop(path, follow_up(model.workshop))
    except WorkshopFileError as e:
        window.show_message(messages.file_error(e),
                            translate("After", "Création impossible"))
        return False
    return window.open_file(path)
