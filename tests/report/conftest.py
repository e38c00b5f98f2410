"""Helpers for the summary tests: render a workshop to a PDF and read its text back."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from symetrie_desktop.report import render_report

GENERATED = datetime(2026, 11, 25, 10, 30)


def squash(text: str) -> str:
    """Text with every blank removed: lines wrap differently in a PDF than in the data."""
    return "".join(text.split())


def pdf_pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def pdf_bodies(path: Path) -> str:
    """The squashed text of every page without its footer (the last two lines drawn: the
    title and date, then the page number), so that a text running over a page break
    reads in one piece."""
    return "".join(squash("\n".join(t.rstrip().split("\n")[:-2])) for t in pdf_pages(path))


def section(text: str, start: str, end: str | None = None) -> str:
    """The part of ``text`` from ``start`` to ``end`` (both squashed), which must exist."""
    i = text.index(squash(start))
    if end is None:
        return text[i:]
    return text[i : text.index(squash(end), i)]


@pytest.fixture
def render(tmp_path):
    """render(workshop, lang='fr') -> (pdf path, page count, squashed text of each page)."""

    def run(workshop, lang: str = "fr", name: str = "synthese.pdf"):
        out = tmp_path / name
        pages = render_report(workshop, out, lang=lang, generated=GENERATED)
        return out, pages, [squash(t) for t in pdf_pages(out)]

    return run
