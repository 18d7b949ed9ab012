"""The treemap figure: ids/parents/values consistent, French hover text, texts, colours, spec round trip, real data."""
from __future__ import annotations

import json

import pandas as pd
import pytest

from tests.test_grouping import budget_csv
from viz.charts.treemap import (OTHER_COLOUR, PALETTES, Rule, TreemapError, TreemapSpec, build, display_table, suggest,
                                table_csv)
from viz.io import load, load_bytes

NNBSP, NBSP = "\u202f", "\u00a0"


@pytest.fixture
def budget() -> pd.DataFrame:
    return load_bytes(budget_csv(), "budget_primitif.csv").working()


def spec_of(**changes) -> TreemapSpec:
    base = dict(labels=["section", "chapitre libellé"], value="montant", rules=[Rule("none", 0), Rule("share", 5)],
                title="Budget primitif 2025", subtitle="Dépenses par chapitre", source="Ville d'Exemple",
                note="Montants votés")
    base.update(changes)
    return TreemapSpec(**base)


def trace_of(result) -> dict:
    return result.figure.to_plotly_json()["data"][0]


def test_ids_parents_values_are_consistent(budget: pd.DataFrame) -> None:
    result = build(budget, spec_of())
    tr = trace_of(result)
    ids, parents, values = list(tr["ids"]), list(tr["parents"]), list(tr["values"])
    assert tr["branchvalues"] == "total"
    assert len(set(ids)) == len(ids)
    assert parents[0] == "" and all(p in ids for p in parents[1:])
    children: dict[str, float] = {}
    for parent, value in zip(parents[1:], values[1:]):
        children[parent] = children.get(parent, 0.0) + value
    for node, total in children.items():
        assert values[ids.index(node)] == pytest.approx(total, rel=1e-12)
    leaves = [i for i in ids if i not in children]
    assert len(leaves) == len(result.table)
    assert values[0] == pytest.approx(result.table["value"].sum())
    assert sorted(values[ids.index(i)] for i in leaves) == pytest.approx(sorted(result.table["value"]))


def test_hover_text_is_french(budget: pd.DataFrame) -> None:
    tr = trace_of(build(budget, spec_of()))
    hover = dict(zip(tr["labels"], tr["hovertext"]))
    personnel = hover["Charges de personnel"]
    assert f"7{NNBSP}300{NNBSP}000{NBSP}€" in personnel  # 5 400 000 + 1 900 000
    assert f"73,7{NBSP}% de « Fonctionnement »" in personnel  # 7 300 000 / 9 899 500,75
    assert f"44,4{NBSP}% du total" in personnel  # / 16 436 500,75
    other = [h for label, h in hover.items() if label == "Autre (4 postes)"][0]
    assert "Regroupe :" in other and f"· Charges financières : 61{NNBSP}500{NBSP}€" in other
    layout = build(budget, spec_of()).figure.layout
    assert layout.separators == ", "


def test_english_hover_and_separators(budget: pd.DataFrame) -> None:
    result = build(budget, spec_of(lang="en"))
    tr = trace_of(result)
    hover = dict(zip(tr["labels"], tr["hovertext"]))
    assert "€7,300,000" in hover["Charges de personnel"] and "73.7% of “Fonctionnement”" in hover["Charges de personnel"]
    assert "Other (4 items)" in tr["labels"]
    assert result.figure.layout.separators == ".,"


def test_title_subtitle_source_note_are_drawn(budget: pd.DataFrame) -> None:
    layout = build(budget, spec_of()).figure.layout
    assert layout.title.text == "Budget primitif 2025"
    assert layout.title.subtitle.text == "Dépenses par chapitre"
    notes = " ".join(a.text for a in layout.annotations)
    assert "Source : Ville d'Exemple" in notes and "Note : Montants votés" in notes


def test_colours_follow_the_chapter_and_other_is_grey(budget: pd.DataFrame) -> None:
    tr = trace_of(build(budget, spec_of(colour="chapitre libellé", palette="tol_bright")))
    colours = dict(zip(tr["labels"], tr["marker"]["colors"]))
    assert colours["Autre (4 postes)"] == OTHER_COLOUR
    kept = [c for label, c in colours.items() if label.startswith(("Charges", "Immobilisations"))]
    assert set(kept) <= set(PALETTES["tol_bright"]) and len(set(kept)) >= 3


def test_same_spec_same_figure_and_spec_round_trip(budget: pd.DataFrame) -> None:
    spec = spec_of(rules=[Rule("top", 3)], palette="tol_muted", thousands=" ")
    data = json.loads(json.dumps(spec.to_dict()))
    again = TreemapSpec.from_dict(data)
    assert again == spec
    assert build(budget, spec).figure.to_json() == build(budget.sample(frac=1, random_state=3), again).figure.to_json()


