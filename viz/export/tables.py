"""Safe table exports: CSV and XLSX neutralised against formula injection, steps and check reports as files."""
from __future__ import annotations

import errno
import io
import json
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np
import pandas as pd

from viz.dataset import Step
from viz.errors import StudioError
from viz.i18n import t
from viz.findings import Finding, has_errors

RISKY_START = r"[=+\-@\t\r]"
PLAIN_NUMBER = r"-\d[\d \u00a0\u202f]*(?:[.,]\d+)?(?:[eE][-+]?\d+)?(?:\s?(?:%|€))?"
SEPARATORS = (";", ",", "\t")
XLSX_MAX_ROWS = 1_048_575
XLSX_MAX_COLUMNS = 16_384
XLSX_MAX_CELL = 32_767  # characters a spreadsheet cell holds


_OS_REASONS = {errno.ENOENT: "no_folder", errno.EACCES: "denied", errno.EPERM: "denied", errno.EISDIR: "is_folder",
               errno.ENOSPC: "full", errno.EROFS: "read_only", errno.ENOTDIR: "no_folder"}


class ExportError(StudioError, ValueError):
    """A table that cannot be written as asked; `.message(lang)` says why and what to do instead."""


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
    """UTF-8 CSV (with a BOM for Excel when `bom`), every cell and column name neutralised against formulas.

    Every CSV the studio writes (corrected file, report, treemap table, CLI --table) goes through here.
    """
    if sep not in SEPARATORS:
        raise ExportError("safe.export.bad_separator", sep=repr(sep), allowed=" ".join(repr(s) for s in SEPARATORS))
    text = safe_table(table).to_csv(sep=sep, index=False, lineterminator="\r\n")
    return ("\ufeff" if bom else "").encode("utf-8") + text.encode("utf-8")


def write_csv(table: pd.DataFrame, path: str | Path, sep: str = ";", bom: bool = False) -> Path:
    """safe_csv written to a file; a French ExportError when the file cannot be written."""
    return write_bytes(path, safe_csv(table, sep=sep, bom=bom))


def write_xlsx(table: pd.DataFrame, path: str | Path, sheet: str = "données") -> Path:
    """safe_xlsx written to a file; a French ExportError when the file cannot be written."""
    return write_bytes(path, safe_xlsx(table, sheet))


def write_bytes(path: str | Path, data: bytes) -> Path:
    out = Path(path)
    try:
        out.write_bytes(data)
    except OSError as exc:
        reason = _OS_REASONS.get(exc.errno or 0, "other")
        raise ExportError("safe.export.cannot_write", path=str(out), error=t(f"safe.os.{reason}", "fr"),
                          error_en=t(f"safe.os.{reason}", "en")) from None
    return out


def _exact_numbers(text: pd.Series) -> bool:
    """True when every non-empty cell is a number Excel stores and shows exactly as written: no leading zero,
    no trailing decimal zero (`1.10`), no `-0`, at most 15 significant digits."""
    filled = text[text != ""]
    if not len(filled):
        return False
    shape = filled.str.fullmatch(r"-?(?:0|[1-9]\d*)(?:\.\d*[1-9])?").fillna(False).to_numpy(dtype=bool)
    if not shape.all():
        return False
    digits = filled.str.replace(r"[-.]", "", regex=True).str.lstrip("0")
    negative_zero = filled.str.fullmatch(r"-0(?:\.0*)?").fillna(False).to_numpy(dtype=bool)
    return bool((digits.str.len() <= 15).all()) and not negative_zero.any()


def _cells(values: pd.Series, column: str) -> tuple[list, bool]:
    """A column as Python values to write and whether they are numbers (else exact text, "" = blank)."""
    if pd.api.types.is_numeric_dtype(values.dtype) and not pd.api.types.is_bool_dtype(values.dtype):
        floats = values.astype("float64")
        if np.isfinite(floats.dropna()).all():
            return [None if np.isnan(v) else float(v) for v in floats], True
    text = values.fillna("").astype("str")
    too_long = np.flatnonzero(text.str.len().to_numpy() > XLSX_MAX_CELL)
    if len(too_long):
        raise ExportError("safe.export.cell_too_long", column=column, row=int(too_long[0]) + 2,
                          limit=XLSX_MAX_CELL)
    if _exact_numbers(text):
        return [None if v == "" else float(v) for v in text], True
    return text.tolist(), False


def safe_xlsx(table: pd.DataFrame, sheet: str = "données") -> bytes:
    """XLSX through xlsxwriter with formulas, links and number guessing off: every text cell is written as text,
    exactly (`=A1` stays the text `=A1`, no `'` added); columns of exact plain numbers become numbers."""
    if len(table) > XLSX_MAX_ROWS or table.shape[1] > XLSX_MAX_COLUMNS:
        raise ExportError("safe.export.xlsx_too_big", rows=len(table), columns=table.shape[1],
                          max_rows=XLSX_MAX_ROWS, max_columns=XLSX_MAX_COLUMNS)
    import xlsxwriter
    columns = [_cells(table.iloc[:, i], str(name)) for i, name in enumerate(table.columns)]
    buffer = io.BytesIO()
    options = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False,
               "in_memory": True, "constant_memory": True}
    with xlsxwriter.Workbook(buffer, options) as book:
        sheet_ = book.add_worksheet(sheet[:31])
        for col, name in enumerate(table.columns):
            sheet_.write_string(0, col, str(name))
        for row in range(len(table)):
            for col, (values, numbers) in enumerate(columns):
                value = values[row]
                if numbers and value is not None:
                    sheet_.write_number(row + 1, col, value)
                elif not numbers and value != "":
                    sheet_.write_string(row + 1, col, value)
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
