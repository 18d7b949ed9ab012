"""Whole-command benchmark: every `python -m viz` command a person runs, beside its peer, in one run.

Each line is a whole process (interpreter start, imports, read, work, output), the median of N runs, with the
peak memory of that process (VmHWM read from /proc/self/status at exit by a tiny wrapper, as bench_import.py
does). Peers: a plain `pyarrow.csv.read_csv` process for inspect, `frictionless.validate` for check --schema,
csv-detective for inspect when it is installed. Child processes get a bytecode cache (PYTHONPYCACHEPREFIX),
as an installed package has: without it every run would recompile the studio's sources.
Usage: python bench/bench_commands.py [--rows N] [--repeat N] [--skip-frictionless]   (--rows 1000000: ~1 h here)
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
table = pc.read_csv(sys.argv[1], parse_options=pc.ParseOptions(delimiter=";"))
print(table.num_rows)
"""

CSV_DETECTIVE = """
import sys
from csv_detective import routine
routine(sys.argv[1], output_profile=False, save_results=False)
"""


def child_env(cache: str) -> dict[str, str]:
    """This environment with a bytecode cache (an installed package has its .pyc files)."""
    env = dict(os.environ, PYTHONPYCACHEPREFIX=cache)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_once(args: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    """Wall seconds, peak MB (VmHWM) and exit status of one whole process."""
    with tempfile.NamedTemporaryFile(suffix=".hwm") as hwm:
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", WRAP, hwm.name, *args], cwd=ROOT, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        seconds = time.perf_counter() - start
        text = Path(hwm.name).read_text() or "0"
    if done.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(args[:3])}: exit {done.returncode}: {done.stderr.decode()[-400:]}")
    return seconds, int(text) / 1024, done.returncode


def measure(args: list[str], env: dict[str, str], repeat: int) -> tuple[float, float]:
    """Median seconds and largest peak MB of `repeat` runs (one unmeasured warm-up fills the caches)."""
    run_once(args, env)
    runs = [run_once(args, env) for _ in range(max(1, repeat))]
    return statistics.median(r[0] for r in runs), max(r[1] for r in runs)


def make_files(rows: int, folder: Path) -> dict[str, Path]:
    """The benchmark files of bench/, generated once (same generators as the per-module benches)."""
    from bench.bench_check import make_file
    from bench.bench_departements import places_like
    from bench.bench_diff import versions
    from bench.bench_treemap import budget_like
    from bench.gen import write_csv12
    files = {"csv12": folder / "csv12.csv"}
    write_csv12(str(files["csv12"]), rows=rows)
    files["check"], files["schema"] = make_file(rows, folder)
    budget_like(rows).to_csv(folder / "budget.csv", sep=";", index=False)
    places_like(rows).to_csv(folder / "places.csv", sep=";", index=False)
    files["budget"], files["places"] = folder / "budget.csv", folder / "places.csv"
    files["old"], files["new"], _ = versions(rows, folder)
    return files


def lines(f: dict[str, Path], out: Path, frictionless: bool) -> list[tuple[str, list[str], str, list[str] | None]]:
    """(label, our command, peer name, peer command) for each command a user runs."""
    from bench.bench_check import FRICTIONLESS
    viz = ["-m", "viz"]
    detective = importlib.util.find_spec("csv_detective") is not None
    rows = [
        ("help", viz + ["--help"], "python -c pass", ["-c", "pass"]),
        ("inspect (12 col.)", viz + ["inspect", str(f["csv12"]), "--json"], "pyarrow.csv.read_csv",
         ["-c", PYARROW_READ, str(f["csv12"])]),
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
    ]
    if detective:
        rows.insert(2, ("inspect (12 col.)", rows[1][1], "csv-detective", ["-c", CSV_DETECTIVE, str(f["csv12"])]))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=10_000, help="rows of every generated file (1000000 for the big run)")
    parser.add_argument("--repeat", type=int, default=3, help="measured runs of each command (median shown)")
    parser.add_argument("--skip-frictionless", action="store_true")
    parser.add_argument("--only", nargs="*", help="labels to run (prefix match)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, tempfile.TemporaryDirectory() as cache:
        folder = Path(tmp)
        files = make_files(args.rows, folder)
        env = child_env(cache)
        load_before = os.getloadavg()
        print(f"{args.rows:,} rows per file, median of {args.repeat} whole-process runs, {os.cpu_count()} cores; "
              f"load average before: {' '.join(f'{x:.2f}' for x in load_before)} (shared, loaded machine)")
        print("| command | viz (s) | viz peak (MB) | peer | peer (s) | peer peak (MB) | peer / viz (>1: viz faster) |")
        print("|---|---:|---:|---|---:|---:|---:|")
        for label, ours, peer, peer_cmd in lines(files, folder, not args.skip_frictionless):
            if args.only and not any(label.startswith(o) for o in args.only):
                continue
            s, mb = measure(ours, env, args.repeat)
            if peer_cmd is None:
                print(f"| {label} | {s:.2f} | {mb:.0f} | {peer or '—'} | | | |", flush=True)
                continue
            ps, pmb = measure(peer_cmd, env, 1 if peer == "frictionless.validate" else args.repeat)
            print(f"| {label} | {s:.2f} | {mb:.0f} | {peer} | {ps:.2f} | {pmb:.0f} | {ps / s:.2f}x |", flush=True)
        if importlib.util.find_spec("csv_detective") is None:
            print("csv-detective: not installed in this environment, not measured")
        print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
