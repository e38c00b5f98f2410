"""Tabs whose pages are made the first time they are shown.

Opening a 5,000-post-it workshop used to build and lay out every decision and
after-workshop page although only the board is on screen: 38 % of the opening time, and
the first paint of the board also measured the hidden pages' size hints. Each tab now
holds a light stand-in that knows how to make its page; the page replaces it when the
tab is first shown (or when code asks for it with :meth:`LazyTabs.page`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QTabWidget, QWidget


class LazyPage(QWidget):
    """Stands in a tab for a page not made yet; ``key`` names the page to come (its class
    name, as :func:`page_key` says it once it exists)."""

    def __init__(self, key: str, make: Callable[[], QWidget]) -> None:
        super().__init__()
        self.key = key
        self.make = make
        self.setObjectName(key)


def page_key(widget: QWidget) -> str:
    """What a tab holds, made or not: the board page's name, else the page's class name."""
    if isinstance(widget, LazyPage):
        return widget.key
    return widget.objectName() if widget.objectName() == "boardPage" else type(widget).__name__


class LazyTabs(QTabWidget):
    """A tab widget that makes a page when its tab is first shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # connected first: later listeners of currentChanged already see the real page
        self.currentChanged.connect(self.page)

    def add_lazy(self, title: str, key: str, make: Callable[[], QWidget]) -> int:
        return self.addTab(LazyPage(key, make), title)

    def index_of_key(self, key: str) -> int:
        """The index of the tab that holds (or will hold) the page ``key``, or -1."""
        return next((i for i in range(self.count()) if page_key(self.widget(i)) == key), -1)

    def page(self, index: int) -> QWidget | None:
        """The page of tab ``index``, made now if it was not yet (without showing it)."""
        widget = self.widget(index)
        if not isinstance(widget, LazyPage):
            return widget
        page = widget.make()
        title, tip = self.tabText(index), self.tabToolTip(index)
        shown = self.currentIndex() == index
        # The page goes in before the stand-in leaves, so that no other tab is shown in
        # between (a hidden page shown for an instant would refresh itself for nothing),
        # and nobody outside sees a currentChanged for the swap.
        with QSignalBlocker(self):
            self.insertTab(index, page, title)
            self.setTabToolTip(index, tip)
            if shown:
                self.setCurrentIndex(index)
            self.removeTab(index + 1)
        widget.deleteLater()
        return page
