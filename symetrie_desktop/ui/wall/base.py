"""What every wall page shares: the room's type sizes, colours, and text that is never cut.

A wall page paints itself (no child widgets, nothing to click): the room reads it from
four metres, so the sizes are set for a 1920×1080 projection (body 28 px, never under
24 px, headings 44 px) and scaled with the screen, so that 1280×720 shows the same page.
Every piece of text goes through :meth:`WallPage.text`, which wraps at words (a word longer
than the line is split with a hyphen) and records the size it drew at and whether it had
to leave something out, so that tests read what the room really sees.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from ..model import WorkshopModel

#: The design size: sizes below are pixels on a 1920×1080 screen, whose page area is about
#: 1920×1000 under the timer bar (960 leaves room for the window's own edges); a smaller
#: screen scales everything down alike.
DESIGN_W, DESIGN_H = 1920, 960
TITLE_PX = 44
HEADING_PX = 32
BODY_PX = 28
SMALL_PX = 24  # the floor: nothing on the wall is smaller (at 1920×1080)
MARGIN = 40

BACKGROUND = "#ffffff"
INK = "#111111"
MUTED_INK = "#37474f"  # still 10:1 on white: "muted" never means pale on a projector
RULE = "#b0bec5"


@dataclass
class Drawn:
    """What a page painted last time: the sizes used and the texts it had to leave out."""

    sizes: list[float] = field(default_factory=list)
    cut: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)

    def clear(self) -> None:
        self.sizes.clear()
        self.cut.clear()
        self.texts.clear()


def wrap_words(text: str, metrics: QFontMetricsF, width: float) -> list[str]:
    """Lines of ``text`` no wider than ``width``, broken between words; a word wider than
    the line is split with a hyphen at the end of each piece (never silently mid-word)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if metrics.horizontalAdvance(candidate) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
                line = ""
            while metrics.horizontalAdvance(word) > width:  # a very long word: hyphenate
                cut = len(word) - 1
                while cut > 1 and metrics.horizontalAdvance(word[:cut] + "-") > width:
                    cut -= 1
                lines.append(word[:cut] + "-")
                word = word[cut:]
            line = word
        lines.append(line)
    return lines


translate = QCoreApplication.translate  # lupdate reads the context at each call


class WallPage(QWidget):
    """One phase as the room sees it. Subclasses implement :meth:`draw`."""

    #: What every page says for itself: ``title() -> str`` (French source, translated by the
    #: page) and ``draw(painter, area)``. Checked when a page class is made, so a page that
    #: forgets one fails at import, not in front of the room.
    REQUIRED = ("title", "draw")

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        missing = [name for name in cls.REQUIRED if not callable(getattr(cls, name, None))]
        if missing:
            raise TypeError(f"{cls.__name__} must define {', '.join(missing)}")

    def __init__(self, model: WorkshopModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.drawn = Drawn()
        #: The agenda phase's own name when the facilitator gave it one (« Déjeuner »,
        #: « Ice-breaker »): shown before the page's title, so the room sees which phase
        #: of the agenda it is in.
        self.heading = ""
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumSize(320, 180)
        model.changed.connect(lambda *_: self.update())

    # -- sizes --------------------------------------------------------------------------------

    def scale(self) -> float:
        """Screen pixels per design pixel (1.0 on a 1920×1080 screen, 0.67 at 1280×720).

        The width is the wall's (the window's), not the page's: when the room's QR card keeps
        a strip of the screen, the page gets narrower but its type stays the wall's size and
        the page shows less per sheet instead of shrinking below what the back row reads.
        """
        wall_width = max(self.width(), self.window().width())
        return max(0.2, min(1.0, wall_width / DESIGN_W, self.height() / DESIGN_H))

    def px(self, design: float) -> float:
        return design * self.scale()

    def wall_font(self, design_px: float, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(1, round(self.px(design_px))))
        font.setBold(bold)
        return font

    def smallest_text_px(self) -> float:
        """The smallest text painted last time, in design pixels (what a 1920×1080 wall shows)."""
        return min(self.drawn.sizes) / self.scale() if self.drawn.sizes else float("inf")

    # -- drawing ------------------------------------------------------------------------------

    def measure(self, text: str, design_px: float, width: float, bold: bool = False) -> float:
        """Height ``text`` takes wrapped in ``width`` screen pixels."""
        metrics = QFontMetricsF(self.wall_font(design_px, bold))
        return len(wrap_words(text, metrics, width)) * metrics.lineSpacing()

    def text(
        self,
        painter: QPainter,
        x: float,
        y: float,
        width: float,
        text: str,
        design_px: float = BODY_PX,
        bold: bool = False,
        colour: str = INK,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        max_height: float | None = None,
    ) -> float:
        """Draw ``text`` wrapped in ``width`` from (x, y); returns the height used. When
        ``max_height`` cannot hold it all, the lines that fit are drawn and the text is
        recorded as cut (callers measure first and avoid that)."""
        font = self.wall_font(design_px, bold)
        metrics = QFontMetricsF(font)
        lines = wrap_words(text, metrics, width)
        spacing = metrics.lineSpacing()
        if max_height is not None and len(lines) * spacing > max_height + 0.5:
            lines = lines[: max(0, int(max_height // spacing))]
            self.drawn.cut.append(text)
        if not lines:
            return 0.0
        painter.setFont(font)
        painter.setPen(QColor(colour))
        for n, line in enumerate(lines):
            painter.drawText(
                QRectF(x, y + n * spacing, width, spacing),
                int(align | Qt.AlignmentFlag.AlignVCenter),
                line,
            )
        self.drawn.sizes.append(font.pixelSize())
        self.drawn.texts.append(text)
        return len(lines) * spacing

    def full_title(self, title: str | None = None) -> str:
        """« Déjeuner · Pause »: the phase's name, when it has one, then the page's title."""
        title = self.title() if title is None else title
        return f"{self.heading} · {title}" if self.heading and self.heading != title else title

    def set_heading(self, heading: str) -> None:
        if heading != self.heading:
            self.heading = heading
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        self.drawn.clear()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), QColor(BACKGROUND))
        m = self.px(MARGIN)
        top = m * 0.6
        top += self.text(painter, m, top, self.width() - 2 * m, self.full_title(), TITLE_PX,
                         True)
        top += self.px(16)
        self.draw(painter, QRectF(m, top, self.width() - 2 * m, self.height() - top - m * 0.6))
        painter.end()


    def more_line(
        self, painter: QPainter, x: float, y: float, width: float, n: int, what: str
    ) -> float:
        """« … et 3 de plus (paires) » when the screen cannot hold everything: said, never
        hidden (the laptop's page has them all)."""
        if n <= 0:
            return 0.0
        return self.text(
            painter,
            x,
            y,
            width,
            translate("Wall", "… et {n} de plus ({what})").format(n=n, what=what),
            SMALL_PX,
            True,
            MUTED_INK,
        )
