"""XLSX (openpyxl, read-only, defused XML) and ODS (odfpy through pandas): one sheet as a text table."""
from __future__ import annotations

import contextlib
import datetime as dt
import io
import math
import warnings

import pandas as pd

from viz.i18n import t
from viz.io.errors import LoadError
from viz.io.limits import MAX_CELLS, MAX_COLUMNS, check_cells, check_columns


def cell_text(value: object) -> str:
    """A spreadsheet cell as the text a person sees: 1053 not 1053.0, dates in ISO, empty for None."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time(0) else value.isoformat(sep=" ")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat() if value == value.normalize() else value.isoformat(sep=" ")
    return str(value)


def _rows_to_table(rows: list[list[object]], sheet: str) -> pd.DataFrame:
    """First non-empty row is the header; trailing empty rows and columns are dropped, inner ones kept."""
    text = [[cell_text(v) for v in row] for row in rows]
    while text and not any(c.strip() for c in text[-1]):
        text.pop()
    start = next((i for i, row in enumerate(text) if any(c.strip() for c in row)), None)
    if start is None:
        raise LoadError("io.sheet.empty", sheet=sheet)
    width = max(len(r) for r in text[start:])
    while width > 0 and not any(len(r) >= width and r[width - 1].strip() for r in text[start:]):
        width -= 1
    check_columns(width, t("io.guard.sheet", sheet=sheet))
    from viz.io.csv import clean_names
    header = clean_names((text[start] + [""] * width)[:width])
    body = [(r + [""] * width)[:width] for r in text[start + 1:]]
    return pd.DataFrame(body, columns=header, dtype="str") if body else pd.DataFrame(
        {n: pd.Series([], dtype="str") for n in header})


def _sparse_rows(sheet: object, name: str) -> list[list[object]]:
    """The rows as stored, never padded to the declared dimension; refused as soon as the cells met span
    more than MAX_CELLS (a 2 KB file may declare A1:XFD1048576 with one cell in the far corner)."""
    declared = ""
    with contextlib.suppress(Exception):
        declared = sheet.calculate_dimension()
    sheet.reset_dimensions()  # read cells as they come: the declared dimension is not trusted
    rows: list[list[object]] = []
    width = last = 0
    for i, row in enumerate(sheet.iter_rows(values_only=True)):
        n = len(row)
        while n and row[n - 1] is None:
            n -= 1
        if n:
            width, last = max(width, n), i + 1
            if last * width > MAX_CELLS:
                check_cells(last, width, t("io.guard.sheet", sheet=name), declared)
            if width > MAX_COLUMNS:
                check_columns(width, t("io.guard.sheet", sheet=name))
        rows.append(list(row[:n]))
    return rows[:last]


def _quiet_openpyxl() -> None:
    """openpyxl's warnings (« Workbook contains no default style »…) are its own, not the user's: ignored by a
    filter set once for the process. `warnings.catch_warnings` is not thread-safe: two files read in two threads
    (diff, two sessions) could leave the process's filters in the other read's state."""
    warnings.filterwarnings("ignore", module=r"openpyxl(\..*)?$")


def _read_xlsx(data: bytes, sheet: str | None) -> tuple[pd.DataFrame, str, list[str]]:
    import defusedxml  # noqa: F401  openpyxl parses safely only when defusedxml is installed
    import openpyxl
    _quiet_openpyxl()
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # a damaged workbook raises zip, zlib, XML, key and value errors alike
        raise LoadError("io.sheet.broken", error=str(exc)[:200]) from exc
    try:
        names = list(book.sheetnames)
        if not names:
            raise LoadError("io.sheet.none")
        name = sheet or names[0]
        if name not in names:
            raise LoadError("io.sheet.unknown", sheet=name, sheets=", ".join(names))
        rows = _sparse_rows(book[name], name)
    except LoadError:
        raise
    except Exception as exc:  # the damage may only show while the rows are read
        raise LoadError("io.sheet.broken", error=str(exc)[:200]) from exc
    finally:
        book.close()
    return _rows_to_table(rows, name), name, names


def _read_ods(data: bytes, sheet: str | None) -> tuple[pd.DataFrame, str, list[str]]:
    from viz.io.ods_scan import read_ods
    rows, name, names = read_ods(data, sheet)  # streamed, repeats counted and capped before they are built
    return _rows_to_table(rows, name), name, names


def read_spreadsheet(data: bytes, fmt: str, sheet: str | None = None) -> tuple[pd.DataFrame, str, list[str]]:
    """Read one sheet (the first by default): (table, sheet read, all sheet names)."""
    return _read_xlsx(data, sheet) if fmt == "xlsx" else _read_ods(data, sheet)
