"""The interface language for a test: French (the source) unless a test asks for English."""

from __future__ import annotations

import pytest


@pytest.fixture
def english(qapp):
    """English installed for the test, French again afterwards whatever happens."""
    from symetrie_desktop.ui import i18n

    i18n.install("en")
    try:
        yield
    finally:
        i18n.install("fr")


@pytest.fixture
def french(qapp):
    from symetrie_desktop.ui import i18n

    i18n.install("fr")
    yield
