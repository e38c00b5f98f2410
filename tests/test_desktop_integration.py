"""Desktop integration on Linux: the files a desktop reads, written by the real xdg tools into a
temporary XDG home, then removed. Skipped where xdg-utils is missing (`make test` installs it)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from symetrie_desktop import __version__
from symetrie_desktop.desktop import ICON_SIZES, MIME_TYPE

ROOT = Path(__file__).parent.parent
DESKTOP = ROOT / "resources" / "desktop"
needs_xdg = pytest.mark.skipif(
    sys.platform != "linux" or any(shutil.which(t) is None for t in
                                   ("xdg-mime", "xdg-desktop-menu", "xdg-icon-resource")),
    reason="xdg-utils is not installed")


@pytest.fixture
def xdg_home(tmp_path: Path) -> dict[str, str]:
    """An environment whose home, data and config folders are all inside tmp_path, with no
    desktop session named, so xdg-mime uses the freedesktop files only."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION",
                        "GNOME_DESKTOP_SESSION_ID", "XDG_DATA_DIRS", "XDG_CONFIG_DIRS")}
    env.update(HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    return env


def _app(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "symetrie_desktop", *args], env=env,
                          capture_output=True, text=True, timeout=120, check=False)


def _query_default(env: dict[str, str]) -> str:
    return subprocess.run(["xdg-mime", "query", "default", MIME_TYPE], env=env,
                          capture_output=True, text=True, timeout=60, check=False).stdout.strip()


@needs_xdg
def test_install_registers_menu_icon_and_file_type_and_uninstall_removes_them(
        tmp_path: Path, xdg_home: dict[str, str]):
    data = tmp_path / "data"
    result = _app(xdg_home, "--install-desktop")
    assert result.returncode == 0, result.stderr

    entry = data / "applications" / "symetrie-desktop.desktop"
    text = entry.read_text(encoding="utf-8")
    assert "Name=Symétrie" in text
    assert f"MimeType={MIME_TYPE};" in text
    # Exec starts this installation (here: the test's interpreter), not whatever is on PATH
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert exec_line.endswith(" %f")
    assert str(Path(sys.executable).resolve()) in exec_line or "symetrie-desktop" in exec_line
    for size in ICON_SIZES:
        icon = data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "symetrie-desktop.png"
        assert icon.read_bytes() == (DESKTOP / "icons" / f"symetrie-desktop-{size}.png"
                                     ).read_bytes()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / "symetrie-desktop.svg").is_file()
    assert (data / "mime" / "packages" / "symetrie-mime.xml").is_file()
    assert "*.symetrie" in (data / "mime" / "globs2").read_text(encoding="utf-8")
    assert (data / "metainfo" / "symetrie-desktop.metainfo.xml").is_file()
    assert _query_default(xdg_home) == "symetrie-desktop.desktop"

    result = _app(xdg_home, "--uninstall-desktop")
    assert result.returncode == 0, result.stderr
    assert not entry.exists()
    assert not list((data / "icons").rglob("symetrie-desktop.*"))
    assert not list((data / "icons").rglob("application-x-symetrie.*"))
    assert not (data / "mime" / "packages" / "symetrie-mime.xml").exists()
    assert "*.symetrie" not in (data / "mime" / "globs2").read_text(encoding="utf-8")
    assert not (data / "metainfo" / "symetrie-desktop.metainfo.xml").exists()
    assert _query_default(xdg_home) == ""


def test_install_without_xdg_utils_says_what_to_install(tmp_path: Path, xdg_home):
    if sys.platform != "linux":
        pytest.skip("the xdg tools are a Linux matter")
    empty = tmp_path / "bin"
    empty.mkdir()
    env = dict(xdg_home, PATH=str(empty))
    result = _app(env, "--install-desktop")
    assert result.returncode == 1
    assert "xdg-utils" in result.stderr
    assert not (tmp_path / "data" / "applications").exists()


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream is not installed")
def test_metainfo_validates():
    result = subprocess.run(["appstreamcli", "validate", "--no-net",
                             str(DESKTOP / "symetrie-desktop.metainfo.xml")],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_names_this_version_our_desktop_file_and_file_type():
    root = ET.parse(DESKTOP / "symetrie-desktop.metainfo.xml").getroot()
    assert root.find("releases/release").get("version") == __version__
    assert root.findtext("launchable") == "symetrie-desktop.desktop"
    assert root.findtext("provides/mediatype") == MIME_TYPE
    assert (DESKTOP / root.findtext("launchable")).is_file()


def test_desktop_file_and_mime_type_agree():
    entry = (DESKTOP / "symetrie-desktop.desktop").read_text(encoding="utf-8")
    mime = ET.parse(DESKTOP / "symetrie-mime.xml").getroot()
    ns = "{http://www.freedesktop.org/standards/shared-mime-info}"
    declared = mime.find(f"{ns}mime-type")
    assert declared.get("type") == MIME_TYPE
    assert declared.find(f"{ns}glob").get("pattern") == "*.symetrie"
    assert f"MimeType={MIME_TYPE};" in entry
    assert "Icon=symetrie-desktop" in entry
    if shutil.which("desktop-file-validate"):
        entry_path = str(DESKTOP / "symetrie-desktop.desktop")
        result = subprocess.run(["desktop-file-validate", entry_path], capture_output=True,
                                text=True, timeout=60, check=False)
        assert result.returncode == 0, result.stdout


def test_every_icon_size_is_drawn_at_its_size():
    from PySide6.QtGui import QImage

    for size in ICON_SIZES:
        image = QImage(str(DESKTOP / "icons" / f"symetrie-desktop-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
        # drawn, not empty: the centre is opaque and the corner is transparent
        assert image.pixelColor(size // 2, size // 2).alpha() == 255
        assert image.pixelColor(0, 0).alpha() == 0