def test_count_mode_figure(budget: pd.DataFrame) -> None:
    tr = trace_of(build(budget, spec_of(value=None, rules=[Rule("none", 0)])))
    assert tr["values"][0] == len(budget)
    assert any("11 lignes" in h for h in tr["hovertext"])


def test_display_and_csv_tables(budget: pd.DataFrame) -> None:
    result = build(budget, spec_of())
    shown = display_table(result)
    assert list(shown.columns) == ["section", "chapitre libellé", "Montant", "Part du total", "Postes regroupés"]
    assert shown["Montant"].iloc[0] == f"7{NNBSP}300{NNBSP}000{NBSP}€"
    grouped = shown["chapitre libellé"].str.startswith("Autre (")
    counts = shown.loc[grouped, "chapitre libellé"].str.extract(r"\((\d+) postes\)")[0]
    assert list(shown.loc[grouped, "Postes regroupés"]) == list(counts)
    assert set(shown.loc[~grouped, "Postes regroupés"]) == {""}  # blank, never "None", for ordinary leaves
    csv = table_csv(result).decode()
    assert csv.splitlines()[0] == "section,chapitre libellé,value"
    assert "Fonctionnement,Autre (4 postes),116500.0" in csv


def test_formula_like_labels_are_neutralised_in_csv() -> None:
    table = pd.DataFrame({"poste": ["=HYPERLINK(\"x\")", "B"], "montant": ["1", "2"]}, dtype="str")
    csv = table_csv(build(table, TreemapSpec(labels=["poste"], value="montant", rules=[Rule("none", 0)])))
    assert "'=HYPERLINK" in csv.decode()


def test_suggest_picks_label_and_amount(budget: pd.DataFrame) -> None:
    spec = suggest(budget, ",", None, title="Budget")
    assert spec.labels == ["section", "chapitre libellé"]  # no « sens » column here
    assert spec.value == "montant" and spec.is_money()
    assert spec.colour == "chapitre libellé"


def test_montpellier_real_expenses_by_chapter(realdata) -> None:
    ds = load(realdata / "budget-xml" / "montpellier-CA-2018.xml")
    table = ds.working()
    real = table[(table["CodRD"] == "D") & (table["OpBudg"] == "0")].reset_index(drop=True)
    spec = TreemapSpec(labels=["ContFon"], value="MtReal", rules=[Rule("share", 2.0)], decimal=ds.read.decimal,
                       title=ds.meta.title)
    result = build(real, spec)
    assert result.table["value"].sum() == pytest.approx(410_624_337.33, abs=0.01)
    drawn = dict(zip(result.table["ContFon"], result.table["value"]))
    assert drawn["932"] == pytest.approx(68_411_192.54, abs=0.01)
    assert drawn["930"] == pytest.approx(64_431_151.62, abs=0.01)
    assert drawn["934"] == pytest.approx(42_243_341.08, abs=0.01)
    assert list(result.table["ContFon"][:2]) == ["932", "930"]
    assert result.table["ContFon"].iloc[-1].startswith("Autre (")
    assert result.excluded.count > 0 and result.excluded.negative == 0  # zero MtReal lines are left out
    tr = trace_of(result)
    assert tr["values"][0] == pytest.approx(410_624_337.33, abs=0.01)
    suggested = suggest(table, ds.read.decimal)  # a budget XML: real spending, never Dépense + Recette summed
    assert suggested.filters == {"Sens": ["Dépense"], "TypeOperation": ["Réelle"]}
    assert suggested.labels[0] == "LibelleChapitreNature"


def test_suggested_value_is_an_amount_not_a_share_an_id_or_a_phone() -> None:
    from viz.charts.treemap import guess_value
    table = pd.DataFrame({
        "idBeneficiaire": ["82772807200014", "31762674500012", "44306184100047"],
        "telephone": ["0450568749", "0492000000", "0492000001"],
        "MATRICULE": ["1", "2", "3"],
        "MtPrev": ["0.00", "0.00", "0.00"],            # a compte administratif: planned amounts all zero
        "montant": ["1200", "", "300,5"],
        "MtReal": ["10279.70", "500.00", "12.00"],
        "pourcentageSubvention": ["1", "0.8", "1"],
    }, dtype="str")
    assert guess_value(table, ",", None) == "montant"
    assert guess_value(table.drop(columns=["montant"]), ".", None) == "MtReal"
    assert guess_value(table[["idBeneficiaire", "telephone", "MATRICULE", "pourcentageSubvention"]], ".", None) is None


