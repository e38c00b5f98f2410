"""The board view's scroll bars: a pan repaints where the handle was and where it goes.

Qt repaints the whole scroll bar on every change of its value. On the board that is every
pan, twice (one bar per axis), and the style's gradients over an 850-pixel bar cost about
as much as the board's own part of a small pan (0.8–1.4 ms each, issue 11 measure; the
same bar repainted over a 40-pixel part: 0.07 ms). What a value change alters is the
handle's place, and, at either end of the range, the look of the arrow buttons, so that is
all this bar repaints; any other change (range, size, hover, press) repaints as Qt does.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractSlider, QScrollBar, QStyle, QStyleOptionSlider

_VALUE = QAbstractSlider.SliderChange.SliderValueChange
_CC = QStyle.ComplexControl.CC_ScrollBar
_HANDLE = QStyle.SubControl.SC_ScrollBarSlider
_EDGE = 3


class LeanScrollBar(QScrollBar):
    """A scroll bar that repaints only its handle's old and new place on a value change."""

    def __init__(self, orientation: Qt.Orientation, parent=None) -> None:
        super().__init__(orientation, parent)
        #: the handle as last painted (None: unknown, the next change repaints everything)
        self._painted: QRect | None = None

    def handle_rect(self) -> QRect:
        """Where the style puts the handle for today's value and range."""
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        return self.style().subControlRect(_CC, option, _HANDLE, self)

    def sliderChange(self, change) -> None:
        if change != _VALUE or self._painted is None:
            super().sliderChange(change)
            return
        value = self.value()
        if value in (self.minimum(), self.maximum()) or self._at_end:
            super().sliderChange(change)  # the arrows may change look at either end
            return
        handle = self.handle_rect()
        if handle != self._painted:
            # the style draws the handle's shadow a pixel outside its rectangle
            self.update(handle.united(self._painted).adjusted(-_EDGE, -_EDGE, _EDGE, _EDGE))

    #: whether the last painted value was at either end of the range
    _at_end = True

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        self._painted = self.handle_rect()
        self._at_end = self.value() in (self.minimum(), self.maximum())
