"""The workshop file: one SQLite database per workshop, the document a facilitator emails.

It must be complete whenever the app is closed, so it uses the rollback journal
(no ``-wal`` file beside it) with ``synchronous=FULL``, and every edit is one
transaction that is on disk when :meth:`WorkshopFile.transaction` returns.
Only this package writes SQL.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..disk import copy_before_upgrade, write_atomic
from ..domain.diagnosis import DiagnosisResponse, Statement
from ..domain.followup import ActionReview, PreviousSession, SolvedIrritant
from ..domain.limits import LimitError
from ..domain.mirror import MirrorAnswer
from ..domain.model import (
    Action,
    Card,
    Idea,
    Lane,
    Link,
    Participant,
    Setting,
    Step,
    Vote,
    Workshop,
    WorkshopInfo,
)
from . import journal, verify
from .errors import Problem, WorkshopFileError
from .lock import FileLock, holding
from .reading import BadRow, read_workshop
from .schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION
from .sqlite import Database
from .verify import check_regular, check_schema, damage, harden

SQLITE_MAGIC = b"SQLite format 3\x00"
EXTENSION = ".symetrie"

Entity = (
    WorkshopInfo | Participant | Step | Lane | Card | Link | Idea | Vote | Action | Setting
    | PreviousSession | ActionReview | SolvedIrritant | Statement | DiagnosisResponse
    | MirrorAnswer
)


def _connect(path: Path) -> Database:
    conn = sqlite3.connect(str(path), timeout=2.0, isolation_level=None)
    db = Database(conn)
    harden(conn, own_schema=True)  # only ever after inspect() or on a file we are making
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")
    return db


def inspect(path: Path) -> int:
    """Check that ``path`` is a healthy workshop file we can read; return its schema version.

    Works on a read-only connection, so a foreign, newer, altered or damaged file is
    refused without a single byte of it changed (store/verify.py says what is checked).
    """
    check_regular(path)
    try:
        with path.open("rb") as f:
            header = f.read(len(SQLITE_MAGIC))
    except OSError as e:
        raise WorkshopFileError(path, Problem.MISSING, f"cannot be read ({e.strerror})") from None
    if header != SQLITE_MAGIC:
        raise WorkshopFileError(path, Problem.NOT_SQLITE, "is not a Symétrie workshop file")
    _recover_hot_journal(path)
    try:
        conn = _read_only(path)
    except sqlite3.Error as e:
        raise WorkshopFileError(path, Problem.DAMAGED, f"cannot be opened ({e})") from None
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise WorkshopFileError(
                path, Problem.FOREIGN, "is an SQLite database but not a Symétrie workshop"
            )
        if version > SCHEMA_VERSION:
            raise WorkshopFileError(
                path,
                Problem.NEWER,
                f"was made by a newer Symétrie (file format {version}, this app reads up to "
                f"{SCHEMA_VERSION}); update the app to open it",
            )
        check_schema(path, conn, version)
        # integrity_check, not quick_check: an index that disagrees with its table passes
        # quick_check and then fails the first edit (36 ms for 5,000 post-its)
        result = [row[0] for row in conn.execute("PRAGMA integrity_check(20)")]
        if result != ["ok"]:
            raise WorkshopFileError(path, Problem.DAMAGED, f"is damaged ({damage(result)})")
    except UnicodeDecodeError:
        raise WorkshopFileError(path, Problem.DAMAGED, "is damaged (a text is not UTF-8)") from None
    except sqlite3.Error as e:
        if "readonly" in str(e) and _journal(path).exists():
            raise WorkshopFileError(
                path, Problem.JOURNAL_READ_ONLY,
                "holds an unfinished edit that SQLite can only finish in a folder you can "
                "write to; copy the file and its -journal there together") from None
        if "interrupt" in str(e):
            raise WorkshopFileError(path, Problem.DAMAGED,
                                    "could not be checked in time") from None
        raise WorkshopFileError(path, Problem.DAMAGED, f"is damaged ({e})") from None
    finally:
        conn.close()
    return version


def _read_only(path: Path) -> sqlite3.Connection:
    """A hardened read-only connection whose statements give up after CHECK_SECONDS."""
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, timeout=2.0)
    try:
        harden(conn, time.monotonic() + verify.CHECK_SECONDS)
    except sqlite3.Error:
        conn.close()
        raise
    return conn


def _journal(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def _recover_hot_journal(path: Path) -> None:
    """Finish what a crash interrupted before the read-only checks look at the file.

    An app killed in the middle of an edit leaves ``NAME-journal`` beside the file; a
    read-write connection rolls the unfinished edit back, giving the file exactly as it was
    after the last edit that returned (a read-only connection cannot, and would see the
    file as unreadable). store/journal.py first makes sure the journal is the file's own.
    """
    journal.recover(path)


def load_file(path: str | Path) -> Workshop:
    """Read a workshop without opening it for editing (exports, reports, previews).

    The file is read through a read-only connection and is never changed: an older one
    is copied into memory and upgraded there, as opening it in the app would.
    """
    path = Path(path)
    version = inspect(path)
    try:
        conn = _read_only(path)
    except sqlite3.Error as e:
        raise WorkshopFileError(path, Problem.DAMAGED, f"cannot be read ({e})") from None
    try:
        if version < SCHEMA_VERSION:
            memory = sqlite3.connect(":memory:", isolation_level=None)
            conn.backup(memory)
            conn.close()
            conn = memory
            _migrate(Database(conn), version)
        return _read(path, Database(conn))
    except sqlite3.Error as e:
        raise WorkshopFileError(path, Problem.DAMAGED, f"cannot be read ({e})") from None
    finally:
        conn.close()


def _read(path: Path, db: Database) -> Workshop:
    """The workshop, or a refusal naming the table and row that cannot be used."""
    try:
        return read_workshop(db)
    except BadRow as e:
        raise WorkshopFileError(
            path, Problem.BAD_ROW, f"cannot be used: {e}",
            {"table": e.table, "row": "" if e.row is None else e.row, "why": e.why}) from None
    except LimitError as e:
        raise WorkshopFileError(path, Problem.TOO_LARGE, f"cannot be opened: {e}",
                                {"what": e.what, "count": e.count, "limit": e.limit}) from None


class WorkshopFile:
    """An open workshop file. Use :meth:`open` or :meth:`create`, and :meth:`close` at the end."""

    def __init__(self, path: Path, db: Database, lock: FileLock) -> None:
        self.path = path
        self.db = db
        self._lock = lock
        self._first: Workshop | None = None  # read and checked by open()

    # -- opening and creating ------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path) -> WorkshopFile:
        """Open an existing file, upgrading an older schema in one transaction."""
        path = Path(path)
        version = inspect(path)
        if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
            raise WorkshopFileError(
                path, Problem.READ_ONLY, "is read-only; copy it somewhere you can write first"
            )
        lock = FileLock(path)
        lock.acquire()
        db = None
        kept = None  # the copy made before an upgrade, removed if the file is refused
        try:
            db = _connect(path)
            if version < SCHEMA_VERSION:
                kept = copy_before_upgrade(path, version)
            with db.atomic():  # a refused row rolls the upgrade back with it
                if version < SCHEMA_VERSION:
                    _migrate(db, version)
                elif _journal(path).exists():
                    # A journal SQLite did not need (the crash came before it was hot): one
                    # harmless write makes SQLite replace and then delete it, so no side file
                    # is left for a copy or an email to miss.
                    db.execute(f"PRAGMA user_version = {version}")
                workshop = _read(path, db)
        except sqlite3.Error as e:
            _close_quietly(db)
            _forget(kept)
            lock.release()
            raise WorkshopFileError(path, Problem.DAMAGED, f"cannot be upgraded ({e})") from None
        except BaseException:
            _close_quietly(db)
            _forget(kept)
            lock.release()
            raise
        opened = cls(path, db, lock)
        opened._first = workshop
        return opened

    @classmethod
    def create(cls, path: str | Path, workshop: Workshop, overwrite: bool = False) -> WorkshopFile:
        """Write ``workshop`` as a new file and open it.

        The file is built under a temporary name and renamed at the end, so a failure
        never leaves a half-written workshop where the facilitator expects one.
        """
        path = Path(path)
        if path.exists() and not overwrite:
            raise WorkshopFileError(path, Problem.EXISTS, "already exists")
        write_new(path, workshop)
        return cls.open(path)

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.db.close()
        self._lock.release()

    def __enter__(self) -> WorkshopFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading ---------------------------------------------------------------------------

    def load(self) -> Workshop:
        """The whole workshop, read with one query per table and every row checked.

        The first call after :meth:`open` returns what open() already read and checked.
        """
        first, self._first = self._first, None
        return first if first is not None else _read(self.path, self.db)

    # -- writing ---------------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One user edit: everything inside is committed together, or not at all."""
        try:
            with self.db.atomic():
                yield
        except sqlite3.Error as e:
            raise WorkshopFileError(self.path, Problem.WRITE_FAILED, f"could not save ({e})") from e

    def write(self, before: Entity | None, after: Entity | None) -> None:
        """Make the file hold ``after`` where it held ``before`` (None: absent)."""
        entity = after if after is not None else before
        if entity is None:
            return
        if isinstance(entity, WorkshopInfo):
            assert after is not None
            self.db["workshop"].update(1, _info_row(after))
        elif isinstance(entity, Link):
            if before is not None:
                self.db.execute(
                    "DELETE FROM links WHERE customer_card_id = ? AND employee_card_id = ?",
                    [before.customer_card_id, before.employee_card_id],
                )
            if after is not None:
                self.db["links"].insert(_link_row(after))
        elif isinstance(entity, Setting):
            if after is None:
                self.db.execute("DELETE FROM settings WHERE key = ?", [entity.key])
            else:
                self.db.execute(
                    "INSERT INTO settings (key, value) VALUES (?, ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    [after.key, after.value],
                )
        else:
            table = _TABLES[type(entity)]
            if after is None:
                self.db.execute(f"DELETE FROM {table} WHERE id = ?", [entity.id])
            elif before is not None and type(before) is type(after):
                _update_changed(self.db, table, _ROW[type(entity)](before),
                                _ROW[type(entity)](after))
                _write_joins(self.db, after)
            else:
                _upsert(self.db, table, _ROW[type(entity)](after))
                _write_joins(self.db, after)

    def settings(self) -> dict[str, str]:
        return {row["key"]: row["value"] for row in self.db.query("SELECT * FROM settings")}


