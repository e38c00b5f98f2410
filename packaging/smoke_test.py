"""Smoke test of the built app, as a facilitator's machine would run it.

    python packaging/smoke_test.py build/dist/symetrie-desktop

The built folder is copied to a temporary folder outside the checkout and run there with a
scrubbed environment: a temporary home, no Python on the PATH, no PYTHONPATH, offscreen Qt.
It must print its version, write the demo workshop, its PDF summary and its board PNG, and
open a window on the demo until the first paint. On Linux the folder's install.sh and
uninstall.sh are then run in a temporary XDG home. Prints the folder's size; exits non-zero
at the first failure, saying which step failed. Same script on Linux, Windows and macOS (CI).
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 180  # seconds per step: a bound for a cold, busy machine, not a measure


def expected_version() -> str:
    text = (ROOT / "symetrie_desktop" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    assert match, "no __version__ in symetrie_desktop/__init__.py"
    return match.group(1)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def executable(folder: Path) -> Path:
    name = "symetrie-desktop.exe" if sys.platform == "win32" else "symetrie-desktop"
    candidates = [folder / name, folder / "Contents" / "MacOS" / name]
    found = next((c for c in candidates if c.exists()), None)
    if found is None:
        raise SystemExit(f"smoke test: no {name} in {folder}")
    return found


def scrubbed_env(home: Path) -> dict[str, str]:
    empty_bin = home / "bin"
    empty_bin.mkdir(parents=True, exist_ok=True)
    keep = ("SYSTEMROOT", "SYSTEMDRIVE", "WINDIR", "TEMP", "TMP", "LANG", "LC_ALL")
    env = {k: v for k, v in os.environ.items() if k.upper() in keep}
    env.update(HOME=str(home), USERPROFILE=str(home), APPDATA=str(home / "AppData"),
               LOCALAPPDATA=str(home / "LocalAppData"), XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"), XDG_STATE_HOME=str(home / "state"),
               XDG_CACHE_HOME=str(home / "cache"), PATH=str(empty_bin),
               QT_QPA_PLATFORM="offscreen")
    if sys.platform == "win32":
        env["PATH"] += os.pathsep + os.path.join(env.get("SYSTEMROOT", r"C:\Windows"),
                                                 "System32")
    for python in ("python", "python3", "py"):
        assert shutil.which(python, path=env["PATH"]) is None, f"{python} is on the PATH"
    return env


def step(what: str, args: list[str], env: dict[str, str], cwd: Path) -> str:
    print(f"-- {what}: {' '.join(Path(a).name if os.sep in a else a for a in args)}",
          flush=True)
    try:
        result = subprocess.run(args, env=env, cwd=cwd, capture_output=True, text=True,
                                timeout=TIMEOUT, check=False)
    except subprocess.TimeoutExpired:
        raise SystemExit(f"smoke test failed at '{what}': no answer within {TIMEOUT} s") from None
    if result.returncode != 0:
        raise SystemExit(f"smoke test failed at '{what}' (exit {result.returncode}):\n"
                         f"{result.stdout}\n{result.stderr}")
    print("   " + result.stdout.strip().replace("\n", "\n   "), flush=True)
    return result.stdout


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    built = Path(argv[0]).resolve()
    if not built.is_dir():
        raise SystemExit(f"smoke test: {built} is not a folder (run make package)")
    size = folder_size(built)
    with tempfile.TemporaryDirectory(prefix="symetrie-smoke-") as tmp:
        tmp = Path(tmp)
        assert ROOT not in tmp.parents, "the copy must be outside the checkout"
        app_dir = tmp / "app" / built.name
        shutil.copytree(built, app_dir, symlinks=True)
        exe = executable(app_dir)
        home = tmp / "home"
        env = scrubbed_env(home)
        work = tmp / "work"
        work.mkdir()

        out = step("version", [str(exe), "--version"], env, work)
        assert out.strip() == f"symetrie-desktop {expected_version()}", out
        step("demo workshop", [str(exe), "demo", "-o", "demo.symetrie"], env, work)
        out = step("PDF summary", [str(exe), "report", "demo.symetrie", "-o", "synthese.pdf"],
                   env, work)
        pdf = (work / "synthese.pdf").read_bytes()
        pages = int(re.search(r"(\d+) pages", out).group(1))
        assert pdf.startswith(b"%PDF") and pdf.rstrip().endswith(b"%%EOF") and pages >= 2, out
        step("board PNG", [str(exe), "export-png", "demo.symetrie", "-o", "tableau.png",
                           "--width", "1600"], env, work)
        png = (work / "tableau.png").read_bytes()
        assert png.startswith(b"\x89PNG\r\n\x1a\n"), "not a PNG"
        width = int.from_bytes(png[16:20], "big")
        assert width == 1600, f"the PNG is {width} px wide"
        room(exe, env, work)
        out = step("window until first paint", [str(exe), "demo.symetrie"],
                   dict(env, SYMETRIE_QUIT_AFTER_FIRST_PAINT="1"), work)
        assert "first paint" in out and " 78 post-its" in out, out
        assert not (work / ".~lock.demo.symetrie").exists(), "the lock was left behind"
        if sys.platform.startswith("linux"):
            first_paint_on_x11(exe, env, work)
            desktop_integration(app_dir, exe, tmp)
    print(f"smoke test passed; built folder: {size / 1e6:.0f} MB ({built})")
    return 0


def room(exe: Path, env: dict[str, str], work: Path) -> None:
    """``serve`` with no window on 127.0.0.1: the join page answers (aiohttp is in the folder),
    and the room closes cleanly on SIGTERM."""
    print("-- room: symetrie-desktop serve demo.symetrie --host 127.0.0.1 --port 0", flush=True)
    errors = work / "serve.err"
    with errors.open("w") as err_file:
        server = subprocess.Popen([str(exe), "serve", "demo.symetrie", "--host", "127.0.0.1",
                                   "--port", "0"], env=env, cwd=work, stdout=subprocess.PIPE,
                                  stderr=err_file, text=True)
    watchdog = threading.Timer(TIMEOUT, server.kill)
    watchdog.start()
    try:
        url = server.stdout.readline().strip()
        if not url.startswith("http://127.0.0.1:"):
            server.kill()
            raise SystemExit(f"smoke test failed at 'room': no join URL ({url!r}) "
                             f"{errors.read_text(errors='replace')}")
        with urllib.request.urlopen(url, timeout=60) as answer:
            page = answer.read().decode("utf-8", "replace")
            assert answer.status == 200 and "<html" in page.lower(), page[:200]
        print(f"   join page answered ({len(page)} characters)", flush=True)
        # no SIGTERM on Windows: the room is simply stopped there
        server.terminate() if sys.platform == "win32" else server.send_signal(signal.SIGTERM)
        rest = server.stdout.read()  # the same reader as the first line: nothing is lost
        server.wait(timeout=TIMEOUT)
        if sys.platform != "win32":
            assert server.returncode == 0 and "room closed" in rest, (
                rest + errors.read_text(errors="replace"))
            print("   " + rest.strip().splitlines()[-1], flush=True)
    finally:
        watchdog.cancel()
        if server.poll() is None:
            server.kill()
            server.wait()


def first_paint_on_x11(exe: Path, env: dict[str, str], work: Path) -> None:
    """The same first paint on a real X server (Xvfb), through the xcb plugin a facilitator's
    Linux desktop loads: catches a library the trimmed folder lacks."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        print("-- window on X11: skipped (Xvfb is not installed)")
        return
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen([xvfb, "-displayfd", str(write_fd), "-screen", "0",
                               "1920x1080x24", "-nolisten", "tcp"], pass_fds=(write_fd,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            display = pipe.readline().strip()  # Xvfb writes its number once it is ready
        if not display:
            raise SystemExit("smoke test: Xvfb did not start")
        x_env = dict(env, DISPLAY=f":{display}", QT_QPA_PLATFORM="xcb",
                     SYMETRIE_QUIT_AFTER_FIRST_PAINT="1")
        out = step("window on X11 until first paint", [str(exe), "demo.symetrie"], x_env, work)
        assert "first paint" in out and " 78 post-its" in out, out
    finally:
        server.terminate()
        server.wait(timeout=TIMEOUT)


def desktop_integration(app_dir: Path, exe: Path, tmp: Path) -> None:
    """install.sh and uninstall.sh of the folder, in a temporary XDG home (they need the
    system's xdg-utils, so this step keeps the system PATH)."""
    if shutil.which("xdg-mime") is None:
        print("-- desktop integration: skipped (xdg-utils is not installed)")
        return
    home = tmp / "xdg-home"
    env = {k: v for k, v in os.environ.items()
           if k not in ("XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION",
                        "XDG_DATA_DIRS", "XDG_CONFIG_DIRS", "PYTHONPATH", "VIRTUAL_ENV")}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"),
               XDG_CONFIG_HOME=str(home / "config"))
    step("install.sh", ["sh", str(app_dir / "install.sh")], env, tmp)
    entry = home / "data" / "applications" / "symetrie-desktop.desktop"
    assert f"Exec={exe} %f" in entry.read_text(encoding="utf-8"), "Exec is not the built app"
    default = subprocess.run(["xdg-mime", "query", "default", "application/x-symetrie"],
                             env=env, capture_output=True, text=True, timeout=TIMEOUT,
                             check=False).stdout.strip()
    assert default == "symetrie-desktop.desktop", default
    step("uninstall.sh", ["sh", str(app_dir / "uninstall.sh")], env, tmp)
    assert not entry.exists(), "uninstall left the menu entry"


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
