"""Full texts of post-its too long for a table cell.

A table row cannot break inside a cell, so a 5,000-character post-it printed whole in
a cell would not fit a page. Tables print the beginning and a reference; the annex at
the end prints the whole text as many small paragraphs, which break across pages freely.
"""

from __future__ import annotations

from reportlab.platypus import Paragraph

from ..domain import limits
from ..domain.model import Card
from .facts import Facts
from .labels import Labels
from .styles import heading, styles
from .text import chunks, escape, para, printable, shorten


def summary_text(text: str) -> str:
    """At most ``limits.SUMMARY_TEXT`` characters of ``text``, cut at a word when one is near."""
    if len(text) <= limits.SUMMARY_TEXT:
        return text
    cut = text[: limits.SUMMARY_TEXT]
    space = cut.rfind(" ")
    return cut[:space] if space > limits.SUMMARY_TEXT * 0.9 else cut


class Annex:
    def __init__(self, facts: Facts, lb: Labels) -> None:
        self.facts = facts
        self.lb = lb
        self._numbers: dict[tuple[str, int], int] = {}
        self._entries: list[tuple[int, str, str]] = []  # number, title, text

    def markup(self, card: Card, limit: int) -> str:
        """Paragraph markup of a card's text, cut at ``limit`` with a reference to the annex."""
        return self.text_markup(("card", card.id), card.text, limit, self._card_title(card))

    def text_markup(self, key: tuple[str, int], text: str, limit: int, title: str) -> str:
        if len(text) <= limit:
            return para(text)
        ref = self.reference(key, text, title)
        return f"{para(text, limit)} <font color='#666666'>{escape(ref)}</font>"

    def cut(self, card: Card, limit: int) -> tuple[str, str]:
        """A card's printable text cut at ``limit``, and the annex reference ('' if whole)."""
        return self.text_cut(("card", card.id), card.text, limit, self._card_title(card))

    def text_cut(self, key: tuple[str, int], text: str, limit: int, title: str) -> tuple[str, str]:
        """Plain text (for :class:`.cardtext.CardText`) cut at ``limit``, and the annex
        reference ('' if whole); the same cut as :meth:`text_markup`."""
        shown = printable(text)
        if len(shown) <= limit:
            return shown, ""
        return shorten(shown, limit)[0], self.reference(key, text, title)

    def reference(self, key: tuple[str, int], text: str, title: str) -> str:
        """Put ``text`` in the annex (once per key) and return the words that point to it."""
        number = self._numbers.get(key)
        if number is None:
            number = len(self._entries) + 1
            self._numbers[key] = number
            self._entries.append((number, title, text))
        return self.lb.fmt("annex_ref", n=number)

    def _card_title(self, card: Card) -> str:
        number = self.facts.step_number.get(card.step_id, 0)
        lane = self.facts.workshop.lanes.get(card.lane_id)
        lane_name = lane.name if lane is not None else ""
        kind = self.lb.enum(card.kind)
        step = f"{self.lb['step']} {number}{self.lb.colon}{self.facts.step_name(card.step_id)}"
        return f"{step} · {lane_name} · {kind}"

    def story(self) -> list:
        if not self._entries:
            return []
        st = styles()
        story: list = [
            *heading(self.lb["annex"], "h1"),
            Paragraph(self.lb["annex_text"], st["lead"]),
        ]
        for number, title, text in self._entries:
            story += heading(f"{self.lb['annex_entry']} {number} — {para(title)}")
            whole, text = len(text), summary_text(text)
            story += [Paragraph(para(piece), st["annex"]) for piece in chunks(printable(text))]
            if len(text) < whole:  # the start only: a page must stay readable
                story.append(Paragraph(para(self.lb.fmt("truncated", n=whole)), st["annex"]))
        return story
