"""One writer per workshop file, whatever the path it was reached by.

A lock file ``.~lock.NAME`` sits beside the file's real path (symbolic links resolved),
so a second window, a second app on a shared folder or a command-line verb that would
replace the file gets a clear "already open" answer instead of two writers. The lock is
held by the operating system on that lock file (``flock`` on POSIX, ``msvcrt.locking``
on Windows) and vanishes when the process dies, however it dies; the file's text only
says who holds it. So an empty or unreadable lock file, or one naming a process id now
used by someone else, is stale as soon as nobody holds the OS lock on it.

A hard link in another folder has its own lock file name, so on POSIX the workshop file
itself (its inode) is also ``flock``-ed: those locks are separate from the byte-range
locks SQLite uses, so readers (sqlite3, Datasette, exports) still read it meanwhile.
A lock file rather than SQLite's exclusive locking mode for the same reason.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterator
from pathlib import Path

from .errors import Problem, WorkshopFileError

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
try:
    import msvcrt
except ImportError:  # POSIX
    msvcrt = None  # type: ignore[assignment]

#: Where the Windows lock byte sits, far past any text, so the holder's name stays readable.
_WINDOWS_LOCK_OFFSET = 1 << 30

def _host() -> str:
    """This machine's name, written in the lock so another machine's lock is not taken
    for a crashed app of ours. ``os.uname`` where it exists: importing ``socket`` only for
    this cost about 15 ms of every start (it builds its address-family enums)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()



def real_path(path: Path) -> Path:
    """The path with every symbolic link resolved: one file, one lock file name."""
    try:
        return Path(os.path.realpath(path))
    except OSError:
        return Path(os.path.abspath(path))


def lock_path(path: Path) -> Path:
    real = real_path(Path(path))
    return real.with_name(f".~lock.{real.name}")


def _os_lock(fd: int) -> bool | None:
    """Take the OS lock on ``fd`` without waiting: True taken, False held by someone else,
    None when this system or file system offers no such lock."""
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        if msvcrt is not None:
            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            os.lseek(fd, 0, os.SEEK_SET)
            return True
    except BlockingIOError:
        return False
    except OSError as e:
        if e.errno in (11, 13, 35, 36):  # EAGAIN, EACCES, EWOULDBLOCK (macOS), EDEADLOCK
            return False
        return None
    return None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


class FileLock:
    def __init__(self, path: Path) -> None:
        self.target = Path(path)
        self.path = lock_path(self.target)
        self.held = False
        self._fd: int | None = None
        self._file_fd: int | None = None

    def _refuse(self, owner: str) -> WorkshopFileError:
        return WorkshopFileError(self.target, Problem.LOCKED, f"already open in Symétrie ({owner})",
                                 {"owner": owner})

    def acquire(self) -> None:
        try:
            fd = self._open_locked()
        except WorkshopFileError:
            raise
        except OSError:
            return  # a read-only folder: nobody else can write either
        if fd is None:
            return
        # The OS lock is what counts; the text only names the holder, so a full disk here
        # does not stop the open.
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
            os.write(fd, json.dumps({"pid": os.getpid(), "host": _host()}).encode())
        self._fd = fd
        self.held = True
        self._lock_the_file_itself()

    def _open_locked(self) -> int | None:
        """Open the lock file and hold its OS lock; refuse when someone else holds it."""
        for _attempt in range(5):
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            taken = _os_lock(fd)
            if taken is False:
                owner = self._owner()
                os.close(fd)
                raise self._refuse(owner)
            if taken is None:
                os.close(fd)
                return self._legacy()
            try:  # the holder before us may have removed the file we locked: start again
                if os.path.samestat(os.fstat(fd), os.stat(self.path)):
                    return fd
            except FileNotFoundError:
                pass
            os.close(fd)
        raise self._refuse(self._owner())

    def _legacy(self) -> int | None:
        """No OS lock here (some network file systems): trust the text, as before."""
        info = self._read()
        pid = info.get("pid")
        if (info.get("host") not in (None, _host())
                or (isinstance(pid, int) and pid != os.getpid() and _alive(pid))):
            raise self._refuse(self._owner())
        return os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)

    def _lock_the_file_itself(self) -> None:
        """Refuse a second writer that came through a hard link (same inode, other name)."""
        if fcntl is None:
            return
        try:
            fd = os.open(self.target, os.O_RDONLY)
        except OSError:
            return
        if _os_lock(fd) is False:
            os.close(fd)
            self.release()
            raise self._refuse("through another name of the same file")
        self._file_fd = fd

    def _read(self) -> dict:
        try:
            info = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return info if isinstance(info, dict) else {}

    def _owner(self) -> str:
        info = self._read()
        return f"process {info.get('pid', '?')} on {info.get('host', '?')}"

    def release(self) -> None:
        if self.held:
            with contextlib.suppress(OSError):
                self.path.unlink()
            self.held = False
        for fd in (self._file_fd, self._fd):
            if fd is not None:
                with contextlib.suppress(OSError):
                    os.close(fd)
        self._fd = self._file_fd = None


@contextlib.contextmanager
def holding(path: Path) -> Iterator[None]:
    """Hold the lock of an existing workshop file while it is replaced (``new --force``,
    ``import --force``): a workshop open in the app is refused, never swapped under it."""
    if not os.path.lexists(path):
        yield
        return
    lock = FileLock(path)
    lock.acquire()
    try:
        yield
    finally:
        lock.release()


def held_elsewhere(path: Path) -> bool:
    """Whether a live Symétrie (another process, or another opening in this one) holds the
    lock of ``path`` right now; False when nobody does or no OS lock is available."""
    try:
        fd = os.open(lock_path(Path(path)), os.O_RDWR)
    except OSError:
        return False
    try:
        return _os_lock(fd) is False
    finally:
        os.close(fd)  # closing our own description drops only what it took
