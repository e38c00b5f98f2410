"""The packaging files the suite can check without a build (`make package` does the build and
its smoke test; it is CPU-heavy and kept out of `make test`)."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

from symetrie_desktop.exchange.demo import demo_workshop
from symetrie_desktop.exchange.workshop_json import from_exchange
from symetrie_desktop.store import write_new

ROOT = Path(__file__).parent.parent
PACKAGING = ROOT / "packaging"


def test_spec_is_python_and_names_files_that_exist():
    source = (PACKAGING / "symetrie-desktop.spec").read_text(encoding="utf-8")
    ast.parse(source)
    assert 'collect_submodules("symetrie_desktop")' in source  # lazily imported modules too
    for name in ("launcher.py", "linux/install.sh", "linux/uninstall.sh"):
        assert f'"{name.split("/")[-1]}"' in source or name in source
        assert (PACKAGING / name).is_file()
    for icon in ("symetrie-desktop.ico", "symetrie-desktop.icns", "symetrie-desktop-256.png"):
        assert icon in source
    assert '"CFBundleTypeExtensions": ["symetrie"]' in source


def test_install_scripts_call_the_options_the_app_has():
    from symetrie_desktop.cli import build_parser

    options = {o for a in build_parser()._actions for o in a.option_strings}
    for script, option in (("install.sh", "--install-desktop"),
                           ("uninstall.sh", "--uninstall-desktop")):
        text = (PACKAGING / "linux" / script).read_text(encoding="utf-8")
        assert f'"$here/symetrie-desktop" {option}' in text
        assert option in options
        assert os.access(PACKAGING / "linux" / script, os.X_OK)


def test_ci_builds_the_same_spec_and_runs_the_same_smoke_test_as_make_package():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    workflow = (ROOT / ".github" / "workflows" / "package.yml").read_text(encoding="utf-8")
    for text in (makefile, workflow):
        assert "packaging/symetrie-desktop.spec" in text
        assert "packaging/smoke_test.py build/dist/symetrie-desktop" in text
    assert re.search(r"os: \[.*windows-latest.*macos-latest", workflow)
    # the build is not part of the suite
    test_target = makefile.split("\ntest:")[1].split("\n\n")[0]
    assert "package" not in test_target and "pyinstaller" not in test_target


def test_window_started_for_the_smoke_test_reports_its_first_paint_and_quits(tmp_path):
    """What the smoke test asks of the built app, asked of the source."""
    path = tmp_path / "demo.symetrie"
    write_new(path, from_exchange(demo_workshop()))
    env = dict(os.environ, HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "c"),
               XDG_DATA_HOME=str(tmp_path / "d"), XDG_STATE_HOME=str(tmp_path / "s"),
               QT_QPA_PLATFORM="offscreen", SYMETRIE_QUIT_AFTER_FIRST_PAINT="1")
    result = subprocess.run([sys.executable, "-m", "symetrie_desktop", str(path)], env=env,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert re.search(r"first paint: \d+x\d+, 78 post-its", result.stdout), result.stdout
    assert not (tmp_path / ".~lock.demo.symetrie").exists()
