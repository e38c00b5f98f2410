"""Plain text in a table cell: a lean flowable instead of a Paragraph.

A 5,000-card board means 5,000 text blocks, and the matrix, ideas and plan thousands of
cells more; a reportlab Paragraph parses markup with an HTML parser and measures every
fragment again each time a table is wrapped or split, which alone took seconds (issue 11:
Paragraph parsing and line breaking were half of the 5,000-post-it summary). This
flowable takes plain text (never markup, so nothing typed can be read as a tag), breaks
it into lines once per width, and draws strings.
"""

from __future__ import annotations

from reportlab import rl_config
from reportlab.lib.colors import Color
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.platypus import Flowable

from .text import FONT, SubsetFont

#: Write post-it text as PDF operators directly (what reportlab's ``textOut`` would write,
#: without measuring each string again or re-encoding it in Python: a third of drawing a
#: 5,000-post-it summary, issue 11). False takes reportlab's own calls; a test compares
#: the two PDFs byte for byte.
FAST_TEXT = True

#: (text, colour, font) runs, or (text, colour, font, size) for a run in its own size (an
#: author's initials a point smaller); a run's words wrap like any other word, a "\n" in a
#: run starts a new line.
Run = tuple


#: How much of a space a Paragraph lets each word of a line give up to fit one more word
#: (reportlab's ``spaceShrinkage`` setting).
SPACE_SHRINKAGE = rl_config.spaceShrinkage

#: Measured widths per (font, size): a dict lookup per word (an lru_cache call cost
#: twice as much over the 100,000 words of a 10,000-post-it summary).
_WIDTHS: dict[tuple[str, float], dict[str, float]] = {}


def _known(font: str, size: float) -> dict[str, float]:
    table = _WIDTHS.get((font, size))
    if table is None:
        table = _WIDTHS[(font, size)] = {}
    return table


def _measure(word: str, font: str, size: float) -> float:
    """The width of ``word``, kept for the next time (the cache is cleared past 200,000
    words, so a long-running app does not grow without end)."""
    table = _known(font, size)
    if len(table) > 200_000:
        table.clear()
    width = table[word] = stringWidth(word, font, size)
    return width


def breaks_like_a_paragraph(text: str) -> bool:
    """Whether a one-style ``CardText`` with ``paragraph_fit`` breaks and draws ``text``
    exactly as a Paragraph of that style: text on one line (a Paragraph breaks a text of
    several lines by other rules) without a no-break space (a Paragraph then keeps the
    words it joins together; ``str.split`` does not)."""
    stripped = text.strip()
    return bool(stripped) and "\n" not in stripped and "\xa0" not in text


