"""Coming back to the Treemap page finds the chart as it was left (Streamlit drops widget values between pages)."""
from __future__ import annotations

from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT


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
