"""Undo after a refused save keeps the stack as it was (finding 9 of issue 10)."""

from __future__ import annotations

import sqlite3

import pytest

from symetrie_desktop.commands import board as edits
from symetrie_desktop.exchange.workshop_json import to_exchange
from symetrie_desktop.store import load_file


@pytest.fixture
def model(qtbot, demo_doc):
    from symetrie_desktop.ui.model import WorkshopModel

    m = WorkshopModel(demo_doc)
    yield m
    m.undo_stack.clear()


class Disk:
    """The disk under the file: ``full = True`` makes every save fail as a full disk does."""

    def __init__(self, doc, monkeypatch) -> None:
        self.full = False
        real = doc.file.write

        def write(before, after):
            if self.full:
                raise sqlite3.OperationalError("database or disk is full")
            real(before, after)

        monkeypatch.setattr(doc.file, "write", write)


def add(model, text: str):
    w = model.workshop
    return model.try_push(edits.add_card, w.lane_of_kind("customer").id,
                          w.ordered_steps()[0].id, "irritant", text)


def on_disk(model) -> dict:
    return to_exchange(load_file(model.document.path))


def test_refused_undo_redo_and_edit_keep_every_command_and_the_redo_history(
        qtbot, model, monkeypatch):
    disk = Disk(model.document, monkeypatch)
    stack = model.undo_stack
    start = on_disk(model)
    messages = []
    model.failed.connect(messages.append)
    for n in range(3):
        assert add(model, f"Post-it {n}") is not None
    after_three = on_disk(model)
    stack.undo()  # one in the redo history
    assert (stack.count(), stack.index()) == (3, 2)

    disk.full = True
    stack.undo()  # refused
    qtbot.waitUntil(lambda: stack.index() == 2, timeout=2000)
    stack.redo()  # refused
    qtbot.waitUntil(lambda: stack.index() == 2, timeout=2000)
    assert add(model, "Refusé") is None  # refused: the redo history is not cut
    assert (stack.count(), stack.index()) == (3, 2)
    assert len(messages) == 3 and all("could not save" in str(m.problem) for m in messages)
    assert to_exchange(model.workshop) == on_disk(model)  # memory still mirrors the file

    disk.full = False
    stack.setIndex(0)  # undoing everything returns to the start ...
    assert on_disk(model) == start
    stack.setIndex(3)  # ... and redoing everything to where the room was
    assert on_disk(model) == after_three
    assert to_exchange(model.workshop) == after_three
