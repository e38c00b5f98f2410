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
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    try:
        from PySide6.QtCore import QSettings

        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                          str(home / "config"))
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                          str(home / "config"))
    except ImportError:  # pragma: no cover - Qt is a dependency
        pass
    yield home


class Dialogs:
    """The questions a test expects the window to ask, with the answers to give.

    ``dialogs.expect("confirm", True)`` scripts the next Yes/No question; the kinds are
    those of :mod:`symetrie_desktop.ui.ask` (confirm, open, save, number). A question
    nobody scripted fails the test, and so does a scripted one never asked; ``asked`` lists
    every question in order, for tests that check what was asked.
    """

    def __init__(self) -> None:
        self.expected: list[tuple[str, object]] = []
        self.asked: list = []
        self.unexpected: list = []

    def expect(self, kind: str, answer: object) -> Dialogs:
        self.expected.append((kind, answer))
        return self

    def __call__(self, question):
        self.asked.append(question)
        if not self.expected or self.expected[0][0] != question.kind:
            self.unexpected.append(question)
            raise AssertionError(f"unexpected dialog: {question}")
        return self.expected.pop(0)[1]


def _no_dialog(name: str):
    def refuse(*_args, **_kwargs):
        raise AssertionError(f"{name} opened directly: go through symetrie_desktop.ui.ask")

    return refuse


@pytest.fixture(autouse=True)
def dialogs(monkeypatch):
    """No test ever waits on a dialog: questions go to a script (see :class:`Dialogs`), and
    a modal dialog opened around :mod:`symetrie_desktop.ui.ask` fails at once."""
    try:
        from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

        from symetrie_desktop.ui import ask
    except ImportError:  # pragma: no cover - Qt is a dependency
        yield None
        return
    script = Dialogs()
    monkeypatch.setattr(ask, "responder", script)
    for cls, names in ((QMessageBox, ("question", "warning", "critical", "information",
                                      "about")),
                       (QFileDialog, ("getOpenFileName", "getSaveFileName",
                                      "getExistingDirectory", "getOpenFileNames")),
                       (QInputDialog, ("getInt", "getText", "getItem", "getDouble"))):
        for name in names:
            monkeypatch.setattr(cls, name, staticmethod(_no_dialog(f"{cls.__name__}.{name}")))
    monkeypatch.setattr(QDialog, "exec", _no_dialog("QDialog.exec"))
    yield script
    assert not script.unexpected, f"unexpected dialogs: {script.unexpected}"
    assert not script.expected, f"dialogs expected but never asked: {script.expected}"


@pytest.fixture
def slow_summary(monkeypatch):
    """The window's summary export made endless until its Annuler is pressed (then it
    raises the export's cancellation, as a real report does at its next page)."""
    import time

    from symetrie_desktop.ui import export_actions

    def slow_render(workshop, path, lang="fr", progress=None):
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:  # a long report, until Annuler is pressed
            progress(1, 100)
            time.sleep(0.01)
        raise AssertionError("never cancelled")

    monkeypatch.setattr(export_actions, "render_report", slow_render)


@pytest.fixture
def demo() -> Workshop:
    return from_exchange(demo_workshop())


@pytest.fixture
def demo_doc(tmp_path: Path, demo: Workshop):
    doc = Document.create(tmp_path / "demo.symetrie", demo)
    yield doc
    doc.close()
