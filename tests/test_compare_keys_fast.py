"""The faster paths of `viz diff` give the very same answer: keys read as numbers only when no text is lost,
both versions read in two threads, the reader's unraisable hook shared safely between them."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pyarrow as pa

from viz.compare import compare
from viz.compare.report import to_json
from viz.io import csv as csv_io
from viz.io import load_bytes
from viz.keys import int_codes, is_unique_key

ROOT = Path(__file__).resolve().parents[1]


def _load(table: pd.DataFrame, name: str):
    return load_bytes(table.to_csv(index=False, sep=";").encode(), name)


def test_int_codes_only_when_nothing_is_lost() -> None:
    assert int_codes(pa.array(["12", "7", "300"]))[1] == frozenset({"canonical"})
    assert int_codes(pa.array(["01234567890123", "99999999999999"]))[1] == frozenset({"width:14"})
    assert int_codes(pa.array(["007", "7"])) is None  # both 7: never read as numbers
    assert int_codes(pa.array(["12", "1²"])) is None and int_codes(pa.array(["١٢"])) is None
    assert int_codes(pa.array(["1" * 19])) is None and int_codes(pa.array(["+1", "-1"])) is None
    assert is_unique_key(pd.DataFrame({"c": ["007", "7"]}), "c")  # two different texts
    assert not is_unique_key(pd.DataFrame({"c": ["10", "2", "10"]}), "c")


def test_codes_that_lost_their_zeros_do_not_match_as_numbers() -> None:
    old = pd.DataFrame({"ref": ["001", "002", "003"], "v": ["a", "b", "c"]})
    new = pd.DataFrame({"ref": ["1", "2", "3"], "v": ["a", "b", "c"]})
    doc = to_json(compare(_load(old, "a.csv"), _load(new, "b.csv"), ["ref"]))
    assert doc["rows"]["added"] == 3 and doc["rows"]["removed"] == 3 and doc["rows"]["changed"] == 0
    found = to_json(compare(_load(old, "a.csv"), _load(new, "b.csv")))
    assert found["key"] == ["ref"] and found["rows"]["added"] == 3 and found["rows"]["removed"] == 3


def test_siret_key_matches_as_before() -> None:
    sirets = [f"{n:014d}" for n in (123, 45_600_000_000_000, 7, 99_999_999_999_999)]
    old = pd.DataFrame({"siret": sirets, "nom": ["A", "B", "C", "D"]})
    new = pd.DataFrame({"siret": sirets[1:] + ["00000000000008"], "nom": ["B", "C2", "D", "E"]})
    doc = to_json(compare(_load(old, "a.csv"), _load(new, "b.csv")))
    assert doc["key"] == ["siret"] and doc["key_source"] == "unique"
    assert (doc["rows"]["added"], doc["rows"]["removed"], doc["rows"]["changed"]) == (1, 1, 1)
    assert doc["cells_changed"] == {"nom": 1}


def test_unraisable_hook_shared_by_two_reads() -> None:
    before = sys.unraisablehook
    first, second = [], []
    csv_io._watch_unraisable(first)
    csv_io._watch_unraisable(second)
    sys.unraisablehook("event")
    csv_io._unwatch_unraisable(first)
    assert sys.unraisablehook is not before
    sys.unraisablehook("late")
    csv_io._unwatch_unraisable(second)
    assert first == ["event"] and second == ["event", "late"] and sys.unraisablehook is before


def test_cli_reads_both_versions_and_names_the_unreadable_one(tmp_path: Path) -> None:
    good = tmp_path / "v2.csv"
    good.write_text("id;v\n1;a\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "viz", "diff", str(tmp_path / "absent.csv"), str(good)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and proc.stderr.startswith("La version précédente ne peut pas être lue : ")
    assert "absent.csv" in proc.stderr and "Traceback" not in proc.stderr
    proc = subprocess.run([sys.executable, "-m", "viz", "diff", str(good), str(tmp_path / "absent.csv")], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and proc.stderr.startswith("La nouvelle version ne peut pas être lue : ")
