"""Reading an exchange file from disk, every problem named by place. Writing files (and
making a workshop file from this one) is :mod:`symetrie_desktop.disk`'s."""

from __future__ import annotations

from pathlib import Path

from ..domain import limits
from ..domain.model import Workshop
from .workshop_json import ExchangeError, loads

#: A workshop of 5,000 cards is about 2 MB of JSON; anything far larger is not ours
#: (the same bound as for a workshop file, domain/limits.py).
MAX_JSON_BYTES = limits.FILE_BYTES


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
