"""Test set-up: headless Qt, settings in a temporary folder, and ready-made workshops."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest

from symetrie_desktop.commands import Document
from symetrie_desktop.domain.model import Workshop
from symetrie_desktop.exchange.demo import demo_workshop
from symetrie_desktop.exchange.workshop_json import from_exchange


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory, monkeypatch):
    """Every test gets its own QSettings and data folders: no test sees another's recent files."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    try:
        from PySide6.QtCore import QSettings

        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                          str(home / "config"))
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                          str(home / "config"))
    except ImportError:  # pragma: no cover - Qt is a dependency
        pass
    yield home


@pytest.fixture
def demo() -> Workshop:
    return from_exchange(demo_workshop())


@pytest.fixture
def demo_doc(tmp_path: Path, demo: Workshop):
    doc = Document.create(tmp_path / "demo.symetrie", demo)
    yield doc
    doc.close()
