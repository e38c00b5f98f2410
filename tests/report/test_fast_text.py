"""Post-it text written as PDF operators directly prints exactly what reportlab would write.

``cardtext.FAST_TEXT`` skips reportlab's per-string work (measuring each string again,
encoding it character by character) when drawing the board, the matrix, the ideas and the
plan (issue 11: a third of a 5,000-post-it summary). The PDF must not change: the same
workshop is rendered both ways, in reportlab's invariant mode (no dates, no random ids),
and the two files must be the same bytes, with characters beyond the font's first subset
of 256 (Greek, Cyrillic, Latin Extended) and characters the font lacks.
"""

from __future__ import annotations

from pypdf import PdfReader
from reportlab import rl_config
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Table

from symetrie_desktop.bench.workload import workload
from symetrie_desktop.exchange.workshop_json import from_exchange
from symetrie_desktop.report import cardtext, render_report, tables

from .conftest import GENERATED, pdf_bodies, squash

GREEK = "".join(map(chr, range(0x391, 0x3A2)))
CYRILLIC = "".join(map(chr, range(0x410, 0x450)))
EXTENDED = "".join(map(chr, range(0x100, 0x17F)))


def _workshop():
    doc = workload(160, steps=3)
    # every 7th post-it carries a run of rare letters: well over 256 distinct glyphs, so the
    # text needs the font's second subset, switched to and back in the middle of lines
    for n, card in enumerate(doc["cards"]):
        if n % 7 == 0:
            start = n % 40
            card["text"] += f" {GREEK[start % 17:]} {CYRILLIC[start:start + 24]} " \
                            f"{EXTENDED[start:start + 60]} 🚀 fin"
    return from_exchange(doc)


def _render(path, fast: bool, monkeypatch) -> int:
    monkeypatch.setattr(cardtext, "FAST_TEXT", fast)
    calls = 0
    original = PDFTextObject.textOut

    def counted(self, text):
        nonlocal calls
        calls += 1
        return original(self, text)

    monkeypatch.setattr(PDFTextObject, "textOut", counted)
    render_report(_workshop(), path, generated=GENERATED)
    monkeypatch.setattr(PDFTextObject, "textOut", original)
    return calls


def test_direct_text_writes_the_same_pdf_as_reportlab(tmp_path, monkeypatch):
    monkeypatch.setattr(rl_config, "invariant", 1)
    slow_calls = _render(tmp_path / "slow.pdf", False, monkeypatch)
    fast_calls = _render(tmp_path / "fast.pdf", True, monkeypatch)
    slow, fast = (tmp_path / "slow.pdf").read_bytes(), (tmp_path / "fast.pdf").read_bytes()
    assert slow == fast
    # the direct path did the work: reportlab's textOut ran for few strings only
    assert fast_calls < slow_calls / 4, (fast_calls, slow_calls)
    # and the rare letters are in the file, as text a reader can extract
    text = pdf_bodies(tmp_path / "fast.pdf")
    assert squash(CYRILLIC[:24]) in text and squash(EXTENDED[:20]) in text


def _placed_words(path) -> tuple[list[tuple[str, float, float]], int]:
    """Every piece of text with where it is printed on its page (rounded to 0.01 pt), and
    the number of text objects (BT … ET) in the file."""
    placed: list[tuple[str, float, float]] = []
    objects = 0
    for number, page in enumerate(PdfReader(path).pages):

        def visit(text, cm, tm, font, size, number=number):
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                placed.append((f"{number}:{text.strip()}", round(x, 2), round(y, 2)))

        page.extract_text(visitor_text=visit)
        objects += page.get_contents().get_data().count(b"BT")
    return sorted(placed), objects


def test_text_cells_of_tables_print_where_reportlab_prints_them(tmp_path, monkeypatch):
    """The matrix, ideas and plan tables draw their plain-text cells into one text object
    per table (``tables.TextTable``): every word lands where reportlab's own Table put
    it, on the same page, with far fewer text objects."""
    monkeypatch.setattr(rl_config, "pageCompression", 0)
    workshop = _workshop()
    render_report(workshop, tmp_path / "fast.pdf", generated=GENERATED)
    monkeypatch.setattr(tables, "TextTable", Table)
    render_report(workshop, tmp_path / "table.pdf", generated=GENERATED)
    fast, fast_objects = _placed_words(tmp_path / "fast.pdf")
    slow, slow_objects = _placed_words(tmp_path / "table.pdf")
    assert len(fast) > 500
    assert fast == slow
    assert fast_objects < slow_objects * 0.8, (fast_objects, slow_objects)
