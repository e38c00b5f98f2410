"""Each post-it keeps a picture of its whole self at the view's zoom (issue 11): a pan that
uncovers a little more of a post-it copies it instead of drawing it again in Python, an
edit or a selection draws it anew, and the pictures look like the post-it drawn in place."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from symetrie_desktop.commands import board as edits
from symetrie_desktop.ui.board import card_item
from symetrie_desktop.ui.board.card_item import CardItem


def _settle(view, x: int, y: int) -> None:
    view.horizontalScrollBar().setValue(x)
    view.verticalScrollBar().setValue(y)
    QApplication.processEvents()
    view.viewport().repaint()


def test_a_pan_back_and_forth_draws_no_post_it_twice(ui, window, view, monkeypatch):
    view.set_zoom(1.0)
    h, v = view.horizontalScrollBar(), view.verticalScrollBar()
    _settle(view, h.maximum() // 3 + 7, v.maximum() // 3 + 11)
    drawn = ui.count_draws(monkeypatch)
    for dx, dy in ((40, 25), (-40, -25), (300, 200), (-300, -200)):
        h.setValue(h.value() + dx)
        v.setValue(v.value() + dy)
        QApplication.processEvents()
    # only post-its never shown before were drawn, each once; the way back copied pictures
    assert len(drawn) == len(set(drawn))
    before = len(drawn)
    view.viewport().repaint()
    assert len(drawn) == before


def test_an_edit_or_a_selection_draws_the_post_it_again(ui, window, view, monkeypatch):
    view.set_zoom(1.0)
    card = sorted(window.model.workshop.cards)[0]
    point = ui.card_point(view, card)
    view.viewport().repaint()
    drawn = ui.count_draws(monkeypatch)
    view.viewport().repaint()
    assert card not in drawn
    assert window.model.try_push(edits.update_card, card, text="Nouveau texte") is not None
    assert ui.on_disk(window).cards[card].text == "Nouveau texte"
    view.viewport().repaint()
    assert drawn.count(card) == 1
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    view.viewport().repaint()
    assert drawn.count(card) == 2 and view.selected_card_ids() == [card]


def _differing(a: QImage, b: QImage) -> float:
    """The share of pixels whose colours differ clearly (more than 60 in a channel)."""
    count = 0
    for y in range(a.height()):
        for x in range(a.width()):
            pa, pb = a.pixelColor(x, y), b.pixelColor(x, y)
            if max(abs(pa.red() - pb.red()), abs(pa.green() - pb.green()),
                   abs(pa.blue() - pb.blue())) > 60:
                count += 1
    return count / (a.width() * a.height())


def test_the_picture_looks_like_the_post_it_drawn_in_place(ui, window, view):
    workshop = window.model.workshop
    card = next(c for c in workshop.cards.values() if c.tags and c.author_id)
    item = CardItem(card, workshop.lanes[card.lane_id].kind,
                    workshop.participants[card.author_id])
    widget = QWidget()
    for scale in (1.0, 0.6):
        direct = ui.draw_card(item, scale, None)  # no widget: drawn in place (picture export)
        copied = ui.draw_card(item, scale, widget)
        assert item._pic is not None
        assert direct != ui.draw_card(item, 0.4, None)  # the comparison can see a difference
        assert _differing(direct, copied) < 0.01


def test_the_pictures_kept_are_bounded(window, view, monkeypatch):
    monkeypatch.setattr(card_item._Pictures, "limit", 1024 * 1024)
    view.set_zoom(1.0)
    h, v = view.horizontalScrollBar(), view.verticalScrollBar()
    for n in range(6):
        _settle(view, h.maximum() * n // 5, v.maximum() * (5 - n) // 5)
    assert card_item._Pictures.used <= 1024 * 1024
    held = [item for item in view.board.cards.values() if item._pic is not None]
    assert 0 < len(held) == len(card_item._Pictures.held)
