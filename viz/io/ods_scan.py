"""Count what an ODS sheet expands to (repeated rows and columns) before any reader materialises it.

`table:number-columns-repeated="16384"` on one cell and `table:number-rows-repeated="1048576"` on its row
make a few hundred bytes of XML mean 17 billion cells; pandas' reader would build them all.
"""
from __future__ import annotations

import io
import zipfile

from defusedxml.ElementTree import iterparse

from viz.i18n import t
from viz.io.errors import LoadError
from viz.io.limits import MAX_CELLS, MAX_COLUMNS, check_cells, check_columns

_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_CELLS = (f"{_TABLE}table-cell", f"{_TABLE}covered-table-cell")


def _repeat(elem: object, attr: str) -> int:
    try:
        return max(1, int(elem.get(f"{_TABLE}{attr}", "1")))
    except ValueError:
        return 1


def ods_extents(data: bytes) -> dict[str, tuple[int, int]]:
    """Per sheet name, (rows, columns) as pandas' odf reader would build them (trailing empties dropped)."""
    extents: dict[str, tuple[int, int]] = {}
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive, archive.open("content.xml") as handle:
            name, rows, width, empty_rows, col, row_width = "", 0, 0, 0, 0, 0
            for event, elem in iterparse(handle, events=("start", "end")):
                tag = elem.tag
                if event == "start":
                    if tag == f"{_TABLE}table":
                        name, rows, width, empty_rows = elem.get(f"{_TABLE}name", ""), 0, 0, 0
                    elif tag == f"{_TABLE}table-row":
                        col = row_width = 0
                    continue
                if tag in _CELLS:
                    col += _repeat(elem, "number-columns-repeated")
                    if tag == _CELLS[0] and elem.get(f"{_OFFICE}value-type") is not None:
                        row_width = col
                    elem.clear()
                elif tag == f"{_TABLE}table-row":
                    repeat = _repeat(elem, "number-rows-repeated")
                    if row_width:
                        rows, empty_rows = rows + empty_rows + repeat, 0
                        width = max(width, row_width)
                        if rows * width > MAX_CELLS:
                            check_cells(rows, width, t("io.guard.sheet", sheet=name))
                        if width > MAX_COLUMNS:
                            check_columns(width, t("io.guard.sheet", sheet=name))
                    else:
                        empty_rows += repeat
                    elem.clear()
                elif tag == f"{_TABLE}table":
                    extents[name] = (rows, width)
                    elem.clear()
    except LoadError:
        raise
    except Exception as exc:  # a damaged archive or XML: zip, XML and key errors alike
        raise LoadError("io.sheet.broken", error=str(exc)[:200]) from exc
    return extents
