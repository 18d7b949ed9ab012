"""Time the coordinate checks on 1,000,000 places, beside the plain read and a naive per-point shapely loop.

python bench/bench_coordinates.py [--rows 1000000] [--naive 100000] [--repeat 3]
prints a markdown table: wall and CPU seconds (user+sys; judge by CPU on a shared machine, the load average is
printed), the whole command as a person runs it in its own process (median of --repeat runs, with its peak memory),
and a plain whole-process pyarrow read of the same file beside it. The file: `;` CSV, one row per place, a real commune code (communes that have a reference
point), a position a few hundred metres from it, and ~1 % faults (swapped, (0,0), other département, missing).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def make_file(rows: int, folder: Path, seed: int = 3) -> Path:
    """The generated places file (see the module docstring)."""
    from viz.reference import communes
    ref = communes().dropna(subset=["latitude", "longitude"])
    ref = ref[ref["type"] == "commune-actuelle"]
    rng = np.random.default_rng(seed)
    pick = rng.integers(0, len(ref), rows)
    lat = ref["latitude"].to_numpy()[pick] + rng.normal(0, 0.004, rows)
    lon = ref["longitude"].to_numpy()[pick] + rng.normal(0, 0.004, rows)
    table = pd.DataFrame({"id": np.arange(rows).astype(str), "nom": "Lieu " + pd.Series(np.arange(rows)).astype(str),
                          "code_insee": ref["code_insee"].to_numpy()[pick],
                          "latitude": np.char.mod("%.6f", lat), "longitude": np.char.mod("%.6f", lon)})
    faults = rng.choice(rows, rows // 100, replace=False)
    q = len(faults) // 4
    swap = faults[:q]
    table.loc[swap, ["latitude", "longitude"]] = table.loc[swap, ["longitude", "latitude"]].to_numpy()
    table.loc[faults[q:2 * q], ["latitude", "longitude"]] = "0"
    table.loc[faults[2 * q:3 * q], "latitude"] = np.char.mod("%.6f", lat[faults[2 * q:3 * q]] + 1.5)
    table.loc[faults[3 * q:], ["latitude", "longitude"]] = ""
    path = folder / "lieux.csv"
    table.to_csv(path, sep=";", index=False)
    return path


def timed(func, *args):  # type: ignore[no-untyped-def]
    """(wall seconds, CPU seconds of this process), result."""
    start, cpu = time.perf_counter(), time.process_time()
    out = func(*args)
    return (time.perf_counter() - start, time.process_time() - cpu), out


WRAPPER = ("import json, resource, subprocess, sys, time; start = time.perf_counter(); "
           "p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
           "use = resource.getrusage(resource.RUSAGE_CHILDREN); "
           "print(json.dumps([time.perf_counter() - start, use.ru_utime + use.ru_stime, use.ru_maxrss / 1024, p.returncode]))")
PLAIN_READ = "import sys, pyarrow.csv as c; c.read_csv(sys.argv[1], parse_options=c.ParseOptions(delimiter=';'))"


def whole_process(cmd: list[str], repeat: int, env: dict[str, str]) -> tuple[float, float, float, int]:
    """Median wall and CPU seconds, largest peak MB and exit code of `cmd` run `repeat` times in its own process."""
    runs = []
    for _ in range(max(1, repeat)):
        done = subprocess.run([sys.executable, "-c", WRAPPER, *cmd], capture_output=True, text=True, cwd=ROOT, env=env)
        runs.append(json.loads(done.stdout))
    mid = len(runs) // 2
    return (sorted(r[0] for r in runs)[mid], sorted(r[1] for r in runs)[mid], max(r[2] for r in runs), runs[-1][3])


def naive_loop(lon: np.ndarray, lat: np.ndarray, dep: np.ndarray, count: int) -> float:
    """Seconds of `shape.contains(Point(x, y))` point by point on `count` points."""
    import shapely
    from viz.reference import departement_shapes
    shapes = departement_shapes()
    start = time.perf_counter()
    for x, y, d in zip(lon[:count], lat[:count], dep[:count]):
        geom = shapes.get(d)
        if geom is not None and np.isfinite(x):
            geom.contains(shapely.Point(x, y))
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--naive", type=int, default=100_000, help="points of the naive loop (extrapolated)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each whole-process command (median)")
    args = parser.parse_args()
    from viz.checks.coordinates import findings_of
    from viz.geo import analyse as analyse_mod
    from viz.geo import france
    from viz.io import load
    with tempfile.TemporaryDirectory() as tmp:
        path = make_file(args.rows, Path(tmp))
        mb = path.stat().st_size / 1e6
        france.shapes()  # polygons buffered once per process (counted apart)
        t_read, ds = timed(load, str(path))
        table = ds.working()
        t_analyse, a = timed(analyse_mod.analyse, table)
        t_findings, found = timed(findings_of, table, a)
        candidates = (a.pos.state == 1) & france.in_france_boxes(a.pos.lon, a.pos.lat)
        a.fault[:] = 0
        t_poly, _ = timed(analyse_mod._check_departements, a, candidates)
        t_naive = naive_loop(a.pos.lon, a.pos.lat, a.declared, args.naive) * args.rows / args.naive
        # bytecode written once and reused, as an installed package has its .pyc (PYTHONDONTWRITEBYTECODE, set in this
        # environment, would recompile the studio on every run; with a cache prefix, pandas too)
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        load_before = os.getloadavg()
        warm = Path(tmp) / "warm.csv"  # the same columns, a few rows: compiles every module the check imports, once
        warm.write_text("\n".join(path.read_text(encoding="utf-8").splitlines()[:200]) + "\n", encoding="utf-8")
        whole_process([sys.executable, "-m", "viz", "check", str(warm), "--json"], 1, env)
        whole_process([sys.executable, "-c", PLAIN_READ, str(warm)], 1, env)
        plain = whole_process([sys.executable, "-c", PLAIN_READ, str(path)], args.repeat, env)
        cli = whole_process([sys.executable, "-m", "viz", "check", str(path), "--json"], args.repeat, env)
    counts = ", ".join(f"{f.code.removeprefix('coord.')} {f.count:,}" for f in found)
    print(f"\n{args.rows:,} places, {mb:.0f} MB `;` CSV, ~1 % faulty positions; findings: {counts}\n")
    print(f"load average before {' '.join(f'{x:.2f}' for x in load_before)}, "
          f"after {' '.join(f'{x:.2f}' for x in os.getloadavg())}; whole processes: median of {max(1, args.repeat)}\n")
    print("| what | wall s | CPU s (user+sys) | peak MB |")
    print("| --- | ---: | ---: | ---: |")
    print(f"| plain read, whole process (`pyarrow.csv.read_csv`, interpreter start included) | {plain[0]:.2f} | {plain[1]:.2f} | {plain[2]:.0f} |")
    print(f"| **whole `python -m viz check FILE --json`** (read + quality + coordinates, exit {cli[3]}) | {cli[0]:.2f} | {cli[1]:.2f} | {cli[2]:.0f} |")
    print(f"| in process: read (`viz.io.load`) | {t_read[0]:.2f} | {t_read[1]:.2f} | |")
    print(f"| in process: coordinate check (detect, parse, classify, département polygons, communes, duplicates) "
          f"| {t_analyse[0] + t_findings[0]:.2f} | {t_analyse[1] + t_findings[1]:.2f} | |")
    print(f"| of which point-in-département, vectorised `shapely.contains_xy` grouped by département | {t_poly[0]:.2f} | {t_poly[1]:.2f} | |")
    print(f"| naive per-point `shape.contains(Point)` loop, {args.naive:,} points extrapolated to {args.rows:,} | {t_naive:.1f} | | |")

if __name__ == "__main__":
    main()
