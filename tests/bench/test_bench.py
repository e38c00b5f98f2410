"""The bench's own pieces: its outside workload, its table and its JSON (no timings asserted)."""

from __future__ import annotations

import json
from pathlib import Path

from symetrie_desktop.bench import run
from symetrie_desktop.bench.workload import workload
from symetrie_desktop.exchange.workshop_json import from_exchange


def test_workload_has_the_issue_proportions_and_hostile_texts():
    data = workload(5000)
    w = from_exchange(data)  # the app accepts what the outside generator wrote
    assert len(w.cards) == 5000 and len(w.steps) == 20
    assert len(w.links) == 800 and len(w.ideas) == 200 and len(w.actions) == 100
    texts = [c.text for c in w.cards.values()]
    for odd in ("&", "<b>", "<"):
        assert sum(odd in t for t in texts) > 100, odd
    for link in w.links:  # links join a customer and an employee post-it of one step
        a, b = w.cards[link.customer_card_id], w.cards[link.employee_card_id]
        assert a.step_id == b.step_id


def test_table_prints_figure_floor_ratio_and_target(tmp_path):
    rows = run.make_rows()
    row = rows["one post-it edit durable, window open (p50)"]
    row.figures += [3.0, 4.0, 9.0]
    row.floors += [2.0, 2.0, 3.0]
    other = rows["share of the board in view at the smallest zoom"]
    other.figures += [100.0]
    lines = run.table(rows)
    assert len(lines) == 3  # header and the two measured rows only
    edit = next(x for x in lines if x.startswith(row.name))
    assert "4.0 ms" in edit and "3.0–9.0 ms" in edit and "2.0 ms" in edit
    assert "2.00×" in edit and "≤ 1.5× floor" in edit and edit.endswith("NO")
    assert next(x for x in lines if x.startswith(other.name)).endswith("yes")


def test_floor_import_probe_writes_the_cards(tmp_path):
    from symetrie_desktop.bench.probes import floor_import

    source = tmp_path / "w.json"
    source.write_text(json.dumps(workload(300)), encoding="utf-8")
    target = tmp_path / "floor.sqlite"
    floor_import(str(source), str(target))
    import sqlite3

    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT count(*) FROM cards").fetchone()[0] == 300


def test_json_figures_are_written_into_a_folder_that_does_not_exist_yet(tmp_path):
    from symetrie_desktop.bench.run import save_json

    target = tmp_path / "build" / "bench.json"
    save_json(target, {"rows": [{"figure": "start", "median": 1.5}]})
    assert json.loads(target.read_text(encoding="utf-8"))["rows"][0]["median"] == 1.5


def test_the_bench_compiles_the_package_once_as_pip_does():
    import importlib.util

    import symetrie_desktop.ui.main_window as module
    line = run.precompile()
    cached = Path(importlib.util.cache_from_source(module.__file__))
    assert cached.is_file() and cached.stat().st_mtime >= Path(module.__file__).stat().st_mtime
    assert "compiled once" in line
