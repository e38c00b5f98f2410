"""The ``symetrie-desktop`` command: start the app, or work on workshop files with no window.

Qt and reportlab are imported only by the subcommands that need them, so that
``import``, ``export`` and ``demo`` stay quick and run on a machine with no display.
Errors are one line on stderr: exit 1 for a problem with a file, 2 for a usage mistake.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__, disk

COMMANDS = ("new", "import", "export", "demo", "report", "export-plan", "export-md",
            "export-png", "export-xlsx", "export-pptx", "templates", "follow-up",
            "import-mirror", "serve")

EPILOG = """\
With no command, or with a .symetrie file, the app starts (on that file).

examples:
  symetrie-desktop demo -o demo.symetrie
  symetrie-desktop new atelier.symetrie --template ecommerce
  symetrie-desktop export atelier.symetrie -o atelier.json
  symetrie-desktop import atelier.json -o copie.symetrie
  symetrie-desktop import preparation.xlsx -o atelier.symetrie
  symetrie-desktop export-xlsx atelier.symetrie -o atelier.xlsx
  symetrie-desktop export-pptx atelier.symetrie -o comite.pptx
  symetrie-desktop report atelier.symetrie -o synthese.pdf
  symetrie-desktop export-plan atelier.symetrie -o plan.csv
  symetrie-desktop export-png atelier.symetrie -o tableau.png
  symetrie-desktop follow-up atelier.symetrie -o suivi.symetrie
  symetrie-desktop import-mirror atelier.symetrie enquete.csv
  symetrie-desktop serve atelier.symetrie --port 8765
"""


class CliError(Exception):
    """A problem to report in one line, with exit status 1."""


def _formatter(kind: type[argparse.HelpFormatter]):
    """argparse's help formatter ``kind`` at the width argparse would choose itself.

    Left to itself, argparse asks ``shutil.get_terminal_size`` for every argument it adds,
    and importing shutil brings zlib, bz2 and lzma into every command (issue 11). The width
    is found the same way: ``COLUMNS``, else the terminal's, else 80; less a margin of 2."""
    def make(prog: str) -> argparse.HelpFormatter:
        try:
            columns = int(os.environ["COLUMNS"])
        except (KeyError, ValueError):
            columns = 0
        if columns <= 0:
            try:
                columns = os.get_terminal_size(sys.__stdout__.fileno()).columns
            except (AttributeError, ValueError, OSError):
                columns = 0
        return kind(prog, width=(columns or 80) - 2)

    return make


