"""Limits, the same for import and open, and an import that enforces every rule and never
prints a traceback (findings 7 and 8 of issue 10)."""

from __future__ import annotations

import copy
import json
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from symetrie_desktop.cli import main
from symetrie_desktop.domain import limits
from symetrie_desktop.exchange.demo import demo_workshop
from symetrie_desktop.exchange.workshop_json import ExchangeError, from_exchange
from symetrie_desktop.store import Problem, WorkshopFileError, load_file, write_new

from .helpers import digest, sql

DEMO = demo_workshop()


def run_import(tmp_path: Path, document, capsys, raw: str | None = None) -> tuple[int, str]:
    source = tmp_path / "in.json"
    source.write_text(raw if raw is not None else json.dumps(document), encoding="utf-8")
    out = tmp_path / "out.symetrie"
    code = main(["import", str(source), "-o", str(out), "--force"])
    err = capsys.readouterr().err
    if code:
        assert err.count("\n") == 1 and "Traceback" not in err, err
        assert not out.exists()
    return code, err


def demo_with(**changes) -> dict:
    doc = copy.deepcopy(DEMO)
    doc.update(changes)
    return doc


# -- finding 8: every rule, no traceback -------------------------------------------------------


def test_import_refuses_votes_over_a_participants_budget(tmp_path, capsys):
    doc = demo_with(votes=[{"participant": "p1", "target": "i1"}] * 50)
    doc["workshop"]["vote_budget"] = 3
    code, err = run_import(tmp_path, doc, capsys)
    assert code == 1
    assert "votes[3]: participant 'p1' has more votes than the budget of 3" in err


@pytest.mark.parametrize("raw,words", [
    (None, "steps[0].phase"),  # a list as a phase
    ('{"format": "symetrie-workshop", "version": 1, "workshop": {"title": "\\ud800"}, '
     '"steps": [{"id": "s1", "name": "A"}]}', "workshop.title: text with a broken character"),
    ('{"format": "symetrie-workshop", "version": 1, "workshop": {"title": "T"}, '
     '"steps": [{"id": "s1", "name": "A"}], "settings": {"k\\udfff": 1}}', "broken character"),
], ids=["list-phase", "lone-surrogate", "surrogate-key"])
def test_import_says_what_is_wrong_in_one_line(tmp_path, capsys, raw, words):
    doc = copy.deepcopy(DEMO)
    doc["steps"][0]["phase"] = ["avant"]
    code, err = run_import(tmp_path, doc, capsys, raw)
    assert code == 1 and words in err


# -- finding 7: limits --------------------------------------------------------------------------


def test_import_refuses_more_post_its_than_a_workshop_may_hold(tmp_path, capsys):
    card = DEMO["cards"][0]
    many = [dict(card, id=f"c{n}") for n in range(limits.MAX_COUNT["cards"] + 1)]
    code, err = run_import(tmp_path, demo_with(cards=many, links=[], ideas=[], votes=[],
                                                actions=[]), capsys)
    assert code == 1 and f"more than the {limits.MAX_COUNT['cards']}" in err


def test_import_refuses_a_huge_setting(tmp_path, capsys):
    code, err = run_import(tmp_path, demo_with(settings={"x": "a" * (limits.SETTING_LIMIT + 1)}),
                           capsys)
    assert code == 1 and "settings.x" in err


def test_open_refuses_more_post_its_than_a_workshop_may_hold(workshop_file):
    conn = sqlite3.connect(workshop_file)
    lane, step = conn.execute("SELECT lane_id, step_id FROM cards LIMIT 1").fetchone()
    conn.executemany("INSERT INTO cards (lane_id, step_id, kind, text, position) "
                     "VALUES (?, ?, 'note', 'x', 0)",
                     [(lane, step)] * limits.MAX_COUNT["cards"])
    conn.commit()
    conn.close()
    before = digest(workshop_file)
    with pytest.raises(WorkshopFileError) as info:
        load_file(workshop_file)
    assert info.value.problem == Problem.TOO_LARGE
    assert info.value.values["what"] == "cards"
    assert digest(workshop_file) == before


def test_open_refuses_a_post_it_past_the_text_limit(workshop_file):
    sql(workshop_file, f"UPDATE cards SET text = '{'x' * (limits.TEXT_LIMIT + 1)}' "
                       "WHERE id = (SELECT min(id) FROM cards)")
    with pytest.raises(WorkshopFileError) as info:
        load_file(workshop_file)
    assert info.value.problem == Problem.BAD_ROW
    assert f"more than the {limits.TEXT_LIMIT} allowed" in str(info.value)


def test_a_file_larger_than_a_workshop_is_refused_before_it_is_read(workshop_file):
    with workshop_file.open("r+b") as f:  # sparse: costs no disk
        f.truncate(limits.FILE_BYTES + 1)
    with pytest.raises(WorkshopFileError) as info:
        load_file(workshop_file)
    assert info.value.problem == Problem.TOO_LARGE


def test_the_summary_prints_the_start_of_a_text_past_its_limit(tmp_path, demo):
    from pypdf import PdfReader

    from symetrie_desktop.report import render_report

    card = min(demo.cards.values(), key=lambda c: c.id)
    text = ("Un témoignage très long. " * 1000)[: limits.TEXT_LIMIT].strip()
    from dataclasses import replace

    demo.cards[card.id] = replace(card, text=text)
    path = tmp_path / "long.symetrie"
    write_new(path, demo)
    render_report(load_file(path), tmp_path / "s.pdf")  # as read back from the file
    pdf = " ".join(" ".join((p.extract_text() or "").split()) for p in
                   PdfReader(tmp_path / "s.pdf").pages)
    assert f"(texte tronqué : {len(text)} caractères)" in pdf
    assert pdf.count("Un témoignage très long.") < len(text) // 25


# -- the import never prints a traceback, whatever it is given -----------------------------------

_LEAF = st.one_of(st.none(), st.booleans(), st.integers(-10**12, 10**12),
                  st.floats(allow_nan=True), st.text(max_size=30),
                  st.sampled_from(["p1", "s1", "L1", "c1", "i1", "a1", "\ud800", "avant", ""]))
_JSON = st.recursive(_LEAF, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)),
    max_leaves=12)


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for n, v in enumerate(value):
            yield from _paths(v, (*prefix, n))


_ALL_PATHS = list(_paths(DEMO))[1:]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(changes=st.lists(st.tuples(st.sampled_from(_ALL_PATHS), _JSON), min_size=1, max_size=3))
def test_a_mangled_exchange_file_is_imported_whole_or_refused_in_one_line(changes):
    doc = copy.deepcopy(DEMO)
    for path, value in changes:
        target = doc
        try:
            for key in path[:-1]:
                target = target[key]
            target[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue
    try:
        workshop = from_exchange(doc)
    except ExchangeError as e:
        assert "\n" not in str(e)
        return
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "x.symetrie"
        write_new(out, workshop)  # what import accepts, the file takes and opens again
        load_file(out)


def test_a_broken_character_under_a_key_with_a_line_break_is_refused_in_one_line():
    # found by the test above: the place is built from the file's own keys
    doc = copy.deepcopy(DEMO)
    doc["format"] = {"\n": "\ud800"}
    with pytest.raises(ExchangeError) as e:
        from_exchange(doc)
    assert "\n" not in str(e.value)
    assert str(e.value).startswith("format.\\n: ") and "lone surrogate" in str(e.value)
