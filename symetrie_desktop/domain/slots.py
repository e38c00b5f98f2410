"""Many frozen values made at once, without their dataclass's ``__init__``.

A frozen dataclass's ``__init__`` sets each field through ``object.__setattr__``: that was
half of making 5,000 post-its when a file is read or an exchange document imported
(issue 11). The readers that build thousands of cards or links in one pass fill the same
slots directly; the value is the same frozen, equal and hashable one.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any


def slot_setters(cls: type) -> tuple[Any, ...]:
    """The slot setters of a frozen dataclass with slots, in field order: call
    ``object.__new__(cls)`` and then each setter with the instance and its field's value."""
    return tuple(cls.__dict__[f.name].__set__ for f in fields(cls))
