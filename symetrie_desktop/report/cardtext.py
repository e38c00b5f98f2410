"""A post-it's text on the board: a lean flowable instead of a Paragraph.

A 5,000-card board means 5,000 text blocks; a reportlab Paragraph parses markup with an
HTML parser and measures every fragment again each time a table is wrapped or split,
which alone took seconds. This flowable takes plain text (never markup, so nothing
typed can be read as a tag), breaks it into lines once per width, and draws strings.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from .text import FONT

#: (text, colour, font) runs; a run's words wrap like any other word.
Run = tuple[str, Color, str]


@lru_cache(maxsize=65536)
def _width(word: str, font: str, size: float) -> float:
    return stringWidth(word, font, size)


class CardText(Flowable):
    """Runs of text wrapped to the cell's width, one word at a time, in one font size."""

    def __init__(self, runs: list[Run], size: float = 6.8, leading: float = 8.2) -> None:
        super().__init__()
        self.runs = runs
        self.size = size
        self.leading = leading
        self._lines: list[list[tuple[float, str, Color, str]]] = []
        self._for_width: float | None = None

    def wrap(self, available_width, available_height):
        if self._for_width != available_width:
            self._lines = self._break(available_width)
            self._for_width = available_width
        self.width = available_width
        self.height = len(self._lines) * self.leading
        return self.width, self.height

    def _break(self, width: float) -> list[list[tuple[str, Color, str]]]:
        """Lines of segments; the words of a segment share a colour and a font, and the
        segments of a line are separated by one space."""
        size = self.size
        space = _width(" ", FONT, size)
        lines: list[list[tuple[str, Color, str]]] = [[]]
        x = 0.0
        for text, colour, font in self.runs:
            for n, paragraph in enumerate(text.split("\n")):
                if n and lines[-1]:
                    lines.append([])
                    x = 0.0
                for word in paragraph.split():
                    for piece in _pieces(word, font, size, width):
                        w = _width(piece, font, size)
                        line = lines[-1]
                        if line and x + space + w > width:
                            line = []
                            lines.append(line)
                            x = 0.0
                        if line and line[-1][1] == colour and line[-1][2] == font:
                            line[-1] = (f"{line[-1][0]} {piece}", colour, font)
                        else:
                            line.append((piece, colour, font))
                        x = x + space + w if x else w
        return [line for line in lines if line]

    def draw(self) -> None:
        text = self.canv.beginText()
        y = self.height - self.size
        current: tuple[Color, str] | None = None
        for line in self._lines:
            text.setTextOrigin(0, y)
            for i, (words, colour, font) in enumerate(line):
                if current != (colour, font):
                    text.setFont(font, self.size)
                    text.setFillColor(colour)
                    current = (colour, font)
                text.textOut(f" {words}" if i else words)
            y -= self.leading
        self.canv.drawText(text)


def _pieces(word: str, font: str, size: float, width: float) -> list[str]:
    """A word wider than the cell (a long URL) is cut into pieces that fit."""
    if _width(word, font, size) <= width:
        return [word]
    pieces, current = [], ""
    for ch in word:
        if current and _width(current + ch, font, size) > width:
            pieces.append(current)
            current = ""
        current += ch
    return [*pieces, current] if current else pieces
