"""The Comparer page's schema picker: both versions validated side by side, errors new / fixed / still there."""
from __future__ import annotations

import json
from pathlib import Path

from streamlit.testing.v1 import AppTest

from tests.test_sheet_compare import SCHEMA, versions

ROOT = Path(__file__).resolve().parents[1]
PAGE = str(ROOT / "pages" / "comparer.py")


def _page() -> AppTest:
    old, new, _ = versions()
    at = AppTest.from_file(PAGE, default_timeout=180).run()
    at.file_uploader(key="compare_old").set_value(("lieux_v1.csv", old, "text/csv")).run()
    at.file_uploader(key="compare_new").set_value(("lieux_v2.csv", new, "text/csv")).run()
    return at


def test_uploaded_schema_on_both_versions() -> None:
    at = _page()
    assert not at.exception and not [m for m in at.metric if m.label == "Version précédente"]
    at.radio(key="compare_schema_mode").set_value("upload").run()
    schema = json.dumps(SCHEMA).encode()
    at.file_uploader(key="compare_schema_file").set_value(("lieux.schema.json", schema, "application/json")).run()
    assert not at.exception and not at.error
    assert any(s.value == "Validation par le schéma" for s in at.subheader)
    verdicts = {m.label: m.value for m in at.metric}
    assert verdicts["Version précédente"] == "valide"
    assert verdicts["Nouvelle version"].startswith("cellules en erreur : ")
    labels = [m.value for m in at.markdown]
    assert "**Erreurs nouvelles** (2)" in labels and "**Erreurs corrigées** (0)" in labels
    new_errors = next(d.value for d in at.dataframe if "contrainte" in d.value.columns)
    assert set(new_errors["colonne"]) == {"code_insee", "typologie"}
    assert set(new_errors["contrainte"]) == {"pattern", "enum"}


def test_catalogue_schema_fitting_best_is_offered_first() -> None:
    at = _page()
    at.radio(key="compare_schema_mode").set_value("catalogue").run()
    assert not at.exception
    box = at.selectbox(key="compare_schema_id")
    assert box.value == "mediation-numerique"
    assert any(s.value == "Validation par le schéma" for s in at.subheader)
    assert {m.label for m in at.metric} >= {"Version précédente", "Nouvelle version"}


def test_unreadable_schema_says_so_and_compares_anyway() -> None:
    at = _page()
    at.radio(key="compare_schema_mode").set_value("upload").run()
    at.file_uploader(key="compare_schema_file").set_value(("bad.json", b"{not json", "application/json")).run()
    assert not at.exception and at.error
    assert not any(s.value == "Validation par le schéma" for s in at.subheader)
    assert at.info[0].value.startswith("1 ligne ajoutée, 2 retirées")
