"""The parsed DejaVu fonts are kept in the user's cache folder and make the same PDF.

Parsing the two TrueType files was 40-55 ms of every summary (issue 11). The cache must
never change what is printed, and never be a reason for a summary to fail: a damaged,
stale or unwritable cache means the font is parsed as before.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from reportlab import rl_config
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

from symetrie_desktop.report import fontcache, render_report
from symetrie_desktop.report.text import SubsetFont, printable
from symetrie_desktop.resources import resource

from .conftest import GENERATED, pdf_bodies, squash

REGULAR = str(resource("fonts", "DejaVuSans.ttf"))
BOLD = str(resource("fonts", "DejaVuSans-Bold.ttf"))


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """A cache folder of the test's own, and a count of the times a font file is parsed."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    parses: list[str] = []
    original = TTFontFace.__init__

    def counted(self, filename, *args, **kwargs):
        parses.append(os.path.basename(filename))
        original(self, filename, *args, **kwargs)

    monkeypatch.setattr(TTFontFace, "__init__", counted)
    return parses


def _entries():
    return sorted((fontcache.cache_dir() / "fonts").glob("*.marshal"))


def test_the_cache_is_written_once_then_read(cache):
    SubsetFont("A", REGULAR)
    assert cache == ["DejaVuSans.ttf"] and len(_entries()) == 1
    font = SubsetFont("A", REGULAR)
    assert cache == ["DejaVuSans.ttf"]  # not parsed a second time
    assert isinstance(font.face, fontcache.CachedFace)


@pytest.mark.parametrize("path", [REGULAR, BOLD])
def test_a_cached_font_is_the_font_reportlab_makes(cache, path):
    """Every attribute reportlab's own TTFont sets, with the same values."""
    SubsetFont("A", path)  # fills the cache
    cached, parsed = SubsetFont("A", path), TTFont("A", path)
    assert isinstance(cached.face, fontcache.CachedFace)
    assert set(vars(cached)) == set(vars(parsed))
    for name in ("fontName", "_asciiReadable", "shapable"):
        assert getattr(cached, name) == getattr(parsed, name)
    mine, theirs = vars(cached.face), vars(parsed.face)
    for name, value in theirs.items():
        if name == "_pdfScale":
            assert [mine[name](v) for v in (1, 2048, -77)] == [value(v) for v in (1, 2048, -77)]
        elif name != "glyphToChar":
            assert mine[name] == value, name
            assert type(mine[name]) is type(value), name
    # the text shaping table, kept packed, comes back whole when asked for
    assert cached.face.glyphToChar == parsed.face.glyphToChar
    assert cached.face.name.ustr == parsed.face.name.ustr
    for text in ("Délai & « suivi »", "Ωμέγα Кириллица ŁŒ", "x" * 40):
        assert cached.stringWidth(text, 9.5) == parsed.stringWidth(text, 9.5)


@pytest.mark.parametrize("damage", ["truncated", "garbage", "empty", "other key", "missing"])
def test_a_damaged_cache_is_ignored_and_written_again(cache, damage, tmp_path):
    font_file = tmp_path / "DejaVuSans.ttf"  # a copy of our own, whose time may change
    font_file.write_bytes(Path(REGULAR).read_bytes())
    SubsetFont("A", str(font_file))
    (entry,) = _entries()
    data = entry.read_bytes()
    if damage == "truncated":
        entry.write_bytes(data[: len(data) // 2])
    elif damage == "garbage":
        entry.write_bytes(os.urandom(4096))
    elif damage == "empty":
        entry.write_bytes(b"")
    elif damage == "other key":  # the font file changed since: its time is not the same
        stat = font_file.stat()
        os.utime(font_file, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    else:
        import marshal

        key, attributes, names = marshal.loads(data)
        del attributes["charWidths"]
        entry.write_bytes(marshal.dumps((key, attributes, names)))
    font = SubsetFont("A", str(font_file))
    assert cache == ["DejaVuSans.ttf"] * 2  # parsed again
    assert type(font.face) is TTFontFace
    again = SubsetFont("A", str(font_file))  # the entry was written anew, and is read
    assert cache == ["DejaVuSans.ttf"] * 2
    assert again.face.charWidths == font.face.charWidths
    assert font.stringWidth("Délai", 10) == TTFont("B", REGULAR).stringWidth("Délai", 10)


def test_an_unwritable_cache_folder_is_no_failure(tmp_path, monkeypatch, cache):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would go")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    font = SubsetFont("A", REGULAR)
    assert font.stringWidth("abc", 10) > 0
    assert blocker.read_text() == "a file where the cache folder would go"


def _workshop():
    from symetrie_desktop.bench.workload import workload
    from symetrie_desktop.exchange.workshop_json import from_exchange

    doc = workload(120, steps=3)
    doc["cards"][0]["text"] = "Accents éèàçœ, symboles ≤ ≥ € → ✓, Ωμέγα Кириллица 🚀 fin"
    return from_exchange(doc)


def test_a_summary_from_the_cache_is_the_same_file(tmp_path, monkeypatch, cache):
    """The whole summary made in a process with a cold cache and one with a warm cache:
    the same bytes (reportlab's invariant mode: no dates, no random ids)."""
    from reportlab.pdfbase import pdfmetrics

    from symetrie_desktop.report import text

    monkeypatch.setattr(rl_config, "invariant", 1)
    files = []
    for run in ("cold", "warm"):
        text.register_fonts.cache_clear()  # a new process: fonts registered anew
        monkeypatch.setattr(pdfmetrics, "_fonts", dict(pdfmetrics._fonts))
        out = tmp_path / f"{run}.pdf"
        render_report(_workshop(), out, generated=GENERATED)
        files.append(out)
    text.register_fonts.cache_clear()
    assert cache == ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"]  # parsed once, cold only
    assert files[0].read_bytes() == files[1].read_bytes()
    body = pdf_bodies(files[1])
    assert squash("éèàçœ, symboles ≤ ≥ € → ✓, Ωμέγα Кириллица □ fin") in body
    assert printable("🚀") == "□"


def test_no_home_folder_is_no_failure(monkeypatch, cache):
    """Where the home folder cannot be found (no HOME, no XDG_CACHE_HOME), the font is
    parsed as before."""
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)

    def nowhere():
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(fontcache.Path, "home", staticmethod(nowhere))
    font = SubsetFont("A", REGULAR)
    assert cache == ["DejaVuSans.ttf"] and font.stringWidth("abc", 10) > 0
