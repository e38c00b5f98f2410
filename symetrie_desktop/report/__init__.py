"""The workshop summary as a PDF: what sponsors read and participants take home.

``write_report`` reads a workshop file and writes the PDF; ``render_report`` does the same
from a workshop in memory (the app hands it a snapshot and runs it off the UI thread).
reportlab is imported only when a report is written, so importing this package is cheap.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from ..domain.model import Workshop

Progress = Callable[[int, int], None]


def write_report(
    src_path: str | Path,
    out_path: str | Path,
    lang: str = "fr",
    progress: Progress | None = None,
) -> int:
    """Write the summary of the workshop file ``src_path`` to ``out_path``; return its pages.

    A file that cannot be read raises :class:`~symetrie_desktop.store.WorkshopFileError`
    before anything is written; the PDF itself is written atomically.
    """
    from ..store import load_file

    return render_report(load_file(src_path), out_path, lang=lang, progress=progress)


def render_report(
    workshop: Workshop,
    out_path: str | Path,
    lang: str = "fr",
    progress: Progress | None = None,
    generated: datetime | None = None,
) -> int:
    """Write the summary of ``workshop`` to ``out_path``; return the number of pages.

    ``progress(done, total)`` is called now and then from the calling thread.
    """
    from .build import build_report

    return build_report(workshop, out_path, lang, progress, generated or datetime.now())


__all__ = ["render_report", "write_report"]
