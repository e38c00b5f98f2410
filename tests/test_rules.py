"""What people type is kept as typed, except what would break the board or the file."""

import pytest

from symetrie_desktop.domain.model import MAX_TEXT
from symetrie_desktop.domain.rules import (
    RuleError,
    clean_colour,
    clean_date,
    clean_name,
    clean_optional,
    clean_text,
)


def test_text_is_trimmed_and_line_ends_unified():
    assert clean_text("  Bonjour\r\nà tous\r ") == "Bonjour\nà tous"


@pytest.mark.parametrize("text", ["", "   ", "\n\t", "\x00\x01"])
def test_empty_text_is_refused(text):
    with pytest.raises(RuleError, match="empty"):
        clean_text(text, "card text")


@pytest.mark.parametrize(
    "text",
    ["R&D <b>x</b> 5 < 6", "Livraison 🚚 en retard 😡", "שלום עולם مرحبا", "œ € « » ½",
     "a" * 10_000],
)
def test_markup_emoji_rtl_and_long_pastes_are_kept_exactly(text):
    assert clean_text(text) == text


def test_control_characters_are_dropped_but_tabs_and_newlines_kept():
    assert clean_text("a\x07b\tc\nd\x1b") == "ab\tc\nd"


def test_text_over_the_limit_is_refused_with_its_length():
    with pytest.raises(RuleError, match=str(MAX_TEXT + 1)):
        clean_text("x" * (MAX_TEXT + 1), "card text")


def test_names_are_one_line():
    assert clean_name("  Prise de\nrendez-vous  ") == "Prise de rendez-vous"


def test_optional_text_may_be_empty():
    assert clean_optional(None, "x") == ""
    assert clean_optional("  ", "x") == ""
    assert clean_optional(" a ", "x") == "a"


def test_dates():
    assert clean_date("2027-01-31") == "2027-01-31"
    assert clean_date("") == ""
    with pytest.raises(RuleError, match="not a date"):
        clean_date("31/01/2027", "due")


def test_colours():
    assert clean_colour("#A1B2C3") == "#a1b2c3"
    assert clean_colour(None) == "#888888"
    with pytest.raises(RuleError, match="not a colour"):
        clean_colour("red")
