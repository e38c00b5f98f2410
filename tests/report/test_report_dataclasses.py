"""The summary's modules import without ``dataclass`` building docstrings (issue 11).

A dataclass with no docstring of its own gets one from ``inspect.signature`` at import,
on every ``report`` command; the report package's dataclasses carry their own.
"""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil

import symetrie_desktop.report as report


def test_every_report_dataclass_has_its_own_docstring():
    missing = []
    for info in pkgutil.iter_modules(report.__path__):
        if info.name == "deck":  # python-pptx, imported only for the deck
            continue
        module = importlib.import_module(f"{report.__name__}.{info.name}")
        for name, obj in vars(module).items():
            if (
                isinstance(obj, type)
                and dataclasses.is_dataclass(obj)
                and obj.__module__ == module.__name__
                and (obj.__doc__ or "").startswith(f"{name}(")
            ):
                missing.append(f"{info.name}.{name}")
    assert not missing, missing
