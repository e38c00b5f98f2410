"""Screenshots of every projected page, from a real run of the app (docs/projector-*.png).

Run under a 1920×1080 screen, for instance:
    xvfb-run -s "-screen 0 1920x1080x24" .venv/bin/python packaging/wall_screenshots.py docs
It opens the demo workshop, enters projector mode (F5) and moves through the agenda (F8)
as a facilitator would, grabbing the window at each phase; the vote page is taken with the
results revealed; the matrix's first quadrant sheet (Page Down) is taken too, then a break
added to the agenda from the agenda bar's menu (projector-pause.png).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path


def main(out: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
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
            shoot(app, window, out / f"projector-{key}.png")
            if key == "matrice":  # Page Down: Priorité 1, every pair at body size
                QTest.keyClick(window.wall, Qt.Key.Key_PageDown)
                shoot(app, window, out / "projector-matrice-p1.png")
            window.clock.next_phase()
        window.clock.go_to(0)
        for action in window.agenda_bar.phase_menu(3).actions():
            if action.text() == window.agenda_bar.tr("Ajouter une pause après"):
                action.trigger()  # a break after « Matrice croisée »
        window.clock.go_to(4)
        shoot(app, window, out / "projector-pause.png")
        window.projector.leave()
        window.close_workshop()
        window.close()


def shoot(app, window, target: Path) -> None:
    for _ in range(10):
        app.processEvents()
    window.grab().save(str(target))
    print(target, window.size().width(), "x", window.size().height())


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs"))
