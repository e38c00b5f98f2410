"""A post-it on the board: one light item that paints itself.

No child items and no QGraphicsTextItem: thousands of these must scroll smoothly.
The wrapped lines are computed once per text and kept until the text changes, and
zoomed out the item draws less (a coloured block, then the block with its mark).
"""

from __future__ import annotations

import html
import math
import unicodedata
from collections import OrderedDict
from typing import ClassVar

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
    QTextLayout,
    QTextOption,
    QTransform,
)
from PySide6.QtWidgets import QGraphicsItem, QStyle

from ...domain.model import Card, CardKind, LaneKind, Participant
from . import style
from .style import CARD_W

TEXT_TOP = 30
TEXT_SIDE = 10
LINE_LIMIT_CHARS = 800  # more than a card can show; keeps wrapping a 10,000-character paste quick
HANDLE_R = 7.0


_SELECTABLE = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable


class _Paint:
    """Pens, brushes and fonts made once (after the app exists) and shared by every card."""

    ready = False

    @classmethod
    def reload(cls) -> None:
        """Take up a new display profile (projector mode on or off)."""
        cls.ready = False
        _SPRITES.clear()
        cls.load()

    @classmethod
    def load(cls) -> None:
        if cls.ready:
            return
        cls.fill = {k: QBrush(QColor(f)) for k, (f, _) in style.CARD_COLOURS.items()}
        cls.flat = {k: QColor(f).darker(115) for k, (f, _) in style.CARD_COLOURS.items()}
        cls.accent = {k: QColor(a) for k, (_, a) in style.CARD_COLOURS.items()}
        cls.edge = {k: QPen(QColor(a), style.D.edge_width)
                    for k, (_, a) in style.CARD_COLOURS.items()}
        cls.selected = QPen(QColor(style.SELECTION_COLOUR), 3.5)
        cls.text_pen = QPen(QColor(style.D.text_colour))
        cls.white_pen = QPen(QColor("#ffffff"))
        cls.phone_pen = QPen(QColor(style.D.text_colour), 1.4)
        cls.badge_brush = QBrush(QColor(255, 255, 255, 190))
        cls.badge_pen = QPen(QColor("#546e7a"), 0.8)
        cls.text_font = QFont()
        cls.text_font.setPixelSize(style.D.text_px)
        cls.small_font = QFont()
        cls.small_font.setPixelSize(style.D.small_px)
        cls.chip_font = QFont()
        cls.chip_font.setPixelSize(13 if style.D.projector else 10)
        cls.chip_font.setBold(True)
        cls.mark_font = QFont()
        cls.mark_font.setPixelSize(13)
        cls.mark_font.setBold(True)
        cls.text_metrics = QFontMetricsF(cls.text_font)
        cls.small_metrics = QFontMetricsF(cls.small_font)
        cls.star = _star(QPointF(17, 16), 9.5, 4.2)
        cls.triangle = QPolygonF([QPointF(17, 6), QPointF(27.5, 24), QPointF(6.5, 24)])
        cls.bounds = QRectF(-3, -3, CARD_W + HANDLE_R + 6, style.D.card_h + 6)
        cls.body = QRectF(-3, -3, CARD_W + 6, style.D.card_h + 6)  # with its edge
        cls.ready = True


#: Small pictures of the parts many post-its share (the kind's mark, an author's chip, a tag
#: badge), each made once per look, scale and sub-pixel offset and then copied: a post-it
#: newly shown by a pan paints in Python, and these parts were half of its time (issue 11).
_SPRITES: dict[tuple, QPixmap] = {}
_SPRITE_LIMIT = 3000  # a few hundred in practice (zoom steps × authors × tags); bounds memory
_SCALED = QTransform.TransformationType.TxScale.value
_OVERVIEW_LOD = 0.28  # below, a post-it is a block of its colour (no picture)


def _place(painter: QPainter, t: QTransform, area: QRectF) -> tuple[float, float, float,
                                                                      int, int, int, int]:
    """Where a picture of ``area`` (post-it coordinates) lands on the device: its ratio, its
    scale, the whole pixel of its corner and the sub-pixel offset (1/8 px) to draw it at,
    so that the copy lands on the same pixels as drawing it in place would."""
    device = painter.device()
    return _place_at(device.devicePixelRatioF() if device is not None else 1.0, t, area)


