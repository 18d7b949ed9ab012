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
    assert any("Zéros initiaux perdus" in e.label and "code_postal" in e.label for e in at.expander)
    button = next(b for b in at.button if b.key and "_quality.leading_zeros_code_postal_" in b.key)
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
    # an M14 budget: no M14 plan is bundled, so ContNat stays empty and its errors show the schema's words
    ds = load_bytes(budget_xml().replace(b'V="M57-M57"', b'V="M14-M14_COM_500_3500"'), "budget.xml")
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
    assert any("Numéro du compte budgétaire" in e.label for e in at.expander)  # the schema's words, not BGT_CONTNAT
    assert not any("BGT_" in e.label for e in at.expander)
    assert any("colonne du fichier : BGT_CONTNAT" in c.value for c in at.caption)
    assert not any("TOTEM" in i.value or "BGT_" in i.value for i in at.info)
    assert any("Convertir les lignes budgétaires" in m.value for m in at.markdown)
    at.button(key="verify_undo").click().run()
    assert at.session_state["dataset"].steps == []
    assert [b for b in at.button if b.key == "verify_convert_scdl"]


def test_uploaded_schema_invalid_json_says_why_and_quality_checks_still_run():
    at = _app(load_bytes(DATA, "subventions.csv"))
    at.session_state["verify_schema_mode"] = "file"
    at.run()
    at.file_uploader(key="verify_schema_file").set_value(("schema.json", b'{"fields": [', "application/json")).run()
    assert not at.exception
    assert at.error and "JSON" in at.error[0].value
    assert any("Zéros initiaux perdus" in e.label for e in at.expander)  # quality checks still ran


def test_uploaded_schema_is_applied():
    import json
    schema = {"fields": [{"name": "nomBeneficiaire", "type": "string"},
                         {"name": "code_postal", "type": "string", "constraints": {"pattern": "\\d{5}"}},
                         {"name": "montant", "type": "number", "constraints": {"maximum": 1000}},
                         {"name": "nature", "type": "string"}]}
    at = _app(load_bytes(DATA, "subventions.csv"))
    at.session_state["verify_schema_mode"] = "file"
    at.run()
    at.file_uploader(key="verify_schema_file").set_value(("schema.json", json.dumps(schema).encode(), "application/json")).run()
    assert not at.exception
    assert [e.value for e in at.error] == ["Le fichier n'est pas valide : 2 erreurs à corriger."]
    findings = at.session_state["verify_findings"][1]
    schema_cells = sorted((f.column, f.constraint, list(f.rows)) for f in findings if f.code == "schema.constraint-error")
    assert schema_cells == [("code_postal", "pattern", [3]), ("montant", "maximum", [2])]
    assert at.metric[0].value == "2"  # two errors


def test_catalogue_schema_is_suggested_for_the_subventions_sample():
    sample = Path(__file__).resolve().parents[1] / "sample_data" / "subventions_associations_2024.csv"
    at = _app(load_bytes(sample.read_bytes(), sample.name)).run()
    assert not at.exception
    assert at.radio(key="verify_schema_mode").value == "catalogue"
    assert at.selectbox(key="verify_schema_id").value == "scdl-subventions"
    codes = {f.code for f in at.session_state["verify_findings"][1]}
    assert "schema.constraint-error" in codes  # the sample's SIRET written with spaces break the pattern


def test_saved_steps_are_reloaded_from_a_file():
    from viz.dataset import Step
    from viz.export.tables import steps_json
    saved = steps_json([Step.new("restore_leading_zeros", "code_postal", [1], width=5, label_fr="Zéros remis")])
    at = _app(load_bytes(DATA, "subventions.csv"))
    at.session_state["verify_schema_mode"] = "none"
    at.run()
    at.file_uploader(key="verify_steps_file").set_value(("etapes.json", saved, "application/json")).run()
    assert not at.exception
    ds = at.session_state["dataset"]
    assert [s.op for s in ds.steps] == ["restore_leading_zeros"]
    assert ds.working()["code_postal"].tolist() == ["04100", "04100", "13001"]
    assert any("1 correction rechargée" in s.value for s in at.success)


def test_a_2018_subsidy_file_is_checked_against_the_schema_version_it_follows():
    header = ("nomAttribuant,idAttribuant,dateConvention,referenceDecision,nomBeneficiaire,idBeneficiaire,objet,"
              "montant,nature,conditionsVersement,datesPeriodeVersement,idRAE,notificationUE,pourcentageSubvention")
    row = ("Commune de Trifouilly,21860194600013,2018-03-01,DEL-2018-12,Association sportive,12345678901234,"
           "Fonctionnement,1500,aide en numéraire,unique,2018-04-01,,non,1")
    at = _app(load_bytes(f"{header}\n{row}\n".encode(), "subventions-2018.csv")).run()
    assert not at.exception
    assert at.selectbox(key="verify_schema_version_scdl-subventions").value == "2.0.2"
    findings = at.session_state["verify_findings"][1]
    assert not [f for f in findings if f.code.startswith("schema.") and f.severity == "error"]
