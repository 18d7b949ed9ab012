"""Wide files: `python -m viz inspect` on 1,000 and 3,000 columns, kinds of all columns at once vs one by one.

The whole command a user runs, and beside it the per-column path it replaced (`detect_kind` column by
column, what `profile` did before): the fixed cost per column is what made 5,000 columns take minutes.
Usage: python bench/bench_wide.py [--columns 1000 3000]
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)


def _csv(columns: int, rows: int = 20) -> str:
    header = ";".join(f"c{i}" for i in range(columns))
    body = "\n".join(";".join(f"{r * columns + i},5" if i % 2 else f"0{i % 97:02d}{r}" for i in range(columns))
                     for r in range(rows))
    return header + "\n" + body + "\n"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--columns", type=int, nargs="+", default=[1000, 3000])
    args = parser.parse_args()
    from viz.io import load_bytes
    from viz.kinds import detect_kind
    from viz.kinds.batch import detect_kinds
    print("| columns × 20 rows | `python -m viz inspect --json` (whole command) | kinds, all at once | kinds, one by one (before) |")
    print("| --- | --- | --- | --- |")
    for n in args.columns:
        text = _csv(n)
        with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as handle:
            handle.write(text)
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "viz", "inspect", handle.name, "--json"], cwd=ROOT,
                       capture_output=True, check=True)
        whole = time.perf_counter() - t
        os.unlink(handle.name)
        table = load_bytes(text.encode(), "x.csv").original
        t = time.perf_counter()
        batch = detect_kinds(table)
        at_once = time.perf_counter() - t
        t = time.perf_counter()
        single = [detect_kind(str(c), table[c]) for c in table.columns]
        one_by_one = time.perf_counter() - t
        assert batch == single
        print(f"| {n:,} | {whole:.1f} s | {at_once:.1f} s | {one_by_one:.1f} s ({one_by_one / at_once:.0f}x) |")


if __name__ == "__main__":
    main()
