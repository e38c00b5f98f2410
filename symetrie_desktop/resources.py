"""Where the app's resources (templates, fonts, translations, icons) are.

In a source checkout they sit in ``resources/`` at the top of the repository; an
installed wheel carries them as ``symetrie_desktop/resources``.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parent / "resources"):
        if (candidate / "templates").is_dir():
            return candidate
    raise FileNotFoundError("the resources folder of Symétrie is missing from this installation")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
