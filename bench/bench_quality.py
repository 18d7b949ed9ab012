"""Time each quality check on a generated French table (1,000,000 rows × 12 columns by default).

python bench/bench_quality.py [--rows N] [--file CSV]   prints a markdown table (seconds per check).

Checks run as `viz.checks.quality.check` runs them: sharing one ColumnFacts per column (arrow array,
distinct values, byte facts); building those facts is timed on its own line. With --file, the table
is read with viz.io.load instead of generated.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np
import pandas as pd

from viz.checks.quality import QUALITY_CHECKS
from viz.checks.quality_base import column_facts, shared_facts


def make_table(n: int, seed: int = 0) -> pd.DataFrame:
    """Codes with leading zeros, SIRET, categories, amounts written two ways, dates, e-mails, latitudes."""
    rng = np.random.default_rng(seed)
    cp = pd.Series(rng.integers(1000, 95999, n).astype(str)).str.zfill(5)
    return pd.DataFrame({
        "code_postal": cp, "code_insee": cp, "departement": cp.str[:2],
        "siret": pd.Series(rng.integers(10**13, 10**14 - 1, n).astype(str)),
        "nom": pd.Series(rng.choice(["Association A", "Club B", "Comité C"], n)),
        "nature": pd.Series(rng.choice(["Aide en numéraire", "Aide en nature"], n)),
        "montant": pd.Series((rng.random(n) * 1e5).round(2).astype(str)),
        "montant_fr": pd.Series(rng.integers(0, 10**6, n).astype(str)).str.replace(r"(\d)(\d{3})$", r"\1 \2,50",
                                                                                   regex=True),
        "date": pd.Series(pd.date_range("2000-01-01", periods=n, freq="min").strftime("%Y-%m-%d")),
        "objet": pd.Series(rng.choice(["Fonctionnement", "Projet culturel", "Investissement matériel"], n)),
        "email": pd.Series(rng.choice(["", "contact@mairie.fr"], n)),
        "lat": pd.Series((43 + rng.random(n)).round(6).astype(str)),
    }).astype("str")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--file", help="a CSV/XLSX file to check instead of the generated table")
    args = parser.parse_args()
    if args.file:
        from viz.io import load
        dataset = load(args.file)
        table, read, what = dataset.original, dataset.read, Path(args.file).name
    else:
        table, read, what = make_table(args.rows), None, "generated table"
    timings: dict[str, tuple[float, int]] = {}
    with shared_facts(table):
        start = time.perf_counter()
        for column in table.columns:
            column_facts(table, column)
        timings["column facts (shared)"] = (time.perf_counter() - start, 0)
        for code, func in QUALITY_CHECKS.items():
            start = time.perf_counter()
            found = func(table, read)
            timings[code] = (time.perf_counter() - start, len(found))
    print(f"{what}: {len(table):,} rows × {len(table.columns)} columns\n")
    print("| check | seconds | findings |\n|---|---:|---:|")
    for code, (seconds, count) in timings.items():
        print(f"| {code} | {seconds:.2f} | {count} |")
    print(f"| **total** | **{sum(s for s, _ in timings.values()):.2f}** | {sum(c for _, c in timings.values())} |")


if __name__ == "__main__":
    main()
