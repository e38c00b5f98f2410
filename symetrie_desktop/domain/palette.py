"""Participant colours that stay apart for colour-blind eyes and on a washed-out projector.

The first eight are Okabe and Ito's palette (2008), built so that the common forms of
colour blindness still tell them apart; the next ones come from Paul Tol's "muted" scheme,
made with the same aim. The order puts the most different colours first, because a room
rarely has more than a dozen people. Yellow is left out: the author's initials sit on the
colour, and a light yellow chip disappears on a pale post-it.
"""

from __future__ import annotations

from collections.abc import Iterable

PARTICIPANT_PALETTE: tuple[str, ...] = (
    "#0072b2",  # blue
    "#e69f00",  # orange
    "#009e73",  # bluish green
    "#cc79a7",  # reddish purple
    "#d55e00",  # vermilion
    "#56b4e9",  # sky blue
    "#332288",  # indigo
    "#117733",  # green
    "#882255",  # wine
    "#999933",  # olive
    "#44aa99",  # teal
    "#aa4499",  # purple
    "#000000",  # black
    "#ddcc77",  # sand
    "#88ccee",  # cyan
    "#cc6677",  # rose
)


def next_colours(used: Iterable[str], count: int) -> list[str]:
    """``count`` colours for new participants, the palette's first ones not in ``used``;
    past the palette's end (more than sixteen people) it starts over."""
    taken = {c.lower() for c in used}
    free = [c for c in PARTICIPANT_PALETTE if c not in taken]
    out = []
    for n in range(count):
        out.append(free[n] if n < len(free) else
                   PARTICIPANT_PALETTE[(n - len(free)) % len(PARTICIPANT_PALETTE)])
    return out
