"""Fuzz: random damage to a valid workshop file never gives a traceback, a hang or a changed
file on refusal (issue 10). A few hundred cases here; ``make fuzz`` runs many more."""

from __future__ import annotations

import os
import tempfile
import zlib
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings

from symetrie_desktop.store import verify

from .fuzz_files import byte_flips, check_case, row_changes, schema_changes, truncations

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "70"))
SEEN: Counter[str] = Counter()


@pytest.fixture(autouse=True, scope="module")
def quick_deadline():
    """A file that would keep SQLite busy is cut off after 5 s, and refused."""
    saved = verify.CHECK_SECONDS
    verify.CHECK_SECONDS = 5.0
    yield
    verify.CHECK_SECONDS = saved


#: Memory-backed when the system has one: the cases test the checks, not the disk's fsync.
_FOLDER = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None


def _run(mutation, seed: int) -> None:
    with tempfile.TemporaryDirectory(dir=_FOLDER) as folder:
        SEEN[check_case(Path(folder), mutation, seed)] += 1


_FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@_FUZZ
@given(mutation=byte_flips)
@example(mutation=("flip", [(0.755859375, 128)]))  # a name in the schema that is not UTF-8
def test_byte_flips(mutation):
    _run(mutation, zlib.crc32(repr(mutation).encode()) % 1000)


@_FUZZ
@given(mutation=truncations)
def test_truncations(mutation):
    _run(mutation, 1)


@_FUZZ
@given(mutation=row_changes)
def test_rows_with_wrong_types(mutation):
    _run(mutation, zlib.crc32(repr(mutation).encode()) % 1000)


@_FUZZ
@given(mutation=schema_changes)
def test_extra_schema_objects(mutation):
    _run(mutation, 2)


def test_the_fuzz_saw_both_outcomes():
    """Runs after the four above (file order): cases both opened and were refused."""
    if not SEEN:
        pytest.skip("run with the fuzz tests above")
    print(f"fuzz: {dict(SEEN)}")
    assert SEEN["opened"] > 0 and SEEN["refused"] > 0, SEEN
