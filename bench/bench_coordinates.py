"""Time the coordinate checks on 1,000,000 places, beside the plain read and a naive per-point shapely loop.

python bench/bench_coordinates.py [--rows 1000000] [--naive 100000]
prints a markdown table. The file: `;` CSV, one row per place, a real commune code (communes that have a reference
point), a position a few hundred metres from it, and ~1 % faults (swapped, (0,0), other département, missing).
"""
from __future__ import annotations

import argparse
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
    start = time.perf_counter()
    out = func(*args)
    return time.perf_counter() - start, out


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
        start = time.perf_counter()
        run = subprocess.run([sys.executable, "-m", "viz", "check", str(path), "--json"], cwd=ROOT,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        t_cli = time.perf_counter() - start
    counts = ", ".join(f"{f.code.removeprefix('coord.')} {f.count:,}" for f in found)
    print(f"\n{args.rows:,} places, {mb:.0f} MB `;` CSV, ~1 % faulty positions; findings: {counts}\n")
    print("| what | seconds |")
    print("| --- | --- |")
    print(f"| plain read (`viz.io.load`) | {t_read:.2f} |")
    print(f"| coordinate check in process (detect, parse, classify, département polygons, communes, duplicates) | {t_analyse + t_findings:.2f} |")
    print(f"| of which point-in-département, vectorised `shapely.contains_xy` grouped by département | {t_poly:.2f} |")
    print(f"| naive per-point `shape.contains(Point)` loop, {args.naive:,} points extrapolated to {args.rows:,} | {t_naive:.1f} |")
    print(f"| whole `python -m viz check FILE --json` (read + quality + coordinates, exit {run.returncode}) | {t_cli:.2f} |")


if __name__ == "__main__":
    main()
