"""The page machinery: portrait pages for reading, landscape pages for the board,
"page N / M" footers, repeated step headers on the board, and an atomic write.

The board header is not part of the flow: a zero-size :class:`BandMarker` in the story
says which band of steps the page shows, and the board page template draws that
band's header when the page ends. This way every board page repeats its step header
however the lane tables split, and the tables themselves stay small and fast.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from ..disk import write_atomic
from .styles import MUTED, RULE
from .text import FONT

PORTRAIT = A4
LANDSCAPE = landscape(A4)
MARGIN = 42
BOARD_MARGIN = 26
FOOTER_Y = 22
#: Most room the board header may take above the board frame (title and step names).
BOARD_HEADER_MAX = 90

Progress = Callable[[int, int], None]


class BoardState:
    """Which band of steps the current board page shows (None outside the board)."""

    def __init__(self) -> None:
        self.band = None
        self.header_height: float = 20

    def frame_height(self) -> float:
        """Height of the board's frame under the header: a table offered all of it is at
        the top of a page."""
        return LANDSCAPE[1] - 2 * BOARD_MARGIN - 18 - min(BOARD_HEADER_MAX, self.header_height + 4)


class BandMarker(Flowable):
    """Takes no room; when drawn, tells the page template which band header to draw."""

    def __init__(self, state: BoardState, band) -> None:
        super().__init__()
        self.state = state
        self.band = band

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self) -> None:
        self.state.band = self.band


class SummaryDoc(BaseDocTemplate):
    """Two page templates ('portrait', 'board') and a progress report per drawn flowable."""

    def __init__(
        self, filename: str, board: BoardState, progress: Progress | None, total: int, **kw
    ):
        super().__init__(filename, pagesize=PORTRAIT, **kw)
        self.board = board
        self._progress = progress
        self._total = max(1, total)
        self._done = 0
        pw, ph = PORTRAIT
        portrait = Frame(
            MARGIN, MARGIN, pw - 2 * MARGIN, ph - 2 * MARGIN, id="portrait",
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
        )  # fmt: skip
        lw = LANDSCAPE[0]
        self.header_room = min(BOARD_HEADER_MAX, board.header_height + 4)
        board_frame = Frame(
            BOARD_MARGIN, BOARD_MARGIN + 18,
            lw - 2 * BOARD_MARGIN, board.frame_height(), id="board",
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
        )  # fmt: skip
        self.addPageTemplates(
            [
                PageTemplate("portrait", [portrait], pagesize=PORTRAIT),
                PageTemplate("board", [board_frame], onPageEnd=self._draw_band, pagesize=LANDSCAPE),
            ]
        )

    @staticmethod
    def board_width() -> float:
        return LANDSCAPE[0] - 2 * BOARD_MARGIN

    @staticmethod
    def portrait_width() -> float:
        return PORTRAIT[0] - 2 * MARGIN

    @staticmethod
    def portrait_height() -> float:
        """The room a portrait page's frame gives (a hair less, for the frame's padding)."""
        return PORTRAIT[1] - 2 * MARGIN - 14

    def _draw_band(self, canvas: Canvas, doc) -> None:
        band = self.board.band
        if band is not None:
            top = LANDSCAPE[1] - BOARD_MARGIN
            band.draw_header(canvas, BOARD_MARGIN, top, self.board_width(), self.header_room)

    def afterFlowable(self, flowable) -> None:
        self._done += 1
        if self._progress is not None and self._done % 20 == 0:
            self._progress(min(self._done, self._total), self._total)


def numbered_canvas(left_text: str, page_text: Callable[[int, int], str], pages: list[int]):
    """A canvas class that holds pages back until the end to print 'page N / M' on each;
    the page count is appended to ``pages``."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._held: list[dict] = []

        def showPage(self):
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._held)
            for number, state in enumerate(self._held, 1):
                self.__dict__.update(state)
                self._footer(number, total)
                Canvas.showPage(self)
            pages.append(total)
            Canvas.save(self)

        def _footer(self, number: int, total: int) -> None:
            width, _ = self._pagesize
            margin = BOARD_MARGIN if width > PORTRAIT[0] else MARGIN
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(margin, FOOTER_Y + 10, width - margin, FOOTER_Y + 10)
            self.setFont(FONT, 7.5)
            self.setFillColor(MUTED)
            self.drawString(margin, FOOTER_Y, left_text)
            self.drawRightString(width - margin, FOOTER_Y, page_text(number, total))
            self.restoreState()

    return NumberedCanvas


def build_atomic(
    out_path: str | Path,
    story: list,
    board: BoardState,
    footer_left: str,
    page_text: Callable[[int, int], str],
    progress: Progress | None = None,
    metadata: dict[str, str] | None = None,
) -> int:
    """Build the PDF into a temporary file beside ``out_path``, then rename it in place.

    On any error the temporary file is removed and ``out_path`` is left as it was.
    Returns the number of pages.
    """
    pages: list[int] = []

    def build(tmp: Path) -> None:
        doc = SummaryDoc(str(tmp), board, progress, total=len(story), **(metadata or {}))
        doc.build(story, canvasmaker=numbered_canvas(footer_left, page_text, pages))

    write_atomic(out_path, build)
    if progress is not None:
        progress(1, 1)
    return pages[0] if pages else 0
