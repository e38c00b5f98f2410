"""Values made slot by slot (domain/slots.py) are the ones their dataclass makes."""

from __future__ import annotations

import dataclasses

import pytest

from symetrie_desktop.domain.model import Card, CardKind, Link
from symetrie_desktop.domain.slots import slot_setters


def _slot_built(cls: type, *values: object) -> object:
    value = object.__new__(cls)
    for set_field, v in zip(slot_setters(cls), values, strict=True):
        set_field(value, v)
    return value


@pytest.mark.parametrize("cls, values", [
    (Card, (7, 1, 2, CardKind.IRRITANT, "Attente au guichet", 3, ("douleur",), 4)),
    (Link, (7, 9)),
])
def test_a_slot_built_value_is_the_dataclass_value(cls, values):
    built, made = _slot_built(cls, *values), cls(*values)
    assert built == made and hash(built) == hash(made) and repr(built) == repr(made)
    assert [getattr(built, f.name) for f in dataclasses.fields(cls)] == list(values)
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(built, dataclasses.fields(cls)[0].name, 8)


def test_the_setters_follow_the_field_order():
    assert len(slot_setters(Card)) == len(dataclasses.fields(Card))
    assert [s.__self__.__name__ for s in slot_setters(Card)] == [
        f.name for f in dataclasses.fields(Card)]
