"""Import benchmark: viz.io.load vs a plain pyarrow.csv.read_csv of the same 1 M-row, 12-column `;` CSV.

Each reader runs in its own process so peak memory (ru_maxrss) is its own. Prints a markdown table.
Usage: python bench/bench_import.py [--rows N] [--repeat K]
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

CHILD = r"""
import json, sys, time
sys.path.insert(0, {root!r})
path, mode = sys.argv[1], sys.argv[2]
import pyarrow, pyarrow.csv, pandas
def hwm():
    # VmHWM belongs to this process image (ru_maxrss would carry the forking parent's peak over exec)
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
base = hwm()
t = time.perf_counter()
if mode == "pyarrow":
    table = pyarrow.csv.read_csv(path, parse_options=pyarrow.csv.ParseOptions(delimiter=";"))
    rows = table.num_rows
elif mode == "pyarrow+pandas":
    table = pyarrow.csv.read_csv(path, parse_options=pyarrow.csv.ParseOptions(delimiter=";")).to_pandas()
    rows = len(table)
else:
    from viz.io import load
    ds = load(path)
    rows = len(ds.original)
    assert ds.original["code_insee"].iloc[0].startswith(("0", "1", "2", "3", "5", "6", "7", "8"))
secs = time.perf_counter() - t
peak = hwm()
print(json.dumps({{"seconds": secs, "peak_mb": peak / 1024, "import_mb": (peak - base) / 1024, "rows": rows}}))
"""


def run(path: str, mode: str) -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD.format(root=ROOT), path, mode],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from bench.gen import write_csv12
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "big.csv")
        write_csv12(path, args.rows)
        size_mb = os.path.getsize(path) / 1e6
        results = {}
        for mode in ("pyarrow", "pyarrow+pandas", "viz.io.load"):
            runs = [run(path, mode) for _ in range(args.repeat)]
            best = min(runs, key=lambda r: r["seconds"])
            results[mode] = best
        base = results["pyarrow"]["seconds"]
        print(f"\nImport of a {args.rows:,}-row, 12-column `;` CSV ({size_mb:.0f} MB), best of {args.repeat}, 2 cores\n")
        print("| reader | seconds | vs pyarrow | peak RSS (MB) | peak for reading (MB) | reading / file size |")
        print("| --- | ---: | ---: | ---: | ---: | ---: |")
        for mode, r in results.items():
            print(f"| {mode} | {r['seconds']:.2f} | {r['seconds'] / base:.2f}x | {r['peak_mb']:.0f} "
                  f"| {r['import_mb']:.0f} | {r['import_mb'] / size_mb:.2f}x |")
        print("\nTargets: viz.io.load within 1.5x of the plain pyarrow read; peak memory under 3x the file size.")
        print("'peak for reading' is the peak RSS minus the interpreter with pandas and pyarrow imported.")
        print("viz.io.load keeps every column as text (codes keep their zeros), guesses encoding/separator/decimal")
        print("and hashes the file (SHA-256) while parsing; pyarrow infers types (and loses the zeros).")


if __name__ == "__main__":
    main()
