"""Render the app icon (resources/desktop/symetrie-desktop.svg) to the formats each system asks.

Run by ``make icons`` after the SVG changes; the results are committed, so neither an
install nor a build needs this script. PNGs are drawn by Qt's SVG renderer at each size
(not scaled down from one big bitmap, so the 16 px icon stays sharp); the Windows .ico and
the macOS .icns are packed from those PNGs by Pillow (a dependency of reportlab).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

DESKTOP = Path(__file__).resolve().parent.parent / "resources" / "desktop"
SVG = DESKTOP / "symetrie-desktop.svg"
#: hicolor sizes that xdg-icon-resource installs; 512 and 1024 are for the macOS .icns.
SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(size: int) -> QImage:
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG.name}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_path(size: int) -> Path:
    return DESKTOP / "icons" / f"symetrie-desktop-{size}.png"


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    (DESKTOP / "icons").mkdir(exist_ok=True)
    for size in SIZES:
        if not render(size).save(str(png_path(size))):
            raise SystemExit(f"could not write {png_path(size).name}")
    big = DESKTOP / "icons" / "build-1024.png"
    render(1024).save(str(big))
    with Image.open(big) as master:
        master.save(DESKTOP / "symetrie-desktop.ico",
                    sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
        master.save(DESKTOP / "symetrie-desktop.icns",
                    sizes=[(s, s) for s in ICNS_SIZES])
    big.unlink()
    print(f"{len(SIZES)} PNG sizes, .ico and .icns written in {DESKTOP.name}/")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
