"""The board as a graphics scene: one item per post-it, headers, bands and link curves.

The scene only draws the workshop it is given. After an edit, :meth:`apply` touches
the cards the change names and moves the cards of their cells; everything is
placed again only when steps or lanes changed or a row had to grow or shrink.
Used by the interactive view and, with no window at all, by the PNG export.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsView, QToolTip

from ...collector import long_lived
from ...commands import Change
from ...commands.room import CARD_KEY, room_cards
from ...domain.model import CardKind, Link, Participant, Workshop
from . import style
from .card_item import CardItem
from .headers import (
    AddItem,
    CornerItem,
    LaneHeaderItem,
    LinkItem,
    PhaseBandItem,
    StepHeaderItem,
    paint_links,
)
from .layout import BoardLayout
from .style import ADD_BUTTON, COLUMN_W, LANE_HEADER_W, PHASE_H, STEP_HEADER_H, TOP

MARGIN = 24
#: Below this zoom a post-it is a few pixels wide: the board is drawn as one block per cell.
OVERVIEW_ZOOM = 0.28
_NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
_KIND_ORDER = [CardKind.IRRITANT, CardKind.ENCHANTMENT, CardKind.NOTE]
_CARD = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
_OVERVIEW_CARD = _CARD | _NO_CONTENTS


def index_depth(items: int) -> int:
    """The depth of the scene's BSP index for this many items: Qt's own choice (about
    log2 of the count, 13 at 5,000 post-its) up to 10. Building the index at the first
    paint went over 8,192 leaves at 5,000 post-its, and a third of that time goes with
    1,024 leaves, a few post-its each, which a view's query finds as quickly."""
    return max(5, min(10, items.bit_length() - 1))


