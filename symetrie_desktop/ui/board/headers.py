"""The board's frame: phase bands, step and lane headers, the "+" buttons and link curves.

Each is a small self-painting item; the view decides what a click or a drag on
them means (rename, reorder, add), these only know how to look.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from ...domain.model import Lane, LaneKind, Link, Phase, Step
from . import style
from .style import CARD_W, COLUMN_W, LANE_HEADER_W, PHASE_H, STEP_HEADER_H


def _font(pixels: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


class _Header(QGraphicsItem):
    """A rounded label box of a fixed size."""

    def __init__(self, width: float, height: float) -> None:
        super().__init__()
        self._w, self._h = width, height
        self.setZValue(3)
        self.highlight = False

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self._w, self._h)

    def _box(self, painter: QPainter, fill: str, edge: str = style.GRID_COLOUR) -> QRectF:
        # opaque all over: a pinned header must hide the post-its sliding under it
        painter.fillRect(self.boundingRect(), QColor("#ffffff"))
        rect = QRectF(2, 2, self._w - 4, self._h - 4)
        painter.setPen(QPen(QColor(style.SELECTION_COLOUR if self.highlight else edge),
                            2.5 if self.highlight else 1))
        painter.setBrush(QBrush(QColor(fill)))
        painter.drawRoundedRect(rect, 6, 6)
        return rect


#: The height a lane's name and note take at most (LaneHeaderItem.paint), with a margin.
_LANE_TEXT_H = 150.0
_METRICS: dict[int, QFontMetricsF] = {}


def _metrics(pixels: int) -> QFontMetricsF:
    """The bold font's metrics at this size, made once."""
    if pixels not in _METRICS:
        _METRICS[pixels] = QFontMetricsF(_font(pixels, bold=True))
    return _METRICS[pixels]


class StepHeaderItem(_Header):
    def __init__(self, step: Step, number: int) -> None:
        super().__init__(COLUMN_W, STEP_HEADER_H)
        self.step, self.number = step, number
        self.current = False
        self.setToolTip(step.name)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        rect = self._box(painter, style.CURRENT_STEP_FILL if self.current else style.HEADER_FILL)
        painter.setPen(QColor(style.HEADER_TEXT))
        painter.setFont(_font(style.D.header_px, bold=True))
        text_rect = rect.adjusted(8, 3, -8, -3)
        flags = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        name = f"{self.number}. {self.step.name}"
        metrics = painter.fontMetrics()
        if metrics.boundingRect(text_rect.toRect(), flags, name).height() > text_rect.height():
            name = metrics.elidedText(name, Qt.TextElideMode.ElideRight, text_rect.width() * 1.9)
        painter.drawText(text_rect, flags, name)


class LaneHeaderItem(_Header):
    def __init__(self, lane: Lane, height: float) -> None:
        super().__init__(LANE_HEADER_W, height)
        self.lane = lane
        self.setToolTip(lane.name)
        #: how far down the name is drawn, so it stays in sight in a tall row scrolled halfway
        self.text_top = 0.0

    def follow(self, visible_top: float) -> None:
        top = max(0.0, min(visible_top - self.y(), self._h - 90))
        if top != self.text_top:
            # repaint where the name was and where it goes, not the whole lane: a lane of a
            # large board is thousands of pixels tall, and this runs on every scroll
            old, self.text_top = self.text_top, top
            self.update(QRectF(4, min(old, top) + 4, self._w - 8, abs(top - old) + _LANE_TEXT_H))

    def paint(self, painter: QPainter, option, widget=None) -> None:
        fill = style.LANE_FILLS.get(self.lane.kind, style.HEADER_FILL)
        rect = self._box(painter, fill)
        top = rect.adjusted(10, 8 + self.text_top, -10, 0)
        top.setHeight(min(rect.height() - 16, 64))
        painter.setPen(QColor(style.HEADER_TEXT))
        painter.setFont(_font(style.D.header_px, bold=True))
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        used = painter.fontMetrics().boundingRect(top.toRect(), flags, self.lane.name)
        painter.drawText(top, flags, self.lane.name)
        top.setBottom(min(top.bottom(), top.top() + used.height()))
        if self.lane.kind.is_experience:
            painter.setFont(_font(style.D.note_px))
            painter.setPen(QColor("#607d8b"))
            note = (style.tr("ce que vit le client") if self.lane.kind == LaneKind.CUSTOMER
                    else style.tr("ce que vivent les équipes"))
            # wrapped, not clipped: the English subtitle is longer than the lane is wide
            flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
            box = QRectF(rect.left() + 10, top.bottom() + 2, rect.width() - 20, 60)
            box.setHeight(painter.fontMetrics().boundingRect(box.toRect(), flags, note).height())
            painter.drawText(box, flags, note)


