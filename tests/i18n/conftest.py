"""The interface language for a test: French (the source) unless a test asks for English.

A test that installs a language leaves the application as it found it: back to French,
then with no translator at all and the default locale it had, so the tests that run
after it see the untranslated French source, as they expect.
"""

from __future__ import annotations

import contextlib

import pytest
from PySide6.QtCore import QCoreApplication, QLocale


@contextlib.contextmanager
def language(name: str):
    from symetrie_desktop.ui import i18n

    saved = QLocale()
    i18n.install(name)
    try:
        yield
    finally:
        i18n.install("fr")
        app = QCoreApplication.instance()
        for translator in i18n._installed:
            app.removeTranslator(translator)
        i18n._installed.clear()
        QLocale.setDefault(saved)


@pytest.fixture
def english(qapp):
    """English installed for the test, French again afterwards whatever happens."""
    with language("en"):
        yield


@pytest.fixture
def french(qapp):
    with language("fr"):
        yield
