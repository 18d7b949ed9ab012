"""Grouping of small items into « Autre »: totals, thresholds, top-N ties, min, exclusions, 1 to 3 levels."""
from __future__ import annotations

import pandas as pd
import pytest

from viz.charts.grouping import Excluded, parse_values
from viz.charts.treemap import Rule, TreemapError, TreemapSpec, group
from viz.io import load_bytes


def budget_csv() -> bytes:
    """A town's budget as portals publish it: `;`, cp1252, decimal commas, chapter codes with leading zeros."""
    rows = ["section;chapitre code;chapitre libellé;article;montant"]
    fonct = [("011", "Charges à caractère général", [("6042", "1 250 000,50"), ("6068", "310 000,00"),
                                                        ("6061", "8 000,00")]),
             ("012", "Charges de personnel", [("6411", "5 400 000,00"), ("6451", "1 900 000,00")]),
             ("014", "Atténuations de produits", [("739", "42 000,00")]),
             ("65", "Autres charges de gestion courante", [("6574", "820 000,00"), ("6531", "95 000,25")]),
             ("66", "Charges financières", [("66111", "61 500,00")]),
             ("67", "Charges spécifiques", [("673", "3 000,00")]),
             ("022", "Dépenses imprévues", [("022", "10 000,00")])]
    invest = [("20", "Immobilisations incorporelles", [("2031", "45 000,00")]),
              ("21", "Immobilisations corporelles", [("2135", "2 100 000,00"), ("2188", "180 000,00")]),
              ("23", "Immobilisations en cours", [("2313", "3 500 000,00")]),
              ("16", "Emprunts et dettes", [("1641", "700 000,00")]),
              ("204", "Subventions d'équipement versées", [("2041", "12 000,00")])]
    for section, chapters in (("Fonctionnement", fonct), ("Investissement", invest)):
        for code, label, lines in chapters:
            rows += [f"{section};{code};{label};{art};{amount}" for art, amount in lines]
    return ("\r\n".join(rows) + "\r\n").encode("cp1252")


@pytest.fixture
def budget() -> pd.DataFrame:
    ds = load_bytes(budget_csv(), "budget_primitif.csv")
    assert ds.read.decimal == ","
    return ds.working()


def amounts(table: pd.DataFrame) -> pd.Series:
    return parse_values(table["montant"], ",")


def others(result: pd.DataFrame, label: str) -> pd.DataFrame:
    """Grouped leaves of one level (not « Autres charges… », a real chapter whose name starts alike)."""
    grouped = result[result["items"].map(len) > 0]
    return grouped[grouped[label].str.match(r"^Autre \(\d+ postes\)$")]


def test_threshold_keeps_totals_at_every_level(budget: pd.DataFrame) -> None:
    spec = TreemapSpec(labels=["section", "chapitre libellé"], value="montant", rules=[Rule("share", 5.0)])
    result = group(budget, spec)
    original = budget.assign(v=amounts(budget))
    assert result["value"].sum() == pytest.approx(original["v"].sum(), rel=1e-12)
    by_section = result.groupby("section")["value"].sum()
    expected = original.groupby("section")["v"].sum()
    pd.testing.assert_series_equal(by_section.sort_index(), expected.sort_index(), check_names=False, rtol=1e-12)
    assert len(others(result, "chapitre libellé")) == 2  # one per section, both with several small chapters


def test_kept_items_reach_the_threshold_within_their_parent(budget: pd.DataFrame) -> None:
    spec = TreemapSpec(labels=["section", "chapitre libellé"], value="montant", rules=[Rule("none", 0), Rule("share", 5.0)])
    result = group(budget, spec)
    parent_total = result.groupby("section")["value"].transform("sum")
    kept = result["items"].map(len) == 0
    assert (result.loc[kept, "value"] >= 0.05 * parent_total[kept]).all()
    grouped = others(result, "chapitre libellé")
    assert grouped["section"].is_unique  # one « Autre » per parent
    for _, row in grouped.iterrows():
        names = [name for name, _ in row["items"]]
        assert row["chapitre libellé"] == f"Autre ({len(names)} postes)"
        assert sum(v for _, v in row["items"]) == pytest.approx(row["value"])
        total = parent_total[result["section"] == row["section"]].iloc[0]
        assert all(v < 0.05 * total for _, v in row["items"])
    # Fonctionnement (9 899 500,75 €): under 5 %, Atténuations, Charges financières, spécifiques, imprévues
    fonct = grouped[grouped["section"] == "Fonctionnement"].iloc[0]
    assert sorted(n for n, _ in fonct["items"]) == ["Atténuations de produits", "Charges financières",
                                                    "Charges spécifiques", "Dépenses imprévues"]
    assert fonct["value"] == pytest.approx(42_000 + 61_500 + 3_000 + 10_000)