# -- rows <-> domain ------------------------------------------------------------------------

_TABLES = {
    Participant: "participants",
    Step: "steps",
    Lane: "lanes",
    Card: "cards",
    Idea: "ideas",
    Vote: "votes",
    Action: "actions",
    PreviousSession: "sessions",
    ActionReview: "action_reviews",
    SolvedIrritant: "solved_irritants",
    Statement: "statements",
    DiagnosisResponse: "diagnosis_responses",
    MirrorAnswer: "mirror_answers",
}


def _upsert(db: Database, table: str, row: dict) -> None:
    cols = list(row)
    updates = ", ".join(f"{c} = excluded.{c}" for c in cols if c != "id")
    db.execute(
        f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))}) "
        f"ON CONFLICT (id) DO UPDATE SET {updates}",
        [row[c] for c in cols],
    )


def _update_changed(db: Database, table: str, before: dict, after: dict) -> None:
    """Write only the columns an edit changed (a post-it's text: one column), or the whole
    row if it is missing. A full upsert also rewrote the indexed cell columns and checked
    every foreign key on each edit, around a third of the SQL time of a one-post-it edit
    (issue 11)."""
    changed = [c for c in after if c != "id" and after[c] != before.get(c)]
    if not changed:
        return
    cursor = db.execute(
        f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in changed)} WHERE id = ?",
        [*(after[c] for c in changed), after["id"]],
    )
    if cursor.rowcount == 0:  # memory and file disagree: the file gets the whole row
        _upsert(db, table, after)


