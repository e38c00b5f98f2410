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