def test_english_label_counts_items(budget: pd.DataFrame) -> None:
    spec = TreemapSpec(labels=["chapitre libellé"], value="montant", rules=[Rule("share", 5.0)], lang="en")
    result = group(budget, spec)
    other = result[result["chapitre libellé"].str.startswith("Other")]
    assert len(other) == 1
    assert other["chapitre libellé"].iloc[0] == f"Other ({len(other['items'].iloc[0])} items)"
    assert other.index[0] == len(result) - 1  # « Autre » comes last


def test_lone_item_under_threshold_is_kept() -> None:
    table = pd.DataFrame({"poste": ["A", "B", "C"], "montant": ["900", "95", "5"]}, dtype="str")
    result = group(table, TreemapSpec(labels=["poste"], value="montant", rules=[Rule("share", 1.0)]))
    assert result["poste"].tolist() == ["A", "B", "C"]  # C alone under 1 %: no « Autre (1 postes) »
    result = group(table, TreemapSpec(labels=["poste"], value="montant", rules=[Rule("share", 10.0)]))
    assert result["poste"].tolist() == ["A", "Autre (2 postes)"]


def test_top_n_keeps_every_item_tied_with_the_nth_value() -> None:
    table = pd.DataFrame({"poste": list("FEDCBA"), "montant": ["5", "10", "30", "30", "50", "100"]}, dtype="str")
    result = group(table, TreemapSpec(labels=["poste"], value="montant", rules=[Rule("top", 3)]))
    assert result["poste"].tolist() == ["A", "B", "C", "D", "Autre (2 postes)"]
    assert result["items"].iloc[-1] == (("E", 10.0), ("F", 5.0))
    result = group(table, TreemapSpec(labels=["poste"], value="montant", rules=[Rule("top", 2)]))
    assert result["poste"].tolist() == ["A", "B", "Autre (4 postes)"]
    # same data, rows shuffled: same result (deterministic)
    shuffled = table.iloc[[3, 0, 5, 1, 4, 2]].reset_index(drop=True)
    again = group(shuffled, TreemapSpec(labels=["poste"], value="montant", rules=[Rule("top", 3)]))
    assert again["poste"].tolist() == ["A", "B", "C", "D", "Autre (2 postes)"]


def test_top_n_per_parent(budget: pd.DataFrame) -> None:
    spec = TreemapSpec(labels=["section", "chapitre libellé"], value="montant", rules=[Rule("none", 0), Rule("top", 2)])
    result = group(budget, spec)
    per_section = result.groupby("section")["chapitre libellé"].apply(list)
    assert per_section["Fonctionnement"] == ["Charges de personnel", "Charges à caractère général",
                                             "Autre (5 postes)"]
    assert per_section["Investissement"] == ["Immobilisations en cours", "Immobilisations corporelles",
                                             "Autre (3 postes)"]


def test_min_rule_keeps_items_at_or_above_the_value() -> None:
    table = pd.DataFrame({"poste": list("ABCD"), "montant": ["1 000,00", "500,00", "499,99", "12,00"]}, dtype="str")
    result = group(table, TreemapSpec(labels=["poste"], value="montant", rules=[Rule("min", 500)]))
    assert result["poste"].tolist() == ["A", "B", "Autre (2 postes)"]
    assert result["value"].iloc[-1] == pytest.approx(511.99)


def test_rule_off_draws_every_item(budget: pd.DataFrame) -> None:
    result = group(budget, TreemapSpec(labels=["chapitre libellé"], value="montant", rules=[Rule("none", 0)]))
    assert len(result) == budget["chapitre libellé"].nunique()
    assert not result["chapitre libellé"].str.startswith("Autre (").any()
    assert result["value"].is_monotonic_decreasing


def test_bad_values_are_excluded_and_reported() -> None:
    table = pd.DataFrame({"poste": list("ABCDEFG"),
                          "montant": ["1 000,50", "0", "-250,00", "", "n.c.", "-50", "2 000"]}, dtype="str")
    spec = TreemapSpec(labels=["poste"], value="montant", rules=[Rule("none", 0)])
    from viz.charts.treemap import build
    result = build(table, spec)
    assert result.table["poste"].tolist() == ["G", "A"]
    ex = result.excluded
    assert (ex.zero, ex.negative, ex.missing, ex.unreadable) == (1, 2, 1, 1)
    assert ex.negative_total == pytest.approx(-300.0)
    assert ex.unreadable_rows == (6,)  # header is row 1: « n.c. » is on row 6
    sentence = result.sentence()
    assert sentence.startswith("5 lignes sur 7 ne sont pas dessinées")
    assert "1 valeur nulle" in sentence and "2 valeurs négatives (total -300\u00a0€)" in sentence.replace("\u2212", "-")
    assert "1 valeur illisible dans « montant » (ligne 6)" in sentence
    assert table["montant"].tolist()[2] == "-250,00"  # the source table is untouched


def test_nothing_positive_is_a_clear_error() -> None:
    table = pd.DataFrame({"poste": ["A", "B"], "montant": ["0", "-3"]}, dtype="str")
    with pytest.raises(TreemapError) as err:
        group(table, TreemapSpec(labels=["poste"], value="montant"))
    assert "aucune ligne n'a une valeur positive dans « montant »" in err.value.message("fr")


