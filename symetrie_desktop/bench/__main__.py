"""``python -m symetrie_desktop.bench``: see :mod:`symetrie_desktop.bench.run`."""

import sys

from .run import main

sys.exit(main())
