"""Opening a workshop does not let Python's garbage collector walk what it reads and the
board it builds, again and again (issue 11: 62 young passes, 6 middle ones and a full one,
a third or more of opening 5,000 post-its, with nothing to collect); closing hands them
back. Counts of passes, not times."""

from __future__ import annotations

import gc

import pytest

from symetrie_desktop.bench.workload import workload
from symetrie_desktop.commands import Document
from symetrie_desktop.exchange.workshop_json import from_exchange
from symetrie_desktop.store import WorkshopFileError, write_new
from symetrie_desktop.ui.board.scene import BoardScene


@pytest.fixture
def passes():
    """How many collector passes ran while the test body did."""
    seen: list[int] = []

    def count(phase, info):
        if phase == "start":
            seen.append(info["generation"])

    gc.callbacks.append(count)
    yield seen
    gc.callbacks.remove(count)


def test_opening_5000_post_its_and_building_the_board_runs_no_collector_pass(
        qtbot, tmp_path, passes):
    path = tmp_path / "grand.symetrie"
    write_new(path, from_exchange(workload(5000)))
    before = gc.get_freeze_count()
    passes.clear()
    doc = Document.open(path)
    scene = BoardScene(doc.workshop)
    assert len(scene.cards) == 5000
    assert len(passes) < 5  # a handful at most around the two blocks; 69 before
    assert gc.isenabled()
    # what was read and built is set aside from the collector's later passes
    assert gc.get_freeze_count() > before + 5000
    doc.close()
    assert gc.get_freeze_count() == 0  # handed back when the workshop closes


def test_a_refused_file_leaves_the_collector_running(tmp_path):
    path = tmp_path / "abîmé.symetrie"
    path.write_bytes(b"pas un atelier" * 100)
    with pytest.raises(WorkshopFileError):
        Document.open(path)
    assert gc.isenabled()


def test_a_window_closing_its_workshop_hands_its_objects_back(window):
    assert window.model is not None
    assert gc.isenabled() and gc.get_freeze_count() > len(window.model.workshop.cards)
    window.close_workshop()
    assert gc.get_freeze_count() == 0
