"""« Ce qui a changé »: a follow-up summary opens with the progress since the previous session,
read back from the PDF's first page and from the Markdown."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader

from symetrie_desktop.cli import main
from symetrie_desktop.commands import Document
from symetrie_desktop.commands.board import add_card
from symetrie_desktop.commands.decide import update_action
from symetrie_desktop.commands.followup import mark_solved, review_action
from symetrie_desktop.domain.followup import evidence
from symetrie_desktop.domain.model import CardKind, LaneKind
from symetrie_desktop.store import load_file


def _squash(text: str) -> str:
    return "".join(text.split())


def _reviewed_session(tmp_path):
    """Session 2 of the demo where the room said: one done, one dropped, one late, one in
    progress on time, the rest to do; one irritant solved; two new irritants written."""
    s1, s2 = tmp_path / "s1.symetrie", tmp_path / "s2.symetrie"
    assert main(["demo", "-o", str(s1)]) == 0
    assert main(["follow-up", str(s1), "-o", str(s2)]) == 0
    doc = Document.open(s2)
    w = doc.workshop
    today = date.fromisoformat(w.info.date)
    ids = sorted(w.actions, key=lambda a: w.actions[a].position)
    assert len(ids) >= 5
    for aid in ids:  # a clean start: every action to do, due next year
        update_action(w, aid, status="todo", due=f"{today.year + 1}-06-30").redo(doc)
    review_action(w, ids[0], "done", "Livré", on=today.isoformat()).redo(doc)
    review_action(w, ids[1], "dropped", "Plus d'actualité", on=today.isoformat()).redo(doc)
    update_action(w, ids[2], due=f"{today.year - 1}-01-31").redo(doc)
    review_action(w, ids[2], "doing", "Retard fournisseur", on=today.isoformat()).redo(doc)
    review_action(w, ids[3], "doing", "", on=today.isoformat()).redo(doc)
    action = next(a for a in ids if any(e.kind == "irritant"
                                        for e in evidence(w.sessions, w.actions[a].origin)))
    irritant = next(e for e in evidence(w.sessions, w.actions[action].origin)
                    if e.kind == "irritant")
    mark_solved(w, irritant.session_id, irritant.card, action).redo(doc)
    lane = w.lane_of_kind(LaneKind.CUSTOMER).id
    step = w.ordered_steps()[0].id
    for text in ("Nouveau délai de livraison", "Site lent le soir"):
        add_card(w, lane, step, CardKind.IRRITANT, text).redo(doc)
    doc.close()
    return s2, len(ids)


def test_first_page_of_the_follow_up_pdf_shows_the_progress_counts(tmp_path, capsys):
    s2, n = _reviewed_session(tmp_path)
    pdf = tmp_path / "suivi.pdf"
    assert main(["report", str(s2), "-o", str(pdf)]) == 0
    first = _squash(PdfReader(pdf).pages[0].extract_text())
    assert "Cequiachangé" in first
    for count, label in ((1, "faites"), (1, "encours"), (1, "enretard"), (1, "abandonnées"),
                         (n - 4, "àfaire"), (1, "irritantsrésolus"), (2, "nouveauxirritants")):
        assert f"{count}{label}" in first, (count, label)
    # the matrix then/now: the demo's priority 1 pairs then, none yet now
    assert "Priorité1" in first and "Séanceprécédente" in first


def test_markdown_summary_opens_with_the_same_counts_in_english(tmp_path, capsys):
    s2, n = _reviewed_session(tmp_path)
    out = tmp_path / "suivi.md"
    assert main(["export-md", str(s2), "-o", str(out), "--lang", "en"]) == 0
    text = out.read_text(encoding="utf-8")
    head = text[: text.index("### Cross matrix")]
    assert "## What changed" in head
    for line in ("- 1 done", "- 1 in progress", "- 1 late", "- 1 dropped", f"- {n - 4} to do",
                 "- 1 pain points solved", "- 2 new pain points"):
        assert line in head, line


def test_first_session_summary_has_no_what_changed_page(tmp_path, capsys):
    s1 = tmp_path / "s1.symetrie"
    main(["demo", "-o", str(s1)])
    pdf = tmp_path / "s1.pdf"
    main(["report", str(s1), "-o", str(pdf)])
    assert "Cequiachangé" not in _squash(PdfReader(pdf).pages[0].extract_text())


def test_session_three_compares_with_session_two(tmp_path, capsys):
    s2, _ = _reviewed_session(tmp_path)
    s3 = tmp_path / "s3.symetrie"
    assert main(["follow-up", str(s2), "-o", str(s3)]) == 0
    w = load_file(s3)
    assert len(w.reviews) == len(load_file(s2).reviews)
    pdf = tmp_path / "s3.pdf"
    assert main(["report", str(s3), "-o", str(pdf)]) == 0
    first = _squash(PdfReader(pdf).pages[0].extract_text())
    # reviews carried: still one done and one dropped; the irritants solved in session 2
    # are not counted again; session 2's two irritants are the "then" side now
    assert "1faites" in first and "1abandonnées" in first and "0irritantsrésolus" in first
    assert "Séance3" in first
