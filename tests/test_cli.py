"""The command line: files in and out with no window, one-line errors, no file left behind."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from symetrie_desktop import __version__
from symetrie_desktop.cli import COMMANDS, build_parser, main
from symetrie_desktop.store import load_file


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_export_import_new(tmp_path, capsys):
    demo = tmp_path / "demo.symetrie"
    assert run(capsys, "demo", "-o", str(demo))[0] == 0
    assert len(load_file(demo).cards) > 50
    exported = tmp_path / "demo.json"
    code, out, _ = run(capsys, "export", str(demo), "-o", str(exported))
    assert code == 0 and "demo.json" in out
    doc = json.loads(exported.read_text(encoding="utf-8"))
    assert doc["format"] == "symetrie-workshop"
    copy = tmp_path / "copie.symetrie"
    assert run(capsys, "import", str(exported), "-o", str(copy))[0] == 0
    assert len(load_file(copy).cards) == len(doc["cards"])
    new = tmp_path / "sinistre.symetrie"
    code, out, _ = run(capsys, "new", str(new), "--template", "sinistre", "--title", "Atelier")
    assert code == 0
    w = load_file(new)
    assert w.info.title == "Atelier" and len(w.steps) >= 5 and not w.cards


def test_a_large_generated_workshop(tmp_path, capsys):
    big = tmp_path / "big.symetrie"
    code, out, _ = run(capsys, "demo", "--steps", "20", "--cards", "5000", "-o", str(big))
    assert code == 0 and "5000 cards" in out
    w = load_file(big)
    assert len(w.steps) == 20 and len(w.cards) == 5000


def test_templates_are_listed(capsys):
    code, out, _ = run(capsys, "templates")
    assert code == 0 and "ecommerce" in out and "sinistre" in out


@pytest.mark.parametrize(
    "args,message",
    [
        (["export", "{d}/missing.symetrie", "-o", "{d}/x.json"], "missing.symetrie: no such file"),
        (["export", "{d}/bad.symetrie", "-o", "{d}/x.json"], "not a Symétrie workshop file"),
        (["import", "{d}/bad.json", "-o", "{d}/x.symetrie"], "bad.json:1:2: invalid JSON"),
        (["import", "{d}/wrong.json", "-o", "{d}/x.symetrie"], "cards[0].lane: unknown lane"),
        (["import", "{d}/wrong.json", "-o", "{d}/x.txt"], "should end with .symetrie"),
        (["new", "{d}/x.symetrie", "--template", "nope"], "template: unknown template 'nope'"),
        (["demo", "-o", "{d}/exists.symetrie"], "already exists"),
        (["demo", "-o", "{d}/nofolder/x.symetrie"], "no such folder"),
    ],
)
def test_errors_are_one_line_exit_1_and_leave_no_file(tmp_path, capsys, args, message):
    (tmp_path / "bad.symetrie").write_text("pas une base")
    (tmp_path / "bad.json").write_text("{,}")
    (tmp_path / "wrong.json").write_text(json.dumps({
        "format": "symetrie-workshop", "version": 1, "workshop": {"title": "T"},
        "steps": [{"id": "s1", "name": "A", "phase": "avant"}],
        "lanes": [{"id": "L1", "kind": "customer", "name": "C"}],
        "cards": [{"id": "c1", "lane": "L9", "step": "s1", "kind": "irritant", "text": "x"}],
    }))
    (tmp_path / "exists.symetrie").write_bytes(b"")
    before = sorted(p.name for p in tmp_path.iterdir())
    code, _, err = run(capsys, *[a.format(d=tmp_path) for a in args])
    assert code == 1
    assert err.count("\n") == 1 and message in err and err.startswith("symetrie-desktop: ")
    assert "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == before


@pytest.mark.parametrize("args", [["import", "x.json"], ["demo", "--cards", "-3", "-o", "x"],
                                  ["frobnicate", "x", "y"]])
def test_usage_mistakes_exit_2(capsys, args):
    with pytest.raises(SystemExit) as info:
        main(args)
    assert info.value.code == 2


def test_starting_the_app_on_a_file_that_is_not_a_workshop_is_refused(capsys, tmp_path):
    code, _, err = run(capsys, str(tmp_path / "notes.txt"))
    assert code == 1 and "not a .symetrie workshop file" in err


def test_the_installed_command_answers_version_and_help():
    out = subprocess.run([sys.executable, "-m", "symetrie_desktop", "--version"],
                         capture_output=True, text=True, check=True).stdout
    assert out.strip() == f"symetrie-desktop {__version__}"
    out = subprocess.run([sys.executable, "-m", "symetrie_desktop", "--help"],
                         capture_output=True, text=True, check=True).stdout
    for command in ("new", "import", "export", "demo", "report"):
        assert command in out


def test_file_commands_do_not_load_qt(tmp_path):
    """import/export/demo must run fast on a machine with no display: no Qt import."""
    code = (
        "import sys; from symetrie_desktop.cli import main; "
        f"main(['demo', '-o', r'{tmp_path / 'd.symetrie'}']); "
        "print('PySide6' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip().endswith("False")


@pytest.mark.parametrize("command", COMMANDS)
def test_a_command_parsed_alone_has_the_same_help_and_usage_errors(command, capsys):
    # main() builds only the parser of the command it is given (issue 11): what a person
    # sees of that command is what the whole parser shows
    def shown(parse, args) -> tuple[int, str]:
        with pytest.raises(SystemExit) as stop:
            parse(args)
        out = capsys.readouterr()
        return stop.value.code, out.out + out.err

    for args in ([command, "--help"], [command, "--no-such-option"]):
        alone = shown(main, args)
        assert alone == shown(build_parser().parse_args, args)
    assert f"usage: symetrie-desktop {command}" in shown(main, [command, "--help"])[1]
    assert "follow-up" in shown(main, ["--help"])[1]  # the main help lists every command


@pytest.mark.parametrize("columns", [None, "50", "130", "0", "large"])
def test_help_is_as_wide_as_argparse_would_make_it(columns, monkeypatch):
    # the command line gives argparse its width rather than letting it import shutil
    import argparse

    from symetrie_desktop.cli import _formatter

    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)

    def shown(formatter) -> str:
        parser = argparse.ArgumentParser(prog="p", formatter_class=formatter)
        parser.add_argument("--long", help="word " * 60)
        return parser.format_help()

    for kind in (argparse.HelpFormatter, argparse.RawDescriptionHelpFormatter):
        assert shown(_formatter(kind)) == shown(kind)


def test_import_loads_neither_qt_nor_the_modules_it_does_without(tmp_path):
    """What ``import`` leaves out (issue 11): Qt, tempfile, and shutil with its compression
    modules (argparse and the store used to bring them in)."""
    source = tmp_path / "a.json"
    main(["demo", "-o", str(tmp_path / "d.symetrie")])
    main(["export", str(tmp_path / "d.symetrie"), "-o", str(source)])
    code = (
        "import sys; from symetrie_desktop.cli import main; "
        f"main(['import', r'{source}', '-o', r'{tmp_path / 'i.symetrie'}']); "
        "print(sorted(m for m in ('PySide6', 'tempfile', 'shutil', 'zlib', 'bz2', 'lzma') "
        "if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip().endswith("[]"), out
