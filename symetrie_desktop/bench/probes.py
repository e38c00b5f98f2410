"""What the bench runs in a fresh process, one probe per command, each printing one JSON line.

    python -m symetrie_desktop.bench.probes NAME [ARGS…]

A figure and its floor are measured the same way: the start probes end the process with
``os._exit`` right after the first paint, so the parent's wall clock covers start to
first paint and nothing of the teardown; the GUI probe measures each app figure right
beside its floor (an empty view, a bare sqlite UPDATE on a copy of the same file).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import statistics
import sys
import time
from pathlib import Path


def _emit(result: dict) -> None:
    print(json.dumps(result), flush=True)


def _rss_mb() -> float:
    """Resident memory now, in MB (10^6 bytes), as the system monitor shows it."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024 / 1e6
    return 0.0


# -- start: bare window versus the app on the demo ------------------------------------------


def bare_start() -> None:
    """Floor: a bare PySide6 window with one label, painted once."""
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication([sys.argv[0]])
    label = QLabel("Symétrie")
    label.resize(400, 100)
    label.show()
    app.processEvents()
    label.grab()
    sys.stdout.flush()
    os._exit(0)


def app_start(path: str) -> None:
    """The app as a person starts it (``symetrie-desktop FILE``), up to the first painted
    board: the event loop's start is replaced by one round of events and a paint."""
    from PySide6.QtWidgets import QApplication

    def first_paint(*_args) -> int:
        app = QApplication.instance()
        app.processEvents()
        for widget in app.topLevelWidgets():
            if widget.isVisible() and widget.objectName() == "mainWindow":
                widget.grab()
        sys.stdout.flush()
        os._exit(0)

    QApplication.exec = first_paint  # type: ignore[method-assign]
    from symetrie_desktop.cli import main

    main([path])


def bare_memory() -> None:
    """Floor: the memory of a bare window with one label."""
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication([sys.argv[0]])
    label = QLabel("Symétrie")
    label.show()
    app.processEvents()
    label.grab()
    _emit({"memory": _rss_mb()})


def app_memory(path: str) -> None:
    """The app with the file open and every tab shown once."""
    from symetrie_desktop.ui.app import make_application
    from symetrie_desktop.ui.main_window import MainWindow

    app = make_application([sys.argv[0]])
    window = MainWindow()
    window.resize(1600, 1000)
    window.show()
    window.open_file(Path(path))
    app.processEvents()
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        app.processEvents()
        window.grab()
    window.tabs.setCurrentIndex(0)
    app.processEvents()
    _emit({"memory": _rss_mb()})
    os._exit(0)


# -- the command line: import and report ----------------------------------------------------


def floor_import(source: str, target: str) -> None:
    """Floor of ``import``: json.load and one executemany of the post-its into sqlite."""
    with open(source, encoding="utf-8") as f:
        data = json.load(f)
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE cards (id INTEGER PRIMARY KEY, lane TEXT, step TEXT, kind TEXT,"
                 " text TEXT, author TEXT, tags TEXT, position INTEGER)")
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO cards VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     [(n, c["lane"], c["step"], c["kind"], c["text"], c.get("author"),
                       json.dumps(c.get("tags", [])), n) for n, c in enumerate(data["cards"])])
    conn.execute("COMMIT")
    conn.close()


def floor_report(path: str) -> None:
    """Floor of ``report``: python, reportlab's PDF machinery imported, the file read."""
    import reportlab.pdfbase.ttfonts
    import reportlab.platypus  # noqa: F401

    from symetrie_desktop.store import load_file

    load_file(path)


# -- the board: open, pan, repaint, zoomed out, one edit ------------------------------------


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _summary(values: list[float]) -> dict:
    return {"p50": statistics.median(values), "p99": _pct(values, 0.99), "n": len(values)}


def _positions(count: int, width: int, height: int) -> list[tuple[int, int]]:
    """Scroll positions spread over the board in a fixed order (same for figure and floor)."""
    return [((i * 7919) % max(1, width), (i * 104729) % max(1, height)) for i in range(count)]


