"""A plain-text cell with ``paragraph_fit`` breaks its lines where a Paragraph did.

The counts table under the symmetry curve was made of Paragraphs; its cells are now
``CardText`` (issue 11: 180 Paragraphs at 20 steps). A Paragraph lets a line run over by
5 % of a space per word already on it and measures spaces in its own font; a cell that
breaks its lines otherwise would move words on the page. Many texts, widths and the three
cell styles: the same lines, of the same widths, as reportlab's Paragraph. (A single word
wider than the cell is cut into pieces by both, not at the same places: left out here.)
"""

from __future__ import annotations

import random

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from symetrie_desktop.bench.workload import WORDS
from symetrie_desktop.report.sections import cell
from symetrie_desktop.report.styles import styles
from symetrie_desktop.report.text import escape, register_fonts


def _paragraph_lines(text: str, style: str, width: float) -> list[tuple[str, float]]:
    p = Paragraph(escape(text), styles()[style])
    p.wrap(width, 10_000)
    lines = []
    for line in p.blPara.lines:
        words = [w.text if hasattr(w, "text") else w for w in getattr(line, "words", None)
                 or line[1]]
        extra = line.extraSpace if hasattr(line, "extraSpace") else line[0]
        lines.append(("".join("".join(words).split()), round(width - extra, 6)))
    return lines


def _cell_lines(text: str, style: str, width: float) -> list[tuple[str, float]]:
    c = cell(text, style, paragraph_fit=True)
    c.wrap(width, 10_000)
    return [("".join("".join(s[0] for s in line).split()), round(used, 6))
            for line, used in zip(c._lines, c._widths, strict=True)]


@pytest.mark.parametrize("style", ["cell", "cell_bold", "th_center"])
def test_cells_break_where_paragraphs_break(style):
    register_fonts()
    rng = random.Random(11)
    texts = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 30))) for _ in range(150)]
    texts += ["Étape 12 & <suite> du parcours", "Préparation et expédition", "−12", "N°"]
    checked = wrapped = 0
    for text in texts:
        st = styles()[style]
        widest = max(stringWidth(w, st.fontName, st.fontSize) for w in text.split())
        for width in (40, 61.3, 88, 120.5, 183, 240):
            if widest > width:
                continue
            mine, theirs = _cell_lines(text, style, width), _paragraph_lines(text, style, width)
            assert mine == theirs, (text, width)
            checked += 1
            wrapped += len(mine) > 1
    # the cases that matter: many lines broken, some of them a little over the width
    assert checked > len(texts) * 4 and wrapped > checked // 2


@pytest.mark.parametrize("style", ["cell", "cell_bold", "th_center"])
def test_cells_print_where_paragraphs_print(tmp_path, monkeypatch, style):
    """A table of such cells paints the same texts, at the same places, with the same
    word spacing (a line a little over the width is drawn with its spaces shrunk, as a
    Paragraph draws it, not centred) as the same table of Paragraphs."""
    from reportlab import rl_config
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Table

    from symetrie_desktop.report.tables import TextTable

    from .test_curve_chart import painted

    monkeypatch.setattr(rl_config, "invariant", 1)
    register_fonts()
    rng = random.Random(5)
    texts = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 24))) for _ in range(40)]
    texts += ["Compléter les dimensions des colis des 500 meubles les plus vendus", "+3"]
    widths = [90, 120.5, 183]  # every word fits (see the note above)
    pages = []
    for name, make, table in (("paragraphs", lambda t: Paragraph(escape(t), styles()[style]),
                               Table),
                              ("cells", lambda t: cell(t, style, paragraph_fit=True),
                               TextTable)):
        rows = [[make(t) for t in texts[i:i + 3]] for i in range(0, 42, 3)]
        flowable = table(rows, colWidths=widths)
        flowable.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP")])
        canvas = Canvas(str(tmp_path / f"{name}.pdf"), pageCompression=0)
        flowable.wrapOn(canvas, 500, 5000)
        flowable.drawOn(canvas, 20, 20)
        canvas.save()
        pages.append([m for m in painted(tmp_path / f"{name}.pdf") if m[0] == "text"])
    squeezed = [m for m in pages[1] if m[5] < 0]
    assert len(pages[1]) > 100 and squeezed  # lines a little over the width are there
    assert len(pages[0]) == len(pages[1])
    for theirs, mine in zip(sorted(pages[0]), sorted(pages[1]), strict=True):
        # the same text, size, colour and word spacing, within 0.02 pt of the same place
        assert theirs[:2] + theirs[3:] == mine[:2] + mine[3:], (theirs, mine)
        assert abs(theirs[2][0] - mine[2][0]) <= 0.02 and theirs[2][1] == mine[2][1]


def test_texts_a_cell_would_break_otherwise_stay_paragraphs():
    """Several lines, a no-break space, nothing to print: the Paragraph is kept."""
    from symetrie_desktop.report.board import lane_label
    from symetrie_desktop.report.cardtext import CardText, breaks_like_a_paragraph
    from symetrie_desktop.report.sponsor import _cell

    register_fonts()
    for text in ("deux\nlignes", "48\xa0h de délai", "   ", ""):
        assert not breaks_like_a_paragraph(text)
        assert isinstance(_cell(text, "cell"), Paragraph)
        assert isinstance(lane_label(text), Paragraph)
    assert breaks_like_a_paragraph("Vécu client & <b>")
    assert isinstance(_cell("Vécu client & <b>", "th"), CardText)
    assert isinstance(lane_label("Vécu client & <b>"), CardText)
