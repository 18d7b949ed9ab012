"""Départements benchmark: placing 1,000,000 rows by postal code and by coordinates, beside the plain read of the
same CSV; the map page's size and build time for 10k, 100k and 1M points.

Run: python bench/bench_departements.py [--rows N]. Prints markdown tables.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from viz import reference  # noqa: E402
from viz.charts.pointmap import PointMapSpec, build  # noqa: E402
from viz.export.deck_html import deck_json, to_html  # noqa: E402
from viz.geo.placing import place  # noqa: E402
from viz.io import load  # noqa: E402


def places_like(rows: int, seed: int = 0) -> pd.DataFrame:
    """Rows of a national file: a commune's postal code (some lost their zero), its point jittered ~1 km."""
    rng = np.random.default_rng(seed)
    communes = reference.communes().dropna(subset=["latitude"])
    postal = reference.postal_codes().drop_duplicates("code_insee").set_index("code_insee")["code_postal"]
    communes = communes[communes["code_insee"].isin(postal.index)]
    pick = rng.integers(0, len(communes), rows)
    cp = postal.reindex(communes["code_insee"].to_numpy()[pick]).to_numpy(dtype=object)
    cp = np.where(rng.random(rows) < 0.05, np.char.lstrip(cp.astype(str), "0"), cp)  # lost leading zeros
    lat = communes["latitude"].to_numpy()[pick] + rng.normal(0, 0.01, rows)
    lon = communes["longitude"].to_numpy()[pick] + rng.normal(0, 0.01, rows)
    return pd.DataFrame({"id": np.arange(rows).astype(str), "code_postal": cp,
                         "latitude": np.char.replace(np.round(lat, 5).astype(str), ".", ","),
                         "longitude": np.char.replace(np.round(lon, 5).astype(str), ".", ","),
                         "type": rng.choice(["Association", "Commune", "Entreprise"], rows)})


def timed(func) -> tuple[float, object]:
    start = time.perf_counter()
    out = func()
    return time.perf_counter() - start, out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    args = parser.parse_args()
    table = places_like(args.rows)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "lieux.csv"
        table.to_csv(path, sep=";", index=False)
        read_time, ds = timed(lambda: load(str(path)))
    data = ds.working()
    place(data.head(1000), "postal", ("code_postal",))  # reference files read once, as in a running studio
    place(data.head(1000), "coordinates", ("latitude", "longitude"))
    print(f"| what ({args.rows:,} rows) | time | placed |")
    print("| --- | --- | --- |")
    print(f"| plain read of the CSV (`viz.io.load`) | {read_time:.2f} s | |")
    for method, columns in (("postal", ("code_postal",)), ("coordinates", ("latitude", "longitude"))):
        seconds, result = timed(lambda: place(data, method, columns))
        print(f"| place by {method} | {seconds:.2f} s | {result.placed:,} ({result.placed / len(data):.1%}) |")
    print()
    print("| points | mode | build | deck JSON (what the app sends) | exported page (deck.gl inlined) | page time |")
    print("| --- | --- | --- | --- | --- | --- |")
    for n in (10_000, 100_000, args.rows):
        part = data.head(n)
        build_time, result = timed(lambda: build(part, PointMapSpec(colour="type")))
        json_time, payload = timed(lambda: deck_json(result))
        page_time, page = timed(lambda: to_html(result))
        print(f"| {n:,} | {result.mode} ({result.cells:,} cells) | {build_time:.2f} s | "
              f"{len(payload) / 1e6:.2f} MB ({json_time:.2f} s) | {len(page) / 1e6:.2f} MB | "
              f"{build_time + page_time:.2f} s |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
