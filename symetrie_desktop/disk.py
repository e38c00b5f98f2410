"""One door to disk: every file Symétrie writes goes through here.

:func:`write_atomic` is the only way an output reaches its final name: it is built under a
temporary name in the same folder, flushed to the disk, renamed over the old file (all of
it or nothing, even if the power goes), and then the folder itself is flushed so that the
rename survives too. The workshop file, its backups and the copy kept before an upgrade,
the PDF, the PNG, the CSV, the Markdown and the exchange JSON all use it.

Above that primitive sit the few things both the command line and the window do with
files: create a workshop (blank, from a template, the demo, an import), save a copy, keep a
backup, read one for an export. No Qt here: the command line runs on machines with no
display. ``store``, ``exchange`` and ``report`` import only the primitive; the workshop
level functions import them lazily, so the layers below never depend on this one.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .domain.model import Workshop

#: What fills the temporary file: bytes, text (UTF-8 unless told), or a function that
#: writes the file at the path it is given (a PDF builder, an SQLite database).
Content = bytes | str | Callable[[Path], None]


def write_atomic(path: str | Path, content: Content, encoding: str = "utf-8") -> Path:
    """Write ``content`` to ``path`` whole or not at all; returns ``path``.

    On any error (or a crash) the old file at ``path``, if any, is left exactly as it was
    and the temporary file is removed (a crash may leave a hidden ``.name.….tmp`` beside
    it, never a half-written ``path``)."""
    path = Path(path)
    fd, tmp = _temporary_beside(path)
    try:
        if callable(content):
            os.close(fd)
            fd = -1
            content(tmp)
        else:
            data = content.encode(encoding) if isinstance(content, str) else content
            with os.fdopen(fd, "wb") as f:
                fd = -1
                f.write(data)
        _fsync_file(tmp)
        os.replace(tmp, path)
        fsync_folder(path.parent)
    finally:
        if fd >= 0:
            os.close(fd)
        for leftover in (tmp, Path(f"{tmp}-journal")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
    return path


def _temporary_beside(path: Path) -> tuple[int, Path]:
    """A new hidden file beside ``path`` (``.name.<random>.tmp``), open for writing, with
    the mode any new file gets. What ``tempfile.mkstemp`` does, without importing
    ``tempfile`` and ``random`` in every command (issue 11: a fiftieth of ``import``)."""
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        tmp = path.parent / f".{path.name}.{os.urandom(6).hex()}.tmp"
        try:
            return os.open(tmp, flags, 0o666), tmp  # the umask applies, as for any new file
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {path}")


def move(source: Path, target: Path) -> None:
    """Put a file already on disk in place of ``target`` in one step, durably (a journal set
    aside, a safety copy put back)."""
    os.replace(source, target)
    fsync_folder(Path(target).parent)


def shift_copies(path: Path, keep: int) -> None:
    """Make room for a fresh ``path``: ``path`` becomes ``path.1``, ``path.1`` becomes
    ``path.2`` … up to ``keep`` older copies (the log file's rotation). Not synced: a log
    that loses its last lines in a power cut is still a log."""
    for n in range(keep - 1, 0, -1):
        older = path.with_name(f"{path.name}.{n}")
        if older.exists():
            os.replace(older, path.with_name(f"{path.name}.{n + 1}"))
    os.replace(path, path.with_name(f"{path.name}.1"))


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX); harmless where folders cannot be opened."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# -- workshops ----------------------------------------------------------------------------


def load(path: str | Path) -> Workshop:
    """The workshop in a file, read without changing it (exports, copies)."""
    from .store import load_file

    return load_file(path)


def write_workshop(path: str | Path, workshop: Workshop) -> Path:
    """A new workshop file at ``path`` (one nobody has open may be replaced)."""
    from .store import write_new

    write_new(Path(path), workshop)
    return Path(path)


def create_workshop(path: str | Path, template: str | None = None,
                    title: str | None = None, lang: str = "fr") -> Workshop:
    """A blank workshop, or one from a journey template, in ``lang``, written to ``path``."""
    from dataclasses import replace

    from .domain.rules import clean_name
    from .exchange.templates import blank, from_template

    workshop = from_template(template, lang=lang) if template else blank(lang=lang)
    if title:
        workshop.info = replace(workshop.info, title=clean_name(title, "title"))
    write_workshop(path, workshop)
    return workshop


def create_demo(path: str | Path, steps: int | None = None, cards: int | None = None,
                seed: int = 1) -> Workshop:
    """The demo workshop, or a generated one (``steps`` steps, ``cards`` post-its), written to
    ``path``."""
    from .exchange.demo import demo_workshop, generated_workshop
    from .exchange.workshop_json import from_exchange

    if steps is None and cards is None:
        data = demo_workshop()
    else:
        data = generated_workshop(steps=steps or 20, cards=500 if cards is None else cards,
                                  seed=seed)
    workshop = from_exchange(data)
    write_workshop(path, workshop)
    return workshop


def import_workshop(json_path: str | Path, out: str | Path,
                    overwrite: bool = False) -> Workshop:
    """A new workshop file made from an exchange (JSON) file."""
    from .exchange.files import read_json_file
    from .store import Problem, WorkshopFileError

    out = Path(out)
    if out.exists() and not overwrite:
        raise WorkshopFileError(out, Problem.EXISTS, "already exists (use --force to replace it)")
    workshop = read_json_file(json_path)
    write_workshop(out, workshop)
    return workshop


def export_json(src: str | Path, out: str | Path) -> Workshop:
    """The exchange (JSON) file of a workshop file."""
    from .exchange.workshop_json import dumps

    workshop = load(src)
    write_atomic(out, dumps(workshop))
    return workshop


def save_copy(workshop: Workshop, path: str | Path) -> Path:
    """A copy of an open workshop elsewhere; the open file stays the one edited."""
    return write_workshop(path, workshop)


def follow_up(src: str | Path, out: str | Path, today: date | None = None) -> Workshop:
    """The next session of the chain the workshop file ``src`` ends, written to ``out``."""
    from .exchange.followup import follow_up as next_session

    workshop = next_session(load(src), today)
    write_workshop(out, workshop)
    return workshop


def copy_before_upgrade(path: Path, version: int) -> Path | None:
    """Keep the file as it was before its schema is upgraded (as Vorta does), beside it:
    ``atelier.v1.bak``. An upgrade that goes wrong, or an older app that must read
    the file again, still has it. The first such copy is kept and never overwritten; returns
    the copy made now, None if one was already there."""
    from .store.backup import sqlite_copy

    target = path.with_name(f"{path.stem}.v{version}.bak")
    if target.exists():
        return None
    return write_atomic(target, sqlite_copy(path))


def backup(path: Path, folder: Path, keep: int | None = None,
           now: float | None = None) -> Path:
    """A copy of the workshop at ``path`` as it is now, in ``folder`` (the newest ``keep``
    copies of each workshop are kept)."""
    from .store.backup import KEEP, backup_copy

    return backup_copy(path, folder, KEEP if keep is None else keep, now)
