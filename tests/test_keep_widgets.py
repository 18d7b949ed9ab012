"""Coming back to the Treemap page finds the chart as it was left (Streamlit drops widget values between pages)."""
from __future__ import annotations

from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT
from viz.io import load


def test_treemap_settings_survive_a_visit_to_another_page() -> None:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    at.switch_page("pages/treemap.py").run()
    assert not at.exception and not at.error
    labels = at.multiselect(key="tm_labels").value
    assert labels
    at.selectbox(key="tm_rule").set_value("top").run()
    at.number_input(key="tm_param_top").set_value(4.0).run()
    at.switch_page("pages/verifier.py").run()
    assert not at.exception
    at.switch_page("pages/treemap.py").run()
    assert not at.exception and not at.error  # no « Choisissez au moins une colonne de libellés »
    assert at.multiselect(key="tm_labels").value == labels
    assert at.selectbox(key="tm_rule").value == "top" and at.number_input(key="tm_param_top").value == 4.0
    assert at.get("plotly_chart")


def test_schema_choice_and_map_settings_survive_other_pages() -> None:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    at.switch_page("pages/verifier.py").run()
    at.radio(key="verify_schema_mode").set_value("none").run()  # the budget fits no schema: « file » was offered
    at.switch_page("pages/treemap.py").run()
    at.switch_page("pages/exporter.py").run()
    at.run()  # a second run of Exporter: Vérifier's widgets are not drawn there
    assert at.session_state["verify_schema_mode"] == "none"
    at.switch_page("pages/verifier.py").run()
    assert not at.exception and at.radio(key="verify_schema_mode").value == "none"


def test_departements_map_settings_survive_another_page_without_a_warning() -> None:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.session_state["dataset"] = load(ROOT / "sample_data" / "lieux_inclusion_numerique_paca.csv")
    at.run()
    at.switch_page("pages/departements.py").run()
    at.radio(key="dep_kind").set_value("map").run()
    assert at.slider(key="dep_n_classes").value == 5
    at.slider(key="dep_n_classes").set_value(3).run()
    at.switch_page("pages/treemap.py").run()
    at.switch_page("pages/departements.py").run()
    assert not at.exception and not at.warning
    assert at.radio(key="dep_kind").value == "map" and at.slider(key="dep_n_classes").value == 3
