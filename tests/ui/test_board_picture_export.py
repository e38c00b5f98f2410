"""« Exporter le tableau (PNG) » at any size without freezing the window (issue 11's spirit:
5,000 post-its drew and encoded for 7 s on the window's thread, the projector frozen).

The board is drawn a band per turn of the event loop behind a dialog with Annuler, then
encoded and written on a pool thread; the picture is the one a single drawing makes."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QProgressDialog, QPushButton

from symetrie_desktop.bench.workload import workload
from symetrie_desktop.exchange.workshop_json import from_exchange
from symetrie_desktop.ui.board import picture
from symetrie_desktop.ui.board.picture import BoardRender, board_image


def _differences(a: QImage, b: QImage) -> list[int]:
    """For each pixel that differs, its largest difference on one channel (0-255)."""
    assert a.size() == b.size() and a.format() == b.format()
    x, y, line = bytes(a.constBits()), bytes(b.constBits()), a.bytesPerLine()
    found = []
    for start in range(0, len(x), line):  # rows compared at C speed, pixels where they differ
        if x[start:start + line] != y[start:start + line]:
            found += [max(abs(x[i + k] - y[i + k]) for k in range(3))
                      for i in range(start, start + line, 4) if x[i:i + 4] != y[i:i + 4]]
    return found


@pytest.mark.parametrize("width, band", [(1600, 97), (700, 13), (1000, 400)])
def test_a_picture_drawn_band_by_band_is_the_picture_drawn_at_once(qapp, demo, width, band):
    render = BoardRender(demo, width, band)
    steps = 1
    while not render.step():
        steps += 1
    assert steps == -(-render.height // band) > 1
    assert render.image == board_image(demo, width)  # every pixel
    # a generated board (160 post-its, 4 steps, links sharing their ends): a few
    # antialiased pixels where two links' ends overlap blend a little differently
    workshop = from_exchange(workload(160, steps=4))
    render = BoardRender(workshop, width, band)
    while not render.step():
        pass
    diff = _differences(render.image, board_image(workshop, width))
    assert len(diff) <= render.width * render.height // 10_000 and max(diff, default=0) <= 64


@pytest.fixture
def small_bands(monkeypatch):
    """The export draws bands of 60 rows: even the demo takes many turns of the loop."""
    from symetrie_desktop.ui import board_drawing

    monkeypatch.setattr(board_drawing, "BoardRender",
                        lambda workshop, width, _band: BoardRender(workshop, width, 60))


def test_the_picture_is_drawn_while_the_window_lives_then_written_off_its_thread(
        qtbot, window, dialogs, tmp_path, small_bands, monkeypatch):
    threads: list[str] = []
    encode = picture.png_bytes

    def recorded(image):
        threads.append(threading.current_thread().name)
        return encode(image)

    monkeypatch.setattr(picture, "png_bytes", recorded)
    ticks = []
    heartbeat = QTimer()
    heartbeat.timeout.connect(lambda: ticks.append(1))
    heartbeat.start(0)
    out = tmp_path / "exports" / "tableau"
    out.parent.mkdir()
    dialogs.expect("save", str(out))
    png = next(a for a in window.file_menu.actions()
               if a.text().startswith("Exporter le tableau"))
    png.trigger()
    dialog = window.findChild(QProgressDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.findChild(QPushButton) is not None  # Annuler, while it draws
    assert not png.isEnabled() and not window.exports.pdf_action.isEnabled()
    path = out.with_name("tableau.png")
    qtbot.waitUntil(lambda: "Tableau exporté" in window.statusBar().currentMessage(),
                    timeout=30000)
    heartbeat.stop()
    image = QImage(str(path))
    assert image.width() == 2400 and image.height() > 60 * 5
    assert len(ticks) > image.height() // 60 // 2  # the window's loop turned between bands
    assert threads and threads[0] != threading.main_thread().name
    drawn_at_once = board_image(window.model.workshop, 2400).convertToFormat(image.format())
    diff = _differences(image, drawn_at_once)
    assert len(diff) <= image.width() * image.height() // 10_000 and max(diff, default=0) <= 64
    assert [p.name for p in out.parent.iterdir()] == ["tableau.png"]  # no temporary file
    assert png.isEnabled()


def test_annuler_stops_the_drawing_and_writes_nothing(
        qtbot, window, dialogs, tmp_path, small_bands):
    out = tmp_path / "exports" / "tableau.png"
    out.parent.mkdir()
    dialogs.expect("save", str(out))
    assert window.export_png(None)
    dialog = window.findChild(QProgressDialog)
    qtbot.waitUntil(lambda: dialog.value() > 0, timeout=10000)
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.exports.busy, timeout=10000)
    qtbot.wait(100)
    assert "annulé" in window.statusBar().currentMessage()
    assert list(out.parent.iterdir()) == []  # no picture, no temporary file
    assert all(a.isEnabled() for a in window.exports.actions)


def test_closing_while_the_picture_is_drawn_waits_for_the_file(
        qtbot, window, dialogs, tmp_path, small_bands):
    out = tmp_path / "tableau.png"
    dialogs.expect("save", str(out))
    assert window.export_png(None)
    window.close()
    assert window.isVisible()
    assert "se fermera une fois l'export terminé" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=30000)
    assert QImage(str(out)).width() == 2400
