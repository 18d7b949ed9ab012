"""Safe CSV/XLSX exports (formula injection neutralised, numbers untouched) and report files."""
from __future__ import annotations

import io
import json

import openpyxl
import pandas as pd
import pytest

from viz.checks.quality import check
from viz.export.tables import report_csv, report_json, safe_csv, safe_xlsx
from viz.findings import make
from viz.io import load_bytes

RISKY = pd.DataFrame({
    "=cmd": ["=HYPERLINK(\"http://x\")", "+33 1 23 45 67 89", "-12,5", "@SUM(A1)", "\tTab", "-1 234,56"],
    "code": ["01053", "2A004", "-", "\rCR", "normal", "-3.5e2"],
}).astype("str")


def test_safe_csv_neutralises_formulas_not_numbers():
    data = safe_csv(RISKY, sep=";")
    back = pd.read_csv(io.BytesIO(data), sep=";", dtype=str, keep_default_na=False)
    assert list(back.columns) == ["'=cmd", "code"]
    assert back["'=cmd"].tolist() == ["'=HYPERLINK(\"http://x\")", "'+33 1 23 45 67 89", "-12,5", "'@SUM(A1)",
                                      "'\tTab", "-1 234,56"]
    assert back["code"].tolist() == ["01053", "2A004", "'-", "'\rCR", "normal", "-3.5e2"]


@pytest.mark.parametrize("sep", [";", ",", "\t"])
def test_safe_csv_separators_and_bom(sep):
    table = pd.DataFrame({"nom": ["Café, « bar »"], "montant": ["1234.5"]}).astype("str")
    data = safe_csv(table, sep=sep, bom=True)
    assert data.startswith(b"\xef\xbb\xbf")
    back = pd.read_csv(io.BytesIO(data), sep=sep, dtype=str, encoding="utf-8-sig")
    assert back.iloc[0].tolist() == ["Café, « bar »", "1234.5"]


def test_safe_xlsx_writes_text_not_formulas_and_keeps_codes():
    table = pd.concat([RISKY, pd.DataFrame({"=cmd": ["x"], "code": ["y"]})], ignore_index=True)
    table["montant"] = ["1234.5", "-3", "0.25", "", "10", "7", "8"]
    wb = openpyxl.load_workbook(io.BytesIO(safe_xlsx(table)))
    ws = wb.active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0] == ("=cmd", "code", "montant")  # formulas are off: text is written as text, exactly
    assert rows[1][0] == "=HYPERLINK(\"http://x\")" and rows[1][1] == "01053" and rows[1][2] == 1234.5
    assert all(cell.data_type != "f" for row in ws.iter_rows() for cell in row)


def test_reports_json_and_csv():
    data = "code_postal;DEPARTEMENT\r\n4100;4\r\n04100;04\r\n6000;6\r\n".encode()
    ds = load_bytes(data, "x.csv")
    findings = check(ds.original, ds.read)
    findings.append(make("schema.missing-label", "error", "dispositifAide", [], "quality.empty_column", count=1))
    doc = json.loads(report_json(findings, len(ds.original)))
    assert doc["rows"] == 3 and doc["valid"] is False
    assert {(f["code"], f["column"], tuple(f["rows"])) for f in doc["findings"]} >= {
        ("quality.leading_zeros", "code_postal", (2, 4)), ("quality.leading_zeros", "DEPARTEMENT", (2, 4))}
    back = pd.read_csv(io.BytesIO(report_csv(findings)), sep=";", dtype=str, keep_default_na=False,
                       encoding="utf-8-sig")
    assert list(back.columns) == ["code", "severity", "column", "row", "message"]
    zero = back[back["code"] == "quality.leading_zeros"]
    assert sorted(zip(zero["column"], zero["row"])) == [("DEPARTEMENT", "2"), ("DEPARTEMENT", "4"),
                                                          ("code_postal", "2"), ("code_postal", "4")]
    assert back[back["code"] == "schema.missing-label"]["row"].tolist() == [""]
