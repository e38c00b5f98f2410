"""What a pan of the board repaints, and that the screen is right afterwards (issue 11: a pan
repaints the scroll bars' handles only, the board's background where it is uncovered, and
the links of the uncovered bands found by their tiles; a post-it newly uncovered is drawn
from the shaping its wrap did and from a shared picture of its sheet)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from symetrie_desktop.commands import board as edits
from symetrie_desktop.exchange.demo import generated_workshop
from symetrie_desktop.exchange.workshop_json import from_exchange
from symetrie_desktop.store import write_new
from symetrie_desktop.ui.board import headers
from symetrie_desktop.ui.board.card_item import CardItem


@pytest.fixture
def large(qtbot, tmp_path: Path):
    """A main window on a board of 1,500 post-its: many screens high at zoom 1, so that
    the scroll bars' handles are small and a pan moves them by a few pixels."""
    from symetrie_desktop.ui.main_window import MainWindow

    path = tmp_path / "grand.symetrie"
    write_new(path, from_exchange(generated_workshop(steps=12, cards=1500, seed=11)))
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1600, 1000)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_file(path)
    yield win
    win.close()


def _on_screen(widget) -> QImage:
    """What the window's backing store holds where ``widget`` is: the pixels left there by
    every partial repaint so far (a grab would paint the widget anew)."""
    window = widget.window()
    shot = window.screen().grabWindow(window.winId()).toImage()
    corner = widget.mapTo(window, widget.rect().topLeft())
    return shot.copy(corner.x(), corner.y(), widget.width(), widget.height())


def _same(a: QImage, b: QImage) -> bool:
    fmt = QImage.Format.Format_RGB32
    return a.convertToFormat(fmt) == b.convertToFormat(fmt)


def _pan(view, dx: int, dy: int) -> None:
    h, v = view.horizontalScrollBar(), view.verticalScrollBar()
    h.setValue(h.value() + dx)
    v.setValue(v.value() + dy)
    QApplication.processEvents()


