"""Point map exports: `python -m viz map FILE --out carte.(png|svg)` beside the interactive page (`.html`, the
export that existed before) on the same file, for 10,000 and 1,000,000 rows of a national file.

Each line is the whole command a user runs (read, build, write; PNG and SVG start kaleido's Chromium), timed by
/usr/bin/time: CPU seconds (user + sys of the process, Chromium's own CPU not included), peak memory, size of
the file written, with the load average beside it.

Run: python bench/bench_mapexport.py [--rows 10000 1000000]. Prints a markdown table.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_departements import places_like  # noqa: E402


def run(data: Path, out: Path) -> tuple[float, float, float, int, float]:
    """(wall s, cpu s, peak MB, bytes written, 1-min load) of one `viz map` command."""
    cmd = ["/usr/bin/time", "-f", "%U %S %M", sys.executable, "-m", "viz", "map", str(data), "--colour", "type",
           "--out", str(out)]
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    user, system, rss = done.stderr.strip().splitlines()[-1].split()
    return wall, float(user) + float(system), int(rss) / 1024, out.stat().st_size, os.getloadavg()[0]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, nargs="+", default=[10_000, 1_000_000])
    args = parser.parse_args()
    print("| rows | output | wall s | CPU s (user+sys) | peak MB | file size | load (1 min) |")
    print("|---:|---|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for rows in args.rows:
            data = Path(tmp) / f"lieux_{rows}.csv"
            places_like(rows).to_csv(data, sep=";", index=False)
            for suffix in (".html", ".png", ".svg"):
                wall, cpu, peak, size, load = run(data, Path(tmp) / f"carte_{rows}{suffix}")
                print(f"| {rows:,} | {suffix[1:]}{' (peer: the interactive page)' if suffix == '.html' else ''} "
                      f"| {wall:.1f} | {cpu:.1f} | {peak:.0f} | {size / 1e6:.2f} MB | {load:.1f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
