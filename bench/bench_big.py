"""The ten-million-row file: `inspect`, `check` and `check --schema` streamed, beside a plain pyarrow streaming read.

python bench/bench_big.py [--rows 10000000] [--folder /tmp/bigfile] [--keep]
Writes a 12-column `;` CSV (bench/gen.py write_csv12: codes with zeros, SIRET, decimal commas, coordinates;
about 1.3 GB for 10,000,000 rows) and a Table Schema for it, runs each whole command once under
`/usr/bin/time` and prints a markdown table: wall and CPU seconds (user + sys), peak memory (max RSS), and the
load average at the start of each run. The file is deleted at the end unless --keep.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SCHEMA = {"primaryKey": ["id"], "fields": [
    {"name": "id", "type": "integer", "constraints": {"required": True, "minimum": 1}},
    {"name": "siret", "type": "string", "constraints": {"pattern": r"^\d{14}$", "unique": True}},
    {"name": "code_insee", "type": "string", "constraints": {"pattern": r"^([013-9]\d|2[AB1-9])\d{3}$"}},
    {"name": "code_postal", "type": "string", "constraints": {"pattern": r"^\d{5}$"}},
    {"name": "commune", "type": "string", "constraints": {"required": True}},
    {"name": "date", "type": "date"},
    {"name": "montant", "type": "number", "decimalChar": ",", "constraints": {"minimum": 0}},
    {"name": "latitude", "type": "number", "constraints": {"minimum": -90, "maximum": 90}},
    {"name": "longitude", "type": "number", "constraints": {"minimum": -180, "maximum": 180}},
    {"name": "categorie", "type": "string", "constraints": {"enum": ["Association", "Commune", "EPCI"]}},
    {"name": "libelle", "type": "string"},
    {"name": "quantite", "type": "integer", "constraints": {"minimum": 0, "maximum": 900}},
]}

PYARROW_STREAM = """
import sys, pyarrow.csv as pc
reader = pc.open_csv(sys.argv[1], parse_options=pc.ParseOptions(delimiter=";"))
print(sum(batch.num_rows for batch in reader))
"""


def timed(args: list[str], out: Path) -> dict[str, float]:
    """One whole process under /usr/bin/time: wall, CPU (user + sys) seconds and peak RSS in MB."""
    load = os.getloadavg()[0]
    stats = out.with_suffix(".time")
    with open(out, "wb") as stdout:
        done = subprocess.run(["/usr/bin/time", "-f", "%e %U %S %M", "-o", str(stats), *args], stdout=stdout,
                              stderr=subprocess.PIPE, cwd=ROOT)
    wall, user, system, rss = stats.read_text().split()[-4:]
    return {"wall": float(wall), "cpu": float(user) + float(system), "peak_mb": int(rss) / 1024, "load": load,
            "status": done.returncode, "stderr": done.stderr.decode("utf-8", "replace")[-300:]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=10_000_000)
    parser.add_argument("--folder", default="/tmp/bigfile")
    parser.add_argument("--keep", action="store_true", help="keep the generated file")
    args = parser.parse_args()
    folder = Path(args.folder)
    folder.mkdir(parents=True, exist_ok=True)
    data, schema = folder / f"csv12_{args.rows}.csv", folder / "csv12_schema.json"
    if not data.exists():
        from bench.gen import write_csv12
        write_csv12(str(data), rows=args.rows)
    schema.write_text(json.dumps(SCHEMA), encoding="utf-8")
    py = sys.executable
    runs = [
        ("plain pyarrow streaming read (`pyarrow.csv.open_csv`)", [py, "-c", PYARROW_STREAM, str(data)]),
        ("`python -m viz inspect FILE --json`", [py, "-m", "viz", "inspect", str(data), "--json"]),
        ("`python -m viz check FILE --json`", [py, "-m", "viz", "check", str(data), "--json"]),
        ("`python -m viz check FILE --schema S --json`",
         [py, "-m", "viz", "check", str(data), "--schema", str(schema), "--json"]),
    ]
    size = data.stat().st_size / 1e6
    print(f"{args.rows:,} rows, {size:,.0f} MB, {os.cpu_count()} cores\n")
    print("| command | wall (s) | CPU (s) | peak (MB) | load | exit |")
    print("|---|---:|---:|---:|---:|---:|")
    for label, command in runs:
        result = timed(command, folder / "out.json")
        print(f"| {label} | {result['wall']:.1f} | {result['cpu']:.1f} | {result['peak_mb']:,.0f} | "
              f"{result['load']:.1f} | {result['status']} |", flush=True)
        if result["status"] not in (0, 1):
            print(f"<!-- {result['stderr']} -->")
    if not args.keep:
        data.unlink()
        for leftover in ("out.json", "out.time"):
            (folder / leftover).unlink(missing_ok=True)


if __name__ == "__main__":
    main()
