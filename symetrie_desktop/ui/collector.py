"""Python's cycle collector paused while a window or a board is built.

Opening a 5,000-post-it file makes some 60,000 objects that live as long as the window:
post-it items, their texts, the workshop's records. Each 700 new objects start a
collection that walks all the young ones again, and every tenth walks the older ones:
60 small collections, 5 middle ones and one full one, about 70 ms of CPU for opening that
file and 50 ms of the app's start, spent finding cycles among objects that are all still
in use (measured with ``gc.callbacks``, issue 11). Reference counting still frees
everything that is dropped meanwhile; the collector runs again as soon as the build ends,
and the objects built are set aside from its later passes (the store's reading and the
board's scene pause it the same way, so the one helper is :mod:`symetrie_desktop.collector`).
"""

from __future__ import annotations

from ..collector import long_lived as collector_paused

__all__ = ["collector_paused"]
