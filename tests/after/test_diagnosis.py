"""The self-diagnosis: 25 statements of our own, anonymous answers, levels checked against
answers computed by hand, levers turned into plan actions, everything in the file."""

from __future__ import annotations

import sqlite3

import pytest

from symetrie_desktop.cli import main
from symetrie_desktop.commands import Document
from symetrie_desktop.commands.after import (
    actions_from_levers,
    add_response,
    add_statement,
    replace_statement,
    start_diagnosis,
    suggested_levers,
    update_statement,
)
from symetrie_desktop.domain.diagnosis import (
    DEFAULT_STATEMENTS,
    Dimension,
    Level,
    diagnose,
    level_of,
    ordered_statements,
)
from symetrie_desktop.exchange.workshop_json import dumps, loads
from symetrie_desktop.store import load_file

D = Dimension


@pytest.fixture
def doc(tmp_path):
    path = tmp_path / "atelier.symetrie"
    assert main(["demo", "-o", str(path)]) == 0
    document = Document.open(path)
    start_diagnosis(document.workshop).redo(document)
    yield document
    if document.file.db is not None:
        document.close()


def _by_dimension(w) -> dict[Dimension, list[int]]:
    out: dict[Dimension, list[int]] = {d: [] for d in D}
    for s in ordered_statements(w.statements):
        out[s.dimension].append(s.id)
    return out


def test_twenty_five_statements_five_per_dimension():
    assert sum(len(v) for v in DEFAULT_STATEMENTS.values()) == 25
    assert all(len(v) == 5 for v in DEFAULT_STATEMENTS.values())
    texts = [t for v in DEFAULT_STATEMENTS.values() for t in v]
    assert len(set(texts)) == 25


def test_levels_match_hand_computed_answers(doc):
    w = doc.workshop
    ids = _by_dimension(w)

    def answers(values: dict[Dimension, list[int]]) -> dict[int, int]:
        return {sid: v for d, vs in values.items() for sid, v in zip(ids[d], vs, strict=False)}

    # three anonymous people; the third left Écosystème blank, the second answered only two
    add_response(w, answers({D.SENS: [4] * 5, D.EPANOUISSEMENT: [1] * 5, D.CONNEXIONS: [3] * 5,
                             D.IMAGE: [2] * 5, D.ECOSYSTEME: [1] * 5})).redo(doc)
    add_response(w, answers({D.SENS: [3] * 5, D.EPANOUISSEMENT: [2] * 5, D.CONNEXIONS: [3] * 5,
                             D.IMAGE: [3] * 5, D.ECOSYSTEME: [2, 2]})).redo(doc)
    add_response(w, answers({D.SENS: [4] * 5, D.EPANOUISSEMENT: [1] * 5, D.CONNEXIONS: [2] * 5,
                             D.IMAGE: [2] * 5})).redo(doc)
    path = doc.path
    doc.close()
    w = load_file(path)  # read back from the file on disk
    dx = diagnose(w.statements, w.responses)
    scores = {s.dimension: s for s in dx.scores}
    # by hand: mean on 1..4, share = (mean - 1) / 3
    expected = {
        D.SENS: (55 / 15, 15, Level.ANCHORED),           # 3.67 -> 88.9 %
        D.EPANOUISSEMENT: (20 / 15, 15, Level.TO_BUILD),  # 1.33 -> 11.1 %
        D.CONNEXIONS: (40 / 15, 15, Level.ON_THE_WAY),    # 2.67 -> 55.6 %
        D.IMAGE: (35 / 15, 15, Level.ON_THE_WAY),         # 2.33 -> 44.4 %
        D.ECOSYSTEME: (9 / 7, 7, Level.TO_BUILD),         # 1.29 -> 9.5 %
    }
    for d, (mean, count, level) in expected.items():
        assert scores[d].mean == pytest.approx(mean), d
        assert scores[d].answers == count
        assert scores[d].level == level, d
    assert dx.respondents == 3
    assert dx.overall_share == pytest.approx((88.888 + 11.111 + 55.555 + 44.444 + 9.523) / 5,
                                             abs=0.01)
    assert dx.overall_level == Level.ON_THE_WAY
    assert [s.dimension for s in dx.weakest()] == [D.ECOSYSTEME, D.EPANOUISSEMENT]
    # the answers carry no name: the table has no participant column
    conn = sqlite3.connect(path)
    columns = [r[1] for r in conn.execute("PRAGMA table_info(diagnosis_responses)")]
    conn.close()
    assert columns == ["id", "answers"]