def _place_at(dpr: float, t: QTransform, area: QRectF) -> tuple[float, float, float,
                                                                 int, int, int, int]:
    """:func:`_place` on a device of ratio ``dpr`` (for pictures made before any paint)."""
    sx, sy = t.m11() * dpr, t.m22() * dpr
    x, y = (t.m11() * area.x() + t.dx()) * dpr, (t.m22() * area.y() + t.dy()) * dpr
    ix, iy = math.floor(x), math.floor(y)
    fx, fy = round((x - ix) * 8), round((y - iy) * 8)
    if fx == 8:
        ix, fx = ix + 1, 0
    if fy == 8:
        iy, fy = iy + 1, 0
    return dpr, sx, sy, ix, iy, fx, fy


def _picture(area: QRectF, place: tuple, hints, draw) -> QPixmap:
    """What ``draw(painter)`` paints inside ``area``, as a picture made for ``place``."""
    dpr, sx, sy, _, _, fx, fy = place
    pixmap = QPixmap(math.ceil(area.width() * sx) + 2, math.ceil(area.height() * sy) + 2)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHints(hints)
    p.translate(fx / 8, fy / 8)
    p.scale(sx, sy)
    p.translate(-area.x(), -area.y())
    draw(p)
    p.end()
    pixmap.setDevicePixelRatio(dpr)
    return pixmap


def _blit(painter: QPainter, t: QTransform, place: tuple, pixmap: QPixmap) -> None:
    dpr, ix, iy = place[0], place[3], place[4]
    painter.setWorldTransform(QTransform())
    painter.drawPixmap(QPointF(ix / dpr, iy / dpr), pixmap)
    painter.setWorldTransform(t)


def _sprite(painter: QPainter, key: tuple, area: QRectF, draw) -> None:
    """Paint what ``draw(painter)`` paints inside ``area`` (post-it coordinates), from a
    picture made on first use at the painter's scale and sub-pixel position."""
    t = painter.worldTransform()
    if t.type().value > _SCALED:  # rotated or sheared: no picture, draw it
        draw(painter)
        return
    place = _place(painter, t, area)
    full = (key, place[0], round(place[1], 5), round(place[2], 5), place[5], place[6],
            int(painter.renderHints().value))
    pixmap = _SPRITES.get(full)
    if pixmap is None:
        if len(_SPRITES) >= _SPRITE_LIMIT:
            _SPRITES.clear()
        pixmap = _SPRITES[full] = _picture(area, place, painter.renderHints(), draw)
    _blit(painter, t, place, pixmap)


def _badge_h() -> float:
    return style.D.small_px + 5


def _star(centre: QPointF, outer: float, inner: float) -> QPolygonF:
    import math

    points = []
    for i in range(10):
        r = outer if i % 2 == 0 else inner
        a = -math.pi / 2 + i * math.pi / 5
        points.append(QPointF(centre.x() + r * math.cos(a), centre.y() + r * math.sin(a)))
    return QPolygonF(points)


def is_rtl(text: str) -> bool:
    """True when the first letter with a direction reads right to left (Arabic, Hebrew…)."""
    for ch in text[:200]:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def wrap_lines(text: str, font: QFont, width: float, max_lines: int,
               laid: list | None = None) -> list[str]:
    """The lines a card shows: wrapped at words, the last one ending in '…' if text is cut.

    With ``laid`` (an empty list), it receives the text layouts made, then, for each line
    returned, its laid-out ``QTextLine``, or None for a line cut short with '…': drawing
    those lines reuses the shaping the wrap did (see ``CardItem._draw``)."""
    metrics = QFontMetricsF(font)
    lines: list[str] = []
    shown: list = []
    layouts: list[QTextLayout] = []
    cut = len(text) > LINE_LIMIT_CHARS
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    for paragraph in text[:LINE_LIMIT_CHARS].split("\n"):
        layout = QTextLayout(paragraph, font)
        layout.setTextOption(option)
        layout.beginLayout()
        while len(lines) <= max_lines:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            start = line.textStart()
            lines.append(paragraph[start:start + line.textLength()].rstrip())
            shown.append(line)
        layout.endLayout()
        layouts.append(layout)
        if len(lines) > max_lines:
            break
    if len(lines) > max_lines:
        lines, shown, cut = lines[:max_lines], shown[:max_lines], True
    if cut and lines:
        last = lines[-1]
        shown[-1] = None
        if metrics.horizontalAdvance(last + " …") <= width:
            lines[-1] = last + " …"
        else:
            lines[-1] = metrics.elidedText(last + "………", Qt.TextElideMode.ElideRight, width)
    if laid is not None:
        laid.extend((layouts, shown))
    return lines


