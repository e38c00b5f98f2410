"""Registering the app with the desktop: menu entry, icon, the ``.symetrie`` file type.

``symetrie-desktop --install-desktop`` (and the ``install.sh`` of the built folder, which
calls it) does for one user what a distribution package would do for all: on Linux it hands
the files in ``resources/desktop/`` to the freedesktop tools (``xdg-desktop-menu``,
``xdg-mime``, ``xdg-icon-resource``) so that every desktop environment finds them, and makes
Symétrie the default app for workshops so that a double-click opens one. On Windows the same
command writes the per-user file association in the registry. No Qt here: it runs before
any window, from a terminal.
"""

from __future__ import annotations

import contextlib
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .disk import write_atomic
from .resources import resource

APP_ID = "symetrie-desktop"
DESKTOP_FILE = f"{APP_ID}.desktop"
MIME_TYPE = "application/x-symetrie"
MIME_FILE = "symetrie-mime.xml"
METAINFO_FILE = f"{APP_ID}.metainfo.xml"
#: The sizes drawn in resources/desktop/icons (see packaging/render_icons.py).
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
XDG_TOOLS = ("xdg-desktop-menu", "xdg-mime", "xdg-icon-resource")


class DesktopError(Exception):
    """The integration could not be done; the message says what is missing."""


def launcher_command() -> list[str]:
    """How the desktop should start this very installation of the app.

    A built app is its own executable; a pip/pipx install has a ``symetrie-desktop`` script;
    a source checkout run as ``python -m symetrie_desktop`` has only the interpreter.
    """
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).resolve())]
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if script is not None and script.name == APP_ID and script.exists():
        return [str(script.resolve())]
    found = shutil.which(APP_ID)
    if found:
        return [str(Path(found).resolve())]
    return [str(Path(sys.executable).resolve()), "-m", "symetrie_desktop"]


def desktop_entry(command: list[str] | None = None) -> str:
    """Our .desktop file with ``Exec`` naming this installation (quoted as the spec asks)."""
    exec_line = " ".join(_desktop_quote(part) for part in command or launcher_command())
    lines = []
    for line in resource("desktop", DESKTOP_FILE).read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = f"Exec={exec_line} %f"
        lines.append(line)
    return "\n".join(lines) + "\n"


def _desktop_quote(arg: str) -> str:
    if not any(c in arg for c in ' \t\n"\'\\><~|&;$*?#()`'):
        return arg
    escaped = arg.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace(
        "$", "\\$")
    return f'"{escaped}"'


def data_home() -> Path:
    value = os.environ.get("XDG_DATA_HOME")
    return Path(value) if value else Path.home() / ".local" / "share"


def config_home() -> Path:
    value = os.environ.get("XDG_CONFIG_HOME")
    return Path(value) if value else Path.home() / ".config"


def install(command: list[str] | None = None) -> list[str]:
    """Register the app for the current user; returns one line per thing done."""
    if sys.platform == "win32":
        return _install_windows(command or launcher_command())
    if sys.platform == "darwin":
        return ["macOS: Symétrie.app declares the .symetrie type itself; drag it into "
                "Applications (nothing to register)."]
    _check_tools()
    done: list[str] = []
    folder = resource("desktop")
    for size in ICON_SIZES:
        png = str(folder / "icons" / f"{APP_ID}-{size}.png")
        _xdg("xdg-icon-resource", "install", "--mode", "user", "--noupdate", "--novendor",
             "--context", "apps", "--size", str(size), png, APP_ID)
        _xdg("xdg-icon-resource", "install", "--mode", "user", "--noupdate", "--novendor",
             "--context", "mimetypes", "--size", str(size), png,
             MIME_TYPE.replace("/", "-"))
    _xdg("xdg-icon-resource", "forceupdate", "--mode", "user")
    scalable = _scalable_icon()
    scalable.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(scalable, (folder / f"{APP_ID}.svg").read_bytes())
    done.append(f"icon: {len(ICON_SIZES)} sizes and the SVG in the hicolor theme")
    _xdg("xdg-mime", "install", "--mode", "user", "--novendor", str(folder / MIME_FILE))
    done.append(f"file type: {MIME_TYPE} (*.symetrie)")
    with tempfile.TemporaryDirectory() as work:
        entry = Path(work) / DESKTOP_FILE  # xdg-desktop-menu names it after the file
        entry.write_text(desktop_entry(command), encoding="utf-8")
        _xdg("xdg-desktop-menu", "install", "--mode", "user", "--novendor", str(entry))
    done.append(f"menu entry: {DESKTOP_FILE}")
    _xdg("xdg-mime", "default", DESKTOP_FILE, MIME_TYPE)
    done.append(f"default app for {MIME_TYPE}: {DESKTOP_FILE}")
    metainfo = _metainfo_path()
    metainfo.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(metainfo, (folder / METAINFO_FILE).read_bytes())
    done.append(f"AppStream metadata: {metainfo}")
    return done


