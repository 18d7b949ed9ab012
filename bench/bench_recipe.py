"""Time replaying a saved recipe, whole process: load a 100,000-row file, read 1,000 steps, apply them.

python bench/bench_recipe.py [--rows 100000] [--steps 1000 3000]
Each step is applied once to the table built so far (before: every earlier step was re-applied for each
new one, so 100 steps on 12 rows took 19 s and 3,000 steps never ended); the keyed steps find their rows
through one key lookup per replay. Prints seconds and peak memory of the whole process, and the CPU
seconds of the replay alone (in-process, measured by the replaying process itself).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.bench_diff import timed  # noqa: E402
from bench.gen import write_csv12  # noqa: E402

REPLAY = """
import sys, time
from viz.io import load
from viz.recipe import read_recipe, replay_report
ds = load(sys.argv[1])
steps, source = read_recipe(open(sys.argv[2], 'rb').read())
start = time.process_time()
outcomes = replay_report(ds, steps, source)
print(sum(o.applied for o in outcomes), len(ds.working()), time.process_time() - start)
"""


def recipe(count: int) -> bytes:
    """`count` steps cycling over rules (spaces, zeros, numbers, categories, placeholders) and keyed edits."""
    kinds = [
        {"op": "strip_spaces", "column": "commune"},
        {"op": "restore_leading_zeros", "column": "code_postal", "params": {"width": 5, "lengths": [4]}},
        {"op": "normalise_number", "column": "montant", "params": {"decimal": ","}},
        {"op": "map_values", "column": "categorie", "params": {"mapping": {"EPCI": "Intercommunalité"}}},
        {"op": "blank_placeholders", "column": "commune", "params": {"values": ["NC", "n/a"]}},
        {"op": "set_cells", "column": "categorie", "key": ["id"], "keys": ["17", "4242", "99999"],
         "params": {"values": ["Commune", "EPCI", "Association"]}},
    ]
    steps = [dict(kinds[i % len(kinds)], label_fr=f"étape {i + 1}") for i in range(count)]
    return json.dumps({"format": "viz-steps", "version": 1, "steps": steps}, ensure_ascii=False).encode("utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--steps", type=int, nargs="+", default=[1000, 3000])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data.csv"
        write_csv12(str(data), rows=args.rows)
        print(f"{args.rows:,} rows x 12 columns ({data.stat().st_size / 1e6:.0f} MB)")
        print(f"load average at start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        print("| steps | wall seconds (whole process: load, read recipe, replay) | CPU seconds | peak MB "
              "| replay alone, CPU seconds (in-process) | steps applied |")
        print("| --- | --- | --- | --- | --- | --- |")
        for count in args.steps:
            path = Path(tmp) / f"recipe_{count}.json"
            path.write_bytes(recipe(count))
            seconds, cpu, peak, out = timed([sys.executable, "-c", REPLAY, str(data), str(path)])
            applied, _, alone = out.split() if out else ("error", "", "nan")
            print(f"| {count:,} | {seconds:.2f} | {cpu:.2f} | {peak:.0f} | {float(alone):.2f} | {applied} |")


if __name__ == "__main__":
    main()
