"""A budget CSV holding spending and revenue is drawn as spending by default; summing both is said under the chart."""
from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest

from viz.charts import budget
from viz.charts.treemap import TreemapSpec, build, suggest
from viz.io import load

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample_data" / "budget_primitif_2025.csv"


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
    spec.real_only = False
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


def _amounts(table: pd.DataFrame) -> pd.Series:
    text = table["montant_prevu"].astype("str").str.replace(r"[\s\u00a0\u202f]", "", regex=True)
    return pd.to_numeric(text.str.replace(",", "."), errors="coerce")


def test_sample_budget_opens_on_real_spending_order_operations_left_out():
    """The sample's spending holds 6 order operations (023, 040 x3, 041, and `42` whose zero was lost): they are left
    out by default, so the total is real spending only, and the sentence says how many and why."""
    ds = load(SAMPLE)
    table = ds.working()
    spec = suggest(table, ds.read.decimal, ds.read.thousands)
    assert spec.real_only
    result = build(table, spec)
    spending = table[table["sens"] == "Dépense"]
    chapters = spending["chapitre"].str.strip()
    order = chapters.isin(["021", "023", "040", "041", "042", "043", "42"])
    assert int(order.sum()) == 6
    real = _amounts(spending[~order])
    expected = real[real > 0].sum()
    assert result.figure.data[0].values[0] == pytest.approx(expected)
    assert result.order_dropped == 6 and result.order_rows == 0
    sentence = result.sentence()
    assert sentence.startswith("Filtre : sens = Dépense ; opérations réelles seulement (1\u202f492 lignes sur 1\u202f613).")
    assert "6 lignes d'opérations d'ordre" in sentence and "sont écartées" in sentence
    assert "Attention" not in sentence
    with_order = build(table, replace(spec, real_only=False))
    assert with_order.order_rows == 6 and "Cochez « Opérations réelles seulement »" in with_order.sentence()
    assert with_order.figure.data[0].values[0] > result.figure.data[0].values[0]


@pytest.mark.parametrize("chapters, order", [
    (["011", "023", "42", "21", "040"], [False, True, True, False, True]),  # `42`: chapter 042 without its zero
    (["21", "23", "16", "65"], [False, False, False, False]),  # 21 and 23 are real chapters, not 021 / 023
    (["040", "042"], [False, False]),  # nothing but order operations: nothing to leave out
])
def test_order_mask_reads_lost_zeros_only_where_unambiguous(chapters, order):
    table = pd.DataFrame({"chapitre": chapters, "montant": ["1"] * len(chapters)})
    assert budget.order_mask(table).tolist() == order


def test_real_only_round_trips_and_cli_flag(tmp_path):
    spec = suggest(load(SAMPLE).working(), ",", " ")
    assert TreemapSpec.from_dict(spec.to_dict()).real_only is True
    out = tmp_path / "t.csv"
    base = [sys.executable, "-m", "viz", "treemap", str(SAMPLE), "--label", "libelle_chapitre",
            "--value", "montant_prevu", "--where", "sens=Dépense", "--out", str(tmp_path / "t.html"), "--table", str(out)]
    plain = subprocess.run(base, capture_output=True, text=True, cwd=ROOT)
    assert plain.returncode == 0, plain.stderr
    chapters = set(pd.read_csv(out, dtype="str")["libelle_chapitre"])
    assert "Opérations d'ordre de transfert entre sections" in chapters
    real = subprocess.run(base + ["--operations-reelles"], capture_output=True, text=True, cwd=ROOT)
    assert real.returncode == 0, real.stderr
    chapters = set(pd.read_csv(out, dtype="str")["libelle_chapitre"])
    assert not {"Opérations d'ordre de transfert entre sections", "Virement à la section d'investissement",
                "Opérations patrimoniales"} & chapters
