"""`python -m viz --help` and `python -m viz CMD --help` import nothing heavy (pandas, pyarrow, plotly...)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from viz.cli import COMMANDS

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("pandas", "pyarrow", "numpy", "plotly", "streamlit", "pydeck", "babel", "frictionless")

PROBE = """
import sys
from viz.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print(" ".join(sorted({m.split(".")[0] for m in sys.modules})))
"""


def _modules_after(*argv: str) -> set[str]:
    """The top-level modules a fresh interpreter holds after `python -m viz ARGV` (help printed)."""
    done = subprocess.run([sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, check=True)
    return set(done.stdout.split("\n")[-2].split())


@pytest.mark.parametrize("argv", [("--help",), *[(name, "--help") for name in COMMANDS]])
def test_help_imports_nothing_heavy(argv: tuple[str, ...]) -> None:
    loaded = _modules_after(*argv)
    assert not loaded & set(HEAVY), f"{' '.join(argv)} imported {sorted(loaded & set(HEAVY))}"


def test_help_is_still_the_french_help() -> None:
    done = subprocess.run([sys.executable, "-m", "viz", "check", "--help"], capture_output=True, text=True)
    assert done.returncode == 0
    text = done.stdout + done.stderr
    assert "--schema" in text and "Table Schema" in text


def test_load_error_is_one_class_wherever_it_is_imported_from() -> None:
    from viz.errors import LoadError as light
    from viz.io import LoadError as from_io
    from viz.io.errors import LoadError as from_io_errors
    assert light is from_io is from_io_errors


def test_space_characters_written_out_are_exactly_pythons_blanks() -> None:
    import sys as _sys

    from viz.retext import SPACE, SPACE_CHARS
    assert SPACE_CHARS == "".join(chr(c) for c in range(_sys.maxunicode + 1) if chr(c).isspace())
    assert SPACE == f"[{SPACE_CHARS}]"


@pytest.mark.parametrize("argv", [("inspect", "absent.csv"), ("check", "absent.csv", "--json"),
                                  ("treemap", "absent.csv", "--label", "a", "--out", "t.html"),
                                  ("diff", "absent.csv", "absent2.csv")])
def test_missing_file_is_said_before_pandas_is_imported(argv: tuple[str, ...], tmp_path) -> None:
    done = subprocess.run([sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, check=True,
                          cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert "Fichier introuvable : absent.csv" in done.stderr
    assert "Traceback" not in done.stderr
    loaded = set(done.stdout.split("\n")[-2].split())
    assert not loaded & set(HEAVY), f"{' '.join(argv)} imported {sorted(loaded & set(HEAVY))}"


def test_missing_file_exit_status_and_message_of_the_process(tmp_path) -> None:
    done = subprocess.run([sys.executable, "-m", "viz", "check", "absent.csv"], capture_output=True, text=True,
                          cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 2
    assert done.stderr.strip() == "Erreur : Fichier introuvable : absent.csv"


INSPECT_PROCESS = """
import io, json, runpy, sys
sys.argv = ["viz", "inspect", sys.argv[1], "--json"]
out = io.StringIO()
real, sys.stdout = sys.stdout, out
try:
    from viz.cli import main, _import_tables
    import viz.cli
    args = viz.cli.build_parser("inspect").parse_args(sys.argv[1:])
    _import_tables(args.tables(args))
    main(sys.argv[1:])
finally:
    sys.stdout = real
print(json.dumps({"pandas": "pandas" in sys.modules, "out": json.loads(out.getvalue())}))
"""


def _inspect_process(path: Path) -> dict:
    done = subprocess.run([sys.executable, "-c", INSPECT_PROCESS, str(path)], capture_output=True, text=True,
                          check=True, cwd=ROOT)
    return json.loads(done.stdout.splitlines()[-1])


def test_inspect_of_a_large_csv_never_imports_pandas(tmp_path) -> None:
    """Read, counted and kinds decided in Arrow: pandas (0.4 s, 40 MB) is not imported, and the description is
    that of the pandas profile of the same file."""
    from viz.io import load
    from viz.profile import profile
    rows = ["code_insee;commune;montant;siret;date"] + [
        f"{['01053', '2A004', '75056', 'NA'][i % 4]};{['Évry', 'Sète', 'Bourg-en-Bresse', ' '][i % 4]};"
        f"{i * 37 % 100_000},{i % 100:02d};{i * 7919 % 10**14:014d};2024-0{i % 9 + 1}-1{i % 10}" for i in range(30_000)]
    path = tmp_path / "subventions.csv"
    path.write_bytes("\n".join(rows).encode("cp1252"))
    got = _inspect_process(path)
    assert got["pandas"] is False
    expected = [(p.name, p.kind, p.missing, p.distinct, p.examples) for p in profile(load(path).original)]
    assert [(c["name"], c["kind"], c["missing"], c["distinct"], c["examples"]) for c in got["out"]["columns"]] == expected
    assert dict(zip([c["name"] for c in got["out"]["columns"]], [c["kind"] for c in got["out"]["columns"]]))[
        "code_insee"] == "code_insee"


def test_inspect_of_a_small_file_imports_pandas_up_front(tmp_path) -> None:
    """A file pandas will read anyway (small, or a spreadsheet) has it imported at start, collector paused."""
    from viz.commands import big_csv_on_disk
    small = tmp_path / "petit.csv"
    small.write_text("code;nom\n01053;Bourg\n", encoding="utf-8")
    assert not big_csv_on_disk(str(small)) and not big_csv_on_disk(str(tmp_path / "absent.csv"))
    assert not big_csv_on_disk("https://www.data.gouv.fr/x.csv")
    assert _inspect_process(small)["pandas"] is True
