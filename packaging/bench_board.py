"""How quickly the board opens and repaints on a large workshop (a measurement, not a test).

Generates a 20-step, 5,000-post-it workshop file, then measures, offscreen, for the board
view alone and for the whole main window (which also builds the decision pages):
  * opening the file to the first painted board (file read + scene + first paint, forced
    with a grab of the viewport);
  * a pan: scrolling by 900 x 600 pixels and the repaint Qt does then;
  * a full repaint of the board's viewport (1600 x 950 pixels);
  * one edit on the board (adding a post-it, from the push to the repainted view).

Usage:  .venv/bin/python packaging/bench_board.py [--steps 20] [--cards 5000] [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def measure_board(path: Path, app) -> dict[str, float]:
    """The board alone: file read, scene built, first paint; a pan; an edit."""
    from symetrie_desktop.commands import Document
    from symetrie_desktop.commands import board as edits
    from symetrie_desktop.domain.model import LaneKind
    from symetrie_desktop.ui.board.view import BoardView
    from symetrie_desktop.ui.model import WorkshopModel

    t0 = time.perf_counter()
    model = WorkshopModel(Document.open(path))
    view = BoardView(model)
    view.resize(1600, 950)
    view.show()
    app.processEvents()
    view.home()
    view.viewport().grab()
    opened = time.perf_counter() - t0
    pan = _pan(view, app)
    t0 = time.perf_counter()
    view.viewport().repaint()
    repaint = time.perf_counter() - t0
    w = model.workshop
    t0 = time.perf_counter()
    model.try_push(edits.add_card, w.lane_of_kind(LaneKind.CUSTOMER).id,
                   w.ordered_steps()[3].id, "irritant", "Mesure")
    app.processEvents()
    view.viewport().grab()
    edit = time.perf_counter() - t0
    view.close()
    model.close()
    app.processEvents()
    return {"open": opened, "pan": pan, "full repaint": repaint, "edit": edit}


def _pan(view, app) -> float:
    """Scroll by 900 x 600 pixels and let Qt repaint what is now in view."""
    t0 = time.perf_counter()
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().value() + 900)
    view.verticalScrollBar().setValue(view.verticalScrollBar().value() + 600)
    app.processEvents()
    return time.perf_counter() - t0


def measure(path: Path, app) -> dict[str, float]:
    """The whole window, with the decision pages built and kept up to date too."""
    from symetrie_desktop.commands import board as edits
    from symetrie_desktop.domain.model import LaneKind
    from symetrie_desktop.ui.main_window import MainWindow

    window = MainWindow()
    window.resize(1600, 1000)
    window.show()
    app.processEvents()
    t0 = time.perf_counter()
    window.open_file(path)
    app.processEvents()
    window.view.viewport().grab()
    opened = time.perf_counter() - t0

    view = window.view
    pan = _pan(view, app)

    view.fit_board()
    app.processEvents()
    t0 = time.perf_counter()
    view.viewport().grab()
    zoomed_out = time.perf_counter() - t0

    w = window.model.workshop
    lane = w.lane_of_kind(LaneKind.CUSTOMER).id
    step = w.ordered_steps()[3].id
    t0 = time.perf_counter()
    window.model.try_push(edits.add_card, lane, step, "irritant", "Mesure")
    app.processEvents()
    view.viewport().grab()
    edit = time.perf_counter() - t0
    window.close()
    app.processEvents()
    return {"open": opened, "pan": pan, "whole board": zoomed_out, "edit": edit}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=20)
    parser.add_argument("--cards", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    from symetrie_desktop.exchange.demo import generated_workshop
    from symetrie_desktop.exchange.workshop_json import from_exchange
    from symetrie_desktop.store import write_new
    from symetrie_desktop.ui.app import make_application

    app = make_application([sys.argv[0]])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "grand.symetrie"
        write_new(path, from_exchange(generated_workshop(args.steps, args.cards, seed=1)))
        print(f"{args.steps} steps, {args.cards} post-its, {args.runs} runs "
              f"({os.environ['QT_QPA_PLATFORM']}, Python {sys.version.split()[0]})")
        board = [measure_board(path, app) for _ in range(args.runs)]
        window = [measure(path, app) for _ in range(args.runs)]
    for title, runs in (("board view alone", board), ("main window (all pages)", window)):
        print(title)
        for key in runs[0]:
            values = [r[key] * 1000 for r in runs]
            print(f"  {key:<12} median {statistics.median(values):7.0f} ms   "
                  f"(min {min(values):.0f}, max {max(values):.0f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
