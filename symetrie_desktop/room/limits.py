"""The bounds a room puts on what phones may send: sizes, lengths, and requests per second.

The numbers are generous for a person tapping a phone and tight for a script: a
participant sends a post-it every few seconds at most, a broken or hostile client sends
hundreds a second and gets 429 without slowing the others down.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

#: Largest request body accepted (a post-it of MAX_TEXT characters fits, with room to spare).
MAX_BODY = 16 * 1024
#: Longest post-it text from a phone, in characters (a post-it is read from the back row).
MAX_TEXT = 1000
#: Per phone: a burst of this many requests, then this many a second.
PHONE_BURST, PHONE_RATE = 30, 10.0
#: Per network address (several phones behind one address, or a client making up ids).
ADDRESS_BURST, ADDRESS_RATE = 600, 200.0
#: How many clients the limiter remembers before forgetting the quietest.
MAX_CLIENTS = 5000


@dataclass(slots=True)
class _Bucket:
    tokens: float
    stamp: float


class RateLimiter:
    """Token buckets by key: ``allow(key)`` is False once the key's burst is spent."""

    def __init__(self, burst: int, rate: float, clock=time.monotonic) -> None:
        self.burst, self.rate, self.clock = burst, rate, clock
        self._buckets: dict[str, _Bucket] = {}

    def allow(self, key: str) -> bool:
        now = self.clock()
        bucket = self._buckets.get(key)
        if bucket is None:
            if len(self._buckets) >= MAX_CLIENTS:
                self._forget(now)
            bucket = self._buckets[key] = _Bucket(float(self.burst), now)
        bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.stamp) * self.rate)
        bucket.stamp = now
        if bucket.tokens < 1:
            return False
        bucket.tokens -= 1
        return True

    def _forget(self, now: float) -> None:
        """Drop the buckets that are full again (their clients have been quiet)."""
        full = [k for k, b in self._buckets.items()
                if b.tokens + (now - b.stamp) * self.rate >= self.burst]
        for key in full or list(self._buckets)[: MAX_CLIENTS // 2]:
            del self._buckets[key]