class PhaseBandItem(_Header):
    """The band above the steps of one phase (avant / pendant / après)."""

    def __init__(self, phase: Phase, steps: int) -> None:
        super().__init__(COLUMN_W * steps, PHASE_H)
        self.phase = phase
        self.label_span = (0.0, self._w)  # the part in view, where the label is centred

    def follow(self, left: float, right: float) -> None:
        span = (max(0.0, left - self.x()), min(self._w, right - self.x()))
        if span[1] - span[0] < 120:
            span = (0.0, self._w)
        if span != self.label_span:
            # repaint the label where it was and where it goes, not the whole band
            old, self.label_span = self.label_span, span
            half = _metrics(style.D.phase_px).horizontalAdvance(
                style.phase_label(self.phase).upper()) / 2 + 6
            for start, end in (old, span):
                centre = (start + end) / 2
                self.update(QRectF(max(4.0, centre - half), 4, 2 * half, self._h - 8))

    def paint(self, painter: QPainter, option, widget=None) -> None:
        rect = self._box(painter, style.PHASE_FILLS[self.phase], style.PHASE_FILLS[self.phase])
        painter.setPen(QColor(style.HEADER_TEXT))
        painter.setFont(_font(style.D.phase_px, bold=True))
        start, end = self.label_span
        painter.drawText(QRectF(start, rect.top(), end - start, rect.height()),
                         int(Qt.AlignmentFlag.AlignCenter), style.phase_label(self.phase).upper())


class AddItem(_Header):
    """A "+" button at the end of the steps (``role='step'``) or of the lanes (``'lane'``)."""

    def __init__(self, role: str, width: float, height: float) -> None:
        super().__init__(width, height)
        self.role = role
        self.setToolTip(style.tr("Ajouter une étape") if role == "step"
                        else style.tr("Ajouter un couloir"))
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        rect = self._box(painter, "#ffffff")
        painter.setPen(QColor("#78909c"))
        painter.setFont(_font(22, bold=True))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), "+")


