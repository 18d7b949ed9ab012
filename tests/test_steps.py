"""Step ops: each returns a new table, leaves its input alone and replays from JSON."""
from __future__ import annotations

import pandas as pd

from viz.dataset import STEP_OPS, Dataset, ReadInfo, Step
from viz.export.tables import steps_from_json, steps_json


def _table(**columns: list[str]) -> pd.DataFrame:
    return pd.DataFrame(columns).astype("str")


def _apply(table: pd.DataFrame, step: Step) -> pd.DataFrame:
    before = table.copy()
    out = STEP_OPS[step.op](table, step)
    pd.testing.assert_frame_equal(table, before)
    return out


def test_remove_spaces_only_on_digit_codes():
    t = _table(siret=["224 900 019 000 15'", "82 212 742 900 014", "en cours", "12.345.678"])
    out = _apply(t, Step.new("remove_spaces", "siret"))
    assert out["siret"].tolist() == ["22490001900015", "82212742900014", "en cours", "12345678"]


def test_fix_mojibake_once_and_twice():
    t = _table(nom=["CafÃ© de la Gare", "Ã‰cole", "prix 10 â‚¬", "Ã\u0083Â©t\u00c3\u0083Â©", "déjà propre"])
    out = _apply(t, Step.new("fix_mojibake", "nom"))
    assert out["nom"].tolist()[:3] == ["Café de la Gare", "École", "prix 10 €"]
    assert out["nom"].iloc[4] == "déjà propre"


def test_map_values_and_rows():
    t = _table(nature=["NUMERAIRE", "numéraire", "Aide en nature", "NUMERAIRE"])
    step = Step.new("map_values", "nature", rows=[0, 1, 2], mapping={"NUMERAIRE": "Aide en numéraire"})
    assert _apply(t, step)["nature"].tolist() == ["Aide en numéraire", "numéraire", "Aide en nature", "NUMERAIRE"]


def test_normalise_number_french_and_english_marks():
    t = _table(m=["1 234,56", "12,5 %", "-0,5", "100\u00a0000,00 €", "N 82 584,28", ""])
    out = _apply(t, Step.new("normalise_number", "m", decimal=",", thousands=None))
    assert out["m"].tolist() == ["1234.56", "12.5", "-0.5", "100000.00", "N 82 584,28", ""]
    t2 = _table(m=["1.234.567", "1.234,5"])
    assert _apply(t2, Step.new("normalise_number", "m", decimal=",", thousands="."))["m"].tolist() == ["1234567", "1234.5"]


def test_dates_to_iso():
    t = _table(d=["2024-01-05", "05/02/2024", "45292", "2018-03-26 00:00:00", "31/02/2024", "NC"])
    out = _apply(t, Step.new("dates_to_iso", "d"))
    assert out["d"].tolist() == ["2024-01-05", "2024-02-05", "2024-01-01", "2018-03-26", "31/02/2024", "NC"]


def test_steps_replay_from_json_gives_the_same_working_table():
    t = _table(cp=["4100", "75011"], nature=["NUMERAIRE", "Aide en numéraire"])
    steps = [Step.new("restore_leading_zeros", "cp", [0], width=5, label_fr="Zéros"),
             Step.new("map_values", "nature", mapping={"NUMERAIRE": "Aide en numéraire"})]
    ds1 = Dataset(t, ReadInfo(format="csv", sha256="x"), steps=list(steps))
    ds2 = Dataset(t, ReadInfo(format="csv", sha256="x"), steps=steps_from_json(steps_json(steps)))
    pd.testing.assert_frame_equal(ds1.working(), ds2.working())
    assert ds2.working()["cp"].tolist() == ["04100", "75011"]
    assert ds2.steps[0].label_fr == "Zéros" and t["cp"].tolist() == ["4100", "75011"]


def test_strip_spaces_keeps_the_single_no_break_spaces_of_french_typography():
    """Edges trimmed and runs folded; « 1 234 € » and « « oui » » keep their no-break spaces."""
    import pandas as pd

    from viz.dataset import Step
    from viz.steps import apply_step
    table = pd.DataFrame({"a": ["  x  y ", "1\u202f234\u00a0€", "\u00a0«\u00a0oui\u00a0»\u00a0", "a\t\tb", ""]})
    out = apply_step(table, Step.new("strip_spaces", "a"))["a"].tolist()
    assert out == ["x y", "1\u202f234\u00a0€", "«\u00a0oui\u00a0»", "a b", ""]
