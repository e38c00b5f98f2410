"""Opening a workshop makes tens of thousands of objects meant to last; Python's cyclic
garbage collector is kept from walking them over and over.

The collector starts a pass over the young objects every 700 new ones, a larger pass every
tenth of those, and now and then a full pass over everything alive. Opening 5,000 post-its
makes some 60,000 objects (the post-its read, the board's items and their Qt wrappers,
which are slow to walk): measured with ``gc.callbacks``, 62 young, 6 middle and one full
pass, 0.25-0.35 s of a 0.6 s opening on a loaded machine (issue 11), for nothing to
collect. Inside :func:`long_lived` the collector waits; at its end every object alive
moves to the collector's permanent generation (``gc.freeze``), which later passes skip, so
that an edit or a pan does not pay for walking the workshop either. :func:`release`, when a
workshop closes, hands them back, so that what the closing leaves behind in reference
cycles is collected as before.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_depth = 0


@contextmanager
def long_lived() -> Iterator[None]:
    """The collector paused for the block, then, if it ends well, everything alive set
    aside from its passes. Nested blocks pause once, for the outermost."""
    global _depth
    paused = _depth == 0 and gc.isenabled()
    _depth += 1
    if paused:
        gc.disable()
    try:
        yield
        if paused:
            gc.freeze()
    finally:
        _depth -= 1
        if paused:
            gc.enable()


def release() -> None:
    """A workshop closed: what was set aside goes back to the collector, which will find
    whatever of it is now garbage."""
    gc.unfreeze()
