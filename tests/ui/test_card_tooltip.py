"""A post-it's whole text shows in a tooltip when the mouse rests on it; the tooltip is made
then, not stored in each of thousands of items when a workshop opens (issue 11)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from symetrie_desktop.commands import board as edits


def rest_mouse(view, point: QPoint) -> str:
    """What a person sees after resting the mouse at ``point`` of the board's viewport."""
    QToolTip.hideText()
    viewport = view.viewport()
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, point,
                                                viewport.mapToGlobal(point)))
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_the_tooltip_of_a_post_it_is_its_whole_text_escaped_and_follows_edits(ui, window,
                                                                                view):
    card = sorted(window.model.workshop.cards)[0]
    text = "Délai < 48 h & <b>pas</b> de rappel " + " ".join(["très long"] * 60)
    assert window.model.try_push(edits.update_card, card, text=text) is not None
    assert ui.on_disk(window).cards[card].text == text
    shown = rest_mouse(view, ui.card_point(view, card))
    assert "Délai &lt; 48 h &amp; &lt;b&gt;pas&lt;/b&gt;" in shown
    assert shown.count("très long") == 60  # the whole text, not the cut lines of the card
    assert window.model.try_push(edits.update_card, card, text="Relu") is not None
    assert ">Relu<" in rest_mouse(view, ui.card_point(view, card))


def test_empty_board_space_shows_no_post_it_tooltip(window, view):
    assert rest_mouse(view, QPoint(5, view.viewport().height() - 5)) == ""
