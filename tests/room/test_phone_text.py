"""The phone page's words: both languages say the same things, and every reason code the
room answers with has its sentence on the phone (refusals never reach a phone in English
only)."""

from __future__ import annotations

import re
from pathlib import Path

import symetrie_desktop.room as room_package
from symetrie_desktop.room.phone_text import STRINGS
from symetrie_desktop.room.server import DEFAULT_REASONS

_CODE = re.compile(r'"reason":\s*"(\w+)"|error\(\s*\d{3},[^)]*?,\s*"(\w+)"\)')


def test_french_and_english_have_the_same_words():
    assert set(STRINGS["fr"]) == set(STRINGS["en"])
    for key, text in STRINGS["fr"].items():
        assert set(re.findall(r"\{\w+\}", text)) == set(re.findall(r"\{\w+\}",
                                                                    STRINGS["en"][key])), key


def test_every_reason_the_room_gives_is_a_sentence_on_the_phone():
    codes = set(DEFAULT_REASONS.values())
    for source in Path(room_package.__file__).parent.glob("*.py"):
        for found in _CODE.findall(source.read_text(encoding="utf-8")):
            codes.update(c for c in found if c)
    assert {"locked", "paused", "unknown_step", "too_many", "bad_name"} <= codes
    for lang in ("fr", "en"):
        missing = {c for c in codes if f"why_{c}" not in STRINGS[lang]}
        assert not missing, (lang, missing)
