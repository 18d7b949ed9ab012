"""Safe table exports: CSV and XLSX neutralised against formula injection, steps and check reports as files."""
from __future__ import annotations

import io
import json
from typing import Iterable, Sequence

import numpy as np
import pandas as pd

from viz.dataset import Step
from viz.findings import Finding, has_errors

RISKY_START = r"[=+\-@\t\r]"
PLAIN_NUMBER = r"-\d[\d \u00a0\u202f]*(?:[.,]\d+)?(?:[eE][-+]?\d+)?(?:\s?(?:%|€))?"
SEPARATORS = (";", ",", "\t")
XLSX_MAX_ROWS = 1_048_575


def neutralise(values: pd.Series) -> pd.Series:
    """Prefix with `'` the cells a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR), not numbers."""
    text = values.fillna("").astype("str")
    risky = text.str.match(RISKY_START).fillna(False).to_numpy(dtype=bool)
    if not risky.any():
        return text
    number = text.str.fullmatch(PLAIN_NUMBER).fillna(False).to_numpy(dtype=bool)
    return text.where(~(risky & ~number), "'" + text)


def safe_table(table: pd.DataFrame) -> pd.DataFrame:
    """A copy of `table` with every cell and column name neutralised."""
    out = pd.DataFrame({i: neutralise(table.iloc[:, i]) for i in range(table.shape[1])})
    out.columns = list(neutralise(pd.Series([str(c) for c in table.columns], dtype="str")))
    return out


def safe_csv(table: pd.DataFrame, sep: str = ";", bom: bool = False) -> bytes:
    """UTF-8 CSV (with a BOM for Excel when `bom`), every cell neutralised against formula injection."""
    if sep not in SEPARATORS:
        raise ValueError(f"separator must be one of {SEPARATORS!r}")
    text = safe_table(table).to_csv(sep=sep, index=False, lineterminator="\r\n")
    return ("\ufeff" if bom else "").encode("utf-8") + text.encode("utf-8")


def _plain_numbers(values: pd.Series) -> bool:
    """True when every non-empty cell is a canonical number without a leading zero (safe to write as a number)."""
    filled = values[values != ""]
    return bool(len(filled)) and bool(filled.str.fullmatch(r"-?(?:0|[1-9]\d{0,14})(?:\.\d+)?").all())


def safe_xlsx(table: pd.DataFrame, sheet: str = "données") -> bytes:
    """XLSX through xlsxwriter with formulas off; codes stay text, plain number columns become numbers."""
    if len(table) > XLSX_MAX_ROWS:
        raise ValueError(f"XLSX holds at most {XLSX_MAX_ROWS} data rows; export as CSV")
    safe = safe_table(table)
    for i in range(safe.shape[1]):
        col = safe.iloc[:, i]
        if _plain_numbers(col):
            safe.isetitem(i, pd.to_numeric(col.where(col != "", None), errors="coerce"))
    buffer = io.BytesIO()
    options = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False}
    with pd.ExcelWriter(buffer, engine="xlsxwriter", engine_kwargs={"options": options}) as writer:
        safe.to_excel(writer, sheet_name=sheet[:31], index=False)
    return buffer.getvalue()


def steps_json(steps: Iterable[Step], source_sha256: str | None = None) -> bytes:
    """The recorded steps as JSON, reloadable with steps_from_json (with the SHA-256 of the file they were
    recorded on, so a replay knows when row positions still designate the same rows)."""
    doc = {"format": "viz-steps", "version": 1, "steps": [s.to_dict() for s in steps]}
    if source_sha256:
        doc["source_sha256"] = source_sha256
    return json.dumps(doc, ensure_ascii=False, indent=1, default=str).encode("utf-8")


def steps_from_json(data: bytes | str) -> list[Step]:
    """Steps saved by steps_json (a bare list of steps is accepted too)."""
    doc = json.loads(data)
    items = doc["steps"] if isinstance(doc, dict) else doc
    return [Step.from_dict(item) for item in items]


def report_json(findings: Sequence[Finding], rows: int, lang: str = "fr") -> bytes:
    """The check report in the CLI's shape: {"rows", "valid", "findings"}."""
    doc = {"rows": int(rows), "valid": not has_errors(findings), "findings": [f.to_dict(lang) for f in findings]}
    return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")


def report_csv(findings: Sequence[Finding], lang: str = "fr", sep: str = ";", bom: bool = True) -> bytes:
    """One line per (finding, row): code, severity, column, row, message (a finding without rows gets one line)."""
    lengths = np.array([max(1, len(f.rows)) for f in findings], dtype=int)
    rows = [r for f in findings for r in (list(f.rows) or [""])]

    def repeat(values: list) -> np.ndarray:
        return np.repeat(np.array(values, dtype=object), lengths) if findings else np.array([], dtype=object)

    table = pd.DataFrame({
        "code": repeat([f.code for f in findings]),
        "severity": repeat([f.severity for f in findings]),
        "column": repeat([f.column or "" for f in findings]),
        "row": [str(r) for r in rows],
        "message": repeat([f.message(lang) for f in findings]),
    }).astype("str")
    return safe_csv(table, sep=sep, bom=bom)
