"""The few helpers over ``sqlite3`` the store uses: execute, query as dicts, a transaction
block, and inserts and updates of plain rows.

They used to come from sqlite-utils, whose import also loads its command line (click,
dateutil, pluggy, tabulate, its plugins): about 110 ms of every start of the app, of
``import`` and of ``report`` (issue 11 profile), for helpers of a few lines each.
Connections are opened in autocommit mode (``isolation_level=None``), so a statement
outside :meth:`Database.atomic` is its own transaction.
"""

from __future__ import annotations

import contextlib
import itertools
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

_savepoints = itertools.count(1)


class Database:
    """A sqlite3 connection with the store's helpers; ``conn`` is the connection itself."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        conn.execute("PRAGMA recursive_triggers = on")

    def execute(self, sql: str, parameters: Sequence | dict[str, Any] | None = None
                ) -> sqlite3.Cursor:
        if parameters is None:
            return self.conn.execute(sql)
        return self.conn.execute(sql, parameters)

    def query(self, sql: str, params: Sequence | dict[str, Any] | None = None
              ) -> Iterator[dict]:
        """The rows as dicts; the statement runs now, rows are fetched as they are read."""
        cursor = self.execute(sql, params)
        keys = [d[0] for d in cursor.description or ()]
        return (dict(zip(keys, row, strict=True)) for row in cursor)

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        """One transaction (a savepoint when one is already open); rolled back on error."""
        if self.conn.in_transaction:
            name = f"symetrie_{next(_savepoints)}"
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    self.conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            else:
                self.conn.execute(f"RELEASE SAVEPOINT {name}")
            return
        self.conn.execute("BEGIN")
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            self.rollback()
            raise

    def rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def close(self) -> None:
        self.conn.close()

    def __getitem__(self, table: str) -> Table:
        return Table(self, table)


def _name(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


class Table:
    """Inserts and updates of plain dict rows into one table."""

    def __init__(self, db: Database, name: str) -> None:
        self.db, self.name = db, name

    def insert(self, row: dict) -> None:
        self.insert_all([row])

    def insert_all(self, rows: Iterable[dict], batch_size: int = 500) -> None:
        """Rows with the same columns as the first, in batches of ``batch_size``."""
        rows = iter(rows)
        first = next(rows, None)
        if first is None:
            return
        columns = list(first)
        sql = (f"INSERT INTO {_name(self.name)} ({', '.join(map(_name, columns))}) "
               f"VALUES ({', '.join('?' for _ in columns)})")
        pending = itertools.chain([first], rows)
        while batch := list(itertools.islice(pending, batch_size)):
            self.db.conn.executemany(sql, [[row.get(c) for c in columns] for row in batch])

    def insert_rows(self, columns: Sequence[str], rows: Sequence[Sequence]) -> None:
        """Rows already laid out as ``columns``, in one statement (a bulk write that
        builds its tuples directly rather than a dict per row)."""
        if rows:
            sql = (f"INSERT INTO {_name(self.name)} ({', '.join(map(_name, columns))}) "
                   f"VALUES ({', '.join('?' for _ in columns)})")
            self.db.conn.executemany(sql, rows)

    def update(self, pk: object, row: dict) -> None:
        """Set the columns of ``row`` on the row whose ``id`` is ``pk``."""
        if not row:
            return
        sets = ", ".join(f"{_name(c)} = ?" for c in row)
        self.db.conn.execute(f"UPDATE {_name(self.name)} SET {sets} WHERE id = ?",
                             [*row.values(), pk])
