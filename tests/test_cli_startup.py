"""`python -m viz --help` and `python -m viz CMD --help` import nothing heavy (pandas, pyarrow, plotly...)."""
from __future__ import annotations

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
