"""Follow-up sessions: the CLI makes session 2 from the demo, the plan travels with its status,
owner and due date, reviews are kept with their date on disk, chains keep their history."""

from __future__ import annotations

import json
import sqlite3

from symetrie_desktop.cli import main
from symetrie_desktop.commands import Document
from symetrie_desktop.commands.decide import remove_action
from symetrie_desktop.commands.followup import mark_solved, review_action
from symetrie_desktop.domain.followup import Outcome, evidence, history
from symetrie_desktop.exchange.workshop_json import dumps, loads
from symetrie_desktop.store import load_file


def _cli(*args: str) -> int:
    return main([str(a) for a in args])


def _session2(tmp_path):
    demo = tmp_path / "s1.symetrie"
    nxt = tmp_path / "s2.symetrie"
    assert _cli("demo", "-o", demo) == 0
    assert _cli("follow-up", demo, "-o", nxt) == 0
    return demo, nxt


def test_follow_up_of_demo_carries_every_action_in_its_export(tmp_path, capsys):
    demo, nxt = _session2(tmp_path)
    out = tmp_path / "s2.json"
    assert _cli("export", nxt, "-o", out) == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    before = load_file(demo)
    assert before.actions, "the demo has a plan"
    carried = {a["title"]: a for a in doc["actions"]}
    for action in before.actions.values():
        got = carried[action.title]
        assert (got["status"], got["owner"], got["due"]) == (
            action.status.value, action.owner, action.due)
        assert got["origin"].startswith("1:")
    # journey and participants carried, the board starts empty, session 1 kept whole
    after = load_file(nxt)
    assert [s.name for s in after.ordered_steps()] == [s.name for s in before.ordered_steps()]
    assert len(after.participants) == len(before.participants)
    assert not after.cards
    assert len(doc["sessions"]) == 1
    assert len(doc["sessions"][0]["document"]["cards"]) == len(before.cards)


def test_carried_action_shows_its_previous_evidence(tmp_path, capsys):
    demo, nxt = _session2(tmp_path)
    before, after = load_file(demo), load_file(nxt)
    addressed = [a for a in before.actions.values() if a.addresses]
    assert addressed
    source = addressed[0]
    carried = next(a for a in after.actions.values() if a.title == source.title)
    texts = {e.text for e in evidence(after.sessions, carried.origin)}
    assert texts == {before.cards[c].text for c in source.addresses}


def test_status_change_kept_with_its_date_on_disk(tmp_path, capsys):
    _, nxt = _session2(tmp_path)
    doc = Document.open(nxt)
    aid = min(doc.workshop.actions)
    review_action(doc.workshop, aid, "doing", "Maquette livrée", on="2027-01-10").redo(doc)
    review_action(doc.workshop, aid, Outcome.DONE, "En production", on="2027-02-03").redo(doc)
    doc.close()
    conn = sqlite3.connect(nxt)
    rows = conn.execute("SELECT date, status, note FROM action_reviews WHERE action_id = ? "
                        "ORDER BY date", [aid]).fetchall()
    status = conn.execute("SELECT status FROM actions WHERE id = ?", [aid]).fetchone()[0]
    conn.close()
    assert rows == [("2027-01-10", "doing", "Maquette livrée"),
                    ("2027-02-03", "done", "En production")]
    assert status == "done"
    # the history travels in the export and back
    w = loads(dumps(load_file(nxt)))
    back = next(a for a in w.actions.values() if a.status.value == "done"
                and history(w.reviews, a.id))
    assert [r.date for r in history(w.reviews, back.id)] == ["2027-01-10", "2027-02-03"]


def test_dropped_stays_in_history_and_removing_an_action_takes_its_reviews(tmp_path, capsys):
    _, nxt = _session2(tmp_path)
    doc = Document.open(nxt)
    aid = min(doc.workshop.actions)
    status_before = doc.workshop.actions[aid].status
    review_action(doc.workshop, aid, "dropped", "Plus prioritaire", on="2027-01-10").redo(doc)
    assert doc.workshop.actions[aid].status == status_before
    edit = remove_action(doc.workshop, aid)
    edit.redo(doc)
    assert not doc.workshop.reviews
    edit.undo(doc)
    assert len(doc.workshop.reviews) == 1
    doc.close()
    assert len(load_file(nxt).reviews) == 1


def test_irritant_marked_solved_with_its_action(tmp_path, capsys):
    _, nxt = _session2(tmp_path)
    doc = Document.open(nxt)
    w = doc.workshop
    action = next(a for a in w.actions.values() if evidence(w.sessions, a.origin))
    irritant = next(e for e in evidence(w.sessions, action.origin) if e.kind == "irritant")
    mark_solved(w, irritant.session_id, irritant.card, action.id, on="2027-02-03").redo(doc)
    doc.close()
    conn = sqlite3.connect(nxt)
    row = conn.execute("SELECT session_id, card, action_id FROM solved_irritants").fetchone()
    conn.close()
    assert row == (irritant.session_id, irritant.card, action.id)


def test_chain_of_three_keeps_both_earlier_sessions_and_the_history(tmp_path, capsys):
    demo, s2 = _session2(tmp_path)
    doc = Document.open(s2)
    aid = min(doc.workshop.actions)
    review_action(doc.workshop, aid, "doing", "", on="2027-01-10").redo(doc)
    doc.close()
    s3 = tmp_path / "s3.symetrie"
    assert _cli("follow-up", s2, "-o", s3) == 0
    w = load_file(s3)
    assert sorted(w.sessions) == [1, 2]
    assert all(a.origin.startswith("2:") for a in w.actions.values())
    assert len(w.reviews) == 1
    # evidence is found back in session 1 through session 2
    before = load_file(demo)
    source = next(a for a in before.actions.values() if a.addresses)
    carried = next(a for a in w.actions.values() if a.title == source.title)
    assert {e.session_id for e in evidence(w.sessions, carried.origin)} == {1}


def test_a_version_1_file_still_opens(tmp_path, capsys):
    """A file written before the follow-up tables (schema 1) opens and gains them."""
    from symetrie_desktop.store import schema

    old = tmp_path / "old.symetrie"
    conn = sqlite3.connect(old)
    for statement in schema._V1.split(";"):
        if statement.strip():
            conn.execute(statement)
    conn.execute("INSERT INTO workshop (id, title) VALUES (1, 'Ancien')")
    conn.execute("INSERT INTO actions (id, title, status, position) VALUES (1, 'A', 'todo', 0)")
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    doc = Document.open(old)
    assert doc.workshop.actions[1].origin == ""
    review_action(doc.workshop, 1, "done", on="2027-01-01").redo(doc)
    doc.close()
    assert load_file(old).reviews[1].status == Outcome.DONE
