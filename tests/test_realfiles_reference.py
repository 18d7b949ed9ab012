"""Codes that do not exist: postal and INSEE codes checked against the commune reference (viz/reference)."""
from __future__ import annotations

import pandas as pd

from viz.checks import run_checks
from viz.io import load, load_bytes
from viz.kinds import detect_kind


def test_codes_that_no_commune_has_are_named():
    csv = "nom;code_postal;code_commune\nA;77777;2B14\nB;04100;04070\nC;75011;NA\nD;75 011;1053.0\nE;13001;13055\n"
    found = {(f.code, f.column): f for f in run_checks(load_bytes(csv.encode(), "x.csv"))}
    postal = found[("quality.unknown_code", "code_postal")]
    insee = found[("quality.unknown_code", "code_commune")]
    assert postal.rows == [2] and postal.severity == "warning" and "« 77777 »" in postal.message_fr
    assert insee.rows == [2] and insee.severity == "error" and "« 2B14 »" in insee.message_fr


def test_kinds_need_codes_that_exist():
    assert detect_kind("code_postal", pd.Series(["77777"] * 5, dtype="str")) != "code_postal"
    assert detect_kind("code_commune", pd.Series(["01000"] * 5, dtype="str")) != "code_insee"
    assert detect_kind("code_commune", pd.Series(["01053", "2A004", "75056"], dtype="str")) == "code_insee"


def test_sarthe_postal_codes_with_letters(realdata):
    ds = load(realdata / "subventions-pays-de-la-loire" / "sarthe-2018-associations.csv")
    found = [f for f in run_checks(ds) if f.code == "quality.unknown_code" and f.column == "CP"]
    assert len(found) == 1 and {"M72000", "H72300"} <= set(found[0].details["examples"])
    assert "CEDEX" in found[0].message_fr  # 44966, 49023: CEDEX codes are not in La Poste's geographic list
