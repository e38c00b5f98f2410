from symetrie_desktop.cli import main

raise SystemExit(main())
