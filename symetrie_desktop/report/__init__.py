"""The workshop summary as a PDF: what sponsors read and participants take home.

``render_report`` writes the PDF of a workshop in memory (the app hands it a snapshot and
runs it off the UI thread; the command line reads the file through ``disk.load`` first).
The Markdown summary and the plan as CSV sit beside it (``markdown``, ``plan_csv``): same
facts, same order. Nothing here reads a workshop file or knows about windows.
reportlab is imported only when a report is written, so importing this package is cheap.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from ..domain.model import Workshop

Progress = Callable[[int, int], None]


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
    from reportlab import rl_config

    # reportlab checks every attribute set on a chart's shapes, "a big help when developing"
    # (its words) that it leaves out when this is 0 before its graphics are imported: a
    # third of drawing our two charts, which are fixed and tested (issue 11)
    rl_config.shapeChecking = 0
    from .build import build_report

    return build_report(workshop, out_path, lang, progress, generated or datetime.now())


__all__ = ["render_report"]
