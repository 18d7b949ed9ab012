"""The Vérifier page in Streamlit's AppTest: it runs, and a fix changes the working table, not the original."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
from streamlit.testing.v1 import AppTest

from viz.io import load_bytes

PAGE = str(Path(__file__).resolve().parents[1] / "pages" / "verifier.py")
DATA = ("nomBeneficiaire;code_postal;montant;nature\r\n"
        "Association A;04100;1200;Aide en numéraire\r\n"
        "Club B;4100;300;NUMERAIRE\r\n"
        "Comité C;13001;45;Aide en numéraire\r\n").encode("cp1252")


def _app(dataset=None) -> AppTest:
    at = AppTest.from_file(PAGE, default_timeout=60)
    if dataset is not None:
        at.session_state["dataset"] = dataset
    return at


def test_page_runs_on_the_default_sample():
    at = _app().run()
    assert not at.exception
    assert at.title[0].value in ("Vérifier", "Check")
    assert len(at.metric) == 3


def test_apply_fix_changes_working_table_not_original():
    ds = load_bytes(DATA, "subventions.csv")
    at = _app(ds)
    at.session_state["verify_schema_mode"] = "none"
    at.run()
    assert not at.exception
    labels = [e.label for e in at.expander]
    zero = next(i for i, label in enumerate(labels) if "Zéros initiaux perdus" in label and "code_postal" in label)
    button = next(b for b in at.button if b.key and b.key.startswith(f"verify_apply_{zero}_"))
    button.click().run()
    assert not at.exception
    session_ds = at.session_state["dataset"]
    assert [s.op for s in session_ds.steps] == ["restore_leading_zeros"]
    assert session_ds.working()["code_postal"].tolist() == ["04100", "04100", "13001"]
    assert session_ds.original["code_postal"].tolist() == ["04100", "4100", "13001"]
    assert not any("Zéros initiaux perdus" in e.label for e in at.expander)
    at.button(key="verify_undo").click().run()
    assert at.session_state["dataset"].steps == []
    assert any("Zéros initiaux perdus" in e.label for e in at.expander)


def test_downloads_offer_the_corrected_and_the_original_file():
    ds = load_bytes(DATA, "subventions.csv")
    at = _app(ds)
    at.session_state["verify_schema_mode"] = "none"
    at.session_state["verify_prepare"] = True
    at.run()
    assert not at.exception
    assert isinstance(ds.original, pd.DataFrame)
    buttons = at.get("download_button")
    assert len(buttons) == 6


def test_budget_xml_conversion_button_adds_an_undoable_step_and_preselects_scdl_budget():
    from tests.fixtures import budget_xml
    ds = load_bytes(budget_xml(), "budget.xml")
    at = _app(ds).run()
    assert not at.exception
    assert any("SCDL budget" in i.value for i in at.info)
    at.button(key="verify_convert_scdl").click().run()
    assert not at.exception
    session_ds = at.session_state["dataset"]
    assert [s.op for s in session_ds.steps] == ["convert_scdl_budget"]
    assert list(session_ds.working().columns)[:2] == ["BGT_NATDEC", "BGT_ANNEE"]
    assert session_ds.original.columns[0] == "Nature"
    assert at.radio(key="verify_schema_mode").value == "catalogue"
    assert at.selectbox(key="verify_schema_id").value == "scdl-budget"
    assert not [b for b in at.button if b.key == "verify_convert_scdl"]
    assert any("BGT_CONTNAT" in e.label for e in at.expander)
    assert any("Convertir les lignes budgétaires" in m.value for m in at.markdown)
    at.button(key="verify_undo").click().run()
    assert at.session_state["dataset"].steps == []
    assert [b for b in at.button if b.key == "verify_convert_scdl"]
