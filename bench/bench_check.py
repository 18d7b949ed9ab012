"""Time `python -m viz check --schema` against `frictionless.validate` on the same generated file.

python bench/bench_check.py [--rows 1000000] [--repeat 3] [--skip-frictionless]
prints a markdown table (wall seconds, CPU seconds = user + sys, peak MB, errors, speed-ups). Each command runs in
its own process, timed from a small wrapper (its stdout goes to a file); viz commands run `--repeat` times (median).
On a shared machine judge by CPU seconds: wall time depends on the other processes (the load average is printed).
Child processes get a bytecode cache (PYTHONPYCACHEPREFIX in a temporary folder, PYTHONDONTWRITEBYTECODE unset, one
warm-up run on the first rows of the file), as an installed package has its .pyc files. This environment sets
PYTHONDONTWRITEBYTECODE: with it, the studio is recompiled on every run, and a PYTHONPYCACHEPREFIX without writing
is worse still (site-packages' own .pyc are then ignored: `import pandas` costs 2.5 s of CPU instead of 0.5 s).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = {
    "fields": [
        {"name": "siret", "type": "string", "constraints": {"required": True, "pattern": r"^\d{14}$"}},
        {"name": "code_insee", "type": "string", "constraints": {"pattern": r"^([013-9]\d|2[AB1-9])\d{3}$"}},
        {"name": "nom", "type": "string", "constraints": {"required": True, "maxLength": 60}},
        {"name": "date_convention", "type": "date"},
        {"name": "montant", "type": "number", "decimalChar": ",", "constraints": {"minimum": 0}},
        {"name": "nature", "type": "string", "constraints": {"enum": ["aide en numéraire", "aide en nature"]}},
        {"name": "email", "type": "string", "format": "email"},
        {"name": "nb_agents", "type": "integer", "constraints": {"minimum": 0, "maximum": 100000}},
        {"name": "ess", "type": "boolean", "trueValues": ["oui"], "falseValues": ["non"]},
    ]
}


def make_file(rows: int, folder: Path, seed: int = 7) -> tuple[Path, Path]:
    """A `;`-separated UTF-8 CSV with realistic French columns and about 2 % faulty cells."""
    rng = np.random.default_rng(seed)
    siret = pd.Series(rng.integers(10**13, 10**14 - 1, rows)).astype(str)
    insee = pd.Series(rng.integers(1001, 95690, rows)).astype(str).str.zfill(5)
    names = np.array(["Association Les Amis du Quartier", "Commune de Saint-Étienne", "Club sportif de Vendée",
                      "Comité des fêtes", "Théâtre du Peuple"])
    days = pd.to_datetime("2015-01-01") + pd.to_timedelta(rng.integers(0, 3650, rows), unit="D")
    table = pd.DataFrame({
        "siret": siret, "code_insee": insee, "nom": names[rng.integers(0, len(names), rows)],
        "date_convention": days.strftime("%Y-%m-%d"),
        "montant": pd.Series(rng.integers(100, 10**7, rows) / 100).map("{:.2f}".format).str.replace(".", ",", regex=False),
        "nature": np.where(rng.random(rows) < 0.5, "aide en numéraire", "aide en nature"),
        "email": pd.Series(rng.integers(0, 50000, rows)).map("contact{}@asso-exemple.fr".format),
        "nb_agents": pd.Series(rng.integers(0, 500, rows)).astype(str),
        "ess": np.where(rng.random(rows) < 0.3, "oui", "non"),
    })
    bad = {"siret": "123 456 789", "code_insee": "1053", "date_convention": "31/12/2019", "montant": "12.50",
           "nature": "numéraire", "email": "contact@", "nb_agents": "12,5", "ess": "peut-être", "nom": ""}
    per_column = max(1, int(rows * 0.02 / len(bad)))
    for column, value in bad.items():
        table.loc[rng.choice(rows, per_column, replace=False), column] = value
    data, schema = folder / "subventions.csv", folder / "schema.json"
    table.to_csv(data, sep=";", index=False)
    schema.write_text(json.dumps(SCHEMA, ensure_ascii=False), encoding="utf-8")
    return data, schema


FRICTIONLESS = """
import json, sys, frictionless
from frictionless import formats
dialect = frictionless.Dialect(controls=[formats.CsvControl(delimiter=";")])
with frictionless.system.use_context(trusted=True):
    resource = frictionless.Resource(path=sys.argv[1], schema=frictionless.Schema.from_descriptor(sys.argv[2]), dialect=dialect)
    report = frictionless.validate(resource, limit_errors=10**8)
