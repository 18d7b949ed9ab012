"""Identifiers damaged by spreadsheets, as met in real subsidy files (issue 13)."""
from __future__ import annotations

import pandas as pd

from viz.checks import run_checks
from viz.io import load_bytes
from viz.kinds import detect_kind


def subsidies() -> bytes:
    rows = ["idBeneficiaire;SIRET_ATTRIBUANT;code_commune;code_postal;montant",
            "3,56E+13;22490001900015;1053.0;5419.0;1 200,00",
            "3,56251E+13;22490001900015;75056.0;75011;300,00",
            "73282932000074;22490001900015;2A004;13001;50,00",
            "732829320;22490001900016;01053;04100;10,00"]
    return ("\n".join(rows) + "\n").encode("utf-8")


def _found(data: bytes) -> dict:
    return {(f.code, f.column): f for f in run_checks(load_bytes(data, "s.csv"))}


def test_scientific_notation_is_an_error_that_says_re_export_as_text():
    sci = _found(subsidies())[("quality.scientific_code", "idBeneficiaire")]
    assert sci.severity == "error" and sci.rows == [2, 3] and sci.fix is None
    assert "ne peuvent pas être retrouvés" in sci.message_fr and "texte" in sci.message_fr


def test_codes_written_as_floats_get_their_zeros_back():
    ds = load_bytes(subsidies(), "s.csv")
    found = {(f.code, f.column): f for f in run_checks(ds)}
    commune, postal = found[("quality.float_code", "code_commune")], found[("quality.float_code", "code_postal")]
    assert commune.rows == [2, 3] and postal.rows == [2]
    ds.with_step(commune.fix).with_step(postal.fix)
    work = ds.working()
    assert work["code_commune"].tolist() == ["01053", "75056", "2A004", "01053"]
    assert work["code_postal"].tolist() == ["05419", "75011", "13001", "04100"]
    assert ds.original["code_commune"].iloc[0] == "1053.0"


def test_a_wrong_luhn_key_is_named_and_is_not_a_siret_kind():
    found = _found(subsidies())
    assert found[("quality.check_key", "SIRET_ATTRIBUANT")].rows == [5]
    assert detect_kind("id", pd.Series(["73282932000074", "22490001900015"] * 10)) == "siret"
    assert detect_kind("id", pd.Series(["73282932000075", "22490001900016"] * 10)) != "siret"


def test_a_siren_in_a_siret_column_is_named():
    siren = _found(subsidies())[("quality.siren_in_siret", "idBeneficiaire")]
    assert siren.rows == [5] and "SIREN" in siren.message_fr and "NIC" in siren.message_fr
