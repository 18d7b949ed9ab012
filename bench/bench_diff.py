"""Time `python -m viz diff` against datacompy on two versions of a 1,000,000-row, 10-column file.

python bench/bench_diff.py [--rows 1000000] [--repeat 3] [--skip-datacompy]
The new version has 1 % of rows changed (one cell each), 0.5 % removed and 0.5 % added. Both tools run
whole-process (read both files, match on `id`, compare every column), each in its own process; the table
prints seconds and peak memory. datacompy: `pip install --no-deps -r bench/requirements-peers.txt`.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.bench_check import ROOT  # noqa: E402
from bench.gen import COMMUNES  # noqa: E402

DATACOMPY = """
import sys, pandas as pd, datacompy
old = pd.read_csv(sys.argv[1], sep=";", dtype=str, keep_default_na=False, engine="pyarrow")
new = pd.read_csv(sys.argv[2], sep=";", dtype=str, keep_default_na=False, engine="pyarrow")
cmp = datacompy.PandasCompare(old, new, join_columns="id")
print((len(cmp.df1_unq_rows), len(cmp.df2_unq_rows), len(cmp.all_mismatch())))
"""


WRAPPER = ("import json, resource, subprocess, sys, time; out = open(sys.argv[1], 'wb'); start = time.perf_counter(); "
           "p = subprocess.run(sys.argv[2:], stdout=out, stderr=subprocess.DEVNULL); wall = time.perf_counter() - start; "
           "u = resource.getrusage(resource.RUSAGE_CHILDREN); "
           "print(json.dumps([wall, u.ru_utime + u.ru_stime, u.ru_maxrss, p.returncode]))")


def timed(cmd: list[str]) -> tuple[float, float, float, str]:
    """Wall seconds, CPU seconds (user + system: what a loaded shared machine distorts least), peak RSS in
    MB of one subprocess, and its stdout."""
    import subprocess
    with tempfile.NamedTemporaryFile(suffix=".out") as out:
        done = subprocess.run([sys.executable, "-c", WRAPPER, out.name, *cmd], capture_output=True, text=True,
                              cwd=ROOT, check=True)
        wall, cpu, peak_kb, _ = json.loads(done.stdout)
        return wall, cpu, peak_kb / 1024, Path(out.name).read_text(encoding="utf-8")


def versions(rows: int, folder: Path, seed: int = 11) -> tuple[Path, Path, dict[str, int]]:
    """Two `;` CSVs: the old one, and a new one with 1 % changed, 0.5 % removed, 0.5 % added rows."""
    rng = np.random.default_rng(seed)
    com = np.array(COMMUNES, dtype=object)[rng.integers(0, len(COMMUNES), rows)]
    old = pd.DataFrame({
        "id": pd.Series(np.arange(1, rows + 1)).astype(str),
        "siret": pd.Series(rng.integers(10**12, 10**14, rows)).astype(str).str.zfill(14),
        "code_insee": com[:, 0], "code_postal": com[:, 1], "commune": com[:, 2],
        "date": pd.to_datetime(rng.integers(17_000, 20_000, rows), unit="D").strftime("%Y-%m-%d"),
        "montant": pd.Series(rng.integers(100, 10**7, rows) / 100).map("{:.2f}".format),
        "latitude": pd.Series(rng.uniform(42, 51, rows)).round(6).astype(str),
        "longitude": pd.Series(rng.uniform(-4, 8, rows)).round(6).astype(str),
        "categorie": rng.choice(["Association", "Commune", "EPCI", "Entreprise"], rows),
    })
    n_changed, n_removed, n_added = rows // 100, rows // 200, rows // 200
    picked = rng.choice(rows, n_changed + n_removed, replace=False)
    changed, removed = picked[:n_changed], picked[n_changed:]
    new = old.copy()
    columns = ["siret", "commune", "date", "montant", "categorie"]
    which = rng.integers(0, len(columns), n_changed)
    for i, column in enumerate(columns):
        rows_i = changed[which == i]
        new.loc[rows_i, column] = new.loc[rows_i, column] + "X"
    added = old.iloc[:n_added].copy()
    added["id"] = pd.Series(np.arange(rows + 1, rows + n_added + 1)).astype(str).to_numpy()
    new = pd.concat([new.drop(index=removed), added], ignore_index=True)
    a, b = folder / "old.csv", folder / "new.csv"
    old.to_csv(a, sep=";", index=False)
    new.to_csv(b, sep=";", index=False)
    return a, b, {"changed": n_changed, "removed": n_removed, "added": n_added}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--skip-datacompy", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        a, b, truth = versions(args.rows, Path(tmp))
        mb = (a.stat().st_size + b.stat().st_size) / 1e6
        runs = [timed([sys.executable, "-m", "viz", "diff", str(a), str(b), "--json"]) for _ in range(args.repeat)]
        viz_s, viz_cpu, viz_mb, out = sorted(runs)[len(runs) // 2]
        doc = json.loads(out)["rows"]
        got = {k: doc[k] for k in ("changed", "removed", "added")}
        print(f"{args.rows:,} rows x 10 columns, two files {mb:.0f} MB; expected {truth}; viz found {got}")
        load = os.getloadavg()[0]
        print(f"load average at start: {load:.1f} on {os.cpu_count()} cores")
        print("| tool | wall seconds (whole process) | CPU seconds | peak MB |\n| --- | --- | --- | --- |")
        print(f"| `python -m viz diff --json` (median of {args.repeat}) | {viz_s:.2f} | {viz_cpu:.2f} | {viz_mb:.0f} |")
        if not args.skip_datacompy:
            dc_s, dc_cpu, dc_mb, dc_out = timed([sys.executable, "-c", DATACOMPY, str(a), str(b)])
            print(f"| datacompy.PandasCompare on `id` (pyarrow read) | {dc_s:.2f} | {dc_cpu:.2f} | {dc_mb:.0f} |")
            print(f"\ndatacompy found (removed, added, changed) = {dc_out.strip()}; "
                  f"viz is {dc_s / viz_s:.1f}x faster (wall), {dc_cpu / viz_cpu:.1f}x (CPU)")


if __name__ == "__main__":
    main()
