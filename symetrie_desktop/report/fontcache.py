"""The two DejaVu fonts, parsed once per installation instead of once per summary.

reportlab reads a TrueType file into a ``TTFontFace``: the character map, the widths, the
glyph offsets, about 6,000 entries each, in Python loops. For the two fonts of the summary
that was 40-55 ms of every ``report`` process (issue 11 profile of the 500-post-it
summary, whose whole budget is 0.65 s). What the parse finds is a plain dictionary of
numbers, so it is kept in the user's cache folder in ``marshal`` form (plain data only:
reading it runs no code, and it loads in a third of the parse's time), keyed
by the font file's size and modification time, reportlab's version and this format's
number: any change of those parses the font again. The font's bytes are not in the cache;
they are read from the font file itself, as reportlab does.

A cache is a convenience, never a source of failure: a missing, unreadable, damaged or
foreign cache file is ignored and the font parsed as before; a cache that cannot be
written (read-only home, full disk) is skipped silently. The entry is written whole or
not at all (``disk.write_atomic``), so two summaries started together cannot read half a
file.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
from pathlib import Path

import reportlab
from reportlab.pdfbase.ttfonts import TTFNameBytes, TTFontFace

#: Bumped whenever what is stored changes shape.
FORMAT = 2
#: Face attributes not stored: the font's bytes (read from the font file) and the
#: scaling function (a lambda, rebuilt from ``unitsPerEm``).
_NOT_STORED = ("_ttf_data", "_pdfScale")


def cache_dir() -> Path:
    """The user's cache folder for Symétrie (what platformdirs says, without importing it
    on Linux, where it is the XDG rule: 8 ms of every summary's start)."""
    if sys.platform.startswith("linux"):
        base = os.environ.get("XDG_CACHE_HOME", "").strip()
        root = Path(base) if base else Path.home() / ".cache"
        return root / "symetrie-desktop"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("symetrie-desktop", appauthor=False))


def _entry(font: Path) -> tuple[Path, tuple]:
    """Where the parse of ``font`` is kept, and the key that must match to use it."""
    stat = font.stat()
    key = (FORMAT, reportlab.Version, font.name, stat.st_size, stat.st_mtime_ns)
    # marshal's format belongs to a Python version: one file per version
    name = f"{font.stem}-py{sys.version_info[0]}{sys.version_info[1]}.marshal"
    return cache_dir() / "fonts" / name, key


def _scale(units_per_em: int):
    """reportlab's ``_pdfScale``: font units to thousandths of an em."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


class CachedFace(TTFontFace):
    """A face read from the cache. Its ``glyphToChar`` (a list per glyph, a third of the
    entry's loading time) serves only reportlab's text shaping, which the summary does not
    use: it stays packed until something asks for it."""

    def __getattr__(self, name: str):
        packed = self.__dict__.get("_packed_glyph_to_char")
        if name != "glyphToChar" or packed is None:
            raise AttributeError(name)
        self.glyphToChar = marshal.loads(packed)
        del self._packed_glyph_to_char
        return self.glyphToChar


def load_face(font: str | Path) -> TTFontFace:
    """The parsed face of ``font``: from the cache when it is there and current, else
    parsed by reportlab and then kept for the next time."""
    font = Path(font)
    try:
        where, key = _entry(font)
    except Exception:  # no font file (reportlab says so), or no home folder: no cache
        return TTFontFace(str(font))
    face = _read(where, key, font)
    if face is None:
        face = TTFontFace(str(font))
        _write(where, key, face)
    return face


def _read(where: Path, key: tuple, font: Path) -> TTFontFace | None:
    try:
        stored_key, attributes, names = marshal.loads(where.read_bytes())
        if stored_key != key or not _whole(attributes):
            return None
        attributes.update({k: TTFNameBytes(v.encode("utf-8")) for k, v in names.items()})
        data = font.read_bytes()
    except Exception:  # any damage to a cache file means "no cache"
        return None
    if len(data) != key[3]:
        return None
    face = CachedFace.__new__(CachedFace)
    face.__dict__.update(attributes)
    face._ttf_data = data
    face._pdfScale = _scale(face.unitsPerEm)
    return face


#: What the summary's use of a face reads, with its type: an entry without them is not used.
_NEEDED = {
    "charToGlyph": dict,
    "charWidths": dict,
    "hmetrics": list,
    "glyphPos": list,
    "table": dict,
    "unitsPerEm": int,
    "defaultWidth": (int, float),
    "ascent": (int, float),
    "descent": (int, float),
    "bbox": list,
    "_packed_glyph_to_char": bytes,
}


def _whole(attributes: object) -> bool:
    return isinstance(attributes, dict) and all(
        isinstance(attributes.get(name), kind) for name, kind in _NEEDED.items()
    )


def _write(where: Path, key: tuple, face: TTFontFace) -> None:
    from ..disk import write_atomic

    attributes = {k: v for k, v in face.__dict__.items() if k not in _NOT_STORED}
    # the names are bytes that remember their text (``ustr``): kept as that text
    names = {k: v.ustr for k, v in attributes.items() if isinstance(v, TTFNameBytes)}
    for k in names:
        del attributes[k]
    with contextlib.suppress(Exception):  # a cache we cannot write is simply not kept
        attributes["_packed_glyph_to_char"] = marshal.dumps(attributes.pop("glyphToChar"))
        payload = marshal.dumps((key, attributes, names))
        where.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(where, payload)
