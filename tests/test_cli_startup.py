"""`python -m viz --help` and `python -m viz CMD --help` import nothing heavy (pandas, pyarrow, plotly...)."""
from __future__ import annotations

import subprocess
import sys

import pytest

from viz.cli import COMMANDS

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
