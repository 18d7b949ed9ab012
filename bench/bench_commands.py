"""Whole-command benchmark: every `python -m viz` command a person runs, beside its peer, in one run.

Each line is a whole process (interpreter start, imports, read, work, output), the median of N runs, with the
peak memory of that process (VmHWM read from /proc/self/status at exit by a tiny wrapper, as bench_import.py
does). Peers: a plain `pyarrow.csv.read_csv` process for inspect, `frictionless.validate` for check --schema,
csv-detective for inspect when it is installed: in /work/peers-venv (its own venv, see bench/README.md; the
VIZ_PEERS_PYTHON variable names another interpreter) or else in this one. The inspect file is `;` and cp1252.
CPU seconds are user+sys of the child (threads included), the fair measure on a shared machine. Child processes
get a bytecode cache (PYTHONPYCACHEPREFIX), as an installed package has: without it every run would recompile
the studio's sources.
Usage: python bench/bench_commands.py [--rows N] [--repeat N] [--skip-frictionless] [--only inspect help]
       [--big-rows 10000000]   (adds the national-file lines: inspect and check of a ~1.3 GB file, streamed)
       (--rows 1000000 for every command: ~1 h here; `--rows 1000000 --only inspect` generates only that file)
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WRAP = r"""
import atexit, runpy, sys
out, mode, target = sys.argv[1], sys.argv[2], sys.argv[3]
def _hwm():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            open(out, "w").write(line.split()[1])
atexit.register(_hwm)
if mode == "-m":
    sys.argv = [target, *sys.argv[4:]]
    runpy.run_module(target, run_name="__main__", alter_sys=True)
else:
    sys.argv = ["-c", *sys.argv[4:]]
    exec(compile(target, "<bench>", "exec"), {"__name__": "__main__"})
"""

PYARROW_READ = """
import sys, pyarrow.csv as pc
table = pc.read_csv(sys.argv[1], read_options=pc.ReadOptions(encoding="cp1252"),
                    parse_options=pc.ParseOptions(delimiter=";"))
