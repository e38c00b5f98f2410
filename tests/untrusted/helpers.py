"""Ways a workshop file is crafted or broken by hand, as someone with sqlite3 would do it."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sql(path: Path, *statements: str) -> None:
    """Run statements on the file as a person with the sqlite3 shell would (no checks on)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("PRAGMA ignore_check_constraints = ON")
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()


def null_in_not_null(path: Path, table: str, column: str, row_id: int) -> None:
    """Put a NULL into a NOT NULL column, the way a hand-edited schema can, then put the
    schema back as it was so that only the data is wrong."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        original = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?",
                                [table]).fetchone()[0]
        loose = original.replace(f"{column} TEXT NOT NULL", f"{column} TEXT")
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?", [loose, table])
    finally:
        conn.close()
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA ignore_check_constraints = ON")
        conn.execute(f"UPDATE {table} SET {column} = NULL WHERE id = ?", [row_id])
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?", [original, table])
    finally:
        conn.close()


def side_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())
