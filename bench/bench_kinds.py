"""The kinds of the inspect file's columns, from their samples, in process: the call `viz inspect` makes.

The samples are those the profile takes (5,000 stripped, non-empty, non-placeholder values of each column of the
12-column bench file, bench.gen.write_csv12); the table gives the CPU seconds of `kinds_of_samples` on them as
Arrow arrays (what `viz inspect` passes) and as pandas Series (the other callers), and whether pandas was loaded
by the Arrow call. Usage: python bench/bench_kinds.py [--rows 1000000] [--repeat 7] [--file existing.csv]
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CHILD = """
import pickle, statistics, sys, time
names, lists, mode, repeat = pickle.load(open(sys.argv[1], "rb"))
from viz.arrownp import string_array
from viz.kinds.batch import kinds_of_samples
if mode == "pandas":
    import pandas as pd
    samples = [pd.Series(v, dtype="str") for v in lists]
else:
    samples = [string_array(v) for v in lists]
kinds = kinds_of_samples(names, samples)  # first call: reference lists read once
times = []
for _ in range(repeat):
    start = time.process_time()
    kinds_of_samples(names, samples)
    times.append(time.process_time() - start)
print(min(times), statistics.median(times), "pandas" in sys.modules, ",".join(kinds))
"""


def samples_of(path: str) -> tuple[list[str], list[list[str]]]:
    """Column names and the kind samples of the file as `viz inspect` takes them."""
    from viz.io import load_table
    from viz.io.transcode import bytes_encoding
    from viz.profile import all_facts
    table, _ = load_table(path)
    facts = all_facts(table.columns, bytes_encoding(table))  # (a cp1252 file stays bytes until shown)
    return table.column_names, [[str(v) for v in f.sample.to_pylist()] for f in facts]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--file", help="an existing 12-column bench file (else one is written)")
    args = parser.parse_args()
    import pickle
    with tempfile.TemporaryDirectory() as folder:
        path = args.file
        if path is None:
            from bench.gen import write_csv12
            path = str(Path(folder) / "csv12.csv")
            write_csv12(path, rows=args.rows, encoding="cp1252")
        names, lists = samples_of(path)
        print(f"kinds_of_samples, {len(names)} columns x {max(len(v) for v in lists)} sample values, "
              f"CPU s in process (min / median of {args.repeat})")
        print(f"{'samples as':<16}{'min':>8}{'median':>8}  pandas loaded  kinds")
        for mode in ("arrow", "pandas"):
            data = Path(folder) / f"{mode}.pkl"
            data.write_bytes(pickle.dumps((names, lists, mode, args.repeat)))
            out = subprocess.run([sys.executable, "-c", CHILD, str(data)], cwd=ROOT, capture_output=True, text=True,
                                 check=True).stdout.split()
            print(f"{mode:<16}{float(out[0]):>8.3f}{float(out[1]):>8.3f}  {out[2]:<13}  {out[3]}")


if __name__ == "__main__":
    start = time.perf_counter()
    main()
    print(f"({time.perf_counter() - start:.0f} s, load {open('/proc/loadavg').read().split()[0]})")