print(table.num_rows)
"""

# csv-detective as its README shows it (kinds on a 500-row sample) and on the whole file with its profile
# (counts over every row, as `viz inspect` gives).
CSV_DETECTIVE = """
import sys
from csv_detective import routine
routine(sys.argv[1], output_profile=False, save_results=False)
"""
CSV_DETECTIVE_FULL = """
import sys
from csv_detective import routine
routine(sys.argv[1], num_rows=-1, output_profile=True, save_results=False)
"""
PEERS_VENV = Path("/work/peers-venv/bin/python")


def peers_python() -> str | None:
    """The interpreter that has csv-detective: VIZ_PEERS_PYTHON, /work/peers-venv, or this one (None: none has it)."""
    chosen = os.environ.get("VIZ_PEERS_PYTHON") or (str(PEERS_VENV) if PEERS_VENV.exists() else None)
    if chosen:
        return chosen
    return sys.executable if importlib.util.find_spec("csv_detective") is not None else None


def child_env(cache: str) -> dict[str, str]:
    """This environment with a bytecode cache (an installed package has its .pyc files)."""
    env = dict(os.environ, PYTHONPYCACHEPREFIX=cache)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_once(args: list[str], env: dict[str, str], python: str | None = None) -> tuple[float, float, float, int]:
    """Wall seconds, CPU seconds (user+sys of the child), peak MB (VmHWM) and exit status of one whole process."""
    with tempfile.NamedTemporaryFile(suffix=".hwm") as hwm:
        start, before = time.perf_counter(), os.times()
        done = subprocess.run([python or sys.executable, "-c", WRAP, hwm.name, *args], cwd=ROOT, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        seconds, after = time.perf_counter() - start, os.times()
        cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
        text = Path(hwm.name).read_text() or "0"
    if done.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(args[:3])}: exit {done.returncode}: {done.stderr.decode()[-400:]}")
    return seconds, cpu, int(text) / 1024, done.returncode


def measure(args: list[str], env: dict[str, str], repeat: int, python: str | None = None) -> tuple[float, float, float]:
    """Median wall seconds, median CPU seconds and largest peak MB of `repeat` runs (one unmeasured warm-up
    fills the caches)."""
    run_once(args, env, python)
    runs = [run_once(args, env, python) for _ in range(max(1, repeat))]
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs), max(r[2] for r in runs)


from bench.bench_recipe import REPLAY  # noqa: E402  (load, read the recipe, replay: as the Vérifier page does)


def make_files(rows: int, folder: Path, inspect_only: bool = False) -> dict[str, Path]:
    """The benchmark files of bench/, generated once (same generators as the per-module benches); only the
    inspect file when only help and inspect are measured."""
    from bench.bench_check import make_file
    from bench.bench_departements import places_like
    from bench.bench_diff import versions
    from bench.bench_treemap import budget_like
    from bench.gen import write_csv12
    files = {"csv12": folder / "csv12.csv"}
    write_csv12(str(files["csv12"]), rows=rows, encoding="cp1252")
    if inspect_only:
        return files
    files["check"], files["schema"] = make_file(rows, folder)
    budget_like(rows).to_csv(folder / "budget.csv", sep=";", index=False)
    places_like(rows).to_csv(folder / "places.csv", sep=";", index=False)
    files["budget"], files["places"] = folder / "budget.csv", folder / "places.csv"
    files["old"], files["new"], _ = versions(rows, folder)
    from bench.bench_recipe import recipe
    files["recipe_data"], files["recipe"] = folder / "recipe_100k.csv", folder / "recipe_1000.json"
    write_csv12(str(files["recipe_data"]), rows=100_000)  # the size, whatever --rows says
    files["recipe"].write_bytes(recipe(1000))
    return files


Line = tuple[str, list[str], str, "list[str] | None", "str | None"]


def lines(f: dict[str, Path], out: Path, frictionless: bool, detective_full: bool) -> list[Line]:
    """(label, our command, peer name, peer command, peer interpreter) for each command a user runs."""
    viz = ["-m", "viz"]
    if "check" not in f:
        return [("help", viz + ["--help"], "python -c pass", ["-c", "pass"], None), *_inspect_lines(f, detective_full)]
    from bench.bench_check import FRICTIONLESS
    rows = [
        ("help", viz + ["--help"], "python -c pass", ["-c", "pass"]),
        *_inspect_lines(f, detective_full),
        ("check --schema", viz + ["check", str(f["check"]), "--schema", str(f["schema"]), "--json"],
         "frictionless.validate", ["-c", FRICTIONLESS, str(f["check"]), str(f["schema"])] if frictionless else None),
        ("check (no schema)", viz + ["check", str(f["check"]), "--json"], "", None),
        ("treemap → html", viz + ["treemap", str(f["budget"]), "--label", "section", "--label", "poste", "--value",
                                  "montant", "--threshold", "1", "--out", str(out / "t.html")], "", None),
        ("departements → html", viz + ["departements", str(f["places"]), "--by", "code_postal",
                                       "--out", str(out / "d.html")], "", None),
        ("diff --key id", viz + ["diff", str(f["old"]), str(f["new"]), "--key", "id", "--json"], "", None),
        ("sheet → html (no image)", viz + ["sheet", str(f["budget"]), "--no-image", "--out", str(out / "s.html")],
         "", None),
        ("map → html", viz + ["map", str(f["places"]), "--out", str(out / "m.html")], "", None),
        ("recipe replay (1,000 steps, 100,000 rows)", ["-c", REPLAY, str(f["recipe_data"]), str(f["recipe"])], "",
         None),
    ]
    return [row if len(row) == 5 else (*row, None) for row in rows]


def _inspect_lines(f: dict[str, Path], detective_full: bool) -> list[Line]:
    """inspect beside a plain pyarrow read and, when some interpreter has it, csv-detective."""
    ours = ["-m", "viz", "inspect", str(f["csv12"]), "--json"]
    rows: list[Line] = [("inspect (12 col.)", ours, "pyarrow.csv.read_csv", ["-c", PYARROW_READ, str(f["csv12"])], None)]
    python = peers_python()
    if python:
        rows.append(("inspect (12 col.)", ours, "csv-detective (500-row sample)", ["-c", CSV_DETECTIVE, str(f["csv12"])],
                     python))
        if detective_full:
            rows.append(("inspect (12 col.)", ours, "csv-detective (whole file + profile)",
                         ["-c", CSV_DETECTIVE_FULL, str(f["csv12"])], python))
    return rows


def big_lines(rows: int, folder: Path, env: dict[str, str]) -> None:
    """The national-file lines of the same table: `inspect` beside a plain pyarrow streaming read, `check` with and
    without a schema, each run once (minutes each) on a 12-column file of `rows` rows (bench/bench_big.py's)."""
    from bench.bench_big import PYARROW_STREAM, SCHEMA
    from bench.gen import write_csv12
    data, schema = folder / "national.csv", folder / "national_schema.json"
    write_csv12(str(data), rows=rows)
    schema.write_text(json.dumps(SCHEMA), encoding="utf-8")
    from viz.big import STREAM_BYTES
    size, how = data.stat().st_size / 1e6, "streamed" if data.stat().st_size > STREAM_BYTES else "in memory"
    viz = ["-m", "viz"]
    peer = run_once(["-c", PYARROW_STREAM, str(data)], env)
    for label, command in (("inspect", viz + ["inspect", str(data), "--json"]),
                           ("check (no schema)", viz + ["check", str(data), "--json"]),
                           ("check --schema", viz + ["check", str(data), "--schema", str(schema), "--json"])):
        s, cpu, mb, _ = run_once(command, env)
        if label == "inspect":
            print(f"| {label}, {rows:,} rows ({size:,.0f} MB, {how}) | {cpu:.2f} | {s:.2f} | {mb:.0f} | "
                  f"pyarrow.csv.open_csv (streaming read) | {peer[1]:.2f} | {peer[0]:.2f} | {peer[2]:.0f} | "
                  f"{peer[1] / cpu:.2f}x |", flush=True)
        else:
            print(f"| {label}, {rows:,} rows ({how}) | {cpu:.2f} | {s:.2f} | {mb:.0f} | — | | | | |", flush=True)
    data.unlink()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=10_000, help="rows of every generated file (1000000 for the big run)")
    parser.add_argument("--repeat", type=int, default=3, help="measured runs of each command (median shown)")
    parser.add_argument("--skip-frictionless", action="store_true")
    parser.add_argument("--only", nargs="*", help="labels to run (prefix match)")
    parser.add_argument("--detective-full-max-rows", type=int, default=100_000,
                        help="time csv-detective on the whole file (num_rows=-1, profile) up to this many rows")
    parser.add_argument("--skip-detective", action="store_true", help="no csv-detective lines (minutes on 1M rows)")
    parser.add_argument("--big-rows", type=int, default=0,
                        help="also the national-file lines (e.g. 10000000: ~1.3 GB, streamed), run once each")
    args = parser.parse_args()
    inspect_only = bool(args.only) and all(o.startswith(("inspect", "help")) for o in args.only)
    with tempfile.TemporaryDirectory() as tmp, tempfile.TemporaryDirectory() as cache:
        folder = Path(tmp)
        files = make_files(args.rows, folder, inspect_only)
        env = child_env(cache)
        load_before = os.getloadavg()
        print(f"{args.rows:,} rows per file, median of {args.repeat} whole-process runs, {os.cpu_count()} cores; "
              f"load average before: {' '.join(f'{x:.2f}' for x in load_before)} (shared, loaded machine)")
        print("| command | viz CPU (s) | viz wall (s) | viz peak (MB) | peer | peer CPU (s) | peer wall (s) "
              "| peer peak (MB) | peer / viz CPU (>1: viz faster) |")
        print("|---|---:|---:|---:|---|---:|---:|---:|---:|")
        done: dict[tuple[str, ...], tuple[float, float, float]] = {}
        full = args.rows <= args.detective_full_max_rows
        for label, ours, peer, peer_cmd, python in lines(files, folder, not args.skip_frictionless, full):
            if args.only and not any(label.startswith(o) for o in args.only):
                continue
            if args.skip_detective and peer.startswith("csv-detective"):
                continue
            key = tuple(ours)
            s, cpu, mb = done[key] if key in done else measure(ours, env, args.repeat)
            done[key] = (s, cpu, mb)
            if peer_cmd is None:
                print(f"| {label} | {cpu:.2f} | {s:.2f} | {mb:.0f} | {peer or '—'} | | | | |", flush=True)
                continue
            ps, pcpu, pmb = measure(peer_cmd, env, 1 if peer == "frictionless.validate" else args.repeat, python)
            print(f"| {label} | {cpu:.2f} | {s:.2f} | {mb:.0f} | {peer} | {pcpu:.2f} | {ps:.2f} | {pmb:.0f} "
                  f"| {pcpu / cpu:.2f}x |", flush=True)
        if args.big_rows:
            big_lines(args.big_rows, folder, env)
        if peers_python() is None:
            print("csv-detective: not installed (python3 -m venv /work/peers-venv, see bench/README.md), not measured")
        elif not full:
            print(f"csv-detective on the whole file: not timed above {args.detective_full_max_rows:,} rows "
                  "(--detective-full-max-rows)")
        print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
