"""PySide6 6.12.0 on CPython 3.11 drops a reference to None on every void setter call and the
process aborts ("none_dealloc") in the middle of a workshop. This fails if an upgrade brings it
back, long before the count of None could reach zero."""

import sys

from PySide6.QtCore import QPointF
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QGraphicsRectItem

CALLS = 100_000


def test_void_setters_keep_none_alive():
    item = QGraphicsRectItem(0, 0, 10, 10)
    brush = QBrush(QColor("#ff0000"))
    point = QPointF(1.0, 2.0)
    before = sys.getrefcount(None)
    for i in range(CALLS):
        item.setPos(point)
        item.setZValue(i)
        item.setBrush(brush)
    after = sys.getrefcount(None)
    # A healthy binding leaves the count where it was (give or take a few temporaries);
    # the broken one loses 3 * CALLS references.
    assert after >= before - 100, f"None lost {before - after} references"
