"""The Treemap page driven by AppTest: defaults from the data, the chart, exclusions, rule controls, downloads."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.test_grouping import budget_csv
from viz.io import load_bytes

PAGE = str(Path(__file__).resolve().parents[1] / "pages" / "treemap.py")


def budget_with_faults() -> bytes:
    """The budget CSV plus a negative line (a cancelled title) and an empty amount."""
    extra = "Fonctionnement;67;Charges spécifiques;673;-1 500,00\r\nInvestissement;21;Immobilisations corporelles;2158;\r\n"
    return budget_csv() + extra.encode("cp1252")


def open_page(data: bytes) -> AppTest:
    at = AppTest.from_file(PAGE, default_timeout=60)
    at.session_state["dataset"] = load_bytes(data, "budget_primitif_2025.csv")
    return at.run()


def figure(at: AppTest) -> dict:
    return json.loads(at.get("plotly_chart")[0].proto.spec)


def test_defaults_chart_sentence_table() -> None:
    at = open_page(budget_with_faults())
    assert not at.exception and not at.error
    assert at.multiselect[0].value == ["section", "chapitre libellé"]
    assert at.selectbox[0].value == "montant"
    trace = figure(at)["data"][0]
    assert "Charges de personnel" in trace["labels"]
    assert trace["values"][0] == pytest.approx(16_436_500.75)
    # default rule: under 2 % of the section (Fonctionnement 9 899 500,75 €, Investissement 6 537 000 €)
    assert [label for label in trace["labels"] if label.startswith("Autre (")] == ["Autre (4 postes)",
                                                                                   "Autre (2 postes)"]
    captions = " ".join(c.value for c in at.caption)
    assert "2 lignes sur 19 ne sont pas dessinées" in captions
    assert "1 valeur négative (-1\u202f500\u00a0€)" in captions.replace("\u2212", "-")
    assert "1 cellule vide dans « montant »" in captions
    shown = at.dataframe[0].value
    assert list(shown.columns[:3]) == ["section", "chapitre libellé", "Montant"]
    assert at.session_state["treemap_spec"]["labels"] == ["section", "chapitre libellé"]


def test_rule_controls_redraw_with_autre() -> None:
    at = open_page(budget_csv())
    at.selectbox(key="tm_rule").set_value("top").run()
    at.number_input(key="tm_param_top").set_value(2.0).run()
    assert not at.exception
    labels = figure(at)["data"][0]["labels"]
    assert "Autre (5 postes)" in labels and "Autre (3 postes)" in labels
    at.selectbox(key="tm_rule").set_value("share").run()
    at.number_input(key="tm_param_share").set_value(10.0).run()
    labels = figure(at)["data"][0]["labels"]
    assert any(label.startswith("Autre (") for label in labels)
    at.multiselect(key="tm_labels").set_value(["chapitre libellé"]).run()
    at.selectbox(key="tm_value").set_value("").run()  # count rows
    trace = figure(at)["data"][0]
    assert trace["values"][0] == 17


def test_titles_are_drawn_in_the_figure() -> None:
    at = open_page(budget_csv())
    at.text_input(key="tm_title").set_value("Budget primitif 2025").run()
    at.text_input(key="tm_source").set_value("Ville d'Exemple").run()
    layout = figure(at)["layout"]
    assert layout["title"]["text"] == "Budget primitif 2025"
    assert "Source : Ville d'Exemple" in layout["annotations"][0]["text"]
    assert layout["separators"] == ", "


def test_downloads_and_missing_chromium(monkeypatch) -> None:
    at = open_page(budget_csv())
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels == ["Image PNG", "Image SVG", "Page HTML interactive", "Tableau CSV"]
    monkeypatch.setenv("BROWSER_PATH", "/nonexistent/chromium")
    at = open_page(budget_csv())
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels == ["Page HTML interactive", "Tableau CSV"]
    assert any("apt-get install chromium" in i.value for i in at.info)


def test_missing_label_gives_french_message() -> None:
    at = open_page(budget_csv())
    at.multiselect(key="tm_labels").set_value([]).run()
    assert not at.exception
    assert "Choisissez au moins une colonne de libellés" in at.error[0].value


def test_english_page() -> None:
    at = AppTest.from_file(PAGE, default_timeout=60)
    at.session_state["dataset"] = load_bytes(budget_csv(), "budget.csv")
    at.session_state["lang"] = "en"
    at.run()
    assert at.selectbox(key="tm_rule").options[1] == "Keep the N largest"
    at.selectbox(key="tm_rule").set_value("top").run()
    at.number_input(key="tm_param_top").set_value(2.0).run()
    labels = figure(at)["data"][0]["labels"]
    assert "Other (5 items)" in labels


def test_bundled_budget_sample_defaults() -> None:
    """Without a dataset in the session the page opens the bundled budget: spending only (revenue is never summed
    with it), the filter said under the chart."""
    at = AppTest.from_file(PAGE, default_timeout=60).run()
    assert not at.exception and not at.error
    assert at.multiselect[0].value == ["section", "libelle_chapitre"]
    assert at.selectbox[0].value == "montant_prevu"
    assert at.session_state["treemap_spec"]["filters"] == {"sens": ["Dépense"]}
    trace = figure(at)["data"][0]
    top = [label for label, parent in zip(trace["labels"], trace["parents"]) if parent == "root"]
    assert sorted(top) == ["Fonctionnement", "Investissement"]
    assert any(c.value.startswith("Filtre : sens = Dépense ; opérations réelles seulement (1\u202f492 lignes sur 1\u202f613)")
               for c in at.caption)
    assert any("9 lignes sur 1\u202f492 ne sont pas dessinées" in c.value for c in at.caption)


def test_value_choices_are_the_columns_that_hold_numbers() -> None:
    at = AppTest.from_file(PAGE, default_timeout=60).run()
    options = at.selectbox(key="tm_value").options
    assert "montant_prevu" in options and "libelle_chapitre" not in options and "section" not in options
    assert options[0] == "(nombre de lignes)"


def test_a_rule_per_level() -> None:
    """Keep both sections whole, group the chapters under 10 % of their section."""
    at = AppTest.from_file(PAGE, default_timeout=60).run()
    assert at.multiselect[0].value == ["section", "libelle_chapitre"]
    at.checkbox(key="tm_per_level").check().run()
    at.selectbox(key="tm_rule_0").set_value("none").run()
    at.number_input(key="tm_param_1_share").set_value(10.0).run()
    assert not at.exception
    spec = at.session_state["treemap_spec"]
    assert [(r["kind"], r["value"]) for r in spec["rules"]] == [("none", 0.0), ("share", 10.0)]
    trace = figure(at)["data"][0]
    labels = trace["labels"]
    assert "Fonctionnement" in labels and "Investissement" in labels
    assert any(str(label).startswith("Autre (") for label in labels)


def test_filter_rows_to_revenue_then_none() -> None:
    """Switch the default spending filter to revenue; without any filter both are summed and the page says so."""
    at = AppTest.from_file(PAGE, default_timeout=60).run()
    assert at.multiselect(key="tm_filter_cols").value == ["sens"]
    at.multiselect(key="tm_filter_sens").set_value(["Recette"]).run()
    assert not at.exception
    # revenue's 12 order operations (021, 040 x9, 041, 042) are left out too: 103 of its 115 lines
    assert any(c.value.startswith("Filtre : sens = Recette ; opérations réelles seulement (103 lignes") for c in at.caption)
    assert at.session_state["treemap_spec"]["filters"] == {"sens": ["Recette"]}
    at.multiselect(key="tm_filter_cols").set_value([]).run()
    assert not at.exception
    assert any("recettes et dépenses sont additionnées ici (colonne « sens »)" in c.value for c in at.caption)


def test_filter_values_are_shown_as_text_not_markdown() -> None:
    """A value like `[clic](http://…)` or `**gras**` chosen as a filter is written as is, never a link or bold."""
    data = ("service;montant\n[clic](http://exemple.invalid);100\n**gras**;50\nVoirie;25\n").encode("utf-8")
    at = AppTest.from_file(PAGE, default_timeout=60)
    at.session_state["dataset"] = load_bytes(data, "services.csv")
    at.run()
    at.multiselect(key="tm_filter_cols").set_value(["service"]).run()
    at.multiselect(key="tm_filter_service").set_value(["[clic](http://exemple.invalid)", "**gras**"]).run()
    assert not at.exception
    sentence = next(c.value for c in at.caption if c.value.startswith("Filtre : service = "))
    assert "\\[clic\\](http://exemple.invalid)" in sentence and "\\*\\*gras\\*\\*" in sentence


def test_the_table_under_the_chart_sorts_amounts_as_numbers() -> None:
    """Amounts, shares and counts stay numbers (the browser sorts 9 000 € below 10 000 €), written the French way."""
    at = AppTest.from_file(PAGE, default_timeout=60).run()
    shown = at.dataframe[0].value
    assert str(shown["Montant"].dtype) == "float64" and str(shown["Part du total"].dtype) == "float64"
    assert shown["Part du total"].sum() == pytest.approx(1.0)
    from viz.charts.treemap import Rule, TreemapSpec, build, sortable_table
    from viz.io import load
    ds = load(Path(PAGE).parents[1] / "sample_data" / "budget_primitif_2025.csv")
    spec = TreemapSpec(**{**at.session_state["treemap_spec"], "rules": [Rule(**r) for r in
                                                                       at.session_state["treemap_spec"]["rules"]]})
    table, writers = sortable_table(build(ds.working(), spec))
    shown_as = {c: [writers[c](v) for v in table[c]] for c in writers}
    assert shown_as["Montant"][list(table["Montant"]).index(350_000.0)] == "350\u202f000\u00a0€"
    assert all(s.endswith("\u00a0%") for s in shown_as["Part du total"])


def test_budget_order_operations_box_ticked_by_default_and_undone() -> None:
    """The sample budget opens on real spending (order operations left out); unticking the box puts them back and
    the chart's total and sentence say so."""
    sample = Path(__file__).resolve().parents[1] / "sample_data" / "budget_primitif_2025.csv"
    at = open_page(sample.read_bytes())
    assert not at.exception and not at.error
    box = at.checkbox(key="tm_real_only")
    assert box.value is True and "Opérations réelles seulement" in box.label
    real_total = figure(at)["data"][0]["values"][0]
    assert "6 lignes d'opérations d'ordre" in " ".join(c.value for c in at.caption)
    assert at.session_state["treemap_spec"]["real_only"] is True
    box.uncheck().run()
    assert not at.exception
    assert figure(at)["data"][0]["values"][0] > real_total
    assert "Cochez « Opérations réelles seulement »" in " ".join(c.value for c in at.caption)


def test_no_order_operations_no_box() -> None:
    at = open_page(budget_csv())
    assert not at.exception
    assert "tm_real_only" not in [c.key for c in at.checkbox]