class BoardScene(QGraphicsScene):
    def __init__(self, workshop: Workshop, parent=None) -> None:
        super().__init__(parent)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.workshop = workshop
        self.layout = BoardLayout()
        self.cards: dict[int, CardItem] = {}
        self.links: dict[Link, LinkItem] = {}
        self._links_by_card: dict[int, set[Link]] = {}
        self._lit: set[Link] = set()  # links drawn bold (one of their post-its is selected)
        self.overview = False  # zoomed out: blocks per cell drawn in the background
        self.step_headers: dict[int, StepHeaderItem] = {}
        self.lane_headers: dict[int, LaneHeaderItem] = {}
        self._frame: list = []  # bands and "+" buttons
        self.current_step: int | None = None
        #: the view's top-left corner and width, for sticky headers, and whether they move
        self._pin: tuple[float, float, float, bool] = (0.0, 0.0, 1e9, True)
        self._corner = CornerItem()
        self.addItem(self._corner)
        self.rebuild(workshop)
        self.selectionChanged.connect(self._highlight_links)

    # -- building -----------------------------------------------------------------------------

    def _author(self, card) -> Participant | None:
        return self.workshop.participants.get(card.author_id) if card.author_id else None

    def _new_card(self, card, pos: tuple[float, float] | None = None) -> CardItem:
        item = CardItem(card, self.workshop.lanes[card.lane_id].kind, self._author(card),
                        _OVERVIEW_CARD if self.overview else _CARD, pos)
        self.addItem(item)
        self.cards[card.id] = item
        return item

    def set_overview(self, on: bool) -> None:
        """Zoomed out, draw one block per cell in the background instead of painting each
        post-it and link: the items stay (to click and select) but paint nothing. A whole
        5,000-post-it board then costs a few hundred rectangles, not 5,800 Python paints."""
        if on == self.overview:
            return
        self.overview = on
        for item in self.cards.values():  # links never paint themselves (drawForeground)
            item.setFlag(_NO_CONTENTS, on)
        self.invalidate(self.sceneRect(), QGraphicsScene.SceneLayer.ForegroundLayer)
        self.invalidate(self.sceneRect(), QGraphicsScene.SceneLayer.BackgroundLayer)

    def _mark_room_cards(self) -> None:
        """The discreet phone mark on the post-its that came from the room."""
        room = room_cards(self.workshop)
        for cid, item in self.cards.items():
            if item.from_room != (cid in room):
                item.from_room = cid in room
                item.update()

    def rebuild(self, workshop: Workshop) -> None:
        """Everything from scratch (opening a workshop). The layout comes first, so that
        each post-it item is made where it belongs and joins the scene once, rather than
        being placed again afterwards (5,000 more moves and reads when a workshop opens)."""
        with long_lived():  # thousands of items that last: see ...collector
            self._rebuild(workshop)

    def _rebuild(self, workshop: Workshop) -> None:
        self.workshop = workshop
        self.clearSelection()
        for item in list(self.cards.values()):
            self.removeItem(item)
        self.cards.clear()
        self.layout = BoardLayout.of(workshop)
        self.setBspTreeDepth(index_depth(len(workshop.cards) + len(workshop.links)))
        # the loop of _new_card, with what it looks up per post-it taken out of it
        pos, people, cards, add = self.layout.card_pos, workshop.participants, self.cards, \
            self.addItem
        kinds = {lane_id: lane.kind for lane_id, lane in workshop.lanes.items()}
        flags = _OVERVIEW_CARD if self.overview else _CARD
        for cid, card in workshop.cards.items():
            author = people.get(card.author_id) if card.author_id else None
            item = cards[cid] = CardItem(card, kinds[card.lane_id], author, flags, pos.get(cid))
            add(item)
        self._mark_room_cards()
        self._place_frame()
        self._sync_links()
        self._fit_scene_rect()

    def apply(self, workshop: Workshop, change: Change) -> None:
        """Bring the scene in line with ``workshop`` after ``change``, touching little: the
        items of the cells the edit touched, the rows below a row that grew or shrank, and
        the links of the post-its that moved. Steps or lanes changed: everything again."""
        self.workshop = workshop
        if change.structure:
            self.layout = BoardLayout.of(workshop)
            self._apply_cards(workshop, change)
            self._place_everything()
            return
        cells = self._apply_cards(workshop, change)
        if any(str(k).startswith(CARD_KEY) for k in change.ids("settings")):
            self._mark_room_cards()
        rows_changed, moved = self.layout.refresh(workshop, cells, change.ids("cards"))
        for key in moved:
            self.place_cards(self.layout.cells.get(key, ()))
        if rows_changed:
            self._place_frame()
            self._fit_scene_rect()
        elif "info" in change.kinds:
            self._place_frame()
        self._update_links(change, moved)
        if self.overview and moved:
            self.invalidate(self.sceneRect(), QGraphicsScene.SceneLayer.BackgroundLayer)

    def _apply_cards(self, workshop: Workshop, change: Change) -> set[tuple[int, int]]:
        """Add, remove or refresh the items of the cards the change names; return the cells
        they were in and are in now, when one came, went or changed its place: a post-it
        whose text, kind, tags or author changed leaves its cell's layout as it was (the
        cell's cards were listed and sorted again for every text edit, a fifth of the
        edit's time besides its commit in a cell of a hundred post-its)."""
        cells: set[tuple[int, int]] = set()
        for cid in change.ids("cards"):
            item = self.cards.get(cid)
            card = workshop.cards.get(cid)
            if card is None:
                if item is not None:
                    cells.add((item.card.lane_id, item.card.step_id))
                    self.removeItem(item)
                    del self.cards[cid]
                continue
            if item is None:
                cells.add((card.lane_id, card.step_id))
                self._new_card(card)
                continue
            old = item.card
            if (old.lane_id, old.step_id, old.position) != (card.lane_id, card.step_id,
                                                             card.position):
                cells.add((old.lane_id, old.step_id))
                cells.add((card.lane_id, card.step_id))
            item.set_card(card, workshop.lanes[card.lane_id].kind, self._author(card))
        if "participants" in change.kinds:
            touched = change.ids("participants")
            for item in self.cards.values():
                if item.card.author_id in touched:
                    item.set_card(item.card, item.lane_kind, self._author(item.card))
        return cells

    def restyle(self) -> None:
        """Lay everything out again for the display profile now in ``style.D``."""
        from .card_item import _Paint

        _Paint.reload()
        for item in self.cards.values():
            item.restyle()
        self.layout = BoardLayout.of(self.workshop)
        self._place_everything()
        self.update()

    def place_cards(self, ids) -> None:
        """Put cards back where the layout says (also after a drag that changed nothing);
        a card already in place is not touched, so it is not repainted either."""
        for cid in ids:
            item = self.cards.get(cid)
            pos = self.layout.card_pos.get(cid)
            if item is not None and pos is not None:
                if (item.x(), item.y()) != pos:
                    item.setPos(*pos)
                if item.zValue() != 0:  # raised while dragged
                    item.setZValue(0)

    def _place_everything(self) -> None:
        self.place_cards(self.cards)
        self._place_frame()
        self._sync_links()
        self._fit_scene_rect()

    def _fit_scene_rect(self) -> None:
        self.setSceneRect(QRectF(-MARGIN, -MARGIN, self.layout.width + 2 * MARGIN,
                                 self.layout.height + 2 * MARGIN))
        self.invalidate(self.sceneRect(), QGraphicsScene.SceneLayer.BackgroundLayer)

    def _place_frame(self) -> None:
        for item in [*self.step_headers.values(), *self.lane_headers.values(), *self._frame]:
            self.removeItem(item)
        self.step_headers.clear()
        self.lane_headers.clear()
        self._frame.clear()
        lay = self.layout
        band_start, band_phase, count = 0.0, None, 0
        for n, step in enumerate(lay.steps, 1):
            header = StepHeaderItem(step, n)
            header.current = step.id == self.current_step
            header.setPos(lay.col_x[step.id], PHASE_H)
            self.addItem(header)
            self.step_headers[step.id] = header
            if step.phase != band_phase:
                self._band(band_phase, band_start, count)
                band_phase, band_start, count = step.phase, lay.col_x[step.id], 0
            count += 1
        self._band(band_phase, band_start, count)
        for lane in lay.lanes:
            header = LaneHeaderItem(lane, lay.row_h[lane.id])
            header.setPos(0, lay.row_y[lane.id])
            self.addItem(header)
            self.lane_headers[lane.id] = header
        add_step = AddItem("step", ADD_BUTTON, STEP_HEADER_H)
        add_step.setPos(lay.board_right, PHASE_H)
        add_lane = AddItem("lane", LANE_HEADER_W, ADD_BUTTON)
        add_lane.setPos(0, lay.board_bottom)
        for item in (add_step, add_lane):
            item.setVisible(self.editable)
            self.addItem(item)
            self._frame.append(item)
        self.pin(*self._pin)

    #: False on a board the room reads (the audience window): no « + » buttons.
    editable = True

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        for item in self._frame:
            if isinstance(item, AddItem):
                item.setVisible(editable)

    def pin(self, left: float, top: float, width: float = 1e9, move: bool = True) -> None:
        """Keep the step headers at the top and the lane headers at the left of the view
        while the board scrolls, so the room always sees where a post-it belongs. With
        ``move=False`` (the board view, whose headers are in strips of their own beside its
        viewport) the headers stay put and only their labels follow the part in view."""
        self._pin = (left, top, width, move)
        dy, dx = (max(0.0, top), max(0.0, left)) if move else (0.0, 0.0)
        for item in self._frame:
            if isinstance(item, PhaseBandItem):
                item.setY(dy)
                item.follow(left + LANE_HEADER_W, left + width)
            elif isinstance(item, AddItem) and item.role == "step":
                item.setY(dy + PHASE_H)
        for header in self.step_headers.values():
            header.setY(dy + PHASE_H)
        for header in self.lane_headers.values():
            header.setX(dx)
            header.follow(top + TOP)
        self._corner.setPos(dx, dy)
        self._corner.setVisible(dx > 0 or dy > 0)

    def _band(self, phase, x: float, count: int) -> None:
        if phase is None or count == 0:
            return
        band = PhaseBandItem(phase, count)
        band.setPos(x, 0)
        self.addItem(band)
        self._frame.append(band)

    def _sync_links(self) -> None:
        """Add and remove link items to match the workshop, and route every one of them
        (a new one before it joins the scene, so that joining is its only repaint)."""
        links = self.workshop.links
        for link in [x for x in self.links if x not in links]:
            self._drop_link(link)
        slots = self._slots(None, links)
        # _add_link and _route, with what they look up per link taken out of the loop
        # (800 links when a 5,000-post-it workshop opens)
        pos, card_h, items, by_card, add = (self.layout.card_pos, style.D.card_h, self.links,
                                            self._links_by_card, self.addItem)
        for link in links:
            a, b = pos.get(link.customer_card_id), pos.get(link.employee_card_id)
            ends = None if a is None or b is None else (a, b, card_h, slots.get(link, 0))
            item = items.get(link)
            if item is None:
                item = items[link] = LinkItem(link, ends)
                add(item)
                for cid in (link.customer_card_id, link.employee_card_id):
                    by_card.setdefault(cid, set()).add(link)
            elif ends is not None and ends != item._ends:
                item.set_route(ends)

    def _slots(self, steps: set[int] | None, links=None) -> dict[Link, int]:
        """Each link of a step gets its own vertical track in the margin (ranked by the height
        of its customer, then employee post-it), so two pairs never share one line. Only the
        links of ``steps`` when given (an edit), else all of them; of the board's link items
        unless ``links`` are given."""
        pos, cards = self.layout.card_pos, self.workshop.cards
        by_step: dict[int, list[tuple[float, float, Link]]] = {}
        for link in self.links if links is None else links:
            card = cards.get(link.customer_card_id)
            if card is None or (steps is not None and card.step_id not in steps):
                continue
            a, b = pos.get(link.customer_card_id), pos.get(link.employee_card_id)
            if a is not None and b is not None:
                by_step.setdefault(card.step_id, []).append((a[1], b[1], link))
        slots: dict[Link, int] = {}
        for found in by_step.values():
            found.sort(key=lambda t: (t[0], t[1]))
            for n, (_, _, link) in enumerate(found):
                slots[link] = n
        return slots

    def _update_links(self, change: Change, moved: set[tuple[int, int]]) -> None:
        """Only the links the edit added or removed, and those of the post-its that moved."""
        links = self.workshop.links
        steps: set[int] = set()
        for link in change.ids("links"):
            card = self.workshop.cards.get(link.customer_card_id)
            if card is not None:
                steps.add(card.step_id)  # the step's other links may change track
            if link in links and link not in self.links:
                self._add_link(link)
            elif link not in links and link in self.links:
                self._drop_link(link)
        routed: set[Link] = set()
        for key in moved:
            for cid in self.layout.cells.get(key, ()):
                routed |= self._links_by_card.get(cid, set())
        pos = self.layout.card_pos
        for link in routed:
            card = self.workshop.cards.get(link.customer_card_id)
            item = self.links.get(link)
            # a post-it whose text changed stays where it was: its step's tracks need not be
            # ranked again (that ranking went over every link, most of a one-post-it edit)
            if card is not None and (item is None or not item.ends_at(
                    pos.get(link.customer_card_id), pos.get(link.employee_card_id))):
                steps.add(card.step_id)
        if steps:
            for link, slot in self._slots(steps).items():
                self._route(link, slot)  # does nothing for a link whose ends and track stay

    def _add_link(self, link: Link, slot: int | None = None) -> None:
        item = LinkItem(link)
        self.links[link] = item
        if slot is not None:
            self._route(link, slot)
        self.addItem(item)
        for cid in (link.customer_card_id, link.employee_card_id):
            self._links_by_card.setdefault(cid, set()).add(link)

    def _drop_link(self, link: Link) -> None:
        self.removeItem(self.links.pop(link))
        self._lit.discard(link)
        for cid in (link.customer_card_id, link.employee_card_id):
            self._links_by_card.get(cid, set()).discard(link)

    def _route(self, link: Link, slot: int) -> None:
        a = self.layout.card_pos.get(link.customer_card_id)
        b = self.layout.card_pos.get(link.employee_card_id)
        if a is not None and b is not None:
            self.links[link].place(a, b, slot)

    def _highlight_links(self) -> None:
        """Bold the links of the selected post-its; only those whose state changes are told."""
        lit: set[Link] = set()
        for item in self.selectedItems():
            if isinstance(item, CardItem):
                lit |= self._links_by_card.get(item.card_id, set())
        lit &= self.links.keys()
        for link in self._lit - lit:
            self.links[link].set_highlighted(False)
        for link in lit - self._lit:
            self.links[link].set_highlighted(True)
        self._lit = lit

    # -- current step -------------------------------------------------------------------------

    def set_current_step(self, step_id: int | None) -> None:
        if step_id == self.current_step:
            return
        self.current_step = step_id
        for sid, header in self.step_headers.items():
            header.current = sid == step_id
            header.update()
        self.invalidate(self.sceneRect(), QGraphicsScene.SceneLayer.BackgroundLayer)

    def helpEvent(self, event) -> None:
        """A post-it's or a link's tooltip is made when the mouse rests on it (their
        ``toolTip``), not stored in each of thousands of items; the other items keep Qt's
        own tooltips."""
        view = event.widget().parentWidget() if event.widget() is not None else None
        transform = view.transform() if isinstance(view, QGraphicsView) else QTransform()
        for item in self.items(event.scenePos(), Qt.ItemSelectionMode.IntersectsItemShape,
                               Qt.SortOrder.DescendingOrder, transform):
            if isinstance(item, CardItem | LinkItem):
                QToolTip.showText(event.screenPos(), item.toolTip(), event.widget())
                event.accept()
                return
            if item.toolTip():
                break
        super().helpEvent(event)

    # -- looking up ---------------------------------------------------------------------------

    def selected_card_ids(self) -> list[int]:
        """Selected cards in board order (step, lane, position), as a person reads them."""
        items = [i for i in self.selectedItems() if isinstance(i, CardItem)]
        items.sort(key=lambda i: (i.pos().x(), i.pos().y()))
        return [i.card_id for i in items]

    def select_cards(self, ids) -> QRectF:
        """Select exactly these cards; return the area they cover (empty if none)."""
        self.clearSelection()
        area = QRectF()
        for cid in ids:
            item = self.cards.get(cid)
            if item is not None:
                item.setSelected(True)
                area = area.united(item.sceneBoundingRect())
        return area

    # -- background ---------------------------------------------------------------------------

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        painter.fillRect(rect, QColor("#ffffff"))
        lay = self.layout
        right = lay.board_right
        for lane in lay.lanes:
            y, h = lay.row_y[lane.id], lay.row_h[lane.id]
            row = QRectF(LANE_HEADER_W, y, right - LANE_HEADER_W, h)
            if row.intersects(rect):
                painter.fillRect(row, QColor(style.LANE_FILLS.get(lane.kind, style.INFO_LANE_FILL)))
        if self.current_step in lay.col_x:
            column = QRectF(lay.col_x[self.current_step], TOP, COLUMN_W, lay.board_bottom - TOP)
            painter.fillRect(column, QColor(255, 236, 179, 110))
        painter.setPen(QPen(QColor(style.GRID_COLOUR), 1))
        for step in lay.steps:
            x = lay.col_x[step.id]
            if rect.left() - 1 <= x <= rect.right() + 1:
                painter.drawLine(QLineF(x, TOP, x, lay.board_bottom))
        if lay.steps:
            painter.drawLine(QLineF(right, TOP, right, lay.board_bottom))
        for lane in lay.lanes:
            y = lay.row_y[lane.id]
            painter.drawLine(QLineF(LANE_HEADER_W, y, right, y))
        painter.drawLine(QLineF(LANE_HEADER_W, lay.board_bottom, right, lay.board_bottom))
        if self.overview:
            self._draw_overview(painter)

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        """The links in view, in one pass (zoomed out, the overview draws them), kept out
        of the pinned headers' corner strips, which they used to pass under."""
        if self.overview or not self.links:
            return
        left, top, _, move = self._pin
        if not move:
            left = top = 0.0
        area = rect.intersected(QRectF(max(0.0, left) + LANE_HEADER_W, max(0.0, top) + TOP,
                                       1e9, 1e9))
        if area.isEmpty():
            return
        painter.save()
        painter.setClipRect(area, Qt.ClipOperation.IntersectClip)
        paint_links(painter, self.links, area)
        painter.restore()

    def _draw_overview(self, painter: QPainter) -> None:
        """Per cell, the height its post-its take, split by kind (irritants, enchantments,
        notes) in their colours; the links as thin lines, all in one call."""
        from .card_item import _Paint

        lay, cards = self.layout, self.workshop.cards
        step_h = style.D.card_h + style.CARD_GAP
        for (lane_id, step_id), ids in lay.cells.items():
            if lane_id not in lay.row_y or step_id not in lay.col_x:
                continue
            x = lay.col_x[step_id] + style.CELL_PAD
            y = lay.row_y[lane_id] + style.CELL_PAD
            counts: dict = {}
            for cid in ids:
                kind = cards[cid].kind
                counts[kind] = counts.get(kind, 0) + 1
            for kind in sorted(counts, key=_KIND_ORDER.index):
                n = counts[kind]
                painter.fillRect(QRectF(x, y, style.CARD_W, n * step_h - style.CARD_GAP),
                                 _Paint.flat[kind])
                y += n * step_h
        painter.setPen(QPen(QColor(style.LINK_COLOUR), 0))
        painter.drawLines([item._line for item in self.links.values()])