def gui(path: str, quick: str = "0") -> None:
    """Every board figure of the main window on a 5,000-post-it file, with its floor."""
    from PySide6.QtCore import QRectF
    from PySide6.QtWidgets import QGraphicsScene, QGraphicsView

    from symetrie_desktop.commands import board as edits
    from symetrie_desktop.domain.model import LaneKind
    from symetrie_desktop.ui.app import make_application
    from symetrie_desktop.ui.main_window import MainWindow

    rounds = 20 if quick == "1" else 80
    # every run edits a fresh copy: a second run on the same file would set the same texts
    # again, which are edits that change nothing and cost nothing
    work = Path(path).with_name("gui-run.symetrie")
    shutil.copyfile(path, work)
    path = str(work)
    app = make_application([sys.argv[0]])
    window = MainWindow()
    window.resize(1600, 1000)
    window.show()
    app.processEvents()

    t0 = time.perf_counter()
    window.open_file(Path(path))
    app.processEvents()
    window.view.viewport().grab()
    opened = time.perf_counter() - t0
    from symetrie_desktop.store import load_file

    t0 = time.perf_counter()
    load_file(path)
    load = time.perf_counter() - t0

    view = window.view
    view.set_zoom(1.0)
    app.processEvents()
    # the floor: an empty view of the same size, over a scene as large as the board
    empty = QGraphicsView(QGraphicsScene(QRectF(view.board.sceneRect())))
    empty.resize(view.size())
    empty.show()
    app.processEvents()

    def pan(v: QGraphicsView, dx: int, dy: int) -> float:
        t = time.perf_counter()
        h, s = v.horizontalScrollBar(), v.verticalScrollBar()
        h.setValue(h.value() + dx)
        s.setValue(s.value() + dy)
        app.processEvents()
        return time.perf_counter() - t

    def repaint(v: QGraphicsView) -> float:
        t = time.perf_counter()
        v.viewport().repaint()
        return time.perf_counter() - t

    out: dict[str, list[float]] = {k: [] for k in (
        "pan", "pan floor", "repaint", "repaint floor", "overview", "overview floor",
        "edit", "edit floor")}
    h = view.horizontalScrollBar()
    s = view.verticalScrollBar()
    for x, y in _positions(rounds // 4, h.maximum(), s.maximum()):
        for v in (view, empty):
            v.horizontalScrollBar().setValue(x)
            v.verticalScrollBar().setValue(y)
            app.processEvents()
        for dx, dy in ((40, 25), (-40, -25), (300, 200), (-300, -200)):
            out["pan"].append(pan(view, dx, dy))
            out["pan floor"].append(pan(empty, dx, dy))
        out["repaint"].append(repaint(view))
        out["repaint floor"].append(repaint(empty))

    view.fit_board()
    empty.fitInView(empty.sceneRect())
    app.processEvents()
    lay = view.board.layout
    scene = QRectF(0, 0, lay.width, lay.height)  # the board itself, without the blank margin
    shown = view.visible_area().intersected(scene)
    fits = (shown.width() * shown.height()) / max(1.0, scene.width() * scene.height())
    view.set_zoom(0.0)  # the smallest zoom the view allows
    app.processEvents()
    shown = view.visible_area().intersected(scene)
    fits_min = (shown.width() * shown.height()) / max(1.0, scene.width() * scene.height())
    view.fit_board()
    app.processEvents()
    for _ in range(rounds // 4):
        out["overview"].append(repaint(view))
        out["overview floor"].append(repaint(empty))

    # one edit durable on disk, beside a bare UPDATE + COMMIT on a copy of the same file
    copy = Path(path).with_name("floor-copy.symetrie")
    shutil.copyfile(path, copy)
    conn = sqlite3.connect(str(copy), isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")
    w = window.model.workshop
    lane = w.lane_of_kind(LaneKind.CUSTOMER).id
    ids = [c.id for c in w.cards.values() if c.lane_id == lane][: rounds]
    view.set_zoom(1.0)
    app.processEvents()
    for n, cid in enumerate(ids):
        text = f"Mesure {n} R&D <b>"
        t = time.perf_counter()
        conn.execute("BEGIN")
        conn.execute("UPDATE cards SET text = ? WHERE id = ?", (text, cid))
        conn.execute("COMMIT")
        out["edit floor"].append(time.perf_counter() - t)
        t = time.perf_counter()
        window.model.try_push(edits.update_card, cid, text=text)
        out["edit"].append(time.perf_counter() - t)
        app.processEvents()
    conn.close()
    window.close()
    copy.unlink()
    work.unlink()
    result = {k: _summary(v) for k, v in out.items()}
    result["open"] = {"p50": opened}
    result["load"] = {"p50": load}
    result["fits"] = {"p50": fits}
    result["fits at smallest zoom"] = {"p50": fits_min}
    _emit(result)
    sys.stdout.flush()
    os._exit(0)


PROBES = {f.__name__: f for f in (bare_start, app_start, bare_memory, app_memory,
                                  floor_import, floor_report, gui)}

if __name__ == "__main__":
    PROBES[sys.argv[1]](*sys.argv[2:])
