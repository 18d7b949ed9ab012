"""Context sheet benchmark: the whole `python -m viz sheet` journey in parts, on the sample budget and on a
generated 1,000,000-row file (each part timed alone; the sheet is built once per size).

Run: python bench/bench_sheet.py [--rows N]. Prints a markdown table.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bench_treemap import budget_like  # noqa: E402
from viz.charts.treemap import Rule, TreemapSpec  # noqa: E402
from viz.checks import run_checks  # noqa: E402
from viz.export import images  # noqa: E402
from viz.export.sheet import build_sheet, chart_png  # noqa: E402
from viz.export.sheet_pdf import to_pdf  # noqa: E402
from viz.export.sheet_render import to_html, to_markdown  # noqa: E402
from viz.io import load, load_bytes  # noqa: E402
from viz.project import load_project, save_project  # noqa: E402

SAMPLE = Path(__file__).resolve().parents[1] / "sample_data" / "budget_primitif_2025.csv"


def timed(func):
    start = time.perf_counter()
    value = func()
    return value, time.perf_counter() - start


def rows_for(name: str, ds, spec: TreemapSpec) -> list[tuple[str, str, str]]:
    """One row per part of the journey: (what, seconds, size)."""
    findings, t_check = timed(lambda: run_checks(ds))
    charts = [("treemap", spec.to_dict())]
    sheet, t_build = timed(lambda: build_sheet(ds, findings, charts, images=False))
    png, t_png = timed(lambda: chart_png(build_sheet.__globals__["kind_module"]("treemap").build(
        ds.working(), spec).figure)) if images.chromium_available() else (None, float("nan"))
    sheet.charts[0].png = png
    md, t_md = timed(lambda: to_markdown(sheet))
    page, t_html = timed(lambda: to_html(sheet))
    pdf, t_pdf = timed(lambda: to_pdf(sheet))
    project, t_save = timed(lambda: save_project(ds, charts, sheet))
    _loaded, t_load = timed(lambda: load_project(project))
    kb = lambda data: f"{len(data) / 1e3:,.0f} kB"  # noqa: E731
    return [(f"{name}: checks (run_checks)", f"{t_check:.2f}", ""),
            (f"{name}: build_sheet (no image)", f"{t_build:.2f}", ""),
            (f"{name}: chart PNG (kaleido, server warm after the first)", f"{t_png:.2f}", kb(png or b"")),
            (f"{name}: Markdown", f"{t_md:.3f}", kb(md.encode())), (f"{name}: HTML", f"{t_html:.3f}", kb(page.encode())),
            (f"{name}: PDF (WeasyPrint)", f"{t_pdf:.2f}", kb(pdf)),
            (f"{name}: project save (data embedded)", f"{t_save:.2f}", kb(project)),
            (f"{name}: project load (read, replay steps, rebuild chart)", f"{t_load:.2f}", "")]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    args = parser.parse_args()
    sample = load(SAMPLE)
    spec = TreemapSpec(labels=["sens", "libelle_chapitre"], value="montant_prevu", decimal=",")
    rows = rows_for("sample budget (1,613 rows)", sample, spec)
    table = budget_like(args.rows)
    data = table.to_csv(sep=";", index=False).encode("utf-8")
    big = load_bytes(data, "big.csv")
    spec_big = TreemapSpec(labels=["section", "poste"], value="montant", rules=[Rule("share", 2.0)], decimal=",")
    rows += rows_for(f"generated ({args.rows:,} rows, {len(data) / 1e6:.0f} MB)", big, spec_big)
    print("| what | seconds | size |\n| --- | --- | --- |")
    for what, seconds, size in rows:
        print(f"| {what} | {seconds} | {size} |")


if __name__ == "__main__":
    main()
