# The two commands of the quick start: `make run` and `make test`. Each sets everything up
# first: the system libraries Qt needs (with apt-get, when missing and run as root), a
# virtual environment in .venv, and the project installed in it.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO := build/demo.symetrie
# What PySide6's Qt libraries load on Debian (xcb for a real screen, xvfb for screenshots).
QT_DEBS := libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 \
	libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 \
	libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-xkb1 libxcb-shape0 \
	libxcb-randr0 xvfb xauth
# What the desktop-integration tests call (the AppStream validator, the freedesktop tools).
DESKTOP_DEBS := appstream xdg-utils shared-mime-info
# The browser the room's test drives (a phone's page, through selenium and chromedriver).
ROOM_DEBS := chromium chromium-driver

.PHONY: run test test-large setup system-deps lint bench translations screenshots clean icons \
	package roomtest room-screenshots fuzz crashtest

run: setup
	@mkdir -p build
	@[ -f $(DEMO) ] || $(BIN)/symetrie-desktop demo -o $(DEMO)
	$(BIN)/symetrie-desktop $(DEMO)

test: setup
	$(BIN)/ruff check .
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

setup: system-deps $(STAMP)

system-deps:
	@if command -v dpkg-query >/dev/null 2>&1; then \
	  missing=""; \
	  for p in $(QT_DEBS) $(DESKTOP_DEBS) $(ROOM_DEBS); do \
	    dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	  done; \
	  if [ -n "$$missing" ]; then \
	    if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	      echo "Installing system libraries for Qt:$$missing"; \
	      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	    else \
	      echo "Missing system libraries for Qt:$$missing (run as root, or install them with apt-get)"; \
	    fi; \
	  fi; \
	fi

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q -e ".[test]"
	@touch $(STAMP)

# The room under load: 50 phones x 10 post-its in 10 s with resends, on loopback, into the real
# window; prints send -> « reçu » p50/p99 and the longest board frame, fails over the floors.
roomtest: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m symetrie_desktop.room.load $(ROOM_ARGS)

# The README's picture of the phone page, taken by the real chromium at 390x844.
room-screenshots: setup
	ROOM_SCREENSHOTS=$(CURDIR)/docs QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q \
	  tests/room/test_phone_browser.py tests/room/test_room_shots.py

lint: setup
	$(BIN)/ruff check .

# Every figure of the README's table beside its floor, measured in the same run (issue 11):
# `make bench`, or `make bench BENCH_ARGS="--quick --json build/bench.json"`.
# The long forms of two tests (the suite runs short ones): random damage to workshop files
# (FUZZ_EXAMPLES cases per kind of damage, four kinds), and SIGKILL during edits, backups and
# migrations (CRASH_ROUNDS per mode). Their figures are in the README.
FUZZ_EXAMPLES ?= 1000
CRASH_ROUNDS ?= 100
fuzz: setup
	FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -s \
	  -p no:timeout tests/untrusted/test_fuzz_files.py

crashtest: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/crashtest.py --rounds $(CRASH_ROUNDS)

bench: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m symetrie_desktop.bench $(BENCH_ARGS)

# The summary's growth at full size: 10,000 post-its give at most 2.1x the pages of 5,000
# (the suite runs the same test on a dense 600 / 1,200 post-it workshop).
test-large: setup
	SYMETRIE_SUMMARY_SIZES=5000,10000 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -o timeout=900 \
	  tests/report/test_summary_linear.py

# Update the English .ts from the sources (French is the source language), then build the .qm.
# The .qm is committed, so an installed app has it without Qt's tools.
TS := resources/translations/symetrie_en.ts
translations: setup
	$(BIN)/pyside6-lupdate $$(git ls-files 'symetrie_desktop/*.py') $$(git ls-files --others --exclude-standard 'symetrie_desktop/*.py') \
	  -no-obsolete -locations none -source-language fr_FR -target-language en_GB -ts $(TS)
	$(BIN)/pyside6-lrelease $(TS) -qm resources/translations/symetrie_en.qm

# The built app (one folder, packaging/symetrie-desktop.spec), then its smoke test from a copy
# outside the checkout with no Python on the PATH. CPU-heavy: never part of `make test`.
package: setup
	$(BIN)/python -m pip install -q "pyinstaller>=6.10"
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath build/dist \
	  --workpath build/pyinstaller packaging/symetrie-desktop.spec
	$(BIN)/python packaging/smoke_test.py build/dist/symetrie-desktop

# Redraw the PNG sizes, .ico and .icns of the app icon from resources/desktop/symetrie-desktop.svg.
icons: setup
	$(BIN)/python packaging/render_icons.py

clean:
	rm -rf build .pytest_cache
