"""``python -m symetrie_desktop.bench [--quick] [--runs N] [--json FILE]``: the figures table.

Each run generates nothing twice: the workload files are written once, then every run
measures each figure and its floor back to back (in alternating order, so that neither
always gets the warmer machine). The table gives the median over the runs, the spread
(lowest–highest) of the figure, the median floor, the ratio figure / floor and whether
the issue's target holds. ``--quick`` takes fewer runs and skips the 10,000-post-it
summary, to finish in under a minute.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..disk import write_atomic
from .workload import workload


@dataclass
class Row:
    """One line of the table: a figure, its floor and its target."""

    name: str
    floor_name: str
    unit: str  # "s", "ms" or "MB"
    target: str  # the target, in words
    figures: list[float] = field(default_factory=list)
    floors: list[float] = field(default_factory=list)
    check: object = None  # figure, floor -> bool

    def median(self) -> float:
        return statistics.median(self.figures) if self.figures else float("nan")

    def floor(self) -> float:
        return statistics.median(self.floors) if self.floors else float("nan")

    def ratio(self) -> float:
        floor = self.floor()
        return self.median() / floor if floor and floor == floor else float("nan")

    def holds(self) -> bool | None:
        if not self.figures or self.check is None:
            return None
        return bool(self.check(self.median(), self.floor()))


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def _wall(args: list[str], env: dict[str, str]) -> float:
    """Seconds from starting the process to its end (the probes end at once when done)."""
    t0 = time.perf_counter()
    subprocess.run(args, check=True, env=env, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t0


def _probe(name: str, *args: str, env: dict[str, str]) -> dict:
    out = subprocess.run([sys.executable, "-m", "symetrie_desktop.bench.probes", name, *args],
                         check=True, env=env, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "symetrie_desktop", *args]


def _probe_cmd(name: str, *args: str) -> list[str]:
    return [sys.executable, "-m", "symetrie_desktop.bench.probes", name, *args]


def make_rows() -> dict[str, Row]:
    rows = [
        Row("start to first painted board (demo)", "bare PySide6 window, one label", "s",
            "≤ 1.3× floor", check=lambda f, fl: f <= 1.3 * fl),
        Row("open 5,000 post-its to the painted board", "file read alone", "s",
            "≤ 0.4 s", check=lambda f, fl: f <= 0.4),
        Row("repaint after a pan, zoom 1 (p50)", "empty view", "ms", "—"),
        Row("repaint after a pan, zoom 1 (p99)", "empty view", "ms", "≤ 16 ms",
            check=lambda f, fl: f <= 16),
        Row("full viewport repaint, zoom 1 (p50)", "empty view", "ms", "—"),
        Row("full viewport repaint, zoom 1 (p99)", "empty view", "ms", "≤ 16 ms",
            check=lambda f, fl: f <= 16),
        Row("whole board zoomed out (p50)", "empty view", "ms", "≤ 16 ms",
            check=lambda f, fl: f <= 16),
        Row("share of the board in view at the smallest zoom", "—", "%", "100 %",
            check=lambda f, fl: f >= 99.9),
        Row("one post-it edit durable, window open (p50)", "bare UPDATE+COMMIT", "ms",
            "≤ 1.5× floor", check=lambda f, fl: f <= 1.5 * fl),
        Row("one post-it edit durable, window open (p99)", "bare UPDATE+COMMIT", "ms",
            "≤ 2× floor", check=lambda f, fl: f <= 2 * fl),
        Row("import of 5,000 post-its, whole process", "json.load + executemany", "s",
            "≤ 0.35 s", check=lambda f, fl: f <= 0.35),
        Row("report of 500 post-its, whole process", "python + reportlab + load", "s",
            "≤ 0.8 s", check=lambda f, fl: f <= 0.8),
        Row("report of 5,000 post-its, whole process", "python + reportlab + load", "s",
            "≤ 2.5 s", check=lambda f, fl: f <= 2.5),
        Row("report of 10,000 post-its, whole process", "report of 5,000", "s",
            "≤ 2.1× floor", check=lambda f, fl: f <= 2.1 * fl),
        Row("memory, 5,000 open, every tab shown", "bare window", "MB", "≤ 150 MB",
            check=lambda f, fl: f <= 150),
    ]
    return {r.name: r for r in rows}


def _prepare(folder: Path, sizes: list[int], env: dict[str, str]) -> dict[int, Path]:
    files = {}
    for cards in sizes:
        source = folder / f"w{cards}.json"
        source.write_text(json.dumps(workload(cards), ensure_ascii=False), encoding="utf-8")
        target = folder / f"w{cards}.symetrie"
        subprocess.run(_cli("import", str(source), "-o", str(target), "--force"), check=True,
                       env=env, stdout=subprocess.DEVNULL)
        files[cards] = target
    demo = folder / "demo.symetrie"
    subprocess.run(_cli("demo", "-o", str(demo), "--force"), check=True, env=env,
                   stdout=subprocess.DEVNULL)
    files[0] = demo
    return files


def precompile() -> str:
    """Byte-compile the package once, as ``pip install`` does (and as PyInstaller bundles
    .pyc files): with ``PYTHONDONTWRITEBYTECODE`` set, as in some shells and CI images,
    every start would otherwise compile it again (about 0.3 s of the start figure), which
    no installed app pays. Returns the line the table prints about it."""
    import compileall

    package = Path(__file__).resolve().parents[1]
    compileall.compile_dir(str(package), quiet=1)
    return f"bytecode: {package.name} compiled once before measuring (as pip install does)"


def _pair(row: Row, figure, floor, flip: bool) -> None:
    """Measure a figure and its floor back to back, the order alternating between runs."""
    if flip:
        row.floors.append(floor())
        row.figures.append(figure())
    else:
        row.figures.append(figure())
        row.floors.append(floor())


def run_once(rows: dict[str, Row], files: dict[int, Path], folder: Path, env: dict[str, str],
             flip: bool, quick: bool) -> None:
    big = str(files[5000])
    _pair(rows["start to first painted board (demo)"],
          lambda: _wall(_probe_cmd("app_start", str(files[0])), env),
          lambda: _wall(_probe_cmd("bare_start"), env), flip)

    g = _probe("gui", big, "1" if quick else "0", env=env)
    ms = 1000.0
    for name, key in (("repaint after a pan, zoom 1", "pan"),
                      ("full viewport repaint, zoom 1", "repaint")):
        for q in ("p50", "p99"):
            rows[f"{name} ({q})"].figures.append(g[key][q] * ms)
            rows[f"{name} ({q})"].floors.append(g[f"{key} floor"][q] * ms)
    rows["whole board zoomed out (p50)"].figures.append(g["overview"]["p50"] * ms)
    rows["whole board zoomed out (p50)"].floors.append(g["overview floor"]["p50"] * ms)
    rows["share of the board in view at the smallest zoom"].figures.append(
        100 * g["fits at smallest zoom"]["p50"])
    for q in ("p50", "p99"):
        row = rows[f"one post-it edit durable, window open ({q})"]
        row.figures.append(g["edit"][q] * ms)
        row.floors.append(g["edit floor"][q] * ms)
    row = rows["open 5,000 post-its to the painted board"]
    row.figures.append(g["open"]["p50"])
    row.floors.append(g["load"]["p50"])

    json5k = str(folder / "w5000.json")
    out = str(folder / "imported.symetrie")
    _pair(rows["import of 5,000 post-its, whole process"],
          lambda: _wall(_cli("import", json5k, "-o", out, "--force"), env),
          lambda: (Path(out).unlink(missing_ok=True),
                   _wall(_probe_cmd("floor_import", json5k, out), env))[1], flip)
    Path(out).unlink(missing_ok=True)

    pdf = str(folder / "out.pdf")
    for cards in (500, 5000):
        _pair(rows[f"report of {cards:,} post-its, whole process"],
              lambda c=cards: _wall(_cli("report", str(files[c]), "-o", pdf), env),
              lambda c=cards: _wall(_probe_cmd("floor_report", str(files[c])), env), flip)
    if not quick:
        row = rows["report of 10,000 post-its, whole process"]
        _pair(row, lambda: _wall(_cli("report", str(files[10000]), "-o", pdf), env),
              lambda: _wall(_cli("report", str(files[5000]), "-o", pdf), env), flip)

    _pair(rows["memory, 5,000 open, every tab shown"],
          lambda: _probe("app_memory", big, env=env)["memory"],
          lambda: _probe("bare_memory", env=env)["memory"], flip)


def _fmt(value: float, unit: str) -> str:
    if value != value:
        return "—"
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "ms":
        return f"{value:.1f} ms"
    if unit == "%":
        return f"{value:.0f} %"
    return f"{value:.0f} MB"


def table(rows: dict[str, Row]) -> list[str]:
    lines = [f"{'figure':<50} {'median':>10} {'spread':>17} {'floor':>10} {'ratio':>6}  "
             f"{'target':<13} holds"]
    for r in rows.values():
        if not r.figures:
            continue
        low, high = _fmt(min(r.figures), r.unit).split(), _fmt(max(r.figures), r.unit)
        spread = f"{low[0]}–{high}"
        ratio = r.ratio()
        holds = {True: "yes", False: "NO", None: ""}[r.holds()]
        lines.append(f"{r.name:<50} {_fmt(r.median(), r.unit):>10} {spread:>17} "
                     f"{_fmt(r.floor(), r.unit):>10} "
                     f"{(f'{ratio:.2f}×' if ratio == ratio else '—'):>6}  {r.target:<13} {holds}")
    return lines


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, "
            f"Python {platform.python_version()}, QT_QPA_PLATFORM={_env()['QT_QPA_PLATFORM']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m symetrie_desktop.bench",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs, under a minute")
    parser.add_argument("--runs", type=int, help="runs to take the median of (default 5, 2)")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the figures here")
    args = parser.parse_args(argv)
    runs = args.runs or (2 if args.quick else 5)
    env = _env()
    rows = make_rows()
    started = time.perf_counter()
    compiled = precompile()
    with tempfile.TemporaryDirectory(prefix="symetrie-bench-") as tmp:
        folder = Path(tmp)
        env["XDG_CONFIG_HOME"] = str(folder / "config")  # recent files, backups: not the user's
        env["XDG_DATA_HOME"] = str(folder / "data")
        files = _prepare(folder, [500, 5000] if args.quick else [500, 5000, 10000], env)
        for n in range(runs):
            print(f"run {n + 1}/{runs}…", file=sys.stderr, flush=True)
            run_once(rows, files, folder, env, flip=bool(n % 2), quick=args.quick)
    print(machine())
    print(compiled)
    print(f"{runs} runs, {time.perf_counter() - started:.0f} s; spread = lowest–highest figure")
    print("\n".join(table(rows)))
    if args.json:
        save_json(args.json, {
            "machine": machine(), "bytecode": compiled, "runs": runs, "quick": args.quick,
            "rows": [{"figure": r.name, "unit": r.unit, "median": r.median(),
                      "min": min(r.figures), "max": max(r.figures), "floor": r.floor(),
                      "floor_name": r.floor_name, "ratio": r.ratio(), "target": r.target,
                      "holds": r.holds(), "figures": r.figures, "floors": r.floors}
                     for r in rows.values() if r.figures]})
    return 0


def save_json(path: str | Path, payload: dict) -> Path:
    """Write the figures as JSON, making the folder first: `--json build/bench.json` on a
    fresh clone has no build/ yet, and a long run must not end on a traceback."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    return write_atomic(path, json.dumps(payload, indent=2))