def _write_joins(db: Database, entity: object) -> None:
    if isinstance(entity, Idea):
        db.execute("DELETE FROM idea_cards WHERE idea_id = ?", [entity.id])
        db["idea_cards"].insert_all(_idea_card_rows(entity))
    elif isinstance(entity, Action):
        db.execute("DELETE FROM action_cards WHERE action_id = ?", [entity.id])
        db.execute("DELETE FROM action_ideas WHERE action_id = ?", [entity.id])
        db["action_cards"].insert_all(_action_card_rows(entity))
        db["action_ideas"].insert_all(_action_idea_rows(entity))


def _info_row(info: WorkshopInfo) -> dict:
    return {
        "title": info.title,
        "organization": info.organization,
        "date": info.date,
        "facilitator": info.facilitator,
        "objective": info.objective,
        "vote_budget": info.vote_budget,
    }


def _participant_row(p: Participant) -> dict:
    office = p.office.value if p.office else None
    return {"id": p.id, "name": p.name, "department": p.department, "office": office,
            "colour": p.colour, "position": p.position}


def _step_row(s: Step) -> dict:
    return {"id": s.id, "name": s.name, "phase": str(s.phase), "position": s.position}


def _lane_row(lane: Lane) -> dict:
    return {"id": lane.id, "kind": str(lane.kind), "name": lane.name, "position": lane.position}