def tooltip_html(text: str) -> str:
    """The whole text, escaped (a card saying '<b>' shows '<b>'), wrapped by the tooltip."""
    body = html.escape(text).replace("\n", "<br>")
    return f"<div style='max-width: 480px'>{body}</div>"


class CardItem(QGraphicsItem):
    """One card. ``card`` is the current value from the workshop, replaced on each change."""

    #: Came from a participant's phone (the scene sets it; a small phone mark is drawn).
    from_room = False

    #: the wrapped lines, made at the first paint and forgotten when the text changes
    _lines: list[str] | None = None
    _rtl = False
    #: (text layouts, laid-out lines) from the wrap, kept until the drawing that follows it
    _laid: list | None = None

    def __init__(self, card: Card, lane_kind: LaneKind, author: Participant | None,
                 flags: QGraphicsItem.GraphicsItemFlag = _SELECTABLE,
                 pos: tuple[float, float] | None = None) -> None:
        # Made 5,000 times when a large workshop opens: nothing here that can be shared or
        # done later (the wrapped text waits for the first paint, the tooltip for the mouse:
        # see BoardScene.helpEvent), the Qt enums are looked up once, at import, and every
        # call or attribute set on the Qt object counts (each costs about a microsecond):
        # the stacking order is the default z (0; the board's other items sit above), the
        # wrapped lines and their direction are class defaults until the first paint.
        super().__init__()
        _Paint.load()
        self.setFlags(flags)
        # no Qt item cache (the default): the card keeps its own picture (_Pictures)
        self.card = card
        self.lane_kind = lane_kind
        self.author = author
        if pos is not None:
            self.setPos(*pos)

    def toolTip(self) -> str:
        """The whole text, made when the mouse rests on the post-it (BoardScene.helpEvent)
        rather than for each of thousands of post-its when a workshop opens."""
        return tooltip_html(self.card.text)

    # -- data ---------------------------------------------------------------------------------

    @property
    def card_id(self) -> int:
        return self.card.id

    def set_card(self, card: Card, lane_kind: LaneKind, author: Participant | None) -> None:
        """Take the new value; forget the wrapped text only if text or tags changed."""
        old = self.card
        if (card.text, card.tags) != (old.text, old.tags):
            self._lines = self._laid = None
        self.card, self.lane_kind, self.author = card, lane_kind, author
        self.update()

    def restyle(self) -> None:
        """The display profile changed: new size, text wrapped again."""
        self.prepareGeometryChange()
        self._lines = self._laid = None
        self._pic_key = None
        self.update()

    @property
    def linkable(self) -> bool:
        return self.lane_kind.is_experience and self.card.kind != CardKind.NOTE

    def handle_rect(self) -> QRectF:
        """The round handle on the right edge you drag to link this card (shown when selected)."""
        return QRectF(CARD_W - HANDLE_R, style.D.card_h / 2 - HANDLE_R, 2 * HANDLE_R, 2 * HANDLE_R)

    # -- QGraphicsItem ------------------------------------------------------------------------

    def boundingRect(self) -> QRectF:
        return _Paint.bounds  # asked for each post-it when the scene indexes them: one rect

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(QRectF(0, 0, CARD_W, style.D.card_h))
        if self.isSelected() and self.linkable:
            path.addEllipse(self.handle_rect())
        return path

    def _text_lines(self) -> list[str]:
        if self._lines is None:
            room = style.D.card_h - TEXT_TOP - (_badge_h() + 11 if self.card.tags else 8)
            max_lines = max(1, int(room // _Paint.text_metrics.lineSpacing()))
            self._laid = []
            self._lines = wrap_lines(self.card.text, _Paint.text_font, CARD_W - 2 * TEXT_SIDE,
                                     max_lines, self._laid)
            self._rtl = is_rtl(self.card.text)
        return self._lines

    #: the picture of the whole post-it and what it was made from (see _Pictures)
    _pic: QPixmap | None = None
    _pic_key: tuple | None = None

    def paint(self, painter: QPainter, option, widget=None) -> None:
        t = painter.worldTransform()
        lod = option.levelOfDetailFromTransform(t)
        if lod < _OVERVIEW_LOD:
            # a block a few pixels wide: antialiasing would only blur it, and costs
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.fillRect(QRectF(0, 0, CARD_W, style.D.card_h), _Paint.flat[self.card.kind])
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if widget is None or t.type().value > _SCALED:  # a picture export, or rotated
            self._draw(painter, selected, lod)
        else:
            _Pictures.paint(self, painter, t, selected, lod)

    def _draw(self, painter: QPainter, selected: bool, lod: float) -> None:
        kind = self.card.kind
        _sprite(painter, ("body", kind, selected, style.D.card_h), _Paint.body,
                lambda p: _draw_body(p, kind, selected))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, lod > 0.5)
        self._paint_mark(painter, kind)
        if lod < 0.5:
            return
        self._paint_author(painter)
        if self.from_room:
            self._paint_phone(painter)
        painter.setFont(_Paint.text_font)
        painter.setPen(_Paint.text_pen)
        spacing = _Paint.text_metrics.lineSpacing()
        ascent = _Paint.text_metrics.ascent()
        lines = self._text_lines()
        # the first drawing after a wrap draws the lines it laid out (their shaping done),
        # then lets them go: thousands of post-its' layouts would weigh megabytes
        held, self._laid = self._laid, None  # the layouts must outlive their lines' drawing
        laid = None if held is None else held[1]
        width = CARD_W - 2 * TEXT_SIDE
        for i, line in enumerate(lines):
            y = TEXT_TOP + i * spacing
            if self._rtl:
                painter.drawText(QRectF(TEXT_SIDE, y, width, spacing),
                                 int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                                 line)
            elif laid is not None and laid[i] is not None:
                # the same glyphs at the same baseline as drawText of its text
                laid[i].draw(painter, QPointF(TEXT_SIDE, y + ascent - laid[i].ascent()
                                              - laid[i].y()))
            else:
                painter.drawText(QPointF(TEXT_SIDE, y + ascent), line)
        if self.card.tags:
            self._paint_tags(painter)
        if selected and self.linkable:
            painter.setPen(_Paint.selected)
            painter.setBrush(QBrush(QColor("#ffffff")))
            painter.drawEllipse(self.handle_rect())
            painter.setBrush(QBrush(QColor(style.SELECTION_COLOUR)))
            painter.drawEllipse(self.handle_rect().adjusted(4, 4, -4, -4))

    def _paint_mark(self, painter: QPainter, kind: CardKind) -> None:
        """The shape that says the kind without colour: a warning triangle, a star, nothing."""
        if kind != CardKind.NOTE:
            _sprite(painter, ("mark", kind), _MARK_AREA, lambda p: _draw_mark(p, kind))

    def _paint_phone(self, painter: QPainter) -> None:
        """A small phone outline left of the author's chip: this post-it came from the room."""
        x = CARD_W - (50 if self.author is not None else 22)
        painter.setPen(_Paint.phone_pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(x, 8, 10, 16), 2.5, 2.5)
        painter.drawLine(QPointF(x + 3.5, 21), QPointF(x + 6.5, 21))

    def _paint_author(self, painter: QPainter) -> None:
        if self.author is None:
            return
        colour, initials = self.author.colour, self.author.initials
        _sprite(painter, ("chip", colour, initials), _CHIP_AREA,
                lambda p: _draw_chip(p, colour, initials))

    def _paint_tags(self, painter: QPainter) -> None:
        h = _badge_h()
        x, y = TEXT_SIDE - 2, style.D.card_h - h - 6
        for n, tag in enumerate(self.card.tags):
            label = style.tag_badge(tag)
            w = _Paint.small_metrics.horizontalAdvance(label) + 10
            rest = len(self.card.tags) - n
            if x + w > CARD_W - 8 - (24 if rest > 1 else 0):
                label, w = f"+{rest}", 24
            badge = QRectF(x, y, w, h)
            _sprite(painter, ("tag", label, w, h), badge.adjusted(-1, -1, 1, 1),
                    lambda p, badge=badge, label=label: _draw_badge(p, badge, label))
            if label.startswith("+"):
                break
            x += w + 4


def picture_ahead(item: CardItem, t: QTransform, dpr: float) -> bool:
    """Make ``item``'s picture for a view that would paint it through ``t`` (item to
    viewport), if it has none for it yet: the view draws post-its next to what it shows
    while nothing happens (``view.py``), so that a pan copies them instead of drawing
    them. True if a picture was made."""
    return _Pictures.ahead(item, t, dpr)


class _Pictures:
    """A picture of each post-it in view, made at the view's scale the first time it is
    painted and copied on every later paint until the post-it, its selection or the zoom
    changes (the key holds the Card, author and marks it was made from, so nothing needs to
    be told). The most recently made pictures are kept up to ``limit`` bytes (a few
    screens at zoom 1), the oldest are dropped first.

    Not Qt's item cache (DeviceCoordinateCache): for a post-it across the viewport's edge it
    kept only the visible part, made anew and drawn again in Python on every pan that showed
    a little more of it (a dozen per pan at 5,000 post-its, issue 11)."""

    limit = 24 * 1024 * 1024
    used = 0
    held: ClassVar[OrderedDict[CardItem, int]] = OrderedDict()
    hints = QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing

    @classmethod
    def paint(cls, item: CardItem, painter: QPainter, t: QTransform, selected: bool,
              lod: float) -> None:
        place = _place(painter, t, _Paint.bounds)
        pixmap = cls._made(item, place, selected, lod)
        _blit(painter, t, place, pixmap)

    @classmethod
    def ahead(cls, item: CardItem, t: QTransform, dpr: float) -> bool:
        """Make the picture ``item`` will need when a view painting it through ``t`` (item
        to viewport, a scale and a move) uncovers it; True if it had to be made."""
        lod = min(t.m11(), t.m22())
        if lod < _OVERVIEW_LOD:
            return False
        place = _place_at(dpr, t, _Paint.bounds)
        before = item._pic
        return cls._made(item, place, item.isSelected(), lod) is not before

    @classmethod
    def _made(cls, item: CardItem, place: tuple, selected: bool, lod: float) -> QPixmap:
        """The item's picture for ``place``, made now if it has none or an outdated one."""
        key = (item.card, item.author, item.from_room, item.lane_kind, selected,
               round(place[1], 5), round(place[2], 5), place[5], place[6])
        pixmap = item._pic
        if pixmap is None or item._pic_key != key:
            pixmap = _picture(_Paint.bounds, place, cls.hints,
                              lambda p: item._draw(p, selected, lod))
            cls._keep(item, pixmap, key)
        return pixmap

    @classmethod
    def _keep(cls, item: CardItem, pixmap: QPixmap, key: tuple) -> None:
        size = pixmap.width() * pixmap.height() * 4
        cls.used += size - cls.held.pop(item, 0)
        cls.held[item] = size
        item._pic, item._pic_key = pixmap, key
        while cls.used > cls.limit and len(cls.held) > 1:
            old, old_size = cls.held.popitem(last=False)
            old._pic = old._pic_key = None
            cls.used -= old_size


_MARK_AREA = QRectF(4, 4, 26, 24)
_CHIP_AREA = QRectF(CARD_W - 32, 4, 28, 24)


def _draw_body(painter: QPainter, kind: CardKind, selected: bool) -> None:
    """The post-it's rounded, edged sheet: the same for every post-it of a kind, so drawn
    once per look and scale and copied (an antialiased outline was a sixth of drawing a
    post-it newly uncovered by a pan, issue 11)."""
    painter.setPen(_Paint.selected if selected else _Paint.edge[kind])
    painter.setBrush(_Paint.fill[kind])
    painter.drawRoundedRect(QRectF(0, 0, CARD_W, style.D.card_h), 7, 7)


def _draw_mark(painter: QPainter, kind: CardKind) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(_Paint.accent[kind])
    if kind == CardKind.IRRITANT:
        painter.drawPolygon(_Paint.triangle)
        painter.setPen(_Paint.white_pen)
        painter.setFont(_Paint.mark_font)
        painter.drawText(QRectF(6.5, 8.5, 21, 16), int(Qt.AlignmentFlag.AlignCenter), "!")
    else:
        painter.drawPolygon(_Paint.star)


def _draw_chip(painter: QPainter, colour_name: str, initials: str) -> None:
    """The author's initials on a round chip of their colour."""
    colour = QColor(colour_name)
    chip = QRectF(CARD_W - 31, 5, 26, 22)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(chip, 11, 11)
    painter.setPen(_Paint.text_pen if colour.lightnessF() > 0.62 else _Paint.white_pen)
    painter.setFont(_Paint.chip_font)
    painter.drawText(chip, int(Qt.AlignmentFlag.AlignCenter), initials)


def _draw_badge(painter: QPainter, badge: QRectF, label: str) -> None:
    painter.setFont(_Paint.small_font)
    painter.setPen(_Paint.badge_pen)
    painter.setBrush(_Paint.badge_brush)
    painter.drawRoundedRect(badge, 7, 7)
    painter.setPen(_Paint.text_pen)
    painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), label)
