"""The mirror survey: a French Excel CSV in, the gaps per question and step out, a bad row
refused with its line number and nothing imported, the largest gaps in the summary."""

from __future__ import annotations

import sqlite3

import pytest
from pypdf import PdfReader

from symetrie_desktop.cli import main
from symetrie_desktop.domain.mirror import Population, gaps
from symetrie_desktop.exchange.mirror_csv import MirrorError, parse_survey
from symetrie_desktop.exchange.workshop_json import dumps, loads
from symetrie_desktop.store import load_file

ROWS = [
    # question, step, population, note
    ("Le délai annoncé est tenu", "Livraison", "client", "2"),
    ("Le délai annoncé est tenu", "Livraison", "client", "3"),
    ("Le délai annoncé est tenu", "livraison", "collaborateur", "4"),
    ("On m'a répondu vite", "Contact service client", "client", "1"),
    ("On m'a répondu vite", "Contact service client", "client", "2"),
    ("On m'a répondu vite", "Contact service client", "client", "1"),
    ("On m'a répondu vite", "Contact service client", "collaborateur", "4,5"),
    ("On m'a répondu vite", "Contact service client", "collaborateur", "3,5"),
    ("Je recommanderais l'enseigne", "", "client", "4"),
    ("Je recommanderais l'enseigne", "", "collaborateur", "3"),
]


def _csv(rows, sep=";", header="question;etape;population;note") -> str:
    lines = [header.replace(";", sep)] + [sep.join(r) for r in rows]
    return "\r\n".join(lines) + "\r\n"


@pytest.fixture
def demo(tmp_path):
    path = tmp_path / "atelier.symetrie"
    assert main(["demo", "-o", str(path)]) == 0
    return path


def test_semicolon_windows_1252_import_gives_the_gaps(tmp_path, demo, capsys):
    survey = tmp_path / "enquete.csv"
    survey.write_bytes(_csv(ROWS).encode("cp1252"))
    assert main(["import-mirror", str(demo), str(survey)]) == 0
    w = load_file(demo)
    assert len(w.mirror) == len(ROWS)
    assert {m.step for m in w.mirror.values()} == {"Livraison", "Contact service client", ""}
    by_key = {(g.question, g.step): g for g in gaps(w.mirror)}
    fast = by_key[("On m'a répondu vite", "Contact service client")]
    assert (fast.customers, fast.employees) == (3, 2)
    assert fast.customer_mean == pytest.approx(4 / 3)
    assert fast.employee_mean == pytest.approx(4.0)  # decimal commas read
    assert fast.gap == pytest.approx(4.0 - 4 / 3)
    late = by_key[("Le délai annoncé est tenu", "Livraison")]
    assert late.gap == pytest.approx(1.5)
    # the file said 4,5: the 1-5 scale is taken
    assert load_file(demo).settings["mirror_scale"].value == "[1, 5]"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig"])
def test_comma_and_utf8_with_or_without_bom(tmp_path, demo, encoding, capsys):
    rows = [(q, s, p, n.replace(",", ".")) for q, s, p, n in ROWS]
    survey = tmp_path / "enquete.csv"
    survey.write_text(_csv(rows, ","), encoding=encoding)
    assert main(["import-mirror", str(demo), str(survey)]) == 0
    assert len(load_file(demo).mirror) == len(ROWS)


@pytest.mark.parametrize(("bad", "reason"), [
    (("Q", "Livraison", "fournisseur", "3"), "bad_population"),
    (("Q", "Livraison", "client", "trois"), "bad_note"),
    (("Q", "Livraison", "client", "12"), "out_of_scale"),
    (("Q", "Étape inconnue", "client", "3"), "unknown_step"),
    (("", "Livraison", "client", "3"), "no_question"),
])
def test_a_bad_row_is_refused_with_its_line_and_nothing_is_imported(tmp_path, demo, bad,
                                                                      reason, capsys):
    rows = [*ROWS[:4], bad, *ROWS[4:]]
    survey = tmp_path / "enquete.csv"
    survey.write_bytes(_csv(rows).encode("cp1252"))
    before = survey.read_bytes()
    with pytest.raises(MirrorError) as caught:
        parse_survey(before, load_file(demo), "enquete.csv")
    assert caught.value.reason == reason
    assert caught.value.line == 6  # header on line 1, the bad row is the 5th answer
    assert main(["import-mirror", str(demo), str(survey)]) == 1
    assert "enquete.csv:6:" in capsys.readouterr().err
    conn = sqlite3.connect(demo)
    assert conn.execute("SELECT count(*) FROM mirror_answers").fetchone()[0] == 0
    conn.close()


def test_missing_column_is_named(tmp_path, demo, capsys):
    survey = tmp_path / "enquete.csv"
    survey.write_text(_csv(ROWS[:2], header="question;etape;qui;note"), encoding="utf-8")
    assert main(["import-mirror", str(demo), str(survey)]) == 1
    assert "population" in capsys.readouterr().err


def test_summary_prints_the_largest_gaps_with_their_answers(tmp_path, demo, capsys):
    survey = tmp_path / "enquete.csv"
    survey.write_bytes(_csv(ROWS).encode("cp1252"))
    main(["import-mirror", str(demo), str(survey)])
    pdf = tmp_path / "s.pdf"
    assert main(["report", str(demo), "-o", str(pdf)]) == 0
    text = "".join("".join(p.extract_text().split()) for p in PdfReader(pdf).pages)
    part = text[text.index("Enquêtemiroir"):]
    # largest first: +2,7 on "répondu vite" (1,3 from 3 answers vs 4,0 from 2), then +1,5
    assert "1,3(3rép.)4,0(2rép.)+2,7" in part
    assert "2,5(2rép.)4,0(1rép.)+1,5" in part
    assert part.index("+2,7") < part.index("+1,5") < part.index("−1,0")
    md = tmp_path / "s.md"
    assert main(["export-md", str(demo), "-o", str(md), "--lang", "en"]) == 0
    assert "| 1.3 (3 ans.) | 4.0 (2 ans.) | +2.7 |" in md.read_text(encoding="utf-8")


def test_survey_travels_in_the_exchange_json(tmp_path, demo, capsys):
    survey = tmp_path / "enquete.csv"
    survey.write_bytes(_csv(ROWS).encode("cp1252"))
    main(["import-mirror", str(demo), str(survey)])
    w = load_file(demo)
    back = loads(dumps(w))
    assert sorted((m.question, m.step, m.population, m.score) for m in back.mirror.values()) == \
        sorted((m.question, m.step, m.population, m.score) for m in w.mirror.values())
    assert Population.EMPLOYEE in {m.population for m in back.mirror.values()}
