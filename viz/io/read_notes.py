"""Remarks made while reading a text file: stray NUL bytes, UTF-16 without BOM, an encoding that may be wrong."""
from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from viz.io.sniff import encoding_doubt

_ENCODING_NAMES = {"cp1252": "Windows-1252", "latin-1": "Latin-1 (ISO-8859-1)", "mixed": "Windows-1252 et UTF-8"}


def _nul_count(source: bytes | Path, head: bytes) -> tuple[int, int]:
    """(count, line of the first) NUL bytes; a file on disk is counted whole only when its head holds one."""
    if b"\x00" not in head:
        return 0, 0
    data = source if isinstance(source, bytes) else Path(source).read_bytes()
    first = data.index(b"\x00")
    return data.count(b"\x00"), data.count(b"\n", 0, first) + 1


def read_notes(source: bytes | Path, head: bytes, encoding: str, sample: str, guessed: bool) -> list[tuple]:
    """Notes for the page and `inspect`: what was odd in the bytes, and what the reader did about it."""
    notes: list[tuple] = []
    if encoding in ("utf-16-le", "utf-16-be"):
        notes.append(("io.note.utf16_no_bom", {"encoding": encoding.upper()}))
    elif not encoding.startswith("utf-16"):
        count, line = _nul_count(source, head)
        if count:
            notes.append(("io.note.nul_bytes", {"count": count, "line": line}))
    if guessed and encoding in _ENCODING_NAMES:
        doubt = encoding_doubt(sample)
        if doubt:
            notes.append(("io.note.encoding_doubt", {"encoding": _ENCODING_NAMES[encoding], "count": doubt[0],
                                                     "examples": doubt[1]}))
    return notes


def last_row_multiline(table: pa.Table) -> bool:
    """True when a cell of the last row holds a line break: maybe a quote that opened and never closed."""
    if table.num_rows == 0:
        return False
    last = table.slice(table.num_rows - 1)
    return any(pc.any(pc.match_substring_regex(col, r"[\r\n]")).as_py() for col in last.columns)


def swallowed_rows(table: pa.Table, sep: str) -> bool:
    """True when a cell holds lines that split into as many fields as a row: a stray quote may have swallowed
    rows (only cells with a line break are looked at; the careful reader decides)."""
    expected = table.num_columns
    if expected < 2:
        return False
    for col in table.columns:
        broken = col.filter(pc.match_substring_regex(col, r"[\r\n]"))
        for cell in broken.to_pylist()[:1000]:
            inner = cell.splitlines()[1:]
            if any(line.count(sep) >= expected - 1 for line in inner):
                return True
    return False
