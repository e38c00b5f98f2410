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


def _ensure_app() -> None:
    """A graphics scene needs a QApplication; start a headless one if none is running."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QApplication([])


def board_image(workshop: Workshop, width: int = 2400):
    """The whole board scaled to ``width`` pixels (a QImage)."""
    _ensure_app()
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter

    from .scene import BoardScene

    scene = BoardScene(workshop)
    source = scene.sceneRect()
    width = max(200, min(int(width), MAX_WIDTH))
    height = max(1, round(source.height() * width / source.width()))
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, width, height), source,
                 Qt.AspectRatioMode.KeepAspectRatio)
    painter.end()
    scene.deleteLater()
    return image


def board_png_bytes(workshop: Workshop, width: int = 2400) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    image = board_image(workshop, width)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def write_board_png(workshop: Workshop, path: str | Path, width: int = 2400) -> Path:
    """Render the board to ``path`` (all of it or nothing: temporary file, then rename)."""
    path = Path(path)
    write_atomic(path, board_png_bytes(workshop, width))
    return path
