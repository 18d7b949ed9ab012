"""Exports print what the data says: sums without float noise, at the precision the source writes."""
from __future__ import annotations

import pandas as pd

from viz.charts.treemap import Rule, TreemapSpec, build, table_csv


def _csv(values: list[str], decimal: str = ",") -> str:
    table = pd.DataFrame({"poste": ["Voirie"] * len(values), "montant": values}, dtype="str")
    spec = TreemapSpec(labels=["poste"], value="montant", rules=[Rule("none", 0.0)], colour="poste",
                       decimal=decimal)
    return table_csv(build(table, spec)).decode("utf-8")


def test_a_sum_prints_at_the_precision_of_the_source():
    assert 35870770.26 + 0.01 == 35870770.269999996  # what a float sum says...
    assert _csv(["35 870 770,26", "0,01"]).splitlines() == ["poste,value", "Voirie,35870770.27"]
    assert _csv(["0.1", "0.2"], ".").splitlines()[1] == "Voirie,0.3"


def test_whole_amounts_stay_whole_and_counts_are_counts():
    assert _csv(["12 480", "2 300"]).splitlines()[1] == "Voirie,14780"
    table = pd.DataFrame({"poste": ["A", "A", "B"]}, dtype="str")
    spec = TreemapSpec(labels=["poste"], value=None, rules=[Rule("none", 0.0)], colour="poste")
    assert table_csv(build(table, spec)).decode().splitlines()[1:] == ["A,2", "B,1"]
