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


def _sample_workshop() -> Workshop:
    """One step, the two experience lanes and a post-it of each kind, every tag and the
    letters, digits and signs French post-its are written with."""
    from ...domain.model import (
        Card,
        CardKind,
        Lane,
        LaneKind,
        Link,
        Participant,
        Phase,
        Step,
        Tag,
        WorkshopInfo,
    )

    texts = ("Attente au téléphone : 48 h, dossier & suivi « SAV » (R&D) ? Oui !",
             "abcdefghijklm nopqrstuvwxyz ABCDEFGHIJKLM NOPQRSTUVWXYZ",
             "0123456789 éèêëàâçùûôîïœ ÉÈÊÀÇÔ <b>/-+=%€'’ [x] {y} #1 @ *")
    tags = [tag.value for tag in Tag]
    w = Workshop(WorkshopInfo(title="Atelier"))
    w.participants[1] = Participant(1, "Anne Martin", colour="#4e79a7")
    w.steps[1] = Step(1, "Étape 1 & <suite>", Phase.BEFORE)
    w.lanes[1] = Lane(1, LaneKind.CUSTOMER, "Vécu client", 0)
    w.lanes[2] = Lane(2, LaneKind.EMPLOYEE, "Vécu collaborateur", 1)
    w.cards[1] = Card(1, 1, 1, CardKind.IRRITANT, texts[0], 1, tuple(tags[:2]), 0)
    w.cards[2] = Card(2, 2, 1, CardKind.ENCHANTMENT, texts[1], 1, tuple(tags[2:4]), 0)
    w.cards[3] = Card(3, 2, 1, CardKind.NOTE, texts[2], None, tuple(tags[4:6]), 1)
    w.links.add(Link(1, 2))
    return w


def draw_sample(zooms: tuple[float, ...] = (0.75, 1.0)) -> None:
    """Draw a small sample board, once per process, at the zooms a board opens at
    (``BoardView.home``: 0.75 to 1), into an image that is then dropped.

    The first board painted in a process made its fonts, laid out its first texts and
    rasterised each letter at each size on the way (about 30 ms of opening 5,000 post-its,
    issue 11); the start screen has this done while it waits for the facilitator's choice.
    """
    global _sample_drawn
    if _sample_drawn:
        return
    _sample_drawn = True
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QGuiApplication, QImage, QPainter

    from .card_item import _Pictures
    from .scene import BoardScene

    scene = BoardScene(_sample_workshop())
    source = scene.sceneRect()
    screen = QGuiApplication.primaryScreen()
    ratio = screen.devicePixelRatio() if screen is not None else 1.0
    for zoom in zooms:
        width, height = source.width() * zoom, source.height() * zoom
        image = QImage(round(width * ratio) + 1, round(height * ratio) + 1,
                       QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(ratio)
        painter = QPainter(image)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing
                               | QPainter.RenderHint.TextAntialiasing)
        scene.render(painter, QRectF(0, 0, width, height), source)
        painter.end()
    for item in scene.cards.values():
        _Pictures.drop(item)
    scene.deleteLater()


_sample_drawn = False


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
