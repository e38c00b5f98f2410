"""The board as a PNG picture, drawn with no window (for exports, the summary and the CLI).

It reuses the interactive board's scene, so the picture is exactly what the room
sees on the projector, and writes the file atomically.
"""

from __future__ import annotations

import os
from pathlib import Path

from ...disk import write_atomic
from ...domain.model import Workshop

#: Wider than this and the picture would weigh tens of megabytes.
MAX_WIDTH = 12_000
#: Scene units drawn beyond each band's edges (more than a link's end or a post-it's edge).
_MARGIN = 60.0


def _ensure_app() -> None:
    """A graphics scene needs a QApplication; start a headless one if none is running."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QApplication([])


class BoardRender:
    """The whole board drawn into an image ``width`` pixels wide, a band of ``band`` rows
    at a time (:meth:`step`), so that the window can draw a large board between two turns
    of its event loop (5,000 post-its: an image 22,000 px tall, 3 s of drawing) and stay
    alive, with a dialog that can cancel it. Each band is drawn through the transform a
    single drawing would use, clipped to its rows: the image is the same whatever the band.
    """

    def __init__(self, workshop: Workshop, width: int = 2400, band: int = 600) -> None:
        _ensure_app()
        from PySide6.QtGui import QColor, QImage

        from .scene import BoardScene

        self.scene = BoardScene(workshop)
        self.source = self.scene.sceneRect()
        self.width = max(200, min(int(width), MAX_WIDTH))
        self.height = max(1, round(self.source.height() * self.width / self.source.width()))
        self.band = max(1, band)
        self.image = QImage(self.width, self.height, QImage.Format.Format_RGB32)
        self.image.fill(QColor("#ffffff"))
        self.done = 0  # rows drawn

    @property
    def finished(self) -> bool:
        return self.done >= self.height

    def step(self) -> bool:
        """Draw the next band; True once the whole image is drawn."""
        import math

        from PySide6.QtCore import QPoint, QRect, Qt
        from PySide6.QtGui import QColor, QImage, QPainter, QTransform

        if self.finished:
            return True
        top, bottom = self.done, min(self.height, self.done + self.band)
        sx = self.width / self.source.width()
        sy = self.height / self.source.height()
        # the band with a margin above and below, drawn on its own white sheet through the
        # whole picture's transform moved by whole pixels (so every edge, letter and
        # antialiased line lands on the same pixels as in one drawing), then its own rows
        # copied: what straddles its edges (a link's end, a post-it) is drawn whole
        margin = math.ceil(_MARGIN * sy)
        sheet = QImage(self.width, bottom - top + 2 * margin, QImage.Format.Format_RGB32)
        sheet.fill(QColor("#ffffff"))
        painter = QPainter(sheet)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setTransform(QTransform(sx, 0, 0, sy, -self.source.left() * sx,
                                        -self.source.top() * sy - (top - margin)))
        rows = self.source.adjusted(0, (top - margin) / sy, 0, 0)
        rows.setHeight(sheet.height() / sy)
        self.scene.render(painter, rows, rows, Qt.AspectRatioMode.IgnoreAspectRatio)
        painter.end()
        painter = QPainter(self.image)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
        painter.drawImage(QPoint(0, top), sheet, QRect(0, margin, self.width, bottom - top))
        painter.end()
        self.done = bottom
        if self.finished:
            self.scene.deleteLater()
        return self.finished


def board_image(workshop: Workshop, width: int = 2400):
    """The whole board scaled to ``width`` pixels (a QImage), drawn at once."""
    render = BoardRender(workshop, width, band=1 << 30)
    render.step()
    return render.image


def png_bytes(image) -> bytes:
    """``image`` encoded as PNG (a QImage is read only here: any thread may call it)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def board_png_bytes(workshop: Workshop, width: int = 2400) -> bytes:
    return png_bytes(board_image(workshop, width))


def write_board_png(workshop: Workshop, path: str | Path, width: int = 2400) -> Path:
    """Render the board to ``path`` (all of it or nothing: temporary file, then rename)."""
    path = Path(path)
    write_atomic(path, board_png_bytes(workshop, width))
    return path
