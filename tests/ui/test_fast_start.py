"""Starting on a file imports and builds only what the first window shows (issue 11): the
hidden pages, the wall's pages, the summary and the room come when first used."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import json, sys
from PySide6.QtWidgets import QApplication

def first_paint(self):
    self.processEvents()
    window = next(w for w in self.topLevelWidgets() if w.objectName() == "mainWindow")
    window.grab()
    print(json.dumps({"modules": sorted(sys.modules), "title": window.windowTitle(),
                      "start screen": window._start is not None,
                      "tabs": [type(window.tabs.widget(i)).__name__
                               for i in range(window.tabs.count())]}))
    return 0

QApplication.exec = first_paint
from symetrie_desktop.cli import main
sys.exit(main([sys.argv[1]]))
"""

NOT_AT_START = (
    "symetrie_desktop.ui.decide.matrix_page", "symetrie_desktop.ui.decide.vote_page",
    "symetrie_desktop.ui.decide.plan_page", "symetrie_desktop.ui.decide.insights_page",
    "symetrie_desktop.ui.after.followup_page", "symetrie_desktop.ui.after.mirror_page",
    "symetrie_desktop.ui.after.diagnosis_page", "symetrie_desktop.ui.after.actions",
    "symetrie_desktop.ui.wall.decision_pages", "symetrie_desktop.ui.wall.board_page",
    "symetrie_desktop.ui.room_panel", "symetrie_desktop.room", "symetrie_desktop.report",
    "reportlab", "aiohttp", "segno", "openpyxl", "pptx",
    # what a start on a file used to import for a detail (issue 11, -X importtime): the
    # audience window's module to ask for a second screen, the logging module's network
    # handlers for a rotating file, socket for the host name in the lock, the exchange
    # format for the templates' menu entries
    "symetrie_desktop.ui.audience", "symetrie_desktop.ui.start_screen", "logging.handlers",
    "socket", "symetrie_desktop.exchange.templates",
)


def test_starting_on_a_file_builds_the_board_and_imports_nothing_hidden(demo_file: Path,
                                                                       tmp_path: Path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "c"),
               XDG_DATA_HOME=str(tmp_path / "d"), XDG_STATE_HOME=str(tmp_path / "s"))
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(demo_file)], env=env,
                          capture_output=True, text=True, timeout=50)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert demo_file.name in seen["title"]
    assert not seen["start screen"]
    assert seen["tabs"] == ["QWidget", *["LazyPage"] * 7]  # the board page, then stand-ins
    loaded = [m for m in NOT_AT_START if m in seen["modules"]]
    assert loaded == []


START_SCREEN = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication

def idle(self):
    window = next(w for w in self.topLevelWidgets() if w.objectName() == "mainWindow")
    first = sorted(sys.modules)
    for _ in range(3):
        self.processEvents()
    idle = sorted(sys.modules)
    start_screen = window._start is not None and window.model is None
    card_item = sys.modules.get("symetrie_desktop.ui.board.card_item")
    pens_ready = card_item is not None and card_item._Paint.ready
    window.open_file(Path(sys.argv[1]))  # the facilitator picks a workshop
    self.processEvents()
    print(json.dumps({"first": first, "idle": idle, "opened": sorted(sys.modules),
                      "title": window.windowTitle(), "start screen": start_screen,
                      "pens ready": pens_ready}))
    return 0

QApplication.exec = idle
from symetrie_desktop.cli import main
sys.exit(main([]))
"""

WORKSHOP_PAGES = ("symetrie_desktop.ui.board.view", "symetrie_desktop.ui.capture_bar",
                  "symetrie_desktop.ui.participants", "symetrie_desktop.ui.decide",
                  "symetrie_desktop.commands.tray")
#: what the opening's tray hint and backup import, maybe already there (the recent files)
OPENING_NEEDS = ("platformdirs",)


def test_the_start_screen_imports_the_board_while_it_waits(demo_file: Path, tmp_path: Path):
    """Shown with no workshop, the window first paints the start screen, then, while the
    facilitator chooses, imports what opening a workshop builds (issue 11: a tenth of
    opening 5,000 post-its) and makes the post-its' shared pens and fonts; the workshop
    then opens without importing any module of ours, so the list of what is prepared has
    not fallen behind what opening builds."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "c"),
               XDG_DATA_HOME=str(tmp_path / "d"), XDG_STATE_HOME=str(tmp_path / "s"))
    done = subprocess.run([sys.executable, "-c", START_SCREEN, str(demo_file)], env=env,
                          capture_output=True, text=True, timeout=50)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["start screen"]
    assert [m for m in WORKSHOP_PAGES if m in seen["first"]] == []  # not before it shows
    assert [m for m in WORKSHOP_PAGES + OPENING_NEEDS if m not in seen["idle"]] == []
    assert seen["pens ready"]  # the post-its' shared pens and fonts, made once
    assert demo_file.name in seen["title"]
    late = [m for m in set(seen["opened"]) - set(seen["idle"]) if m.startswith("symetrie_desktop")]
    assert late == []


SWITCH = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication

def switch(self):
    window = next(w for w in self.topLevelWidgets() if w.objectName() == "mainWindow")
    self.processEvents()
    window.open_file(Path(sys.argv[2]))  # another workshop, in the same window
    self.processEvents()
    window.projector_action.trigger()  # projector mode on and off
    self.processEvents()
    window.projector_action.trigger()
    self.processEvents()
    print(json.dumps({"modules": sorted(sys.modules), "title": window.windowTitle()}))
    return 0

QApplication.exec = switch
from symetrie_desktop.cli import main
sys.exit(main([sys.argv[1]]))
"""


def test_switching_workshops_without_a_room_imports_no_room_server(demo_file: Path,
                                                                    tmp_path: Path):
    """Closing a workshop (to open another) or toggling projector mode checks whether the
    room's access is on the wall; with no room ever opened, that check imported the room's
    server (aiohttp, asyncio, ssl: 0.5-1.4 s of CPU each time a facilitator opened a second
    workshop, issue 11)."""
    other = tmp_path / "autre.symetrie"
    other.write_bytes(demo_file.read_bytes())
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "c"),
               XDG_DATA_HOME=str(tmp_path / "d"), XDG_STATE_HOME=str(tmp_path / "s"))
    done = subprocess.run([sys.executable, "-c", SWITCH, str(demo_file), str(other)], env=env,
                          capture_output=True, text=True, timeout=50)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert other.name in seen["title"]
    assert [m for m in ("aiohttp", "asyncio", "ssl", "symetrie_desktop.room.server")
            if m in seen["modules"]] == []
