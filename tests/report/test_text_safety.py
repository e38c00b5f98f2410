"""Typed text prints exactly as typed: markup characters, emoji, rare scripts, huge texts."""

from __future__ import annotations

from dataclasses import replace

import pytest

from symetrie_desktop.domain.matrix import ordered_plan
from symetrie_desktop.report import render_report
from symetrie_desktop.report.board import bands
from symetrie_desktop.report.text import MISSING, chunks, para, printable, shorten

from .conftest import GENERATED, pdf_bodies, pdf_pages, squash

MARKUP = "R&D <b>x</b> 5 < 6 &amp; <font size=40>grand</font>"
LATIN = "Cœur € « guillemets » ½ part — déjà vu"
LONG = " ".join(f"Phrase {n} d’un très long témoignage client." for n in range(120)) + " FIN"


def _first(workshop, kind_of_lane="customer"):
    lane = next(lane for lane in workshop.ordered_lanes() if lane.kind == kind_of_lane)
    return sorted((c for c in workshop.cards.values() if c.lane_id == lane.id), key=lambda c: c.id)


@pytest.fixture
def odd(demo):
    """The demo with cards, an idea and an action carrying every kind of awkward text."""
    cards = _first(demo)
    texts = [MARKUP, LATIN, "Fusée 🚀 et 客户 et שלום", LONG, "x" * 700]
    for card, text in zip(cards, texts, strict=False):
        demo.cards[card.id] = replace(card, text=text)
    idea = min(demo.ideas.values(), key=lambda i: i.id)
    demo.ideas[idea.id] = replace(idea, text=f"Idée {MARKUP}", theme="<i>thème</i>")
    action, _ = ordered_plan(demo)[0]
    demo.actions[action.id] = replace(action, title=f"Action {MARKUP}", owner="A&B <Équipe>")
    return demo


def test_markup_characters_print_literally_everywhere(render, odd):
    _, _, texts = render(odd)
    text = "".join(texts)
    assert text.count(squash(MARKUP)) >= 3  # board, matrix or quotes, idea, action
    assert squash(f"Idée {MARKUP}") in text
    assert squash(f"Action {MARKUP}") in text
    assert squash("A&B <Équipe>") in text
    assert squash("<i>thème</i>") in text


def test_latin_characters_print_and_missing_glyphs_become_a_box(render, odd):
    _, _, texts = render(odd)
    text = "".join(texts)
    assert squash(LATIN) in text
    assert squash(f"Fusée {MISSING} et {MISSING} et") in text  # and the Hebrew did not crash


def test_a_5000_character_card_is_cut_on_the_board_and_whole_in_the_annex(render, odd):
    assert len(LONG) > 5000
    out, pages, _ = render(odd)
    text = pdf_bodies(out)
    assert squash(LONG) in text  # whole, in the annex
    assert squash("(texte intégral : annexe 1)") in text
    annex = text[text.index(squash("Textes intégraux")) :]
    assert squash(LONG) in annex and squash("x" * 700) in annex
    assert pages < 30


def test_unknown_language_is_refused_before_writing(tmp_path, demo):
    out = tmp_path / "s.pdf"
    with pytest.raises(ValueError):
        render_report(demo, out, lang="de", generated=GENERATED)
    assert list(tmp_path.iterdir()) == []


def test_a_failure_while_writing_leaves_the_old_pdf_and_no_temporary_file(tmp_path, demo):
    out = tmp_path / "s.pdf"
    out.write_bytes(b"%PDF- previous summary")

    def explode(done, total):
        if done:
            raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        render_report(demo, out, progress=explode, generated=GENERATED)
    assert out.read_bytes() == b"%PDF- previous summary"
    assert [p.name for p in tmp_path.iterdir()] == ["s.pdf"]


def test_progress_goes_from_zero_to_done(tmp_path, demo):
    seen = []
    render_report(demo, tmp_path / "s.pdf", progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, 1) and seen[-1] == (1, 1)
    assert all(0 <= d <= t for d, t in seen)
    assert len(pdf_pages(tmp_path / "s.pdf")) > 1


def test_para_escapes_and_keeps_line_breaks():
    assert para("a < b & <b>c</b>\nline 2") == "a &lt; b &amp; &lt;b&gt;c&lt;/b&gt;<br/>line 2"


def test_printable_replaces_what_the_font_lacks_once_per_run():
    assert printable("ok 🚀🚀 中文 ½ œ €") == f"ok {MISSING} {MISSING} ½ œ €"
    assert printable("a\ud800b") == f"a{MISSING}b"  # a lone surrogate cannot crash the writer
    assert printable("👍\ufe0f\u200d") == printable("👍")


def test_shorten_cuts_at_a_word_with_an_ellipsis():
    text, cut = shorten("un deux trois quatre cinq six", 16)
    assert cut and text == "un deux trois…" and len(text) <= 16
    assert shorten("court", 16) == ("court", False)


def test_chunks_split_long_text_into_small_pieces_without_losing_a_word():
    pieces = chunks(LONG, 600)
    assert all(len(p) <= 600 for p in pieces) and len(pieces) > 8
    assert " ".join(pieces) == LONG
    assert "".join(chunks("y" * 1500, 600)) == "y" * 1500


@pytest.mark.parametrize(
    ("steps", "sizes"), [(1, [1]), (6, [6]), (7, [4, 3]), (8, [4, 4]), (20, [5, 5, 5, 5])]
)
def test_steps_are_cut_into_balanced_bands_of_at_most_six(demo, steps, sizes):
    from symetrie_desktop.domain.model import Step

    fake = [Step(i, f"s{i}", position=i) for i in range(steps)]
    assert [len(b) for b in bands(fake)] == sizes
