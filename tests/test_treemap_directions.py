"""A budget CSV holding spending and revenue is drawn as spending by default; summing both is said under the chart."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from viz.charts import budget
from viz.charts.treemap import build, suggest
from viz.io import load

SAMPLE = Path(__file__).resolve().parents[1] / "sample_data" / "budget_primitif_2025.csv"


def _budget(sens: list[str], column: str = "sens") -> pd.DataFrame:
    n = len(sens)
    return pd.DataFrame({"section": ["Fonctionnement"] * n, column: sens,
                         "libelle_chapitre": [f"Chapitre {i % 4}" for i in range(n)],
                         "montant": [f"{1000 + i},50" for i in range(n)]})


def test_sample_budget_defaults_to_spending_and_says_so():
    ds = load(SAMPLE)
    table = ds.working()
    spec = suggest(table, ds.read.decimal, ds.read.thousands)
    assert spec.filters == {"sens": ["Dépense"]} and "sens" not in spec.labels
    result = build(table, spec)
    assert result.sentence().startswith("Filtre : sens = Dépense (1\u202f498 lignes sur 1\u202f613).")
    assert "recettes et dépenses sont additionnées" not in result.sentence()


def test_both_directions_summed_are_said_with_the_column():
    table = _budget(["Dépense"] * 6 + ["Recette"] * 2, column="BGT_SENS")
    spec = suggest(table)
    assert spec.filters == {"BGT_SENS": ["Dépense"]}
    spec.filters = {}
    result = build(table, spec)
    assert result.mixed == ("BGT_SENS", 2)
    assert "Attention : recettes et dépenses sont additionnées ici (colonne « BGT_SENS »)" in result.sentence()


def test_codes_d_and_r_and_plain_categories():
    assert budget.direction_column(_budget(["D", "R", "d"])) == "sens"
    assert budget.spending_value(_budget(["D", "R", "D"]), "sens") == "D"
    assert budget.direction_column(_budget(["Dépense", "Dépense"])) is None  # spending only: nothing to separate
    assert budget.direction_column(_budget(["Nord", "Sud"])) is None  # a `sens` that is not a direction
    assert suggest(_budget(["Nord", "Sud", "Nord"])).filters == {}