def test_a_pan_repaints_the_scroll_bars_where_the_handle_was_and_goes(ui, large):
    view = large.view
    view.set_zoom(1.0)
    bars = (view.horizontalScrollBar(), view.verticalScrollBar())
    for bar in bars:
        bar.setValue(bar.maximum() // 2)
    QApplication.processEvents()
    for bar in bars:
        bar.repaint()
    filters = []
    for bar in bars:
        filters.append(ui.PaintedArea())
        bar.installEventFilter(filters[-1])
    for dx, dy in ((40, 25), (-40, -25), (300, 200), (-300, -200), (-90, -160)):
        _pan(view, dx, dy)
    for bar, painted in zip(bars, filters, strict=True):
        bar.removeEventFilter(painted)
        whole = bar.width() * bar.height()
        handle = bar.handle_rect()
        assert painted.areas, "the handle moved: it is repainted"
        # at most the handle where it was and where it went, never the whole bar
        assert max(painted.areas) <= 2 * handle.width() * handle.height() < whole
        assert _same(_on_screen(bar), bar.grab().toImage())
    # at either end of its range a bar is repainted whole (the arrows change look there)
    painted = ui.PaintedArea()
    bars[0].installEventFilter(painted)
    bars[0].setValue(bars[0].maximum())
    QApplication.processEvents()
    bars[0].removeEventFilter(painted)
    assert painted.areas and max(painted.areas) == bars[0].width() * bars[0].height()
    assert _same(_on_screen(bars[0]), bars[0].grab().toImage())


def test_after_pans_the_board_on_screen_is_the_board_drawn_whole(large):
    view = large.view
    view.set_zoom(1.0)
    h, v = view.horizontalScrollBar(), view.verticalScrollBar()
    h.setValue(h.maximum() // 3 + 7)
    v.setValue(v.maximum() // 4 + 11)
    QApplication.processEvents()
    view.viewport().repaint()
    for dx, dy in ((40, 25), (-40, -25), (300, 200), (-300, -200), (-150, 90), (7, -300)):
        _pan(view, dx, dy)
    # the bands drawn one by one (background, post-its, links) join up with no seam
    assert _same(_on_screen(view.viewport()), view.viewport().grab().toImage())
    steps, lanes = view.header_strips()
    assert _same(_on_screen(steps.viewport()), steps.viewport().grab().toImage())
    assert _same(_on_screen(lanes.viewport()), lanes.viewport().grab().toImage())


def _brute(links: dict, area: QRectF) -> list:
    return [item for item in links.values()
            if item.extent[0] <= area.right() and item.extent[1] >= area.left()
            and item.extent[2] <= area.bottom() and item.extent[3] >= area.top()]


def _near(links: dict, area: QRectF) -> list:
    return [item for item in headers._links_near(links, area)
            if item.extent[0] <= area.right() and item.extent[1] >= area.left()
            and item.extent[2] <= area.bottom() and item.extent[3] >= area.top()]


def test_the_links_of_an_area_are_found_by_their_tiles_after_any_edit(ui, window, view):
    board = view.board
    assert board.links
    right, bottom = board.layout.board_right, board.layout.board_bottom
    rng = random.Random(5)

    def areas():
        for _ in range(60):
            x, y = rng.uniform(0, right), rng.uniform(0, bottom)
            yield QRectF(x, y, rng.choice((8, 40, 300, 1200)), rng.choice((8, 25, 200, 900)))

    for area in areas():
        assert _near(board.links, area) == _brute(board.links, area)
    # a linked post-it moved to another place of its cell: its link is routed anew
    w = window.model.workshop
    link = next(x for x in w.links if board.layout.cells[
        (w.cards[x.customer_card_id].lane_id, w.cards[x.customer_card_id].step_id)
    ][-1] != x.customer_card_id)
    card = w.cards[link.customer_card_id]
    before = board.links[link].extent
    assert window.model.try_push(edits.move_cards, [card.id], card.lane_id, card.step_id,
                                 len(board.layout.cells[(card.lane_id, card.step_id)]))
    moved = board.links[link].extent
    assert moved != before
    assert ui.on_disk(window).cards[card.id].position != card.position
    for area in areas():
        assert _near(board.links, area) == _brute(board.links, area)
    assert board.links[link] in _near(board.links, QRectF(moved[0], moved[2], 1, 1))
    # a link removed is found nowhere
    item = board.links[link]
    assert window.model.try_push(edits.unlink_cards, link)
    assert link not in ui.on_disk(window).links
    everything = QRectF(0, 0, right, bottom)
    found = _near(board.links, everything)
    assert item not in found
    assert len(found) == len(board.links) == len(window.model.workshop.links)


@pytest.mark.parametrize("text", [
    "Relance attente livraison facture client & <b>urgent</b> après trois appels",
    "Première ligne\nseconde ligne, plus longue que la largeur d'un post-it, qui se coupe",
    "mot " * 200,  # cut: the last line ends in '…'
    "انتظار طويل في الهاتف قبل الرد",  # right to left
])
def test_a_post_it_first_drawn_from_its_wrap_looks_as_drawn_again(ui, window, text):
    """The first drawing after a wrap draws the lines the wrap laid out (their shaping
    done once), and lets them go; every later drawing draws the lines' text: the two look
    the same, pixel for pixel, at zoom 1 and 0.6."""
    workshop = window.model.workshop
    card = next(c for c in workshop.cards.values() if c.author_id)
    assert window.model.try_push(edits.update_card, card.id, text=text)
    card = window.model.workshop.cards[card.id]
    item = CardItem(card, workshop.lanes[card.lane_id].kind,
                    workshop.participants[card.author_id])
    for scale in (1.0, 0.6):
        item._lines = None  # wrapped anew: the next drawing uses the wrap's layout
        first = ui.draw_card(item, scale, dx=10.375)
        assert item._laid is None and item._lines
        again = ui.draw_card(item, scale, dx=10.375)
        assert first == again
        assert first != ui.draw_card(item, scale * 0.9, dx=10.375)  # differences show


def test_while_the_board_stays_still_the_post_its_around_it_are_drawn_ahead(
        ui, large, qtbot, monkeypatch):
    """A pan after a pause copies the post-its it uncovers: they were drawn in the idle
    time before it, a few milliseconds per turn of the event loop."""
    view = large.view
    view.set_zoom(1.0)
    h, v = view.horizontalScrollBar(), view.verticalScrollBar()
    h.setValue(h.maximum() // 3)
    v.setValue(v.maximum() // 3)
    QApplication.processEvents()
    drawn = ui.count_draws(monkeypatch)
    qtbot.waitUntil(lambda: bool(drawn) and not view.ahead.busy(), timeout=20000)
    ahead = set(drawn)
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert any(not shown.intersects(view.board.cards[c].sceneBoundingRect()) for c in ahead)
    drawn.clear()
    for dx, dy in ((300, 200), (-300, -200), (-300, -200)):
        _pan(view, dx, dy)
    assert drawn == []  # every post-it these pans uncovered had its picture
    # and what they show is the board drawn whole
    assert _same(_on_screen(view.viewport()), view.viewport().grab().toImage())


def test_nothing_is_drawn_ahead_zoomed_out_or_while_the_board_moves(ui, large, monkeypatch):
    view = large.view
    drawn = ui.count_draws(monkeypatch)
    view.fit_board()
    QApplication.processEvents()
    view.ahead.start()  # as if the wait were over
    assert drawn == [] and not view.ahead.queue
    view.set_zoom(1.0)
    QApplication.processEvents()
    drawn.clear()
    view.ahead.start()
    assert view.ahead.queue or drawn  # something to draw around the view at zoom 1
    _pan(view, 40, 25)  # a scroll stops it: it begins anew once the board is still
    assert not view.ahead.queue and view.ahead.wait.isActive()
