"""Benchmarks: run every packaging/bench_*.py in turn, each in its own process (`make bench`).

Figures for notes and issues come from here, never from timed tests.
"""

import subprocess
import sys
from pathlib import Path

here = Path(__file__).parent
failed = 0
for script in sorted(here.glob("bench_*.py")):
    print(f"== {script.stem}", flush=True)
    failed |= subprocess.run([sys.executable, str(script)]).returncode
sys.exit(failed)
