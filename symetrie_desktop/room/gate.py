"""How a request from a phone reaches the workshop: through the thread that owns it.

The web server runs on its own thread and event loop; the workshop (and its file) belongs
to one other thread: the Qt thread in the window, the main thread in ``serve``. A handler
never touches the workshop itself: it hands a function to a :class:`Gate`, which runs it on
the owner's thread with the *owner* (something with ``workshop`` and ``try_push``, that is
the window's :class:`~symetrie_desktop.ui.model.WorkshopModel` or, with no window, a
:class:`DocumentOwner`), and awaits its result. So phone edits go through the same door as
keyboard edits, one at a time, in arrival order.
"""

from __future__ import annotations

import queue
import time
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, Protocol

from ..commands import Document, Edit
from ..domain.model import Workshop
from ..domain.rules import RuleError
from ..store import WorkshopFileError


class Owner(Protocol):
    """What room code may use: the workshop as it is, and the one door for edits."""

    @property
    def workshop(self) -> Workshop: ...

    def try_push(self, make: Callable[..., Edit], *args: Any, **kwargs: Any) -> Edit | None: ...


class DocumentOwner:
    """The window's model without a window: edits applied to the document one by one.

    ``serve`` has no undo stack to offer, but uses the very same edit objects and rules;
    a refused edit returns None, as :meth:`WorkshopModel.try_push` does.
    """

    def __init__(self, document: Document) -> None:
        self.document = document
        self.last_refusal = ""

    @property
    def workshop(self) -> Workshop:
        return self.document.workshop

    def try_push(self, make: Callable[..., Edit], *args: Any, **kwargs: Any) -> Edit | None:
        try:
            edit = make(self.workshop, *args, **kwargs)
            if not edit.empty:
                edit.redo(self.document)
        except RuleError as e:
            self.last_refusal = str(e)
            return None
        except WorkshopFileError as e:
            # nothing was written and memory still matches the file
            self.last_refusal = str(e)
            return None
        return edit


Job = Callable[[Owner], Any]


class Gate:
    """A queue of jobs for the owner's thread. Subclasses say how that thread is woken."""

    def __init__(self, owner: Owner) -> None:
        self.owner = owner
        self._jobs: queue.SimpleQueue[tuple[Job, Future]] = queue.SimpleQueue()

    def submit(self, job: Job) -> Future:
        """Queue ``job`` (from any thread); the future gets its result or its exception."""
        future: Future = Future()
        self._jobs.put((job, future))
        self._wake()
        return future

    def _wake(self) -> None:
        """Tell the owner's thread there is work (nothing to do when it polls the queue)."""

    def pump(self, timeout: float | None = None, budget: float | None = None) -> int:
        """Run the queued jobs on the calling thread (the owner's); wait up to ``timeout``
        for the first one. With a ``budget`` (seconds), stop after it is spent and wake
        again for the rest, so a window keeps drawing between jobs. Returns how many ran."""
        ran = 0
        start = time.monotonic()
        try:
            item = self._jobs.get(timeout=timeout) if timeout else self._jobs.get_nowait()
        except queue.Empty:
            return 0
        while True:
            job, future = item
            if future.set_running_or_notify_cancel():
                try:
                    future.set_result(job(self.owner))
                except Exception as e:  # handed to the waiting request, which answers 500
                    future.set_exception(e)
            ran += 1
            if budget is not None and time.monotonic() - start > budget:
                self._wake()
                return ran
            try:
                item = self._jobs.get_nowait()
            except queue.Empty:
                return ran


class WorkerGate(Gate):
    """For ``serve``: the calling thread owns the document and waits for jobs."""

    def run_until(self, done: Callable[[], bool]) -> None:
        """Run jobs until ``done()`` is true (checked at least every 0.1 s)."""
        while not done():
            self.pump(timeout=0.1)
