"""Reading and writing exchange files on disk, never leaving a half-written file behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from ..domain import limits
from ..domain.model import Workshop
from ..store import load_file, write_new
from ..store.errors import Problem, WorkshopFileError
from ..store.workshop_file import usual_mode
from .workshop_json import ExchangeError, dumps, loads

#: A workshop of 5,000 cards is about 2 MB of JSON; anything far larger is not ours
#: (the same bound as for a workshop file, domain/limits.py).
MAX_JSON_BYTES = limits.FILE_BYTES


def write_text_atomic(path: str | Path, text: str, encoding: str = "utf-8") -> None:
    """Write to a temporary file beside ``path``, then rename: all of it or nothing."""
    write_bytes_atomic(path, text.encode(encoding))


def write_bytes_atomic(path: str | Path, data: bytes) -> None:
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    usual_mode(Path(tmp))
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def read_json_file(path: str | Path) -> Workshop:
    """Read and check an exchange file; every problem is an ExchangeError naming the place."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_JSON_BYTES:
            raise ExchangeError(path.name, "file too large for a workshop")
        raw = path.read_bytes()
    except OSError as e:
        raise ExchangeError(path.name, f"cannot be read ({e.strerror})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ExchangeError(
            path.name, f"not UTF-8 text (byte 0x{raw[e.start]:02x} at offset {e.start})"
        ) from None
    return loads(text, source=path.name)


def import_json(json_path: str | Path, out: str | Path, overwrite: bool = False) -> Workshop:
    """Make a new workshop file from an exchange file."""
    out = Path(out)
    if out.exists() and not overwrite:
        raise WorkshopFileError(out, Problem.EXISTS, "already exists (use --force to replace it)")
    workshop = read_json_file(json_path)
    write_new(out, workshop)
    return workshop


def export_json(src: str | Path, out: str | Path) -> Workshop:
    """Write the exchange file of a workshop file."""
    workshop = load_file(src)
    write_text_atomic(out, dumps(workshop))
    return workshop