def test_three_levels_and_grouped_branch_stops_the_hierarchy(budget: pd.DataFrame) -> None:
    spec = TreemapSpec(labels=["section", "chapitre libellé", "article"], value="montant", rules=[Rule("none", 0), Rule("share", 5), Rule("share", 30)])
    result = group(budget, spec)
    assert list(result.columns[:4]) == ["section", "chapitre libellé", "article", "value"]
    assert result["value"].sum() == pytest.approx(amounts(budget).sum())
    level2 = others(result, "chapitre libellé")
    assert (level2["article"] == "").all()  # a grouped chapter is a leaf
    assert len(level2) == 2
    level3 = result[(result["items"].map(len) > 0) & (result["article"] != "")]
    assert level3[["chapitre libellé", "article", "value"]].values.tolist() == [
        ["Charges à caractère général", "Autre (2 postes)", 318_000.0]]
    # the chapter totals of kept chapters are the original ones
    kept = result[~result["chapitre libellé"].str.startswith("Autre (")]
    orig = budget.assign(v=amounts(budget)).groupby("chapitre libellé")["v"].sum()
    for chapter, total in kept.groupby("chapitre libellé")["value"].sum().items():
        assert total == pytest.approx(orig[chapter])


def test_row_count_mode_counts_rows(budget: pd.DataFrame) -> None:
    result = group(budget, TreemapSpec(labels=["section"], value=None, rules=[Rule("none", 0)]))
    assert dict(zip(result["section"], result["value"])) == {"Fonctionnement": 11.0, "Investissement": 6.0}


def test_level_one_grouping_in_two_levels() -> None:
    rows = [("Grand", "a", "800"), ("Grand", "b", "150"), ("Petit 1", "c", "20"), ("Petit 2", "d", "20"),
            ("Petit 2", "e", "10")]
    table = pd.DataFrame(rows, columns=["n1", "n2", "montant"]).astype("str")
    result = group(table, TreemapSpec(labels=["n1", "n2"], value="montant", rules=[Rule("share", 5)]))
    assert result.values[:, :3].tolist() == [["Grand", "a", 800.0], ["Grand", "b", 150.0],
                                             ["Autre (2 postes)", "", 50.0]]
    assert result["items"].iloc[-1] == (("Petit 2", 30.0), ("Petit 1", 20.0))


def test_labels_trimmed_and_empty_labels_named() -> None:
    table = pd.DataFrame({"poste": ["A ", "A", "", "B"], "montant": ["1", "2", "3", "4"]}, dtype="str")
    result = group(table, TreemapSpec(labels=["poste"], value="montant", rules=[Rule("none", 0)]))
    assert dict(zip(result["poste"], result["value"])) == {"B": 4.0, "A": 3.0, "(non renseigné)": 3.0}


@pytest.mark.parametrize("spec, key", [
    (TreemapSpec(labels=[]), "treemap.error.no_label"),
    (TreemapSpec(labels=["a", "b", "c", "d"]), "treemap.error.too_many_labels"),
    (TreemapSpec(labels=["a", "a"]), "treemap.error.duplicate_label"),
    (TreemapSpec(labels=["a"], value="montant_ttc"), "treemap.error.missing_column"),
    (TreemapSpec(labels=["a"], rules=[Rule("share", 150)]), "treemap.error.bad_parameter"),
    (TreemapSpec(labels=["a"], rules=[Rule("top", 2.5)]), "treemap.error.bad_parameter"),
    (TreemapSpec(labels=["a"], rules=[Rule("biggest", 2)]), "treemap.error.bad_rule"),
])
def test_bad_specs_get_french_messages(spec: TreemapSpec, key: str) -> None:
    table = pd.DataFrame({"a": ["x"], "b": ["y"], "c": ["z"], "d": ["w"], "montant": ["1"]}, dtype="str")
    with pytest.raises(TreemapError) as err:
        group(table, spec)
    assert err.value.key == key
    if key == "treemap.error.missing_column":
        assert err.value.message() == ("La colonne « montant_ttc » n'existe pas dans le fichier. Colonnes "
                                       "disponibles : « a », « b », « c », « d », « montant ».")


def test_parse_values_reads_french_numbers_and_numeric_columns() -> None:
    text = pd.Series(["1 234,56", "1\u00a0000", "", "abc", "-2,5"], dtype="str")
    assert parse_values(text, ",").tolist()[:2] == [1234.56, 1000.0]
    assert parse_values(text, ",").isna().tolist() == [False, False, True, True, False]
    assert parse_values(pd.Series(["12.5", "3"], dtype="str"), ".").tolist() == [12.5, 3.0]
    assert parse_values(pd.Series([1, 2]), ",").tolist() == [1.0, 2.0]


def test_excluded_none_sentence() -> None:
    assert Excluded(rows=3).sentence("fr").startswith("Toutes les lignes sont dessinées")
    assert Excluded(rows=3, zero=2).sentence("en").startswith("2 rows out of 3 are not drawn")