def test_thresholds():
    assert level_of(39.9) == Level.TO_BUILD
    assert level_of(40.0) == Level.ON_THE_WAY
    assert level_of(69.9) == Level.ON_THE_WAY
    assert level_of(70.0) == Level.ANCHORED


def test_levers_become_tagged_actions_in_one_gesture(doc):
    w = doc.workshop
    before = len(w.actions)
    levers = suggested_levers([D.ECOSYSTEME])
    edit = actions_from_levers(w, levers)
    edit.redo(doc)
    titles = [a.title for a in w.actions.values()][before:]
    assert titles and all(t.startswith("[Écosystème] ") for t in titles)
    edit.undo(doc)  # one gesture, one undo
    assert len(w.actions) == before


def test_facilitator_rewords_replaces_adds_and_the_questionnaire_travels(doc):
    w = doc.workshop
    first = ordered_statements(w.statements)[0]
    update_statement(w, first.id, "Je sais à quoi sert notre entreprise.").redo(doc)
    add_response(w, {first.id: 4}).redo(doc)
    second = ordered_statements(w.statements)[1]
    add_response(w, {second.id: 2}).redo(doc)
    replace_statement(w, second.id, "Mon travail a du sens pour moi.").redo(doc)
    add_statement(w, D.IMAGE, "Je porte nos couleurs avec plaisir.").redo(doc)
    path = doc.path
    doc.close()
    w = load_file(path)
    texts = [s.text for s in ordered_statements(w.statements)]
    assert texts[0] == "Je sais à quoi sert notre entreprise."
    assert "Mon travail a du sens pour moi." in texts
    assert len(texts) == 26
    # the replaced statement's answer went with it; the reworded one's answer stays
    assert sum(len(r.answers) for r in w.responses.values()) == 1
    back = loads(dumps(w))
    assert [s.text for s in ordered_statements(back.statements)] == texts
    assert diagnose(back.statements, back.responses).scores[0].mean == 4
    # and a follow-up session carries the questionnaire, not the answers
    nxt = path.with_name("suivi.symetrie")
    assert main(["follow-up", str(path), "-o", str(nxt)]) == 0
    carried = load_file(nxt)
    assert [s.text for s in ordered_statements(carried.statements)] == texts
    assert not carried.responses


def test_the_empty_radar_says_so_on_a_plate_not_across_its_axes(qtbot):
    # « Pas encore de réponse » was written across the rings and the axes meeting at the
    # centre: now on a white plate; the vertical axis stops at the plate's edge
    from PySide6.QtGui import QColor, QFontMetrics

    from symetrie_desktop.ui.after.radar import RadarChart

    chart = RadarChart()
    qtbot.addWidget(chart)
    chart.resize(420, 360)
    image = chart.grab().toImage()
    font = chart.font()
    font.setPixelSize(13)
    fm = QFontMetrics(font)
    cx, cy = chart.width() // 2, round(chart.height() / 2 + fm.height() * 0.2)
    top_of_plate = cy - (fm.height() + 8) // 2
    inside = [QColor(image.pixel(cx, y)).name() for y in range(top_of_plate + 1, top_of_plate + 3)]
    above = [QColor(image.pixel(cx, y)).name() for y in range(top_of_plate - 12, top_of_plate - 2)]
    assert inside == ["#ffffff"] * len(inside)  # the plate hides the axis
    assert any(c != "#ffffff" for c in above)  # which is drawn above it
