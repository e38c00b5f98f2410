"""A workshop from a spreadsheet: an Excel workbook, or CSV sheets as French Excel saves them.

Facilitators prepare a workshop in Excel (the journey's steps, who comes); the layout is
the one the Excel export writes (:mod:`.sheets`), in French or English, and only the sheets
present are read: steps and participants alone make a ready board.

The rows are turned into an exchange document and built by
:func:`.workshop_json.from_exchange`, the very path the JSON import takes, so a workbook
passes exactly the checks a JSON file passes. A problem found there comes back as a
place in the exchange document (``cards[3].text``) and is turned into the sheet, row and
column it came from, so the message points at a cell the facilitator can find.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ..domain.model import CardKind, LaneKind, Status, Tag, Workshop
from ..report.labels import Labels
from . import sheets as sh
from .workshop_json import DEFAULT_LANE_NAMES, ExchangeError, from_exchange

MAX_SHEET_BYTES = 100 * 1024 * 1024
_REF = re.compile(r"^\s*([A-Za-z]+\d+)\b")
_FR_DATE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_WHERE = re.compile(r"^(\w+)(?:\[(\d+)\])?(?:\.(\w+))?")


class SheetError(ExchangeError):
    """A bad cell: ``Post-it, row 5, column F (Texte): empty text``."""


def _letter(n: int) -> str:
    letters = ""
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@dataclass
class Table:
    """One sheet as read: its title in the file, its header row and its data rows."""

    sheet: sh.Sheet
    title: str
    headers: list[str]
    rows: list[tuple[int, list[Any]]]  # (row number as the spreadsheet shows it, values)
    index: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        folded = [sh.fold(h) for h in self.headers]
        for column in self.sheet.columns:
            for name in (column.fr, column.en):
                if sh.fold(name) in folded:
                    self.index[column.key] = folded.index(sh.fold(name))
                    break

    def has(self, key: str) -> bool:
        return key in self.index

    def require(self, *keys: str) -> None:
        for key in keys:
            if key not in self.index:
                column = self.sheet.column(key)
                raise SheetError(self.title, f"no column « {column.fr} » / « {column.en} »")

    def value(self, values: list[Any], key: str) -> Any:
        k = self.index.get(key)
        return values[k] if k is not None and k < len(values) else None

    def text(self, values: list[Any], key: str) -> str:
        return _text(self.value(values, key))

    def place(self, row: int, key: str | None) -> str:
        if key is None or key not in self.index:
            return f"{self.title}, row {row}"
        k = self.index[key]
        return f"{self.title}, row {row}, column {_letter(k + 1)} ({self.headers[k]})"

    def error(self, row: int, key: str | None, message: str) -> SheetError:
        return SheetError(self.place(row, key), message)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _date(table: Table, row: int, key: str, value: Any) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, datetime | date):
        return (value.date() if isinstance(value, datetime) else value).isoformat()
    text = _text(value)
    match = _FR_DATE.match(text)
    try:
        if match:
            day, month, year = (int(g) for g in match.groups())
            return date(year, month, day).isoformat()
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise table.error(row, key, f"{text!r} is not a date (expected DD/MM/YYYY)") from None


def _words(*enums: type) -> dict[str, str]:
    """Every way a value may be written (French label, English label, raw value) -> value."""
    found: dict[str, str] = {}
    for lang in ("fr", "en"):
        lb = Labels(lang)
        for enum in enums:
            for member in enum:
                found[sh.fold(lb.enum(member))] = member.value
                found[sh.fold(member.value)] = member.value
    return found


_KINDS = _words(CardKind)
_STATUSES = _words(Status)
_TAGS = _words(Tag)
_LANE_KINDS = {sh.fold(word): kind.value for words in sh.LANE_KIND_WORDS.values()
               for kind, word in words.items()}
_OFFICES = {"front": "front", "back": "back", "front-office": "front", "back-office": "back",
            "front office": "front", "back office": "back"}


def _refs(text: str) -> list[str]:
    """The leading reference of each line: ``c12 : Délai`` -> ``c12``; other lines are
    kept whole (an unknown reference is reported by the exchange checks)."""
    found = []
    for line in text.replace(";", "\n").split("\n"):
        if not line.strip():
            continue
        match = _REF.match(line)
        found.append(match.group(1) if match else line.strip())
    return found


class _Builder:
    """Rows -> exchange document, remembering where each item came from."""

    def __init__(self, tables: dict[str, Table], default_title: str) -> None:
        self.tables = tables
        self.default_title = default_title
        self.origin: dict[tuple[str, int], tuple[Table, int, str | None]] = {}
        self.fields: dict[str, tuple[Table, int]] = {}
        self.doc: dict[str, Any] = {"format": "symetrie-workshop", "version": 1}

    def _note(self, collection: str, table: Table, row: int, key: str | None = None) -> None:
        self.origin[(collection, len(self.doc.setdefault(collection, [])))] = (table, row, key)

    def build(self) -> dict[str, Any]:
        self._workshop()
        self._participants()
        self._steps()
        self._lanes()
        self._cards()
        self._ideas()
        self._votes()
        self._plan()
        return self.doc

    def _workshop(self) -> None:
        info: dict[str, Any] = {"title": self.default_title}
        table = self.tables.get("workshop")
        if table is not None:
            table.require("field", "value")
            labels = {sh.fold(x): key for key, fr, en in sh.WORKSHOP_FIELDS for x in (fr, en, key)}
            for row, values in table.rows:
                key = labels.get(sh.fold(table.value(values, "field")))
                if key is None:
                    continue
                value = table.value(values, "value")
                if key == "date":
                    info[key] = _date(table, row, "value", value)
                elif key == "vote_budget":
                    text = _text(value)
                    if not text.isdigit():
                        raise table.error(row, "value", f"expected a whole number, found {text!r}")
                    info[key] = int(text)
                else:
                    info[key] = _text(value)
                self.fields[key] = (table, row)
        self.doc["workshop"] = info

    def _participants(self) -> None:
        self.doc["participants"] = []
        self.people: dict[str, str] = {}
        table = self.tables.get("participants")
        if table is None:
            return
        table.require("name")
        for row, values in table.rows:
            name = table.text(values, "name")
            ref = f"p{len(self.doc['participants']) + 1}"
            office = sh.fold(table.text(values, "office"))
            self._note("participants", table, row)
            self.doc["participants"].append({
                "id": ref, "name": name, "department": table.text(values, "department"),
                "office": _OFFICES.get(office, office) or None,
                "colour": table.text(values, "colour") or None,
            })
            self.people.setdefault(sh.fold(name), ref)

    def _person(self, table: Table, row: int, key: str, values: list[Any]) -> str | None:
        name = table.text(values, key)
        if not name:
            return None
        ref = self.people.get(sh.fold(name))
        if ref is None:
            raise table.error(row, key, f"unknown participant {name!r} (not on the participants "
                              "sheet)")
        return ref

    def _steps(self) -> None:
        self.doc["steps"] = []
        self.step_names: dict[str, list[str]] = {}
        table = self.tables.get("steps")
        if table is None:
            return
        table.require("name")
        for row, values in table.rows:
            ref = f"s{len(self.doc['steps']) + 1}"
            name = table.text(values, "name")
            self._note("steps", table, row)
            phase = sh.fold(table.text(values, "phase")) or "pendant"
            self.doc["steps"].append({"id": ref, "name": name, "phase": phase})
            self.step_names.setdefault(sh.fold(name), []).append(ref)

    def _lanes(self) -> None:
        self.doc["lanes"] = []
        self.lane_names: dict[str, list[str]] = {}
        self.lane_kinds: dict[str, str] = {}
        table = self.tables.get("lanes")
        rows: list[tuple[Table | None, int, str, str]] = []
        if table is not None:
            table.require("kind")
            for row, values in table.rows:
                kind = table.text(values, "kind")
                rows.append((table, row, _LANE_KINDS.get(sh.fold(kind), kind),
                             table.text(values, "name")))
        else:
            rows = [(None, 0, kind.value, DEFAULT_LANE_NAMES[kind]) for kind in (
                LaneKind.CUSTOMER, LaneKind.EMPLOYEE, LaneKind.ACTORS, LaneKind.CHANNELS,
                LaneKind.TOOLS, LaneKind.INDICATORS)]
        for table_, row, kind, name in rows:
            ref = f"L{len(self.doc['lanes']) + 1}"
            if table_ is not None:
                self._note("lanes", table_, row)
            self.doc["lanes"].append({"id": ref, "kind": kind, "name": name})
            self.lane_names.setdefault(sh.fold(name or DEFAULT_LANE_NAMES.get(kind, "")),
                                       []).append(ref)
            self.lane_kinds[ref] = kind

    def _step_ref(self, table: Table, row: int, values: list[Any]) -> str:
        number = table.text(values, "step_number")
        if number:
            if not number.isdigit() or not 1 <= int(number) <= len(self.doc["steps"]):
                raise table.error(row, "step_number", f"no step number {number}")
            return f"s{int(number)}"
        name = table.text(values, "step")
        found = self.step_names.get(sh.fold(name), [])
        if len(found) != 1:
            why = "two steps have this name" if found else "not on the steps sheet"
            raise table.error(row, "step", f"step {name!r}: {why}")
        return found[0]

    def _lane_ref(self, table: Table, row: int, values: list[Any]) -> str:
        name = table.text(values, "lane")
        found = self.lane_names.get(sh.fold(name), [])
        if not found:
            kind = _LANE_KINDS.get(sh.fold(name))
            found = [ref for ref, k in self.lane_kinds.items() if k == kind][:1]
        if len(found) != 1:
            why = "two lanes have this name" if found else "not a lane of the board"
            raise table.error(row, "lane", f"lane {name!r}: {why}")
        return found[0]

    def _cards(self) -> None:
        self.doc["cards"], self.doc["links"] = [], []
        table = self.tables.get("cards")
        if table is None:
            return
        table.require("text", "lane")
        if not table.has("step") and not table.has("step_number"):
            table.require("step")
        sides: dict[str, tuple[str, int]] = {}
        listed: list[tuple[str, list[str], int]] = []
        for row, values in table.rows:
            ref = table.text(values, "ref") or f"row{row}"
            lane = self._lane_ref(table, row, values)
            kind = table.text(values, "kind")
            tags = [t.strip() for t in re.split(r"[,;\n]", table.text(values, "tags"))]
            self._note("cards", table, row)
            self.doc["cards"].append({
                "id": ref, "lane": lane, "step": self._step_ref(table, row, values),
                "kind": _KINDS.get(sh.fold(kind), kind) if kind else "note",
                "text": table.text(values, "text"),
                "author": self._person(table, row, "author", values),
                "tags": [_TAGS.get(sh.fold(t), t) for t in tags if t],
            })
            sides[ref] = (self.lane_kinds[lane], row)
            listed.append((ref, _refs(table.text(values, "linked")), row))
        seen: set[frozenset[str]] = set()
        for ref, others, row in listed:
            for other in others:
                if frozenset((ref, other)) in seen:
                    continue
                seen.add(frozenset((ref, other)))
                customer, employee = ref, other
                if sides.get(ref, ("",))[0] == LaneKind.EMPLOYEE.value:
                    customer, employee = other, ref
                self._note("links", table, row, "linked")
                self.doc["links"].append({"customer_card": customer, "employee_card": employee})

    def _ordered(self, table: Table, prefix: str) -> list[tuple[int, list[Any]]]:
        """Rows in the order of their references (a1, a2…) when every row has one: the
        plan is shown by priority, but its own order is kept for the round trip."""
        refs = [table.text(values, "ref") for _, values in table.rows]
        if refs and all(re.fullmatch(prefix + r"\d+", r) for r in refs):
            return sorted(table.rows, key=lambda rv: int(table.text(rv[1], "ref")[1:]))
        return table.rows

    def _ideas(self) -> None:
        self.doc["ideas"], self.doc["votes"] = [], []
        table = self.tables.get("ideas")
        if table is None:
            return
        table.require("text")
        counted = "votes" not in self.tables
        for row, values in self._ordered(table, "i"):
            ref = table.text(values, "ref") or f"row{row}"
            self._note("ideas", table, row)
            self.doc["ideas"].append({
                "id": ref, "text": table.text(values, "text"),
                "theme": table.text(values, "theme"),
                "author": self._person(table, row, "author", values),
                "addresses": _refs(table.text(values, "addresses")),
            })
            count = table.text(values, "votes")
            if counted and count:
                if not count.isdigit() or int(count) > 999:
                    raise table.error(row, "votes", f"expected a number of votes, found {count!r}")
                for _ in range(int(count)):  # dots from a paper round: nobody's in particular
                    self._note("votes", table, row, "votes")
                    self.doc["votes"].append({"participant": None, "target": ref})

    def _votes(self) -> None:
        table = self.tables.get("votes")
        if table is None:
            return
        table.require("target")
        for row, values in table.rows:
            target = _refs(table.text(values, "target"))
            if len(target) != 1:
                raise table.error(row, "target", "expected one idea or post-it reference")
            self._note("votes", table, row, "participant")
            self.doc["votes"].append({
                "participant": self._person(table, row, "participant", values),
                "target": target[0],
            })

    def _plan(self) -> None:
        self.doc["actions"] = []
        table = self.tables.get("plan")
        if table is None:
            return
        table.require("title")
        for row, values in self._ordered(table, "a"):
            status = table.text(values, "status")
            self._note("actions", table, row)
            self.doc["actions"].append({
                "id": table.text(values, "ref") or f"row{row}",
                "title": table.text(values, "title"), "owner": table.text(values, "owner"),
                "due": _date(table, row, "due", table.value(values, "due")),
                "status": _STATUSES.get(sh.fold(status), status) if status else "todo",
                "addresses": _refs(table.text(values, "addresses")),
                "ideas": _refs(table.text(values, "ideas")),
            })

    def place(self, error: ExchangeError) -> str:
        """The sheet, row and column an exchange-document place came from."""
        match = _WHERE.match(error.where)
        if not match:
            return error.where
        collection, index, key = match.group(1), match.group(2), match.group(3)
        if collection == "workshop" and key in self.fields:
            table, row = self.fields[key]
            return table.place(row, "value")
        if collection == "workshop":
            return "workshop sheet" if "workshop" in self.tables else "workbook (no workshop sheet)"
        if index is None:
            sheet = next((s for s in sh.SHEETS if s.key == collection), None)
            return sheet.fr if sheet else collection
        table, row, fixed = self.origin.get((collection, int(index)), (None, 0, None))
        if table is None:
            return error.where
        column = _COLUMN.get((collection, key)) or fixed
        return table.place(row, column)


_COLUMN = {
    ("cards", "id"): "ref", ("cards", "lane"): "lane", ("cards", "step"): "step",
    ("cards", "kind"): "kind", ("cards", "text"): "text", ("cards", "author"): "author",
    ("cards", "tags"): "tags", ("ideas", "id"): "ref", ("ideas", "text"): "text",
    ("ideas", "theme"): "theme", ("ideas", "addresses"): "addresses",
    ("actions", "id"): "ref", ("actions", "title"): "title", ("actions", "owner"): "owner",
    ("actions", "due"): "due", ("actions", "status"): "status",
    ("actions", "addresses"): "addresses", ("actions", "ideas"): "ideas",
    ("participants", "name"): "name", ("participants", "department"): "department",
    ("participants", "office"): "office", ("participants", "colour"): "colour",
    ("steps", "name"): "name", ("steps", "phase"): "phase",
    ("lanes", "kind"): "kind", ("lanes", "name"): "name",
    ("votes", "target"): "target", ("votes", "participant"): "participant",
}


def workshop_from_tables(tables: dict[str, Table], default_title: str) -> Workshop:
    """Build and check the workshop the tables describe (the JSON import's path)."""
    if not tables:
        raise ExchangeError("", "no sheet of a workshop found (expected sheets such as "
                            "« Étapes » and « Participants »)")
    builder = _Builder(tables, default_title)
    doc = builder.build()
    try:
        return from_exchange(doc)
    except SheetError:
        raise
    except ExchangeError as e:
        raise SheetError(builder.place(e), e.message) from None


# -- reading files --------------------------------------------------------------------------


def _table(sheet: sh.Sheet, title: str, rows: list[tuple[int, list[Any]]]) -> Table | None:
    if not rows:
        return None
    (_, headers), data = rows[0], rows[1:]
    data = [(n, values) for n, values in data if any(_text(v) for v in values)]
    return Table(sheet, title, [_text(h) for h in headers], data)


def read_xlsx_tables(path: Path) -> dict[str, Table]:
    """The workbook's known sheets (by their French or English name); others are ignored."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as e:  # a zip or XML error: the file is not a workbook we can read
        raise ExchangeError(path.name, f"not an Excel workbook ({type(e).__name__})") from None
    tables: dict[str, Table] = {}
    try:
        for ws in book.worksheets:
            sheet = sh.sheet_named(ws.title)
            if sheet is None or sheet.derived:
                continue
            rows = [(n, list(values)) for n, values in enumerate(ws.iter_rows(values_only=True), 1)]
            table = _table(sheet, ws.title, rows)
            if table is not None:
                tables[sheet.key] = table
    finally:
        book.close()
    return tables


def decode_csv(raw: bytes) -> str:
    """UTF-8 with or without a BOM, else Windows-1252 (what French Excel writes by default)."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def read_csv_table(path: Path) -> Table:
    """One CSV sheet; which sheet it is comes from its file name, else from its headers."""
    text = decode_csv(path.read_bytes())
    first = text.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first.count) if first else ";"
    records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    rows = [(n, list(r)) for n, r in enumerate(records, 1)]
    sheet = sh.sheet_named(path.stem)
    if sheet is None and rows:
        sheet = sh.sheet_for_headers([_text(h) for h in rows[0][1]])
    if sheet is None or sheet.derived:
        raise ExchangeError(path.name, "not a sheet of a workshop (unknown file name and headers)")
    table = _table(sheet, path.name, rows)
    if table is None:
        raise ExchangeError(path.name, "empty file")
    return table


def read_spreadsheet(paths: list[Path]) -> Workshop:
    """The workshop of one workbook, or of one or more CSV sheets."""
    tables: dict[str, Table] = {}
    for path in paths:
        try:
            if path.stat().st_size > MAX_SHEET_BYTES:
                raise ExchangeError(path.name, "file too large for a workshop")
        except OSError as e:
            raise ExchangeError(path.name, f"cannot be read ({e.strerror})") from None
        if path.suffix.lower() == ".csv":
            table = read_csv_table(path)
            if table.sheet.key in tables:
                raise ExchangeError(path.name, f"a second « {table.sheet.fr} » sheet")
            tables[table.sheet.key] = table
        else:
            tables.update(read_xlsx_tables(path))
    return workshop_from_tables(tables, paths[0].stem if paths else "Atelier")
