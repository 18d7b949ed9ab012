"""Treemap benchmark: group() and build() on 1,000,000 rows with 5,000 labels (2 levels), PNG cold vs warm.

Run: python bench/bench_treemap.py [--rows N]. Prints a markdown table.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from viz.charts.treemap import Rule, TreemapSpec, build, group  # noqa: E402
from viz.export import images  # noqa: E402


def budget_like(rows: int, labels: int = 5000, parents: int = 50, seed: int = 0) -> pd.DataFrame:
    """Text columns as the readers give them: section, label, amount with a decimal comma."""
    rng = np.random.default_rng(seed)
    which = rng.integers(0, labels, rows)
    amounts = np.round(rng.pareto(1.2, rows) * 1000, 2)
    names = np.array([f"Poste {i:04d}" for i in range(labels)])
    sections = np.array([f"Section {i:02d}" for i in range(parents)])
    return pd.DataFrame({
        "section": pd.Series(sections[which % parents], dtype="str"),
        "poste": pd.Series(names[which], dtype="str"),
        "montant": pd.Series(np.char.replace(amounts.astype(str), ".", ","), dtype="str"),
    })


def median_time(func, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    table = budget_like(args.rows)
    print(f"{args.rows:,} rows, {table['poste'].nunique():,} distinct labels, 2 levels (a rule applies to both)\n")
    print("| step | rule | time (s) | leaves drawn |\n|---|---|---:|---:|")
    result = None
    for rule in (Rule("share", 2.0), Rule("top", 10), Rule("none", 0)):
        spec = TreemapSpec(labels=["section", "poste"], value="montant", rules=[rule], title="Bench")
        leaves = group(table, spec)
        t_group = median_time(lambda: group(table, spec), args.runs)
        t_build = median_time(lambda: build(table, spec), args.runs)
        print(f"| group() | {rule.kind} {rule.value:g} | {t_group:.3f} | {len(leaves):,} |")
        print(f"| build() | {rule.kind} {rule.value:g} | {t_build:.3f} | {len(leaves):,} |")
        if rule.kind == "share":
            result = build(table, spec)
    if images.chromium_available() and result is not None:
        start = time.perf_counter()
        images.to_png(result.figure, scale=2)
        cold = time.perf_counter() - start
        warm = median_time(lambda: images.to_png(result.figure, scale=2), args.runs)
        svg = median_time(lambda: images.to_svg(result.figure), args.runs)
        print(f"| to_png(scale=2) cold (starts Chromium) | share 2 | {cold:.3f} | |")
        print(f"| to_png(scale=2) warm | share 2 | {warm:.3f} | |")
        print(f"| to_svg() warm | share 2 | {svg:.3f} | |")
    else:
        print("| to_png | – | Chromium introuvable | |")
    html = median_time(lambda: images.to_html(result.figure), args.runs)
    print(f"| to_html() | share 2 | {html:.3f} | |")


if __name__ == "__main__":
    main()