class CardText(Flowable):
    """Runs of text wrapped to the cell's width, one word at a time."""

    def __init__(
        self,
        runs: list[Run],
        size: float = 6.8,
        leading: float = 8.2,
        centred: bool = False,
        paragraph_fit: bool = False,
    ) -> None:
        super().__init__()
        self.runs = [r if len(r) == 4 else (*r, size) for r in runs]
        self.size = size
        self.leading = leading
        self.centred = centred
        #: Break lines as a reportlab Paragraph of one style does: its own font's space,
        #: and a line may run over by 5 % of a space per word already on it (reportlab's
        #: ``spaceShrinkage``); the same lines as the Paragraph it replaces, for one run.
        self.paragraph_fit = paragraph_fit
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
        count = 0  # the words on the line
        for text, colour, font, size in self.runs:
            known = _known(font, size)
            spaced = font if self.paragraph_fit else FONT
            space = _known(spaced, size).get(" ") or _measure(" ", spaced, size)
            slack = SPACE_SHRINKAGE * space if self.paragraph_fit else 0.0
            # the words of the line's last segment while it has this run's style
            last = line[-1] if line else None
            tail = last[0] if last and last[1] is colour and last[2:] == (font, size) else None
            for n, paragraph in enumerate(text.split("\n")):
                if n and line:
                    lines.append([(" ".join(s[0]), s[1], s[2], s[3]) for s in line])
                    widths.append(x)
                    line, x, tail, count = [], 0.0, None, 0
                words = paragraph.split()
                measured = [known.get(w) or _measure(w, font, size) for w in words]
                if measured and max(measured) > width:  # a long URL: cut into pieces
                    pieces = [p for w in words for p in _pieces(w, font, size, width)]
                    words, measured = [p[0] for p in pieces], [p[1] for p in pieces]
                for word, w in zip(words, measured, strict=True):
                    if line and x + space + w > width + slack * count:
                        lines.append([(" ".join(s[0]), s[1], s[2], s[3]) for s in line])
                        widths.append(x)
                        line, x, tail, count = [], 0.0, None, 0
                    if tail is None:
                        tail = [word]
                        line.append((tail, colour, font, size))
                    else:
                        tail.append(word)
                    x = x + space + w if x else w
                    count += 1
        if line:
            lines.append([(" ".join(s[0]), s[1], s[2], s[3]) for s in line])
            widths.append(x)
        return lines, widths

    def draw(self) -> None:
        text = self.canv.beginText()
        self.draw_into(text, 0, self.height)
        self.canv.drawText(text)

    def draw_into(self, text, left: float, top: float) -> None:
        """Add the lines to a text object, the first line's top at (left, top): a page of
        post-its is one text object rather than one per post-it (issue 11)."""
        if FAST_TEXT and text._canvas.bottomup and text._enforceColorSpace is None:
            self._draw_direct(text, left, top)
        else:
            self._draw_reportlab(text, left, top)

    def _squeeze(self, line: list, used: float) -> float | None:
        """With ``paragraph_fit``, the word spacing a Paragraph draws a line with when the
        line runs over the width (its spaces shrunk to fit, neither centred nor moved);
        None for a line drawn as it is."""
        if not self.paragraph_fit or self.width - used > -1e-8:
            return None
        spaces = sum(words.count(" ") for words, *_ in line) + len(line) - 1
        return (self.width - used) / spaces if spaces > 0 else None

    def _draw_reportlab(self, text, left: float, top: float) -> None:
        """The lines through reportlab's text object calls."""
        y = top - self.size
        # compared by identity: a Color's == runs in Python, for every segment
        current_colour, current_font = None, None
        for line, used in zip(self._lines, self._widths, strict=True):
            squeeze = self._squeeze(line, used)
            centre = self.centred and squeeze is None
            text.setTextOrigin(left + ((self.width - used) / 2 if centre else 0), y)
            if squeeze is not None:
                text.setWordSpace(squeeze)
            for i, (words, colour, font, size) in enumerate(line):
                if current_font != (font, size):
                    text.setFont(font, size)
                    current_font = (font, size)
                if colour is not current_colour:
                    text.setFillColor(_rgb(colour))
                    current_colour = colour
                text.textOut(f" {words}" if i else words)
            if squeeze is not None:
                text.setWordSpace(0)
            y -= self.leading

    def _draw_direct(self, text, left: float, top: float) -> None:
        """The same PDF operators as :meth:`_draw_reportlab` writes, appended directly: a
        string whose characters all have a code in the font's first subset is encoded
        with one ``str.translate`` (see :class:`.text.SubsetFont`), anything else takes
        reportlab's ``textOut``, which assigns the codes."""
        append = text._code.append
        doc = text._canvas._doc
        y = top - self.size
        current_colour = current_font = current_size = state = face = None
        x = left
        for line, used in zip(self._lines, self._widths, strict=True):
            squeeze = self._squeeze(line, used)
            centre = self.centred and squeeze is None
            x = left + ((self.width - used) / 2 if centre else 0)
            append(f"1 0 0 1 {fp_str(x, y)} Tm")
            if squeeze is not None:
                text.setWordSpace(squeeze)
            first = True
            for words, colour, font, size in line:
                if font != current_font or size != current_size:
                    text.setFont(font, size)
                    current_font, current_size = font, size
                    face = getFont(font)
                    state = face.state.get(doc) if isinstance(face, SubsetFont) else None
                if colour is not current_colour:
                    append(_rg(colour))
                    text._fillColorObj = _rgb(colour)
                    current_colour = colour
                if first:
                    first = False
                else:
                    words = " " + words
                known = getattr(state, "symetrie_known", None)
                if known is None or not known.issuperset(words):
                    text.textOut(words)
                    if isinstance(face, SubsetFont):
                        state = face.state.get(doc)
                    continue
                encoded = escapePDF(words.translate(state.symetrie_codes).encode("latin-1"))
                if text._curSubset == 0:
                    append(f"({encoded}) Tj")
                else:  # the font was just set: what _formatText writes then
                    name = face.getSubsetInternalName(0, doc)
                    tf = f"{name} {fp_str(text._fontsize)} Tf {fp_str(text._leading)} TL"
                    append(f"{tf} ({encoded}) Tj")
                    text._curSubset = 0
            if squeeze is not None:
                text.setWordSpace(0)
            y -= self.leading
        # the cursor where the last line started (textOut would have moved it along)
        text._x0 = text._x = x
        text._y0 = text._y = y + self.leading


_RGB: dict[int, tuple[Color, tuple[float, float, float]]] = {}


def _rgb(colour: Color) -> tuple[float, float, float]:
    """The colour as an (r, g, b) tuple: reportlab sets a Color's alpha (an extended
    graphics state) on every call, a tenth of drawing 5,000 post-its; ours are opaque."""
    known = _RGB.get(id(colour))
    if known is None or known[0] is not colour:
        known = _RGB[id(colour)] = (colour, (colour.red, colour.green, colour.blue))
    return known[1]


_RG: dict[int, tuple[Color, str]] = {}


def _rg(colour: Color) -> str:
    """The PDF operator that sets ``colour`` as the fill, as ``setFillColor`` writes it."""
    known = _RG.get(id(colour))
    if known is None or known[0] is not colour:
        known = _RG[id(colour)] = (colour, f"{fp_str(_rgb(colour))} rg")
    return known[1]


def _pieces(word: str, font: str, size: float, width: float) -> list[tuple[str, float]]:
    """A word with its width, or if wider than the cell (a long URL) cut into pieces that
    fit, with theirs."""
    whole = _known(font, size).get(word) or _measure(word, font, size)
    if whole <= width:
        return [(word, whole)]
    pieces, current = [], ""
    for ch in word:
        if current and stringWidth(current + ch, font, size) > width:
            pieces.append(current)
            current = ""
        current += ch
    if current:
        pieces.append(current)
    return [(p, stringWidth(p, font, size)) for p in pieces]
