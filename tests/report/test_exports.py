"""The action plan CSV (French Excel, LibreOffice) and the Markdown summary."""

from __future__ import annotations

import csv
from dataclasses import replace

from symetrie_desktop.domain.matrix import Quadrant, ordered_plan, pairs_by_quadrant
from symetrie_desktop.report.facts import collect
from symetrie_desktop.report.labels import Labels
from symetrie_desktop.report.markdown import md, summary_markdown, write_markdown
from symetrie_desktop.report.plan_csv import plan_rows, write_plan_csv

HEADER_FR = ["Rang", "Priorité", "Action", "Porteur", "Échéance", "Statut", "Répond à", "Idées"]
AWKWARD = 'Dire « bonjour » ; puis "rappeler"\nle lendemain, 5 € ; R&D <b>x</b>'


def _read(path):
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f, delimiter=";"))


def test_csv_has_bom_semicolons_crlf_and_the_plan_in_order(tmp_path, demo):
    out = tmp_path / "plan.csv"
    assert write_plan_csv(demo, out) == len(demo.actions)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf" + ";".join(HEADER_FR).encode() + b"\r\n")
    assert raw.count(b"\r\n") == len(demo.actions) + 1  # line breaks inside cells are quoted
    rows = _read(out)
    assert rows[0] == HEADER_FR
    plan = ordered_plan(demo)
    assert [r[2] for r in rows[1:]] == [a.title for a, _ in plan]
    assert [r[0] for r in rows[1:]] == [str(n) for n in range(1, len(plan) + 1)]
    assert [r[1] for r in rows[1:]] == [q.label_fr if q else "Hors matrice" for _, q in plan]
    first, _ = plan[0]
    assert rows[1][3:6] == [first.owner, first.due, {"todo": "À faire", "doing": "En cours",
                                                     "done": "Fait"}[first.status]]  # fmt: skip
    for card_id in first.addresses:
        assert demo.cards[card_id].text in rows[1][6]
    assert all(len(r) == len(HEADER_FR) for r in rows)


def test_csv_keeps_quotes_semicolons_and_line_breaks(tmp_path, demo):
    action, _ = ordered_plan(demo)[0]
    demo.actions[action.id] = replace(action, title=AWKWARD, owner="Équipe ; RH")
    out = tmp_path / "plan.csv"
    write_plan_csv(demo, out)
    rows = _read(out)
    assert rows[1][2] == AWKWARD
    assert rows[1][3] == "Équipe ; RH"
    assert rows == plan_rows(demo)


def test_csv_guards_formulas(tmp_path, demo):
    action, _ = ordered_plan(demo)[0]
    demo.actions[action.id] = replace(action, title="=HYPERLINK(1)", owner="+33 1 23")
    out = tmp_path / "plan.csv"
    write_plan_csv(demo, out)
    assert _read(out)[1][2:4] == ["'=HYPERLINK(1)", "'+33 1 23"]


def test_csv_in_english_and_with_no_action(tmp_path, demo):
    out = tmp_path / "plan.csv"
    write_plan_csv(demo, out, lang="en")
    assert _read(out)[0] == [
        "Rank", "Priority", "Action", "Owner", "Due date", "Status", "Addresses", "Ideas",
    ]  # fmt: skip
    demo.actions.clear()
    write_plan_csv(demo, out)
    assert _read(out) == [HEADER_FR]


def test_markdown_has_each_quadrant_section_with_its_pairs(tmp_path, demo):
    out = tmp_path / "synthese.md"
    write_markdown(demo, out)
    text = out.read_text(encoding="utf-8")
    grouped = pairs_by_quadrant(demo)
    labels = [q.label_fr for q in Quadrant]
    starts = [text.index(f"\n### {label}\n") for label in labels]
    assert starts == sorted(starts)
    ends = [*starts[1:], text.index("\n## Idées et votes")]
    for q, start, end in zip(Quadrant, starts, ends, strict=True):
        part = text[start:end]
        for pair in grouped[q]:
            assert md(pair.customer.text) in part and md(pair.employee.text) in part
    examine = text[starts[2] : ends[2]]
    assert "  - *Indicateurs* : " in examine and "  - *Canaux* : " in examine
    plan = text[text.index("## Plan d’actions") :]
    positions = [plan.index(md(a.title)) for a, _ in ordered_plan(demo)]
    assert positions == sorted(positions)
    for section in (
        "## Chiffres clés",
        "## Participants",
        "## Enseignements",
        "## Courbe de symétrie",
        "## Le tableau de l’atelier",
    ):
        assert section in text


def test_markdown_escapes_typed_text(demo):
    card = min(demo.cards.values(), key=lambda c: c.id)
    demo.cards[card.id] = replace(card, text="# pas un titre\n*pas* d’_emphase_ <b>R&D</b> | &amp;")
    text = summary_markdown(collect(demo), Labels("fr"))
    assert "\\# pas un titre\\\n" in text  # a hard line break inside the list item
    assert r"\*pas\* d’\_emphase\_ \<b\>R&D\</b\> \| \&amp;" in text
    assert md("1. une liste ?") == r"1\. une liste ?"
    assert md("- tiret") == r"\- tiret"


def test_markdown_in_english(demo):
    text = summary_markdown(collect(demo), Labels("en"))
    assert "### Priority 1" in text and "### To capitalise" in text and "## Action plan" in text