print(len(report.flatten(["type"])))
"""


SCHEMA_ONLY = """
import json, sys
from viz.io import load
from viz.checks.schema import validate
ds = load(sys.argv[1])
print(sum(f.count for f in validate(ds.original, json.load(open(sys.argv[2])), ds.read) if f.severity == "error"))
"""


def bytecode_env(folder: Path) -> dict[str, str]:
    """The environment of the timed children: bytecode written once to a cache in `folder`, then reused."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return dict(env, PYTHONPYCACHEPREFIX=str(folder / "pycache"))


def timed(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float, str, float]:
    """Wall seconds, peak RSS in MB of a subprocess (of this child alone), its stdout, and its CPU seconds.

    A small wrapper process runs the command with stdout going to a file and times the command alone,
    so neither the wrapper's start-up nor moving a large JSON report through pipes is counted.
    """
    wrapper = ("import json, resource, subprocess, sys, time; out = open(sys.argv[1], 'wb'); "
               "start = time.perf_counter(); p = subprocess.run(sys.argv[2:], stdout=out, stderr=subprocess.DEVNULL); "
               "seconds = time.perf_counter() - start; use = resource.getrusage(resource.RUSAGE_CHILDREN); "
               "print(json.dumps([seconds, use.ru_maxrss, p.returncode, use.ru_utime + use.ru_stime]))")
    with tempfile.NamedTemporaryFile(suffix=".out") as out:
        done = subprocess.run([sys.executable, "-c", wrapper, out.name, *cmd], capture_output=True, text=True,
                              cwd=ROOT, check=True, env=env)
        seconds, peak_kb, _, cpu = json.loads(done.stdout)
        stdout = Path(out.name).read_text(encoding="utf-8")
    return seconds, peak_kb / 1024, stdout, cpu


def median_run(cmd: list[str], repeat: int, env: dict[str, str] | None = None) -> tuple[float, float, str, float]:
    """timed() `repeat` times: the median wall seconds, the largest peak, the last stdout, the median CPU seconds."""
    runs = [timed(cmd, env) for _ in range(max(1, repeat))]
    seconds = sorted(r[0] for r in runs)[len(runs) // 2]
    cpu = sorted(r[3] for r in runs)[len(runs) // 2]
    return seconds, max(r[1] for r in runs), runs[-1][2], cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5, help="runs of each viz command (the median is shown)")
    parser.add_argument("--skip-frictionless", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data, schema = make_file(args.rows, Path(tmp))
        env = bytecode_env(Path(tmp))
        os.sync()  # let the new file reach the disk first: every tool then reads it from a settled page cache
        data.read_bytes()
        load_before = os.getloadavg()
        check = [sys.executable, "-m", "viz", "check", str(data), "--schema", str(schema), "--json"]
        warm = Path(tmp) / "warm.csv"  # the same columns, a few rows: compiles every module the check imports, once
        warm.write_text("\n".join(data.read_text(encoding="utf-8").splitlines()[:200]) + "\n", encoding="utf-8")
        timed(check[:4] + [str(warm)] + check[5:], env)
        timed([sys.executable, "-c", FRICTIONLESS, str(warm), str(schema)], env)
        ours_s, ours_mb, out, ours_cpu = median_run(check, args.repeat, env)
        report = json.loads(out)
        ours_n = sum(f["count"] for f in report["findings"] if f["code"].startswith("schema."))
        so = median_run([sys.executable, "-c", SCHEMA_ONLY, str(data), str(schema)], args.repeat, env)
        rows = [("python -m viz check --schema --json (schema + quality checks)", ours_s, ours_cpu, ours_mb, ours_n),
                ("viz load + schema.validate only", so[0], so[3], so[1], int(so[2].strip()))]
        fl = None
        if not args.skip_frictionless:
            fl_s, fl_mb, fl_out, fl_cpu = timed([sys.executable, "-c", FRICTIONLESS, str(data), str(schema)], env)
            fl = (fl_s, fl_cpu)
            rows.insert(0, ("frictionless.validate", fl_s, fl_cpu, fl_mb, int(fl_out.strip())))
        print(f"{args.rows:,} rows × {len(SCHEMA['fields'])} columns, `;`, ~2 % faulty cells "
              f"(viz: median of {max(1, args.repeat)} runs); load average before "
              f"{' '.join(f'{x:.2f}' for x in load_before)}, after {' '.join(f'{x:.2f}' for x in os.getloadavg())}\n")
        print("| tool | wall s | CPU s (user+sys) | peak MB | errors | speed-up (wall) | speed-up (CPU) |\n"
              "|---|---:|---:|---:|---:|---:|---:|")
        for name, seconds, cpu, peak, errors in rows:
            wall_x = f"{fl[0] / seconds:.1f}x" if fl else "–"
            cpu_x = f"{fl[1] / cpu:.1f}x" if fl else "–"
            print(f"| {name} | {seconds:.2f} | {cpu:.2f} | {peak:.0f} | {errors} | {wall_x} | {cpu_x} |")


if __name__ == "__main__":
    main()
