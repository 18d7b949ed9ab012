"""ODS read by streaming `content.xml` (defused), repeats counted before anything is built.

`table:number-columns-repeated="16384"` on one cell and `table:number-rows-repeated="1048576"` on its row
make a few hundred bytes of XML mean 17 billion cells; pandas' odf reader would build them all, and its DOM
of the XML costs minutes and ~30x the XML in memory (18 MB of XML: 5 minutes, 600 MB). Here one pass reads the
chosen sheet with pandas' rules (trailing empty cells and rows dropped, repeats of non-empty cells expanded)
and refuses it as soon as it spans more than MAX_CELLS or MAX_COLUMNS.
"""
from __future__ import annotations

import io
import math
import zipfile

import pandas as pd
from defusedxml.ElementTree import iterparse

from viz.i18n import t
from viz.io.errors import LoadError
from viz.io.limits import MAX_CELLS, MAX_COLUMNS, check_cells, check_columns

_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_CELL, _COVERED, _ROW = f"{_TABLE}table-cell", f"{_TABLE}covered-table-cell", f"{_TABLE}table-row"


def _repeat(elem: object, attr: str) -> int:
    try:
        return max(1, int(elem.get(f"{_TABLE}{attr}", "1")))
    except ValueError:
        return 1


def _text(elem: object) -> str:
    """A cell's text as pandas reads it: `text:s` as spaces, annotations skipped, paragraphs joined."""
    parts = [elem.text.strip("\n")] if elem.text else []
    paragraphs = 0
    for child in elem:
        if child.tag == f"{_TEXT}s":
            parts.append(" " * _count(child.get(f"{_TEXT}c", "1")))
        elif child.tag == f"{_TEXT}line-break":
            parts.append("\n")
        elif child.tag != f"{_OFFICE}annotation":
            if child.tag == f"{_TEXT}p":
                parts.append("\n" if paragraphs else "")  # several paragraphs: one line each
                paragraphs += 1
            parts.append(_text(child))
        if child.tail:
            parts.append(child.tail.strip("\n"))
    return "".join(parts)


def _count(text: str) -> int:
    try:
        return min(max(1, int(text)), 1000)
    except ValueError:
        return 1


def _number(text: str | None) -> str:
    """office:value as a person sees it: 1053 not 1053.0 (pandas gives an int when the float is whole)."""
    from viz.io.spreadsheet import cell_text
    value = float(text or "nan")
    if math.isfinite(value) and value.is_integer():
        return str(int(value))
    return cell_text(value)


def cell_value(elem: object) -> str:
    """The text of one cell, following pandas' odf reader (dates in ISO, numbers without `.0`)."""
    from viz.io.spreadsheet import cell_text
    kind = elem.get(f"{_OFFICE}value-type")
    if kind is None or (elem.tag == _COVERED and elem.get(f"{_OFFICE}value") is None):
        return ""
    text = _text(elem)
    try:
        if text == "#N/A":
            return ""
        if kind == "boolean":
            return cell_text(elem.get(f"{_OFFICE}boolean-value", "").lower() == "true" or text == "TRUE")
        if kind == "float":
            return _number(elem.get(f"{_OFFICE}value"))
        if kind in ("percentage", "currency"):
            return cell_text(float(elem.get(f"{_OFFICE}value") or "nan"))
        if kind == "date":
            return cell_text(pd.Timestamp(elem.get(f"{_OFFICE}date-value")))
        if kind == "time":
            return cell_text(pd.Timestamp(text).time())
    except (ValueError, TypeError, OverflowError):
        return text  # a value that does not parse is shown as written
    return text


class _Sheet:
    """Rows of one sheet built as they come, with pandas' trimming and the caps checked on the way."""

    def __init__(self, name: str) -> None:
        self.name, self.rows, self.empty_rows, self.width = name, [], 0, 0
        self.cells: list[str] = []
        self.empty_cells = 0
        self.row_repeat = 1  # of the row being read (declared on its start tag)

    def cell(self, value: str, repeat: int) -> None:
        if value == "":
            self.empty_cells += repeat
            return
        width = len(self.cells) + self.empty_cells + repeat
        if width > MAX_COLUMNS:  # say the whole size the sheet declares when it is also too many cells
            where = t("io.guard.sheet", sheet=self.name)
            check_cells(len(self.rows) + self.empty_rows + self.row_repeat, max(width, self.width), where)
            check_columns(width, where)
        self.cells += [""] * self.empty_cells + [value] * repeat
        self.empty_cells = 0

    def end_row(self, repeat: int) -> None:
        row, self.cells, self.empty_cells = self.cells, [], 0
        if not row:
            self.empty_rows += repeat
            return
        self.width = max(self.width, len(row))
        total = len(self.rows) + self.empty_rows + repeat
        if total * self.width > MAX_CELLS:
            check_cells(total, self.width, t("io.guard.sheet", sheet=self.name))
        self.rows += [[] for _ in range(self.empty_rows)] + [row] * repeat
        self.empty_rows = 0


def read_ods(data: bytes, sheet: str | None) -> tuple[list[list[str]], str, list[str]]:
    """(rows of the chosen sheet, its name, every sheet name); the first sheet when `sheet` is None."""
    names: list[str] = []
    chosen: _Sheet | None = None
    current: _Sheet | None = None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive, archive.open("content.xml") as handle:
            for event, elem in iterparse(handle, events=("start", "end")):
                if event == "start":
                    if elem.tag == f"{_TABLE}table":
                        names.append(elem.get(f"{_TABLE}name", ""))
                        wanted = names[-1] == sheet if sheet is not None else len(names) == 1
                        current = _Sheet(names[-1]) if wanted else None
                        chosen = current or chosen
                    elif elem.tag == _ROW and current is not None:
                        current.row_repeat = _repeat(elem, "number-rows-repeated")
                    continue
                if elem.tag in (_CELL, _COVERED):
                    if current is not None:
                        current.cell(cell_value(elem), _repeat(elem, "number-columns-repeated"))
                    elem.clear()
                elif elem.tag == _ROW:
                    if current is not None:
                        current.end_row(_repeat(elem, "number-rows-repeated"))
                    elem.clear()
                elif elem.tag == f"{_TABLE}table":
                    current = None
                    elem.clear()
    except LoadError:
        raise
    except Exception as exc:  # a damaged archive or XML: zip, XML and key errors alike
        raise LoadError("io.sheet.broken", error=str(exc)[:200]) from exc
    if not names:
        raise LoadError("io.sheet.none")
    if chosen is None:
        raise LoadError("io.sheet.unknown", sheet=sheet, sheets=", ".join(names))
    return chosen.rows, chosen.name, names