def _card_row(c: Card) -> dict:
    return {"id": c.id, "lane_id": c.lane_id, "step_id": c.step_id, "kind": str(c.kind),
            "text": c.text, "author_id": c.author_id,
            "tags": json.dumps(list(c.tags), ensure_ascii=False) if c.tags else "[]",
            "position": c.position}


#: The columns of :func:`_card_tuples`, in its order (those of :func:`_card_row`).
_CARD_COLUMNS = ("id", "lane_id", "step_id", "kind", "text", "author_id", "tags", "position")


def _card_tuples(cards: Iterable[Card]) -> list[tuple]:
    """The rows of many cards as tuples, as :func:`_card_row` makes them one by one: a
    new file of 5,000 post-its spent a tenth of ``import`` on the dicts and on encoding
    the same few tag lists again (issue 11), so each distinct tag list is encoded once."""
    encoded: dict[tuple[str, ...], str] = {(): "[]"}
    rows = []
    for c in cards:
        tags = encoded.get(c.tags)
        if tags is None:
            tags = encoded[c.tags] = json.dumps(list(c.tags), ensure_ascii=False)
        rows.append((c.id, c.lane_id, c.step_id, str(c.kind), c.text, c.author_id, tags,
                     c.position))
    return rows


def _link_row(link: Link) -> dict:
    return {"customer_card_id": link.customer_card_id, "employee_card_id": link.employee_card_id}


def _idea_row(i: Idea) -> dict:
    return {"id": i.id, "text": i.text, "author_id": i.author_id, "theme": i.theme,
            "position": i.position}


def _vote_row(v: Vote) -> dict:
    return {"id": v.id, "participant_id": v.participant_id, "idea_id": v.idea_id,
            "card_id": v.card_id}


def _action_row(a: Action) -> dict:
    return {"id": a.id, "title": a.title, "owner": a.owner, "due": a.due,
            "status": str(a.status), "position": a.position, "origin": a.origin}


def _session_row(s: PreviousSession) -> dict:
    return {"id": s.id, "title": s.title, "date": s.date, "exchange": s.exchange}


def _review_row(r: ActionReview) -> dict:
    return {"id": r.id, "action_id": r.action_id, "date": r.date, "status": str(r.status),
            "note": r.note}


def _solved_row(s: SolvedIrritant) -> dict:
    return {"id": s.id, "session_id": s.session_id, "card": s.card, "action_id": s.action_id,
            "date": s.date}


def _statement_row(s: Statement) -> dict:
    return {"id": s.id, "dimension": str(s.dimension), "text": s.text, "position": s.position}


def _response_row(r: DiagnosisResponse) -> dict:
    return {"id": r.id, "answers": json.dumps({str(k): v for k, v in r.answers})}


def _mirror_row(m: MirrorAnswer) -> dict:
    return {"id": m.id, "question": m.question, "step": m.step,
            "population": str(m.population), "score": m.score}


def _idea_card_rows(i: Idea) -> list[dict]:
    return [{"idea_id": i.id, "card_id": c} for c in dict.fromkeys(i.addresses)]


def _action_card_rows(a: Action) -> list[dict]:
    return [{"action_id": a.id, "card_id": c} for c in dict.fromkeys(a.addresses)]


def _action_idea_rows(a: Action) -> list[dict]:
    return [{"action_id": a.id, "idea_id": i} for i in dict.fromkeys(a.ideas)]


_ROW = {
    Participant: _participant_row,
    Step: _step_row,
    Lane: _lane_row,
    Card: _card_row,
    Idea: _idea_row,
    Vote: _vote_row,
    Action: _action_row,
    PreviousSession: _session_row,
    ActionReview: _review_row,
    SolvedIrritant: _solved_row,
    Statement: _statement_row,
    DiagnosisResponse: _response_row,
    MirrorAnswer: _mirror_row,
}


def _close_quietly(db: Database | None) -> None:
    if db is not None:
        with contextlib.suppress(sqlite3.Error):
            db.close()


