"""Screenshots of every projected page, from a real run of the app (docs/projector-*.png).

Run under a 1920×1080 screen, for instance:
    xvfb-run -s "-screen 0 1920x1080x24" .venv/bin/python packaging/wall_screenshots.py docs
It opens the demo workshop, enters projector mode (F5) and moves through the agenda (F8)
as a facilitator would, grabbing the window at each phase; the vote page is taken with the
results revealed.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path


def main(out: Path) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    from symetrie_desktop.commands import decide
    from symetrie_desktop.domain.agenda import PHASE_KEYS
    from symetrie_desktop.exchange.demo import demo_workshop
    from symetrie_desktop.exchange.workshop_json import from_exchange
    from symetrie_desktop.store import write_new
    from symetrie_desktop.ui.main_window import MainWindow

    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "demo.symetrie"
        write_new(path, from_exchange(demo_workshop()))
        window = MainWindow()
        window.show()
        window.open_file(path)
        window.projector.enter()
        for _ in range(20):
            app.processEvents()
        window.clock.go_to(0)
        for key in PHASE_KEYS:
            if key == "vote":
                window.model.try_push(decide.set_votes_revealed, True)
            for _ in range(10):
                app.processEvents()
            target = out / f"projector-{key}.png"
            window.grab().save(str(target))
            print(target, window.size().width(), "x", window.size().height())
            window.clock.next_phase()
        window.projector.leave()
        window.close_workshop()
        window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs"))
