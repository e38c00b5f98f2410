"""Time the PDF summary, the plan CSV and the Markdown export on generated workshops.

    .venv/bin/python packaging/bench_report.py            # 20 steps: 500 and 5,000 cards
    .venv/bin/python packaging/bench_report.py 20x500 8x78

Targets (issue 6): the 500-card summary in at most 1 s, the 5,000-card one in at most 3 s.
The workshop is built in memory (not timed); the timing covers the whole report, fonts
included on the first run, and the best of three runs is also shown.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from symetrie_desktop.exchange.demo import generated_workshop
from symetrie_desktop.exchange.workshop_json import from_exchange


def bench(steps: int, cards: int, folder: Path) -> None:
    from symetrie_desktop.report import render_report
    from symetrie_desktop.report.markdown import write_markdown
    from symetrie_desktop.report.plan_csv import write_plan_csv

    workshop = from_exchange(generated_workshop(steps, cards, seed=0))
    out = folder / f"bench-{steps}x{cards}.pdf"
    times = []
    pages = 0
    for _ in range(3):
        t0 = time.perf_counter()
        pages = render_report(workshop, out)
        times.append(time.perf_counter() - t0)
    t0 = time.perf_counter()
    write_plan_csv(workshop, folder / "plan.csv")
    csv_time = time.perf_counter() - t0
    t0 = time.perf_counter()
    write_markdown(workshop, folder / "synthese.md")
    md_time = time.perf_counter() - t0
    print(
        f"{steps:3} steps {cards:6} cards: PDF {pages:4} pages, first {times[0]:.2f} s, "
        f"best {min(times):.2f} s, {out.stat().st_size / 1e6:.1f} MB; "
        f"CSV {csv_time * 1000:.0f} ms; Markdown {md_time * 1000:.0f} ms"
    )


def main(argv: list[str]) -> int:
    sizes = [tuple(int(n) for n in a.split("x")) for a in argv] or [(20, 500), (20, 5000)]
    with tempfile.TemporaryDirectory() as tmp:
        for steps, cards in sizes:
            bench(steps, cards, Path(tmp))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
