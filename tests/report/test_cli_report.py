"""The report and summary exports on the command line: no window, one-line errors."""

from __future__ import annotations

import subprocess
import sys

import pytest
from pypdf import PdfReader

from symetrie_desktop.cli import main
from symetrie_desktop.exchange.demo import demo_workshop
from symetrie_desktop.exchange.workshop_json import from_exchange
from symetrie_desktop.store import write_new

from .conftest import squash


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def workshop_file(tmp_path):
    path = tmp_path / "atelier.symetrie"
    write_new(path, from_exchange(demo_workshop()))
    return path


def test_report_writes_the_pdf(tmp_path, capsys, workshop_file):
    out = tmp_path / "synthese.pdf"
    code, printed, err = run(capsys, "report", str(workshop_file), "-o", str(out))
    pages = len(PdfReader(out).pages)
    assert code == 0 and err == ""
    assert printed.strip() == f"{out}: {pages} pages"
    text = squash(PdfReader(out).pages[0].extract_text())
    assert squash("Synthèse de l’atelier") in text


def test_report_in_english(tmp_path, capsys, workshop_file):
    out = tmp_path / "summary.pdf"
    assert run(capsys, "report", str(workshop_file), "-o", str(out), "--lang", "en")[0] == 0
    assert squash("Workshop summary") in squash(PdfReader(out).pages[0].extract_text())


@pytest.mark.parametrize("content", [b"", b"not a workshop at all\n" * 50, b"SQLite format 3\0"])
def test_a_bad_input_file_gives_one_line_and_no_output(tmp_path, capsys, content):
    bad = tmp_path / "abime.symetrie"
    bad.write_bytes(content)
    out = tmp_path / "synthese.pdf"
    code, printed, err = run(capsys, "report", str(bad), "-o", str(out))
    assert code == 1 and printed == ""
    assert err.count("\n") == 1 and err.startswith("symetrie-desktop: ") and "abime" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["abime.symetrie"]


def test_a_missing_input_file_gives_one_line(tmp_path, capsys):
    code, _, err = run(capsys, "report", str(tmp_path / "absent.symetrie"), "-o",
                       str(tmp_path / "s.pdf"))  # fmt: skip
    assert code == 1 and err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_report_output_must_be_a_pdf(tmp_path, capsys, workshop_file):
    code, _, err = run(capsys, "report", str(workshop_file), "-o", str(tmp_path / "s.docx"))
    assert code == 1 and ".pdf" in err


def test_export_plan_and_markdown(tmp_path, capsys, workshop_file):
    plan = tmp_path / "plan.csv"
    code, printed, _ = run(capsys, "export-plan", str(workshop_file), "-o", str(plan))
    assert code == 0 and printed.strip() == f"{plan}: 7 actions"
    assert plan.read_bytes().startswith(b"\xef\xbb\xbfRang;Priorit")
    md = tmp_path / "synthese.md"
    assert run(capsys, "export-md", str(workshop_file), "-o", str(md), "--lang", "en")[0] == 0
    assert "### To examine" in md.read_text(encoding="utf-8")
    code, _, err = run(capsys, "export-md", str(workshop_file), "-o", str(tmp_path / "x.txt"))
    assert code == 1 and ".md" in err


def test_report_needs_no_qt_and_the_package_imports_no_reportlab(tmp_path, workshop_file):
    code = (
        "import sys; import symetrie_desktop.report; "
        "assert 'reportlab' not in sys.modules; "
        "from symetrie_desktop.cli import main; "
        f"main(['report', r'{workshop_file}', '-o', r'{tmp_path / 's.pdf'}']); "
        "print('PySide6' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip().endswith("False")
    assert (tmp_path / "s.pdf").stat().st_size > 10_000


def test_report_pauses_the_collector_and_starts_it_again(
    tmp_path, capsys, workshop_file, monkeypatch
):
    """The report command keeps the cycle collector waiting while it writes (issue 11:
    250 passes at 5,000 post-its for nothing to collect) and starts it again after, also
    when it refuses a file."""
    import gc

    import symetrie_desktop.report as report_package

    seen = []
    real = report_package.render_report

    def spy(*args, **kwargs):
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(report_package, "render_report", spy)
    assert gc.isenabled()
    try:
        code, _, _ = run(capsys, "report", str(workshop_file), "-o", str(tmp_path / "s.pdf"))
        assert code == 0 and seen == [False]
        assert gc.isenabled()
        missing = tmp_path / "absent.symetrie"
        code, _, err = run(capsys, "report", str(missing), "-o", str(tmp_path / "t.pdf"))
        assert code == 1 and "absent.symetrie" in err
        assert gc.isenabled()
    finally:
        gc.unfreeze()  # what the command set aside goes back, for the other tests


def test_the_charts_are_drawn_without_reportlabs_developer_checks(tmp_path, workshop_file):
    """reportlab checks each attribute set on a chart's shapes unless ``shapeChecking`` is
    0 when its graphics are imported (issue 11: a third of drawing the charts); the
    summary switches it off, and still draws the charts it draws with reportlab.graphics
    (the self-diagnosis radar here; the symmetry curve is drawn on the canvas)."""
    from symetrie_desktop.commands import Document
    from symetrie_desktop.commands.after import add_response, start_diagnosis

    doc = Document.open(workshop_file)
    start_diagnosis(doc.workshop).redo(doc)
    add_response(doc.workshop, {sid: 3 for sid in doc.workshop.statements}).redo(doc)
    doc.close()
    code = (
        "import sys; from symetrie_desktop.cli import main; "
        f"main(['report', r'{workshop_file}', '-o', r'{tmp_path / 's.pdf'}']); "
        "from reportlab.graphics import shapes; "
        "print('__setattr__' in vars(shapes.Shape), 'reportlab.graphics.renderPDF' in "
        "sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip().endswith("False True")