def _forget(copy: Path | None) -> None:
    """A refused file is left exactly as it was, with no side file beside it."""
    if copy is not None:
        with contextlib.suppress(OSError):
            copy.unlink()


def _migrate(db: Database, version: int) -> None:
    for v in range(version, SCHEMA_VERSION):
        MIGRATIONS[v](db)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def write_new(path: Path, workshop: Workshop) -> None:
    """Write ``workshop`` to a new file at ``path`` atomically (temporary file, then rename).

    A workshop already at ``path`` is replaced only while nobody has it open: its lock is
    held for the time of the replacement, so ``new --force`` never swaps a file under the app.
    """
    path = Path(path)
    with holding(path):
        _write_new(path, workshop)


def _write_new(path: Path, workshop: Workshop) -> None:
    def build(tmp: Path) -> None:
        db = _connect(tmp)
        # Built under a temporary name nobody opens, which write_atomic flushes to the disk
        # before the rename: a journal file and syncs at the commit would guard nothing (a
        # failed or killed build only ever leaves that temporary file), and cost a tenth
        # of ``import`` (issue 11). A failed build still rolls back, from memory. Neither
        # setting stays in the file: every later connection journals and syncs as usual.
        db.execute("PRAGMA journal_mode = MEMORY")
        db.execute("PRAGMA synchronous = OFF")
        # every reference is checked once at the end, in one pass, rather than row by row
        # (a quarter of the inserts' time at 5,000 post-its); so is every CHECK: row by row,
        # the cards' alone were half of inserting them (18 ms at 5,000), one quick_check
        # pass over the finished file a third of that, against the same constraints
        db.execute("PRAGMA foreign_keys = OFF")
        db.execute("PRAGMA ignore_check_constraints = ON")
        try:
            with db.atomic():
                _migrate(db, 0)
                _insert_all(db, workshop)
                db.execute("PRAGMA ignore_check_constraints = OFF")
                if db.execute("PRAGMA foreign_key_check").fetchone() is not None:
                    raise sqlite3.IntegrityError("FOREIGN KEY constraint failed")
                problems = db.execute("PRAGMA quick_check").fetchall()
                if problems != [("ok",)]:
                    raise sqlite3.IntegrityError(f"CHECK constraint failed ({problems[0][0]})")
        finally:
            db.close()

    try:
        write_atomic(path, build)
    except sqlite3.Error as e:
        raise WorkshopFileError(path, Problem.WRITE_FAILED, f"could not be written ({e})") from e


def _insert_all(db: Database, w: Workshop) -> None:
    db["workshop"].insert({"id": 1, **_info_row(w.info)})
    _insert_batches(db, [
        ("participants", [_participant_row(p) for p in w.participants.values()]),
        ("steps", [_step_row(s) for s in w.steps.values()]),
        ("lanes", [_lane_row(lane) for lane in w.lanes.values()]),
    ])
    db["cards"].insert_rows(_CARD_COLUMNS, _card_tuples(w.cards.values()))
    _insert_batches(db, [
        ("links", [_link_row(link) for link in w.links]),
        ("ideas", [_idea_row(i) for i in w.ideas.values()]),
        ("idea_cards", [r for i in w.ideas.values() for r in _idea_card_rows(i)]),
        ("votes", [_vote_row(v) for v in w.votes.values()]),
        ("actions", [_action_row(a) for a in w.actions.values()]),
        ("action_cards", [r for a in w.actions.values() for r in _action_card_rows(a)]),
        ("action_ideas", [r for a in w.actions.values() for r in _action_idea_rows(a)]),
        ("settings", [{"key": s.key, "value": s.value} for s in w.settings.values()]),
        ("sessions", [_session_row(s) for s in w.sessions.values()]),
        ("action_reviews", [_review_row(r) for r in w.reviews.values()]),
        ("solved_irritants", [_solved_row(s) for s in w.solved.values()]),
        ("statements", [_statement_row(s) for s in w.statements.values()]),
        ("diagnosis_responses", [_response_row(r) for r in w.responses.values()]),
        ("mirror_answers", [_mirror_row(m) for m in w.mirror.values()]),
    ])


def _insert_batches(db: Database, batches: list[tuple[str, list[dict]]]) -> None:
    for table, rows in batches:
        if rows:
            db[table].insert_all(rows, batch_size=500)
