"""Read a mirror survey CSV as French Excel writes it, and import it into a workshop file.

Accepted: ``;`` or ``,`` between columns (told from the header line), UTF-8 with or without
BOM or Windows-1252, a decimal comma in notes when columns are split by ``;``. Columns
``question;etape;population;note`` in any order (``étape`` accepted); ``population`` is
``client`` or ``collaborateur``; ``etape`` a step name of the workshop (case, accents and
blanks ignored) or empty for the whole journey. The scale is the first of 1–4, 1–5, 1–7,
0–10 that holds every note of the file. One bad row refuses the whole file, with its line
number and the reason; nothing is imported.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from ..domain.mirror import SCALES, Population
from ..domain.model import Workshop
from .workshop_json import ExchangeError

COLUMNS = ("question", "etape", "population", "note")
MAX_BYTES = 20_000_000
MAX_ROWS = 200_000
_POPULATIONS = {
    "client": Population.CUSTOMER, "clients": Population.CUSTOMER,
    "collaborateur": Population.EMPLOYEE, "collaborateurs": Population.EMPLOYEE,
    "collaboratrice": Population.EMPLOYEE, "collaboratrices": Population.EMPLOYEE,
}


class MirrorError(ExchangeError):
    """A survey refused: ``where`` is ``FILE:LINE`` (or the file), ``reason`` a short code the
    window turns into a French sentence, ``value`` what was found."""

    def __init__(self, where: str, reason: str, message: str, value: str = "") -> None:
        super().__init__(where, message)
        self.reason = reason
        self.value = value
        self.line = int(where.rsplit(":", 1)[1]) if ":" in where else 0


@dataclass(frozen=True, slots=True)
class SurveyRow:
    question: str
    step: str
    population: Population
    score: float


@dataclass(frozen=True, slots=True)
class Survey:
    rows: tuple[SurveyRow, ...]
    scale: tuple[int, int]


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).split())


def decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def parse_survey(data: bytes, w: Workshop, name: str = "survey.csv") -> Survey:
    """The survey's rows, checked against the workshop's steps; MirrorError on the first bad
    row."""
    if len(data) > MAX_BYTES:
        raise MirrorError(name, "too_big", f"more than {MAX_BYTES // 1_000_000} MB")
    text = decode(data)
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = ";" if first.count(";") >= first.count(",") and ";" in first else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header: list[str] | None = None
    index: dict[str, int] = {}
    steps = {_fold(s.name): s.name for s in w.ordered_steps()}
    rows: list[SurveyRow] = []
    try:
        for record in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in record):
                continue
            if header is None:
                header = [_fold(c) for c in record]
                for col in COLUMNS:
                    if col not in header:
                        raise MirrorError(f"{name}:{line}", "missing_column",
                                          f"no column {col!r} (expected "
                                          f"{delimiter.join(COLUMNS)})", col)
                    index[col] = header.index(col)
                continue
            rows.append(_row(record, index, steps, delimiter, f"{name}:{line}"))
            if len(rows) > MAX_ROWS:
                raise MirrorError(f"{name}:{line}", "too_many", f"more than {MAX_ROWS} rows")
    except csv.Error as e:
        raise MirrorError(f"{name}:{reader.line_num}", "csv", f"unreadable CSV ({e})") from None
    if header is None:
        raise MirrorError(name, "empty", "the file is empty")
    if not rows:
        raise MirrorError(name, "no_rows", "no answer under the header")
    return Survey(tuple(rows), _scale(rows, name))


def _row(record: list[str], index: dict[str, int], steps: dict[str, str], delimiter: str,
         where: str) -> SurveyRow:
    def cell(col: str) -> str:
        i = index[col]
        return record[i].strip() if i < len(record) else ""

    question = " ".join(cell("question").split())
    if not question:
        raise MirrorError(where, "no_question", "the question is empty")
    if len(question) > 500:
        raise MirrorError(where, "long_question", "the question is longer than 500 characters")
    step_text = cell("etape")
    step = ""
    if step_text:
        step = steps.get(_fold(step_text), "")
        if not step:
            raise MirrorError(where, "unknown_step",
                              f"unknown step {step_text!r} (not a step of the journey)",
                              step_text)
    population = _POPULATIONS.get(_fold(cell("population")))
    if population is None:
        raise MirrorError(where, "bad_population", f"population {cell('population')!r} is "
                          "neither 'client' nor 'collaborateur'", cell("population"))
    note = cell("note")
    try:
        score = float(note.replace(",", ".") if delimiter == ";" else note)
    except ValueError:
        raise MirrorError(where, "bad_note", f"note {note!r} is not a number", note) from None
    if not 0 <= score <= 10 or score != score:
        raise MirrorError(where, "out_of_scale", f"note {note} is outside every accepted scale "
                          "(1-4, 1-5, 1-7, 0-10)", note)
    return SurveyRow(question, step, population, score)


def _scale(rows: list[SurveyRow], name: str) -> tuple[int, int]:
    low = min(r.score for r in rows)
    high = max(r.score for r in rows)
    for lo, hi in SCALES:
        if lo <= low and high <= hi:
            return lo, hi
    raise MirrorError(name, "out_of_scale", "notes outside every accepted scale")


def import_mirror_file(workshop_path: str | Path, csv_path: str | Path) -> int:
    """Check the CSV, then replace the workshop's mirror survey in one edit; return the count."""
    from ..commands import Document
    from ..commands.after import import_mirror

    csv_path = Path(csv_path)
    data = csv_path.read_bytes()
    doc = Document.open(workshop_path)
    try:
        survey = parse_survey(data, doc.workshop, csv_path.name)
        import_mirror(doc.workshop, survey.rows, survey.scale).redo(doc)
    finally:
        doc.close()
    return len(survey.rows)
