"""The self-diagnosis answered from phones: a real ``serve`` process on 127.0.0.1, the page
lists the statements, the answers land in the file with no name."""

from __future__ import annotations

import json
import sqlite3

from symetrie_desktop.commands import Document
from symetrie_desktop.commands.after import start_diagnosis
from symetrie_desktop.domain.diagnosis import Level, diagnose, ordered_statements
from symetrie_desktop.store import load_file

from .conftest import write_workshop


def test_answers_from_two_phones_are_recorded_anonymously(serve, tmp_path):
    path = write_workshop(tmp_path / "atelier.symetrie")
    doc = Document.open(path)
    start_diagnosis(doc.workshop).redo(doc)
    statements = ordered_statements(doc.workshop.statements)
    doc.close()
    room = serve(path)
    phone = room.phone()
    page = phone.request("GET", "diagnostic")
    text = page.body["raw"]
    assert page.status == 200 and statements[0].text.replace("'", "&#x27;") in text
    assert phone.request("GET", "diagnostic.js").status == 200
    sens = [s.id for s in statements if s.dimension == "sens"]
    for value in (4, 3):
        reply = phone.request("POST", "api/diagnosis",
                              json.dumps({"answers": {str(s): value for s in sens}}).encode())
        assert reply.status == 200, reply.body
    bad = room.phone().request("POST", "api/diagnosis",
                               json.dumps({"answers": {str(sens[0]): 9}}).encode())
    assert bad.status == 400
    room.stop()
    w = load_file(path)
    assert len(w.responses) == 2
    sens_score = next(s for s in diagnose(w.statements, w.responses).scores
                      if s.dimension == "sens")
    assert sens_score.mean == 3.5 and sens_score.level == Level.ANCHORED  # (4+3)/2 -> 83 %
    conn = sqlite3.connect(path)
    stored = conn.execute("SELECT * FROM diagnosis_responses").fetchall()
    conn.close()
    assert all(len(row) == 2 for row in stored)  # id and answers: nothing about the phone
