"""Typed text made safe for reportlab: printed exactly as typed, never read as markup.

reportlab paragraphs parse ``<``, ``>`` and ``&`` as markup, so every piece of text a
person typed goes through :func:`para` before it becomes a Paragraph. Characters the
bundled font has no glyph for (a rocket emoji, Chinese) would print as blank boxes or,
for lone surrogates, crash the PDF writer: they are replaced by a visible box.
"""

from __future__ import annotations

import re
from fnmatch import fnmatch
from functools import cache
from html import escape as _html_escape
from weakref import WeakKeyDictionary

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTEncoding, TTFont

from ..resources import resource

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
MISSING = "\u25a1"  # □, which DejaVu Sans has
ELLIPSIS = "…"

# Zero-width joiners and variation selectors glue emoji together; alone they print nothing.
_INVISIBLE = re.compile("[\u200b-\u200f\u2060\ufe00-\ufe0f\U000e0100-\U000e01ef]")
_SPACES = re.compile(r"[ \t]+")


def escape(text: str) -> str:
    """``&``, ``<`` and ``>`` as entities (``html.escape``: xml.sax.saxutils, which did the
    same, imports urllib, http and ssl, 30 ms of every summary's start)."""
    return _html_escape(text, quote=False)


class SubsetFont(TTFont):
    """A TrueType font that encodes already-seen characters at C speed.

    reportlab maps each character of each string it draws to the font subset's code in a
    Python loop: 10 % of a 5,000-post-it summary (issue 11 profile, ``splitString``). Once
    every character of a string has its code in the first subset (the common case after a
    page or two), the string is encoded with one ``str.translate``; anything else takes
    reportlab's own path, which assigns the codes.

    Its face comes from :func:`fontcache.load_face` (parsed once per installation);
    the rest is what ``TTFont.__init__`` sets, which would parse the file again
    (``tests/report/test_font_cache.py`` checks both make the same font).
    """

    def __init__(self, name: str, filename: str) -> None:
        from .fontcache import load_face

        self.fontName = name
        self.face = load_face(filename)
        self.encoding = TTEncoding()
        self.state = WeakKeyDictionary()
        self._asciiReadable = rl_config.ttfAsciiReadable
        self.shapable = not any(fnmatch(name, glob) for glob in rl_config.unShapedFontGlob)

    def first_subset(self, text: str, doc) -> bytes | None:
        """``text`` encoded in the first subset if every character already has a code
        there, else None (the caller then takes reportlab's path)."""
        state = self.state.get(doc)
        known = getattr(state, "symetrie_known", None)
        if known is not None and known.issuperset(text):
            return text.translate(state.symetrie_codes).encode("latin-1")
        return None

    def splitString(self, text, doc, encoding="utf-8"):
        if text and isinstance(text, str):
            encoded = self.first_subset(text, doc)
            if encoded is not None:
                return [(0, encoded)]
        result = super().splitString(text, doc, encoding)
        state = self.state[doc]
        codes = state.assignments
        if getattr(state, "symetrie_count", -1) != len(codes):
            first = {c: n for c, n in codes.items() if n < 256 and c != 0xA0}
            state.symetrie_codes = first
            state.symetrie_known = frozenset(map(chr, first))
            state.symetrie_count = len(codes)
        return result


@cache
def register_fonts() -> frozenset[int]:
    """Register DejaVu Sans (regular and bold) once; return the code points both can print."""
    regular = SubsetFont(FONT, str(resource("fonts", "DejaVuSans.ttf")))
    bold = SubsetFont(FONT_BOLD, str(resource("fonts", "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(regular)
    pdfmetrics.registerFont(bold)
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT)
    addMapping(FONT, 1, 1, FONT_BOLD)
    return frozenset(regular.face.charToGlyph) & frozenset(bold.face.charToGlyph)


def printable(text: str) -> str:
    """The text with every character the font lacks replaced by □ (a run of them by one □)."""
    covered = register_fonts()
    text = _INVISIBLE.sub("", text).replace("\t", " ").replace("\r", "\n")
    # the common case, checked in C: a loop over the characters cost 0.3 s at 5,000 post-its
    if (text.isascii() and text.isprintable()) or covered.issuperset(
        map(ord, text.replace("\n", ""))
    ):
        return text
    out: list[str] = []
    for ch in text:
        if ch == "\n" or ord(ch) in covered:
            out.append(ch)
        elif not out or out[-1] != MISSING:
            out.append(MISSING)
    return "".join(out)


def shorten(text: str, limit: int) -> tuple[str, bool]:
    """At most ``limit`` characters, cut at a word when one is near, with an ellipsis;
    the flag says whether anything was cut."""
    if len(text) <= limit:
        return text, False
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit * 0.7:
        cut = cut[:space]
    return cut.rstrip(" ,;:.\n") + ELLIPSIS, True


def para(text: str, limit: int | None = None) -> str:
    """Paragraph markup that prints ``text`` literally: escaped, covered by the font,
    line breaks kept, shortened to ``limit`` characters when given."""
    text = printable(text)
    if limit is not None:
        text, _ = shorten(text, limit)
    lines = (_SPACES.sub(" ", line).strip() for line in escape(text).split("\n"))
    return "<br/>".join(line for line in lines if line)


def chunks(text: str, size: int = 600) -> list[str]:
    """Split a long text into pieces of at most ``size`` characters, at line ends, else
    after a sentence, else at a space, so that a 5,000-character post-it becomes many
    small paragraphs that break across pages and still read naturally."""
    pieces: list[str] = []
    for line in text.split("\n"):
        line = line.strip()
        while len(line) > size:
            ends = [line.rfind(mark, size // 3, size) for mark in (". ", "! ", "? ", "… ")]
            cut = max(ends) + 1
            if cut <= 0:
                cut = line.rfind(" ", size // 2, size)
                cut = size if cut < 0 else cut
            pieces.append(line[:cut])
            line = line[cut:].lstrip()
        if line:
            pieces.append(line)
    return pieces
