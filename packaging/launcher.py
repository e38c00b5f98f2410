"""Entry point of the built app (PyInstaller runs this file as the executable's main)."""

from symetrie_desktop.cli import main

raise SystemExit(main())
