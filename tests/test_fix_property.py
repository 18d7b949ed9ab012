"""A proposed fix never corrupts data: on every real and sample file, each fix only rewrites a cell into
another spelling of the same value (merged spellings are equal after folding case, accents, spaces and
punctuation)."""
from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from viz.checks import run_checks
from viz.checks.quality_base import fold
from viz.dataset import STEP_OPS
from viz.steps import apply_step
from viz.io import load

ROOT = Path(__file__).resolve().parents[1]
DATA_SUFFIXES = (".csv", ".xlsx", ".ods", ".geojson", ".json", ".xml")


def _files(realdata: Path) -> list[Path]:
    real = [p for p in sorted(realdata.rglob("*")) if p.suffix in DATA_SUFFIXES and p.name != "schema.json"
            and "schema" not in p.name and "plan-de-compte" not in p.name]
    return real + sorted((ROOT / "sample_data").glob("*.csv"))


def _digits(value: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", value).lstrip("0")


def _number(value: str) -> float | None:
    text = re.sub(r"[\s\u00a0\u202f'€%]|EUR", "", value).replace(",", ".")
    if text.count(".") > 1:
        text = text.replace(".", "", text.count(".") - 1)
    try:
        return float(text)
    except ValueError:
        return None


def _same_value(op: str, before: str, after: str) -> bool:
    """Whether `after` is `before` written another way, for the fix `op`."""
    if op in ("map_values", "strip_spaces", "blank_placeholders"):
        return fold(pd.Series([before, after], dtype="str")).nunique() == 1 or after == ""
    if op in ("restore_leading_zeros", "remove_spaces", "drop_float_suffix"):
        return _digits(re.sub(r"\.0+$", "", before.strip())) == _digits(after)
    if op == "normalise_number":
        a, b = _number(before), _number(after)
        return a is not None and b is not None and abs(a - b) <= 1e-9 * max(1.0, abs(a))
    if op == "join_split_decimal":  # `100 000` + the `00` cut off into the next column: nothing but the decimals
        return re.fullmatch(re.escape(before) + r",[0-9]{1,2}", after) is not None
    return True  # re-decoding (mojibake), dates to ISO and deletions merge no values


def test_every_proposed_fix_keeps_every_value(realdata):
    checked = 0
    for path in _files(realdata):
        ds = load(path)
        table = ds.working()
        for finding in run_checks(ds):
            step = finding.fix
            if step is None or step.op not in STEP_OPS or step.column not in table.columns:
                continue
            after = apply_step(table, step)
            if step.column not in after.columns or len(after) != len(table):
                continue
            changed = table[step.column] != after[step.column]
            for old, new in zip(table[step.column][changed], after[step.column][changed]):
                assert _same_value(step.op, old, new), (path.name, finding.code, step.column, old, new)
                checked += 1
            if step.op == "map_values":
                for old, new in dict(step.options["mapping"]).items():
                    assert fold(pd.Series([old, new], dtype="str")).nunique() == 1, (path.name, old, new)
    assert checked > 1000


def test_a_town_is_never_merged_into_another():
    """« LES LOGES EN JOSAS » and « JOSAS » are two towns: asked about, never merged by a fix."""
    from viz.checks.quality import check
    values = ["LES LOGES EN JOSAS"] * 3 + ["JOSAS"] * 5 + ["Saint-Étienne"] * 4 + ["SAINT ETIENNE"] * 2
    found = {f.code: f for f in check(pd.DataFrame({"ville": values}, dtype="str"))}
    assert found["quality.inconsistent_case"].details["mapping"] == {"SAINT ETIENNE": "Saint-Étienne"}
    similar = found["quality.similar_values"]
    assert similar.fix is None and similar.details["pairs"] == [["JOSAS", "LES LOGES EN JOSAS"]]
    assert "Désignent-elles la même chose" in similar.message_fr


@pytest.mark.parametrize("pair", [("NUMERAIRE", "numéraire"), ("Saint-Étienne", "ST-ETIENNE")])
def test_folding(pair):
    assert (fold(pd.Series(list(pair), dtype="str")).nunique() == 1) == (pair[0] == "NUMERAIRE")