def uninstall() -> list[str]:
    """Remove what :func:`install` registered; leaves workshops, settings and backups alone."""
    if sys.platform == "win32":
        return _uninstall_windows()
    if sys.platform == "darwin":
        return ["macOS: move Symétrie.app to the Bin (nothing was registered)."]
    _check_tools()
    _xdg("xdg-desktop-menu", "uninstall", "--mode", "user", "--novendor", DESKTOP_FILE)
    _xdg("xdg-mime", "uninstall", "--mode", "user", "--novendor",
         str(resource("desktop", MIME_FILE)))
    for size in ICON_SIZES:
        _xdg("xdg-icon-resource", "uninstall", "--mode", "user", "--noupdate", "--context",
             "apps", "--size", str(size), APP_ID)
        _xdg("xdg-icon-resource", "uninstall", "--mode", "user", "--noupdate", "--context",
             "mimetypes", "--size", str(size), MIME_TYPE.replace("/", "-"))
    _xdg("xdg-icon-resource", "forceupdate", "--mode", "user")
    for path in (_scalable_icon(), _metainfo_path()):
        path.unlink(missing_ok=True)
    _forget_default(config_home() / "mimeapps.list")
    _forget_default(data_home() / "applications" / "mimeapps.list")
    _forget_default(data_home() / "applications" / "defaults.list")
    return [f"menu entry, icon, file type {MIME_TYPE} and its default app removed"]


def _scalable_icon() -> Path:
    return data_home() / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"


def _metainfo_path() -> Path:
    return data_home() / "metainfo" / METAINFO_FILE


def _check_tools() -> None:
    missing = [tool for tool in XDG_TOOLS if shutil.which(tool) is None]
    if missing:
        raise DesktopError(f"{', '.join(missing)} not found: install xdg-utils "
                           "(apt install xdg-utils) and try again")


def _xdg(*args: str) -> None:
    result = subprocess.run(args, capture_output=True, text=True, check=False, timeout=60,
                            env=_system_env())
    if result.returncode != 0:
        why = (result.stderr or result.stdout).strip().splitlines()
        raise DesktopError(f"{shlex.join(args[:2])} failed: {why[-1] if why else result}")


def _system_env() -> dict[str, str]:
    """The environment for system tools: a built app's own library path is not theirs."""
    env = dict(os.environ)
    if getattr(sys, "frozen", False):
        original = env.pop("LD_LIBRARY_PATH_ORIG", None)
        if original is not None:
            env["LD_LIBRARY_PATH"] = original
        else:
            env.pop("LD_LIBRARY_PATH", None)
    return env


def _forget_default(mimeapps: Path) -> None:
    """xdg-mime can set a default but not unset it: drop our line from the defaults lists."""
    if not mimeapps.is_file():
        return
    lines = mimeapps.read_text(encoding="utf-8").splitlines()
    kept = [line for line in lines
            if not (line.startswith(f"{MIME_TYPE}=") and DESKTOP_FILE in line)]
    if kept != lines:
        write_atomic(mimeapps, "\n".join(kept) + "\n")


# -- Windows: the per-user association, the same thing an installer would write ----------------

_WIN_PROG_ID = "Symetrie.Workshop"


def _install_windows(command: list[str]) -> list[str]:  # pragma: no cover - Windows only
    import winreg

    exe = command[0]
    open_cmd = subprocess.list2cmdline([*command, "%1"])
    icon = str(resource("desktop", f"{APP_ID}.ico"))
    base = r"Software\Classes"
    with winreg.CreateKey(winreg.HKEY_CURRENT_USER, rf"{base}\.symetrie") as key:
        winreg.SetValueEx(key, "", 0, winreg.REG_SZ, _WIN_PROG_ID)
    with winreg.CreateKey(winreg.HKEY_CURRENT_USER, rf"{base}\{_WIN_PROG_ID}") as key:
        winreg.SetValueEx(key, "", 0, winreg.REG_SZ, "Atelier Symétrie")
    with winreg.CreateKey(winreg.HKEY_CURRENT_USER,
                          rf"{base}\{_WIN_PROG_ID}\DefaultIcon") as key:
        winreg.SetValueEx(key, "", 0, winreg.REG_SZ, icon)
    with winreg.CreateKey(winreg.HKEY_CURRENT_USER,
                          rf"{base}\{_WIN_PROG_ID}\shell\open\command") as key:
        winreg.SetValueEx(key, "", 0, winreg.REG_SZ, open_cmd)
    return [f".symetrie opens with {exe}"]


def _uninstall_windows() -> list[str]:  # pragma: no cover - Windows only
    import winreg

    base = r"Software\Classes"
    for sub in (rf"{_WIN_PROG_ID}\shell\open\command", rf"{_WIN_PROG_ID}\shell\open",
                rf"{_WIN_PROG_ID}\shell", rf"{_WIN_PROG_ID}\DefaultIcon", _WIN_PROG_ID,
                ".symetrie"):
        with contextlib.suppress(FileNotFoundError):
            winreg.DeleteKey(winreg.HKEY_CURRENT_USER, rf"{base}\{sub}")
    return [".symetrie association removed"]