def test_real_files_get_sensible_suggestions(realdata) -> None:
    from viz.charts.treemap import suggest
    from viz.io import load
    montpellier = load(realdata / "budget-xml/montpellier-CA-2018.xml")
    assert suggest(montpellier.original, ".", None).value == "MtReal"  # a CA: MtPrev is zero on every line
    scdl = load(realdata / "scdl-subventions/exemple_invalide_erreurs_cellules.csv")
    assert suggest(scdl.original, ".", None).value == "montant"
    places = load(realdata / "lieux/france-services-2020-09.geojson")
    assert suggest(places.original, ".", None).value is None  # no amount: count the places


def test_filters_keep_rows_say_so_and_serialise(realdata) -> None:
    from viz.charts.treemap import filter_choices
    from viz.io import load
    table = load(realdata / "budget-xml/montpellier-CA-2018.xml").original
    assert filter_choices(table)["TypeOperation"] == ["Ordre", "Réelle"]
    spec = TreemapSpec(labels=["ContFon"], value="MtReal", rules=[Rule("top", 5)], decimal=".",
                       filters={"Sens": ["Dépense"], "TypeOperation": ["Réelle"]})
    result = build(table, spec)
    assert round(result.table["value"].sum(), 2) == 410624337.33
    assert (result.rows_kept, result.rows_total) == (1468, 1697)
    assert result.sentence().startswith("Filtre : Sens = Dépense ; TypeOperation = Réelle (1\u202f468 lignes sur 1\u202f697).")
    assert "Lignes retenues : Sens = Dépense ; TypeOperation = Réelle" in str(result.figure.layout.annotations[0].text)
    assert TreemapSpec.from_dict(spec.to_dict()) == spec
    with pytest.raises(TreemapError) as err:
        build(table, TreemapSpec(labels=["ContFon"], value="MtReal", filters={"Sens": ["Investissement"]}))
    assert "Aucune ligne ne correspond au filtre" in err.value.message("fr")


def _siblings_sharing_a_colour(trace) -> int:
    groups: dict[str, list[str]] = {}
    for parent, colour, label in zip(trace["parents"], trace["marker"]["colors"], trace["labels"]):
        if parent and not label.startswith("Autre") and colour != "#EEEEEE":  # light grey: above the colour level
            groups.setdefault(parent, []).append(colour)
    return sum(len(set(c)) < len(c) for c in groups.values())


def test_readable_tiles_colours_and_texts():
    labels = [f"Chapitre numéro {i:02d} des dépenses de fonctionnement" for i in range(12)]
    table = pd.DataFrame({"chapitre": labels, "montant": [str(1000 - 10 * i) for i in range(12)]})
    result = build(table, TreemapSpec(labels=["chapitre"], value="montant", rules=[Rule("none", 0)]))
    tr = trace_of(result)
    assert _siblings_sharing_a_colour(tr) == 0  # 12 categories, a palette of 7: its tints are added
    from viz import fmt
    assert tr["labels"][0] == "Ensemble : " + fmt.money(11340, "fr")  # not a bare « Total »
    wrapped = [c[1] for c in tr["customdata"][1:]]
    assert all("<br>" in w and max(len(line) for line in w.split("<br>")) <= 16 for w in wrapped)
    layout = result.figure.to_plotly_json()["layout"]
    assert layout["uniformtext"] == {"minsize": 9, "mode": "hide"}  # too small a tile: no 3 px text


def test_many_categories_get_distinct_colours_among_siblings():
    rows = [(f"Section {s}", f"Poste {s}-{i}", str(100 + i)) for s in "AB" for i in range(20)]
    table = pd.DataFrame(rows, columns=["section", "poste", "montant"])
    spec = TreemapSpec(labels=["section", "poste"], value="montant", rules=[Rule("none", 0)], colour="poste")
    assert _siblings_sharing_a_colour(trace_of(build(table, spec))) == 0  # 40 postes: ranked within their section


def test_counts_are_titled_as_counts_and_drawn_by_category():
    from viz.charts.treemap import display_table, suggest
    table = pd.DataFrame({"nom": [f"Lieu {i}" for i in range(60)],
                          "statut_juridique": ["Association", "Commune", "Entreprise"] * 20})
    spec = suggest(table)
    assert spec.value is None and spec.labels == ["statut_juridique"]
    assert "Nombre de lignes" in display_table(build(table, spec)).columns


def test_blank_lines_of_a_csv_are_not_counted_as_items():
    from viz.charts.treemap import TreemapSpec, group
    from viz.io import load_bytes
    ds = load_bytes("sens;chapitre;montant\nDépense;011;1200\nRecette;70;300\n\n\n".encode(), "budget.csv")
    assert len(ds.original) == 4  # blank lines stay rows (row numbers of the file)
    table = group(ds.original, TreemapSpec(labels=["sens"]))
    assert sorted(table["sens"]) == ["Dépense", "Recette"] and table["value"].sum() == 2
