"""The UI's language: French (the source language) or English, Qt's own strings included.

The language follows the system's (English on an English system, French otherwise) unless
Préférences says otherwise. A change takes effect by rebuilding the main window on the same
workshop, so there is no restart and nothing to save.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from ..resources import resource

LANGUAGES = ("fr", "en")
SETTING = "ui/language"  # "auto", "fr" or "en"

_installed: list[QTranslator] = []
_active = ["fr"]


def active_language() -> str:
    """The language whose translators are installed now."""
    return _active[0]


def preferred_language() -> str:
    """What the preferences say: 'auto', 'fr' or 'en'."""
    value = QSettings().value(SETTING, "auto")
    return value if value in ("auto", *LANGUAGES) else "auto"


def set_preferred_language(value: str) -> None:
    QSettings().setValue(SETTING, value if value in LANGUAGES else "auto")


def system_language() -> str:
    return "en" if QLocale.system().language() == QLocale.Language.English else "fr"


def current_language() -> str:
    chosen = preferred_language()
    return system_language() if chosen == "auto" else chosen


def locale_for(language: str) -> QLocale:
    if language == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.French, QLocale.Country.France)


def qt_gaps(language: str) -> dict[tuple[str, str], str]:
    """Qt strings that Qt's own translation (qtbase_fr) lacks in this Qt version: their
    source text gained an accelerator after the French was last updated, so the non-native
    file dialog said « Look in: » and « Files of type: » in a French window. The words live
    in ``resources/translations/qt_gaps_LANG.json`` (context -> source -> translation)."""
    import json

    path = resource("translations", f"qt_gaps_{language}.json")
    if not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {(context, source): text for context, words in data.items()
            if isinstance(words, dict) for source, text in words.items()}


class _QtGaps(QTranslator):
    """Fills the few holes of Qt's own translation; asked before it, answers only its own."""

    def __init__(self, words: dict[tuple[str, str], str], parent=None) -> None:
        super().__init__(parent)
        self._words = words

    def translate(self, context, source_text, disambiguation=None, n=-1):
        return self._words.get((context, source_text))  # None: not ours, ask the next one

    def isEmpty(self) -> bool:
        return False


def install(language: str | None = None) -> str:
    """Install the translators of ``language`` (default: the preferred one) in the app."""
    app = QCoreApplication.instance()
    language = language or current_language()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [("qtbase_" + language, qt_dir)]
    if language == "en":
        candidates.append(("symetrie_en", str(resource("translations"))))
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    gaps = qt_gaps(language)
    if gaps:
        translator = _QtGaps(gaps, app)
        app.installTranslator(translator)
        _installed.append(translator)
    QLocale.setDefault(locale_for(language))
    _active[0] = language
    return language


def translation_file() -> str:
    return str(resource("translations", "symetrie_en.qm"))
