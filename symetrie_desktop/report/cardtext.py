"""Plain text in a table cell: a lean flowable instead of a Paragraph.

A 5,000-card board means 5,000 text blocks, and the matrix, ideas and plan thousands of
cells more; a reportlab Paragraph parses markup with an HTML parser and measures every
fragment again each time a table is wrapped or split, which alone took seconds (issue 11:
Paragraph parsing and line breaking were half of the 5,000-post-it summary). This
flowable takes plain text (never markup, so nothing typed can be read as a tag), breaks
it into lines once per width, and draws strings.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from .text import FONT

#: (text, colour, font) runs, or (text, colour, font, size) for a run in its own size (an
#: author's initials a point smaller); a run's words wrap like any other word, a "\n" in a
#: run starts a new line.
Run = tuple


@lru_cache(maxsize=65536)
def _width(word: str, font: str, size: float) -> float:
    return stringWidth(word, font, size)


class CardText(Flowable):
    """Runs of text wrapped to the cell's width, one word at a time."""

    def __init__(
        self, runs: list[Run], size: float = 6.8, leading: float = 8.2, centred: bool = False
    ) -> None:
        super().__init__()
        self.runs = [r if len(r) == 4 else (*r, size) for r in runs]
        self.size = size
        self.leading = leading
        self.centred = centred
        self._lines: list[list[tuple[str, Color, str, float]]] = []
        self._widths: list[float] = []
        self._for_width: float | None = None

    def wrap(self, available_width, available_height):
        if self._for_width != available_width:
            self._lines, self._widths = self._break(available_width)
            self._for_width = available_width
        self.width = available_width
        self.height = len(self._lines) * self.leading
        return self.width, self.height

    def _break(self, width: float):
        """Lines of segments and their widths; the words of a segment share a colour, a
        font and a size, and the segments of a line are separated by one space."""
        lines: list[list[tuple[str, Color, str, float]]] = []
        widths: list[float] = []
        line: list[tuple[list[str], Color, str, float]] = []
        x = 0.0

        def flush() -> None:
            nonlocal line, x
            if line:
                lines.append([(" ".join(words), *style) for words, *style in line])
                widths.append(x)
            line, x = [], 0.0

        for text, colour, font, size in self.runs:
            space = _width(" ", FONT, size)
            style = (colour, font, size)
            for n, paragraph in enumerate(text.split("\n")):
                if n:
                    flush()
                for word in paragraph.split():
                    w = _width(word, font, size)
                    pieces = ((word, w),) if w <= width else [
                        (p, _width(p, font, size)) for p in _pieces(word, font, size, width)]
                    for piece, w in pieces:
                        if line and x + space + w > width:
                            flush()
                        if line and line[-1][1] is colour and line[-1][2:] == (font, size):
                            line[-1][0].append(piece)
                        else:
                            line.append(([piece], *style))
                        x = x + space + w if x else w
        flush()
        return lines, widths

    def draw(self) -> None:
        text = self.canv.beginText()
        self.draw_into(text, 0, self.height)
        self.canv.drawText(text)

    def draw_into(self, text, left: float, top: float) -> None:
        """Add the lines to a text object, the first line's top at (left, top): a page of
        post-its is one text object rather than one per post-it (issue 11)."""
        y = top - self.size
        # compared by identity: a Color's == runs in Python, for every segment
        current_colour, current_font = None, None
        for line, used in zip(self._lines, self._widths, strict=True):
            x = left + ((self.width - used) / 2 if self.centred else 0)
            text.setTextOrigin(x, y)
            for i, (words, colour, font, size) in enumerate(line):
                if current_font != (font, size):
                    text.setFont(font, size)
                    current_font = (font, size)
                if colour is not current_colour:
                    text.setFillColor(_rgb(colour))
                    current_colour = colour
                text.textOut(f" {words}" if i else words)
            y -= self.leading


_RGB: dict[int, tuple[Color, tuple[float, float, float]]] = {}


def _rgb(colour: Color) -> tuple[float, float, float]:
    """The colour as an (r, g, b) tuple: reportlab sets a Color's alpha (an extended
    graphics state) on every call, a tenth of drawing 5,000 post-its; ours are opaque."""
    known = _RGB.get(id(colour))
    if known is None or known[0] is not colour:
        known = _RGB[id(colour)] = (colour, (colour.red, colour.green, colour.blue))
    return known[1]


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