class _Skipped:
    """Stands for a sub-command's parser that :func:`build_parser` leaves out."""

    def add_argument(self, *args, **kwargs) -> None:
        pass


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line, or with ``only`` the main options and that one command.

    Each argument costs argparse a help formatter and a few gettext look-ups on disk:
    building all fourteen commands took a twentieth of ``import`` (issue 11), so a command
    line that names its command gets a parser with just that one (the same usage, help and
    errors for it); ``--help`` and a mistake in the command's name get them all."""
    parser = argparse.ArgumentParser(
        prog="symetrie-desktop",
        description="Symétrie: symmetry-of-attention workshops, offline.",
        epilog=EPILOG,
        formatter_class=_formatter(argparse.RawDescriptionHelpFormatter),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    desktop = parser.add_mutually_exclusive_group()
    desktop.add_argument("--install-desktop", action="store_true",
                         help="add Symétrie to this user's menu and open .symetrie files with it")
    desktop.add_argument("--uninstall-desktop", action="store_true",
                         help="remove what --install-desktop added (workshops are kept)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add_parser(name: str, **kwargs) -> argparse.ArgumentParser | _Skipped:
        if only not in (None, name):
            return _Skipped()
        return sub.add_parser(name, formatter_class=_formatter(argparse.HelpFormatter), **kwargs)

    p = add_parser("new", help="create an empty workshop file, from a template or blank")
    p.add_argument("file", type=Path, help="the .symetrie file to create")
    p.add_argument("--template", metavar="NAME", help="a template name (see 'templates')")
    p.add_argument("--title", help="the workshop's title")
    p.add_argument("--lang", choices=("fr", "en"), default="fr",
                   help="language of the steps, lanes and title (the workshop keeps it)")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")

    p = add_parser("import", help="make a workshop file from an exchange JSON file, an Excel "
                       "workbook (.xlsx), a CSV sheet or a folder of CSV sheets")
    p.add_argument("json", type=Path, help="the file (or folder of CSV sheets) to read")
    p.add_argument("-o", "--output", type=Path, required=True, help="the .symetrie file to create")
    p.add_argument("--force", action="store_true", help="replace the output if it exists")

    p = add_parser("export", help="write the exchange JSON file of a workshop file")
    p.add_argument("file", type=Path, help="the .symetrie file to read")
    p.add_argument("-o", "--output", type=Path, required=True, help="the JSON file to write")

    p = add_parser("demo", help="write the demo workshop, or a large generated one")
    p.add_argument("-o", "--output", type=Path, required=True, help="the .symetrie file to create")
    p.add_argument("--steps", type=_count(1, 500), help="generate a workshop with N steps")
    p.add_argument("--cards", type=_count(0, 200_000), help="generate a workshop with N cards")
    p.add_argument("--seed", type=int, default=0, help="seed of the generated workshop")
    p.add_argument("--force", action="store_true", help="replace the output if it exists")

    p = add_parser("report", help="write the PDF summary of a workshop file")
    p.add_argument("file", type=Path, help="the .symetrie file to read")
    p.add_argument("-o", "--output", type=Path, required=True, help="the PDF file to write")
    p.add_argument("--lang", choices=("fr", "en"), default="fr", help="language of the summary")

    p = add_parser("export-xlsx", help="write the whole workshop as an Excel workbook")
    p.add_argument("file", type=Path, help="the .symetrie file to read")
    p.add_argument("-o", "--output", type=Path, required=True, help="the .xlsx file to write")
    p.add_argument("--lang", choices=("fr", "en"), default="fr", help="language of the headers")

    p = add_parser("export-pptx", help="write the steering-committee deck (PowerPoint, 16:9)")
    p.add_argument("file", type=Path, help="the .symetrie file to read")
    p.add_argument("-o", "--output", type=Path, required=True, help="the .pptx file to write")
    p.add_argument("--lang", choices=("fr", "en"), default="fr", help="language of the slides")

    for name, what, suffix in (
        ("export-plan", "write the action plan as CSV (';', UTF-8 with BOM, for Excel)", ".csv"),
        ("export-md", "write the summary as Markdown", ".md"),
    ):
        p = add_parser(name, help=what)
        p.add_argument("file", type=Path, help="the .symetrie file to read")
        p.add_argument("-o", "--output", type=Path, required=True, help=f"the {suffix} file")
        p.add_argument("--lang", choices=("fr", "en"), default="fr", help="language of the labels")

    p = add_parser("export-png", help="write the board as a PNG image (no window needed)")
    p.add_argument("file", type=Path, help="the .symetrie file to read")
    p.add_argument("-o", "--output", type=Path, required=True, help="the .png file")
    p.add_argument("--width", type=_count(200, 16000), default=2400, help="image width in pixels")

    add_parser("templates", help="list the journey templates")

    p = add_parser("follow-up", help="start the next session of a workshop: same journey, "
                       "participants and action plan, an empty board")
    p.add_argument("file", type=Path, help="the previous session's .symetrie file")
    p.add_argument("-o", "--output", type=Path, required=True, help="the .symetrie file to create")
    p.add_argument("--force", action="store_true", help="replace the output if it exists")

    p = add_parser("import-mirror", help="import a mirror survey CSV into a workshop file "
                       "(columns question;etape;population;note)")
    p.add_argument("file", type=Path, help="the .symetrie file to change")
    p.add_argument("csv", type=Path, help="the survey CSV (';' or ',', UTF-8 or Windows-1252)")

    p = add_parser("serve", help="open the room with no window: phones send post-its and "
                       "votes; prints the join URL first")
    p.add_argument("file", type=Path, help="the .symetrie file to write to")
    p.add_argument("--port", type=_count(0, 65535), help="TCP port (default 8765, or a free one)")
    p.add_argument("--host", metavar="ADDR",
                   help="address to listen on (default: the laptop's local network address)")
    p.add_argument("--moderate", action="store_true",
                   help="phone post-its wait in the file's tray for the facilitator")
    p.add_argument("--lock", action="store_true",
                   help="phones may not correct or withdraw their post-its")
    return parser


def _count(low: int, high: int):
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{value} is not between {low} and {high}")
        return value

    return parse


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or (args_list[0] not in COMMANDS and not args_list[0].startswith("-")):
        if len(args_list) > 1:
            build_parser().error(f"unrecognized arguments: {' '.join(args_list[1:])}")
        return _start_app(Path(args_list[0]) if args_list else None)
    args = build_parser(args_list[0] if args_list[0] in COMMANDS else None).parse_args(args_list)
    try:
        return _run(args)
    except CliError as e:
        return _fail(str(e))
    except Exception as e:
        from .domain.rules import RuleError
        from .exchange.workshop_json import ExchangeError
        from .store import WorkshopFileError

        if isinstance(e, RuleError | WorkshopFileError | ExchangeError):
            return _fail(str(e))
        if isinstance(e, OSError):
            return _fail(f"{e.filename or ''}: {e.strerror or e}".lstrip(": "))
        raise


def _fail(message: str) -> int:
    print(f"symetrie-desktop: {message}", file=sys.stderr)
    return 1


def _run(args: argparse.Namespace) -> int:
    if args.install_desktop or args.uninstall_desktop:
        return _desktop(args)
    if args.command is None:
        build_parser().error("a command is needed after the options (see --help)")
    if args.command == "templates":
        from .exchange.templates import templates

        for t in templates():
            print(f"{t.name:18} {t.label}")
        return 0
    if args.command == "new":
        return _new(args)
    if args.command == "import":
        _check_output(args.output, args.force, ".symetrie")
        sheets = _spreadsheet_sources(args.json)
        if sheets:
            from .exchange.sheet_import import read_spreadsheet

            w = read_spreadsheet(sheets)  # every sheet checked before anything is written
            disk.write_workshop(args.output, w)
        else:
            w = disk.import_workshop(args.json, args.output, overwrite=args.force)
        print(f"{args.output}: {len(w.steps)} steps, {len(w.cards)} cards")
        return 0
    if args.command == "export":
        _check_output(args.output, True, ".json")
        w = disk.export_json(args.file, args.output)
        print(f"{args.output}: {len(w.steps)} steps, {len(w.cards)} cards")
        return 0
    if args.command == "demo":
        return _demo(args)
    if args.command == "report":
        from .collector import long_lived
        from .report import render_report

        _check_output(args.output, True, ".pdf")
        # a million short-lived objects and few cycles: the collector ran ~250 times at
        # 5,000 post-its (0.1 s of CPU, gc callbacks, issue 11) for nothing to collect
        with long_lived():
            pages = render_report(disk.load(args.file), args.output, lang=args.lang)
        print(f"{args.output}: {pages} pages")
        return 0
    if args.command == "export-xlsx":
        from .exchange.xlsx_export import write_xlsx

        _check_output(args.output, True, ".xlsx")
        w = disk.load(args.file)
        write_xlsx(w, args.output, args.lang)
        print(f"{args.output}: {len(w.cards)} post-its, {len(w.actions)} actions")
        return 0
    if args.command == "export-pptx":
        from .report.deck import write_deck

        _check_output(args.output, True, ".pptx")
        print(f"{args.output}: {write_deck(disk.load(args.file), args.output, args.lang)} slides")
        return 0
    if args.command in ("export-plan", "export-md"):
        return _export_summary(args)
    if args.command == "export-png":
        from .ui.board.picture import write_board_png

        _check_output(args.output, True, ".png")
        write_board_png(disk.load(args.file), args.output, args.width)
        print(f"{args.output}: board image written")
        return 0
    if args.command in ("follow-up", "import-mirror"):
        return _after(args)
    if args.command == "serve":
        from .room.serve import serve

        if args.file.suffix.lower() != ".symetrie":
            raise CliError(f"{args.file.name}: not a .symetrie workshop file")
        return serve(args.file, args.host, args.port, moderate=args.moderate,
                     lock=args.lock)
    raise CliError(f"unknown command {args.command!r}")


def _desktop(args: argparse.Namespace) -> int:
    from .desktop import DesktopError, install, uninstall

    if args.command is not None:
        build_parser().error("--install-desktop and --uninstall-desktop take no command")
    try:
        lines = install() if args.install_desktop else uninstall()
    except DesktopError as e:
        raise CliError(str(e)) from None
    for line in lines:
        print(line)
    return 0


def _after(args: argparse.Namespace) -> int:
    if args.command == "follow-up":
        _check_output(args.output, args.force, ".symetrie")
        w = disk.follow_up(args.file, args.output)
        print(f"{args.output}: follow-up session {max(w.sessions)+1}, {len(w.actions)} actions "
              "carried")
        return 0
    from .exchange.mirror_csv import import_mirror_file

    count = import_mirror_file(args.file, args.csv)
    print(f"{args.file}: {count} mirror survey answers imported")
    return 0


def _export_summary(args: argparse.Namespace) -> int:
    if args.command == "export-plan":
        from .report.plan_csv import write_plan_csv

        _check_output(args.output, True, ".csv")
        count = write_plan_csv(disk.load(args.file), args.output, args.lang)
        print(f"{args.output}: {count} actions")
        return 0
    from .report.markdown import write_markdown

    _check_output(args.output, True, ".md")
    write_markdown(disk.load(args.file), args.output, args.lang)
    print(f"{args.output}: summary written")
    return 0


def _spreadsheet_sources(path: Path) -> list[Path]:
    """The spreadsheet files to import (a workbook, a CSV sheet, or a folder's CSV sheets);
    empty for a JSON exchange file."""
    if path.is_dir():
        found = sorted(p for p in path.iterdir() if p.suffix.lower() == ".csv")
        if not found:
            raise CliError(f"{path.name}: no .csv sheet in this folder")
        return found
    return [path] if path.suffix.lower() in (".xlsx", ".xlsm", ".csv") else []


def _check_output(path: Path, overwrite: bool, suffix: str) -> None:
    if path.suffix.lower() != suffix:
        raise CliError(f"{path.name}: the output should end with {suffix}")
    if path.exists() and not overwrite:
        raise CliError(f"{path.name}: already exists (use --force to replace it)")
    if not path.parent.is_dir():
        raise CliError(f"{path.parent}: no such folder")


def _new(args: argparse.Namespace) -> int:
    _check_output(args.file, args.force, ".symetrie")
    w = disk.create_workshop(args.file, args.template, args.title, lang=args.lang)
    print(f"{args.file}: {len(w.steps)} steps, {len(w.lanes)} lanes")
    return 0


def _demo(args: argparse.Namespace) -> int:
    _check_output(args.output, args.force, ".symetrie")
    w = disk.create_demo(args.output, args.steps, args.cards, args.seed)
    print(f"{args.output}: {len(w.steps)} steps, {len(w.cards)} cards")
    return 0


def _start_app(path: Path | None) -> int:
    if path is not None and path.suffix.lower() != ".symetrie":
        return _fail(f"{path.name}: not a .symetrie workshop file (see --help)")
    from .ui.app import run

    return run(path)
