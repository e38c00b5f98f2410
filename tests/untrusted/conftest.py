from __future__ import annotations

from pathlib import Path

import pytest

from symetrie_desktop.store import write_new


@pytest.fixture
def workshop_file(tmp_path: Path, demo) -> Path:
    path = tmp_path / "x.symetrie"
    write_new(path, demo)
    return path