class CornerItem(QGraphicsItem):
    """Hides the cards sliding under the top-left corner where sticky headers meet."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(4)
        self.setVisible(False)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, LANE_HEADER_W, PHASE_H + STEP_HEADER_H)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.fillRect(self.boundingRect(), QColor("#ffffff"))


#: Tracks for the links of one step, in the margin between two columns (two cell paddings,
#: 28 px): six lines 4.5 px apart, enough for the pairs a step holds in practice.
LINK_TRACKS = 6
LINK_TRACK_GAP = 4.5
_THIN_LINK = QPen(QColor(style.LINK_COLOUR), 0)  # cosmetic: one device pixel at any zoom
_LINK_FLAGS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents


def _over_white(colour: QColor, alpha: int) -> QColor:
    """The opaque colour ``colour`` at ``alpha`` shows over white."""
    a = alpha / 255
    return QColor(*(round(c * a + 255 * (1 - a)) for c in colour.getRgb()[:3]))


class LinkItem(QGraphicsItem):
    """A link between a customer card and an employee card: a short connector from each
    card into the right margin of their step, joined by a vertical line on the link's own
    track there.

    The item gives the link its place in the scene (what the mouse finds, its tooltip, the
    region repainted when it moves) but paints nothing itself: the scene draws every link
    in view in one pass (:func:`paint_links`, from ``drawForeground``). Painted one by one,
    the links as tall as the lanes were repainted for every strip a pan exposed, about 90
    Python paints per pan at 5,000 post-its (issue 11 profile).

    It holds no ``QPainterPath`` either: building and stroking 800 paths (``setPath`` and
    its stroked bounds) was a quarter of opening a 5,000-post-it board once the post-its
    were cheap (issue 11 profile). Its bounds are a plain rectangle; the path and its
    stroked outline, which only a hit test on the link needs, are made when asked for.
    """

    #: until the link is routed: no place, no track (class defaults, nothing made per link)
    slot = -1
    _ends: tuple | None = None
    _bounds = QRectF()
    #: left, right, top, bottom in the scene, for a cheap "is it in view" test
    extent = (0.0, 0.0, 0.0, 0.0)
    highlighted = False
    _geometry: tuple[float, float, float, float] | None = None  # x, y1, y2, track
    _drawn: tuple | None = None  # the lines and squares made from it, when first drawn
    #: the track's x and its two ends' y, as numbers: each pan cuts a few hundred tracks
    #: to the bands it repaints, and a QLineF's getters cost more than the cut
    _track_ends = (0.0, 0.0, 0.0)

    def __init__(self, link: Link, ends: tuple | None = None) -> None:
        # made 800 times when a large workshop opens: the lines and squares the scene
        # draws are made from four numbers when the link is first drawn (_shapes); with
        # ``ends`` (see set_route) it is routed before it joins a scene, which has nothing
        # to repaint or re-index yet
        super().__init__()
        self.link = link
        self.setFlags(_LINK_FLAGS)
        self.setZValue(2)
        if ends is not None:
            self._route(ends)

    def _shapes(self) -> tuple:
        """(vertical line, track, connectors, end squares), made once per route."""
        if self._drawn is None:
            if self._geometry is None:
                self._drawn = (QLineF(), QLineF(), [], [])
            else:
                x, y1, y2, track = self._geometry
                self._drawn = (
                    QLineF(track, y1, track, y2), QLineF(track, y1 + 4, track, y2 - 4),
                    [QLineF(x - 3, y1, track, y1 + 4), QLineF(track, y2 - 4, x - 3, y2)],
                    [QRectF(x - 5.5, y1 - 2.5, 5, 5), QRectF(x - 5.5, y2 - 2.5, 5, 5)])
        return self._drawn

    @property
    def _line(self) -> QLineF:
        return self._shapes()[0]

    @property
    def _track(self) -> QLineF:
        return self._shapes()[1]

    @property
    def _connectors(self) -> list[QLineF]:
        return self._shapes()[2]

    @property
    def _squares(self) -> list[QRectF]:
        return self._shapes()[3]

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option, widget=None) -> None:
        """Nothing: the scene draws the links (``paint_links``)."""

    def toolTip(self) -> str:
        """Made when the mouse rests on the link (``BoardScene.helpEvent``), not stored in
        each of hundreds of links when a workshop opens."""
        return style.tr("Post-it liés (clic droit sur un post-it pour délier)")

    def path(self) -> QPainterPath:
        """The link as drawn: connector, track, connector, and the two end squares."""
        path = QPainterPath()
        if self._ends is None:
            return path
        first, last = self._connectors
        path.moveTo(first.p1())
        path.lineTo(first.p2())
        path.lineTo(last.p1())
        path.lineTo(last.p2())
        for square in self._squares:
            path.addRect(square)
        return path

    def shape(self) -> QPainterPath:
        """The path stroked with its pen, as ``QGraphicsPathItem`` would: what a hit test
        on the link finds (made on demand: only an item under the pointer is asked)."""
        path = self.path()
        pen = _PENS[self.highlighted][0]
        stroker = QPainterPathStroker()
        stroker.setCapStyle(pen.capStyle())
        stroker.setJoinStyle(pen.joinStyle())
        stroker.setMiterLimit(pen.miterLimit())
        stroker.setWidth(pen.widthF())
        shape = stroker.createStroke(path)
        shape.addPath(path)
        return shape

    def set_highlighted(self, on: bool) -> None:
        """Drawn bold in the selection colour while one of its post-its is selected."""
        if on == self.highlighted:
            return
        self.highlighted = on
        self.setZValue(2.5 if on else 2)
        self._repaint(self._bounds)

    def _repaint(self, rect: QRectF) -> None:
        # an item with no contents is never repainted by Qt itself: the scene's foreground,
        # where the links are drawn, is told which part to draw again
        scene = self.scene()
        if scene is not None and not rect.isEmpty():
            scene.update(rect)

    def place(self, customer: tuple[float, float], employee: tuple[float, float],
              slot: int = 0) -> None:
        """Straight segments, not curves: a long curve is costly to stroke on every repaint.
        ``slot`` is the link's rank in its step: each gets its own track in the margin
        between two columns (both cells' padding), so pairs never share a line. Nothing is
        done when both ends and the track stay where they were (no repaint)."""
        ends = (customer, employee, style.D.card_h, slot)
        if ends != self._ends:
            self.set_route(ends)

    def set_route(self, ends: tuple) -> None:
        """Route the link anew (called only when its ends or its track changed)."""
        old = self._bounds
        self.prepareGeometryChange()
        self._route(ends)
        if self.scene() is not None:
            self._repaint(old.united(self._bounds) if not old.isEmpty() else self._bounds)

    def _route(self, ends: tuple) -> None:
        """The geometry of the route from ``(customer, employee, card_h, slot)``."""
        customer, employee, card_h, slot = ends
        self._ends = ends
        self.slot = slot
        x = customer[0] + CARD_W
        y1 = customer[1] + card_h / 2
        y2 = employee[1] + card_h / 2
        track = x + 4 + (slot % LINK_TRACKS) * LINK_TRACK_GAP
        self._geometry = (x, y1, y2, track)
        self._track_ends = (track, y1 + 4, y2 - 4)
        self._drawn = None
        _ROUTES[0] += 1
        self.extent = left, right, top, bottom = (x - 8, track + 3, min(y1, y2) - 5,
                                                  max(y1, y2) + 5)
        # the path and the bold pen's half width (1.6) fit within the extent
        self._bounds = QRectF(left, top, right - left, bottom - top)

    def ends_at(self, customer, employee) -> bool:
        """Whether the link is routed from these two post-it positions (at today's size)."""
        return self._ends is not None and self._ends[:3] == (customer, employee, style.D.card_h)

    def track_x(self) -> float:
        """Where the link's vertical line runs (scene x)."""
        return self._geometry[3] if self._geometry is not None else 0.0


def _link_pens(on: bool) -> tuple[QPen, QPen]:
    """The connectors' pen and the track's pen, plain or highlighted."""
    colour = QColor(style.SELECTION_COLOUR if on else style.LINK_COLOUR)
    if not on:  # the old translucent look, made opaque over the white board: no blending
        colour = _over_white(colour, 190)
    ends = QPen(colour, 3.2 if on else 1.8)
    ends.setCapStyle(Qt.PenCapStyle.RoundCap)
    track = QPen(colour, 3 if on else 2)
    track.setCapStyle(Qt.PenCapStyle.FlatCap)
    return ends, track


_PENS = {False: _link_pens(False), True: _link_pens(True)}


#: bumped whenever a link is routed anew (a new link is routed before it is drawn): the
#: tiles of :func:`_links_near` are made again when it or the number of links changed
_ROUTES = [0]
_TILE_W, _TILE_H = 512, 2048
_TILES: dict[int, tuple[tuple[int, int], dict[tuple[int, int], list]]] = {}


def _links_near(links: dict, area: QRectF) -> list:
    """The link items of ``links`` whose tiles of the board meet ``area``, each once, in
    the order of ``links``. A pan repaints two thin bands, each of which had to look at
    every link (800 at 5,000 post-its, a tenth of a small pan, issue 11 profile); the
    tiles are made once per change of the links."""
    key = (_ROUTES[0], len(links))
    known = _TILES.get(id(links))
    if known is None or known[0] != key:
        tiles: dict[tuple[int, int], list] = {}
        for n, item in enumerate(links.values()):
            left, right, top, bottom = item.extent
            for i in range(int(left // _TILE_W), int(right // _TILE_W) + 1):
                for j in range(int(top // _TILE_H), int(bottom // _TILE_H) + 1):
                    tiles.setdefault((i, j), []).append((n, item))
        if len(_TILES) > 4:  # one board view, one audience window, a picture: a few
            _TILES.clear()
        known = _TILES[id(links)] = (key, tiles)
    tiles = known[1]
    found: dict[int, object] = {}
    for i in range(int(area.left() // _TILE_W), int(area.right() // _TILE_W) + 1):
        for j in range(int(area.top() // _TILE_H), int(area.bottom() // _TILE_H) + 1):
            found.update(tiles.get((i, j), ()))
    return [found[n] for n in sorted(found)]


def _track_order(item) -> tuple:
    return item._track_ends


def paint_links(painter: QPainter, links: dict, area: QRectF) -> None:
    """Every link of ``links`` (the scene's items by link) that crosses ``area``, in a few
    batched calls: the tracks opaque and without antialiasing (a few pixels per row in
    view), the short connectors and end squares antialiased; highlighted links last, on
    top."""
    left, right, top, bottom = area.left(), area.right(), area.top(), area.bottom()
    shown = [item for item in _links_near(links, area)
             if item.extent[0] <= right and item.extent[1] >= left
             and item.extent[2] <= bottom and item.extent[3] >= top]
    if not shown:
        return
    # one order whatever the area (the tiles give them in another): overlapping ends blend
    # alike in a pan's bands, a full repaint and a picture drawn band by band
    shown.sort(key=_track_order)
    lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if lod < 0.28:
        # zoomed out: one thin opaque stroke each
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(_THIN_LINK)
        painter.drawLines([item._line for item in shown])
        return
    for on in (False, True):
        group = [item for item in shown if item.highlighted == on]
        if not group:
            continue
        ends, track = _PENS[on]
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(track)
        # cut to the area first: a track can be thousands of pixels long, and Qt strokes
        # the whole line before clipping it
        low, high = top - 4, bottom + 4
        painter.drawLines([QLineF(x, a if a > low else low, x, b if b < high else high)
                           for x, a, b in (item._track_ends for item in group)])
        # the ends only where they are: a pan repaints thin bands, which a link's track
        # crosses far from both its ends (antialiased strokes cost before any clipping)
        near_top, near_bottom = top - 8, bottom + 8
        group = [item for item in group if near_top <= item.extent[2] + 5 <= near_bottom
                 or near_top <= item.extent[3] - 5 <= near_bottom]
        if not group:
            continue
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(ends)
        painter.drawLines([line for item in group for line in item._connectors])
        painter.drawRects([square for item in group for square in item._squares])
