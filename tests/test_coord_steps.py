"""Coordinate repairs: recorded steps stating a rule, so they replay on another version of the file."""
from __future__ import annotations

import pandas as pd

from tests.fixtures_coords import insee_table, lieux_table
from viz.checks.coordinates import check
from viz.dataset import Dataset, ReadInfo, Step
from viz.recipe import read_steps  # noqa: F401  (the steps reload through the same recipe format)
import pytest

try:
    from viz.reference import communes  # noqa: F401  (built by tools/build_reference.py)
except ImportError:
    pytest.skip("référence des communes absente (viz/reference)", allow_module_level=True)



def dataset(table: pd.DataFrame) -> Dataset:
    return Dataset(original=table, read=ReadInfo(format="csv", filename="lieux.csv", sha256="x"))


def fix_of(table: pd.DataFrame, code: str) -> Step:
    return next(f for f in check(table) if f.code == code).fix


def test_swap_fixes_the_row_and_leaves_the_original():
    ds = dataset(lieux_table())
    ds.with_step(fix_of(ds.working(), "coord.swapped"))
    work = ds.working()
    assert (work.loc[4, "latitude"], work.loc[4, "longitude"]) == ("45.76400", "4.83570")
    assert ds.original.loc[4, "latitude"] == "4.83570"
    assert "coord.swapped" not in {f.code for f in check(work)}


def test_swap_step_replays_on_another_version():
    step = fix_of(lieux_table(), "coord.swapped")
    assert step.rows is None  # a rule, not row positions
    next_month = pd.DataFrame({"nom": ["Nouveau", "Brest"], "latitude": ["5.37000", "48.39040"],
                               "longitude": ["43.29600", "-4.48600"]}, dtype="str")
    ds = dataset(next_month)
    ds.with_step(Step.from_dict(step.to_dict()))
    assert ds.working()["latitude"].tolist() == ["43.29600", "48.39040"]


def test_swap_in_a_combined_column():
    table = pd.DataFrame({"geo_point_2d": ["5.37, 43.29", "48.85,2.35"]}, dtype="str")
    ds = dataset(table)
    ds.with_step(fix_of(table, "coord.swapped"))
    assert ds.working()["geo_point_2d"].tolist() == ["43.29, 5.37", "48.85,2.35"]


def test_decimal_comma_zero_and_lambert():
    ds = dataset(lieux_table())
    for code in ("coord.decimal_comma", "coord.zero"):
        ds.with_step(fix_of(ds.working(), code))
    work = ds.working()
    assert (work.loc[14, "latitude"], work.loc[14, "longitude"]) == ("49.25830", "4.03170")
    assert (work.loc[3, "latitude"], work.loc[3, "longitude"]) == ("", "")
    codes = {f.code for f in check(work)}
    assert "coord.decimal_comma" not in codes and "coord.zero" not in codes and "coord.missing" in codes
    l93 = pd.DataFrame({"X": ["652469", ""], "Y": ["6862035", ""]}, dtype="str")
    ds = dataset(l93)
    ds.with_step(fix_of(l93, "coord.lambert93"))
    work = ds.working()
    assert work["latitude_wgs84"].tolist()[0].startswith("48.85") and work["latitude_wgs84"].tolist()[1] == ""


def test_replace_insee_by_the_reference():
    ds = dataset(insee_table())
    for code in ("insee.postal_code", "insee.unknown", "insee.name_mismatch"):
        ds.with_step(fix_of(ds.working(), code))
    assert ds.working()["code_insee"].tolist() == ["13004", "13004", "2B169", "42218", "42218", "13096"]
    assert not [f for f in check(ds.working()) if f.code.startswith("insee.")]
    # the rule is (code, commune name): Lay's own rows keep 42118
    lay = pd.DataFrame({"commune": ["Lay", "SAINT-ETIENNE"], "code_insee": ["42118", "42118"]}, dtype="str")
    step = fix_of(insee_table(), "insee.name_mismatch")
    ds = dataset(lay)
    ds.with_step(step)
    assert ds.working()["code_insee"].tolist() == ["42118", "42218"]
