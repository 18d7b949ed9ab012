"""CSV as portals publish it: guessed encoding, separator, header row, decimal and thousands marks.

Every cell is read as text (codes keep their zeros); kinds are inferred afterwards, per column.
The fast path is pyarrow; ragged rows or mixed encodings fall back to the csv module so nothing is lost.
"""
from __future__ import annotations

import codecs
import csv
import io
import math
import mmap
import re
import sys
import threading
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

from viz.arrownp import bool_array, bools, numbers, string_array
from viz.io.csv_slow import read_slow, reader as _reader
from viz.io.errors import LoadError
from viz.io.limits import check_columns
from viz.io.names import unique_names
from viz.io.read_notes import last_row_multiline as _last_row_multiline, read_notes, swallowed_rows
from viz.i18n import t
from viz.io.sniff import decode, decodes_cleanly, detect_encoding, strip_bom
from viz.io.transcode import SINGLE_BYTE, as_bytes, bytes_encoding, column_defined, column_to_utf8, to_text

if TYPE_CHECKING:  # pandas is imported when a table is made a DataFrame: `viz inspect` never does
    import pandas as pd

SEPARATORS = (";", ",", "\t", "|")
_SAMPLE_BYTES = 1 << 16
_PYARROW_ENCODINGS = {"utf-8", "utf-8-sig", "cp1252", "latin-1", "iso-8859-1", "iso-8859-15"}
_NBSPS = "\u00a0\u202f"  # literal characters: these patterns also run in RE2 (Arrow strings), which has no \u
# `[0-9]`, not `\d`: pandas 3 runs `\d` on accented text with Python's `re`, value by value
_COMMA_DECIMAL = re.compile(r"^[-+]?([0-9]{1,3}([ " + _NBSPS + r".][0-9]{3})+|[0-9]+),[0-9]+$")
_DOT_DECIMAL = re.compile(r"^[-+]?([0-9]{1,3}(,[0-9]{3})+|[0-9]+)\.[0-9]+$")
_SPACE_THOUSANDS = re.compile(r"^[-+]?[0-9]{1,3}([ " + _NBSPS + r"][0-9]{3})+([.,][0-9]+)?$")


@dataclass
class CsvOptions:
    """What the user may override; None means "guess"."""

    encoding: str | None = None
    separator: str | None = None
    quotechar: str = '"'
    decimal: str | None = None
    thousands: str | None = None
    header_row: int | None = None


@dataclass
class CsvResult:
    table: pd.DataFrame | pa.Table  # a pyarrow Table only when read_csv was asked for one
    encoding: str
    separator: str
    quotechar: str
    decimal: str
    thousands: str | None
    header_row: int
    ragged_rows: list[tuple[int, int]]
    columns_expected: int
    notes: list[tuple]


def _sample_text(head: bytes, encoding: str) -> str:
    if encoding == "mixed":
        return decode(head, "mixed")
    codec = "utf-8" if encoding == "utf-8-sig" else encoding
    text = head.decode(codec, errors="ignore")
    return text[1:] if text.startswith("\ufeff") else text


def _field_counts(lines: list[str], sep: str, quotechar: str) -> list[int]:
    reader = _reader(lines, sep, quotechar)
    try:
        return [len(row) for row in reader]
    except csv.Error:
        return []


_DECIMAL_COMMA_LINE = re.compile(r"[ \t]*[-+]?[0-9][0-9 \u00a0\u202f.]*(,[0-9]+)?[ \t]*")


def comma_is_decimal(lines: list[str]) -> bool:
    """A one-column file of numbers with decimal commas (`montant` / `12,5`): the comma is no separator there.

    Every line holding a comma is a single number (`1 234,50`), and a line without any comma names the column."""
    filled = [line for line in lines if line.strip()]
    with_comma = [line for line in filled if "," in line]
    if not with_comma or not all(_DECIMAL_COMMA_LINE.fullmatch(line) for line in with_comma):
        return False
    return any("," not in line and not _DECIMAL_COMMA_LINE.fullmatch(line) for line in filled)


def guess_separator(sample: str, quotechar: str = '"') -> str:
    """The candidate that splits the lines most consistently into many fields (consistency x log(fields))."""
    lines = sample.splitlines()[:50]
    if len(sample) >= _SAMPLE_BYTES - 1 and len(lines) > 1:
        lines = lines[:-1]  # the last sampled line may be cut
    best, best_score = ",", (0.0, -99)
    decimal_comma = comma_is_decimal(lines)
    if decimal_comma:  # one column of French numbers: read it whole, the decimal mark is found later
        best = next((sep for sep in SEPARATORS if sep != "," and not any(sep in line for line in lines)), ";")
    for sep in SEPARATORS:
        if sep == "," and decimal_comma:
            continue
        counts = _field_counts(lines, sep, quotechar)
        if not counts:
            continue
        mode, freq = Counter(counts).most_common(1)[0]
        if mode < 2:
            continue
        score = (round(freq / len(counts) * math.log(mode), 6), -SEPARATORS.index(sep))
        if score > best_score:
            best, best_score = sep, score
    return best


def guess_header_row(sample: str, sep: str, quotechar: str) -> int:
    """Skip title lines above the header: the first line with at least half the usual field count."""
    lines = sample.splitlines()[:60]
    counts = _field_counts(lines, sep, quotechar)
    if len(counts) < 3:
        return 0
    mode = Counter(counts[1:]).most_common(1)[0][0]
    if mode < 2:
        return _one_column_header(lines)
    for i, n in enumerate(counts[:20]):
        if n >= max(2, mode / 2):
            return i
    return 0


def _one_column_header(lines: list[str]) -> int:
    """A one-column file of numbers under a title (`Subventions 2024` / `montant` / `12,5`…): the header is the
    last line before the numbers begin, the lines above it titles; 0 when the file is not shaped so."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    words = [i for i in filled if not _DECIMAL_COMMA_LINE.fullmatch(lines[i])]
    if not words or words[-1] > 10 or words != filled[:len(words)] or len(filled) - len(words) < 2:
        return 0
    return words[-1]


def clean_names(raw: list[str]) -> list[str]:
    """Header names as read, trimmed; empty ones become `colonne_N`, repeated ones get `_2`, `_3`."""
    return unique_names((name or "").strip().strip("\ufeff") or f"colonne_{i + 1}" for i, name in enumerate(raw))


def trimmed_header(raw: list[str], names: list[str]) -> tuple | None:
    """A read note naming the header cells published with spaces around them (`BRUT `), which were trimmed."""
    changed = [(r.strip("\ufeff"), n) for r, n in zip(raw, names)
               if r is not None and r.strip("\ufeff") != n and r.strip() and r.strip().strip("\ufeff") == n]
    if not changed:
        return None
    return ("io.note.header_trimmed", {"count": len(changed), "names": [list(p) for p in changed],
                                        "shown": " ; ".join(f"« {r} » → « {n} »" for r, n in changed[:3])})


_WATCH_LOCK = threading.Lock()
_WATCHING: list[list[object]] = []
_SAVED_HOOK: list[object] = []


def _broadcast(event: object) -> None:
    """The unraisable hook while reads run: every read running at that moment hears of it (two files read
    in two threads both fall back to the careful reader: slower, never wrong)."""
    for heard in list(_WATCHING):
        heard.append(event)


def _watch_unraisable(heard: list[object]) -> None:
    """Install the broadcasting hook for the first read running; note this read's list."""
    with _WATCH_LOCK:
        if not _WATCHING:
            _SAVED_HOOK[:] = [sys.unraisablehook]
            sys.unraisablehook = _broadcast
        _WATCHING.append(heard)


def _unwatch_unraisable(heard: list[object]) -> None:
    """Forget this read; the last one puts the previous hook back."""
    with _WATCH_LOCK:
        _WATCHING[:] = [h for h in _WATCHING if h is not heard]
        if not _WATCHING and _SAVED_HOOK:
            sys.unraisablehook = _SAVED_HOOK.pop()


def _read_fast(source: bytes | Path, encoding: str, sep: str, quotechar: str, header_row: int,
               raw_names: list[str], multiline: bool, large: bool = True,
               keep_bytes: bool = False) -> tuple[pa.Table | None, str]:
    """pyarrow read, all columns as text (`keep_bytes`: a single-byte file's columns left as its bytes, marked by
    `as_bytes`); (None, "ragged" | "utf8" | "invalid" | "undecodable") when it cannot."""
    unraisable: list[object] = []
    _watch_unraisable(unraisable)  # see below
    try:
        table, status = _read_fast_arrow(source, encoding, sep, quotechar, header_row, raw_names, multiline, large,
                                         keep_bytes)
    finally:
        _unwatch_unraisable(unraisable)
    # pyarrow decodes a ragged row's text before calling our handler; when it cut that text inside a UTF-8
    # character, the error cannot reach us ("unraisable", printed as a traceback by default) and we cannot
    # know what pyarrow did with the row: read again with the csv module, which keeps every field.
    return (None, "ragged") if unraisable else (table, status)


def _read_fast_arrow(source: bytes | Path, encoding: str, sep: str, quotechar: str, header_row: int,
                     raw_names: list[str], multiline: bool, large: bool,
                     keep_bytes: bool = False) -> tuple[pa.Table | None, str]:
    if encoding in SINGLE_BYTE:
        table, status = _read_arrow(source, None, sep, quotechar, header_row, raw_names, multiline, large)
        if table is not None and keep_bytes:  # the profile decodes only what it shows (examples, samples)
            table = as_bytes(table, encoding) if all(column_defined(c, encoding) for c in table.columns) else None
        elif table is not None:
            table = _to_utf8(table, encoding)
        if table is not None or status == "ragged":
            return table, status
    # UTF-8, or a single-byte file the byte read could not take (a byte its encoding lacks...): pyarrow decodes
    codec = "utf-8" if encoding in ("utf-8-sig", "mixed") else encoding
    return _read_arrow(source, codec, sep, quotechar, header_row, raw_names, multiline, large)


def _to_utf8(table: pa.Table, encoding: str) -> pa.Table | None:
    """The byte columns of a single-byte file as UTF-8 text (None: a byte `encoding` does not define)."""
    columns = []
    for column in table.columns:
        text = column_to_utf8(column, encoding)
        if text is None:
            return None
        columns.append(text)
    return pa.Table.from_arrays(columns, names=table.column_names)


def _read_arrow(source: bytes | Path, codec: str | None, sep: str, quotechar: str, header_row: int,
                raw_names: list[str], multiline: bool, large: bool) -> tuple[pa.Table | None, str]:
    """pyarrow's read, every cell text; `codec` None: bytes as they are (the header line is skipped, its names
    known), to be made UTF-8 column by column. `large`: 64-bit offsets, what pandas holds (no copy to make a
    DataFrame); else 32-bit, 4 bytes a cell less (the table stays in Arrow)."""
    bad = 0

    def on_invalid(_row: object) -> str:
        nonlocal bad
        bad += 1
        return "skip"

    if codec is None:
        read = dict(column_names=raw_names, skip_rows=header_row + 1)
        kind = pa.large_binary() if large else pa.binary()
    else:
        read = dict(encoding=codec, skip_rows=header_row)
        kind = pa.large_string() if large else pa.string()
    block = 1 << 20  # pyarrow's default: faster than larger blocks here; grown only for a huge line
    while True:
        try:
            table = pacsv.read_csv(
                io.BytesIO(source) if isinstance(source, bytes) else str(source),
                read_options=pacsv.ReadOptions(block_size=block, **read),
                parse_options=pacsv.ParseOptions(delimiter=sep, quote_char=quotechar or False,
                                                 newlines_in_values=multiline, invalid_row_handler=on_invalid,
                                                 ignore_empty_lines=False),  # a blank line stays a (blank) row
                convert_options=pacsv.ConvertOptions(column_types={n: kind for n in raw_names},
                                                     strings_can_be_null=False, quoted_strings_can_be_null=False),
            )
        except pa.ArrowInvalid as exc:
            size = len(source) if isinstance(source, bytes) else Path(source).stat().st_size
            if "straddl" in str(exc) and block < size + 1:
                block = min(size + 1, block * 16)
                continue
            return None, "utf8" if "UTF8" in str(exc) or "UTF-8" in str(exc) else "invalid"
        except UnicodeDecodeError:  # a byte the encoding lacks (0x81 in cp1252) past the sniffed head
            return None, "undecodable"
        return (None, "ragged") if bad else (table, "ok")


def one_chunk(columns: list[pa.ChunkedArray], names: list[str]) -> pa.Table:
    """Each column as one contiguous array (pyarrow reads in 1 MB blocks): every check then encodes, takes and
    matches the column without copying it first; the values are the same. `columns` is emptied as it goes, so
    each column's blocks are freed once copied (a column more in memory, never a second table)."""
    done: list[pa.Array] = []
    columns.reverse()
    while columns:
        col = columns.pop()
        done.append(col.chunk(0) if col.num_chunks == 1 else col.combine_chunks())
        del col
    pa.default_memory_pool().release_unused()  # the blocks' memory back to the system, not kept by arrow's pool
    return pa.table(done, names=names)


_MONEY_NAME = re.compile(r"montant|^mt|prix|co[uû]t|budget|amount|subvention|recette|d[ée]pense|brut|net|total|€|euro",
                         re.IGNORECASE)


def _matches(values: pa.Array, pattern: str) -> np.ndarray:
    """Mask of the values `pattern` (RE2, as pandas runs it on Arrow strings) is found in."""
    return bools(pc.match_substring_regex(values, pattern))


def _mark_weights(values: pa.Array, hits: np.ndarray, codes: np.ndarray, names: list[str]) -> np.ndarray:
    """How strongly each column's numbers vouch for their decimal mark: thousands groups, two decimals
    (amounts) and an amount-like name each add to the single vote of a plain `3.4` (all columns at once)."""
    width = len(names)

    def per_column(mask: np.ndarray) -> np.ndarray:
        return np.bincount(codes, weights=mask, minlength=width)
    grouped = _matches(values, "[0-9][ \u00a0\u202f.,][0-9]{3}[.,]")
    two_decimals = _matches(values, r"^(.*[.,][0-9]{2})$")
    n_hits = np.maximum(per_column(hits), 1)
    named = np.array([bool(_MONEY_NAME.search(str(n))) for n in names], dtype=int)
    return (1 + (per_column(hits & grouped) > 0) + (per_column(hits & two_decimals) / n_hits > 0.8) + named).astype(int)


def _head_stack(table: pd.DataFrame | pa.Table, rows: int = 500) -> tuple[pa.Array, int, int]:
    """The first `rows` cells of every column, column after column, as one Arrow text array (a table of bytes
    decoded; a DataFrame's cells in one conversion, not one per column), with the width and height of that head."""
    if isinstance(table, pa.Table):
        head = to_text(table.slice(0, rows))
        columns = [c.combine_chunks().cast(pa.large_string()) for c in head.columns]
        stacked = pa.concat_arrays(columns) if columns else string_array([])
        return stacked, head.num_columns, head.num_rows
    head = table.iloc[:rows]
    stacked = pa.array(head.to_numpy(dtype=object).ravel(order="F"), type=pa.large_string(), from_pandas=True)
    return stacked, head.shape[1], head.shape[0]


def _guess_marks(table: pd.DataFrame | pa.Table) -> tuple[str, str | None]:
    """Decimal mark and thousands separator, weighed over the columns that look numeric (French amounts
    `12 480,00` outweigh a reference column like `3.4`). The first 500 values of all columns are matched
    at once (stacked): no fixed cost per column, so a 5,000-column file is not minutes here."""
    stacked, width, height = _head_stack(table)
    if width == 0:
        return ".", None
    keep = numbers(pc.binary_length(stacked), missing=0) > 0  # (no Python value converted: viz.arrownp)
    codes = np.repeat(np.arange(width), height)[keep]
    values = pc.utf8_trim_whitespace(stacked.filter(bool_array(keep)))
    is_comma = _matches(values, _COMMA_DECIMAL.pattern)
    is_dot = _matches(values, _DOT_DECIMAL.pattern)
    is_space = _matches(values, _SPACE_THOUSANDS.pattern)
    n_comma = np.bincount(codes, weights=is_comma, minlength=width)
    n_dot = np.bincount(codes, weights=is_dot, minlength=width)
    use_comma, use_dot = n_comma > n_dot, n_dot > n_comma
    names = [str(c) for c in (table.column_names if isinstance(table, pa.Table) else table.columns)]
    weights = _mark_weights(values, np.where(use_comma[codes], is_comma, is_dot), codes, names)
    comma, dot = int(weights[use_comma].sum()), int(weights[use_dot].sum())
    spaces = int((np.bincount(codes, weights=is_space, minlength=width) > 0).sum())
    decimal = "," if comma > dot else "."
    thousands = " " if spaces else ("." if decimal == "," and dot == 0 and comma else None)
    return decimal, thousands if thousands != "." else None


def _head(source: bytes | Path, size: int = _SAMPLE_BYTES) -> bytes:
    if isinstance(source, bytes):
        return source[:size]
    with open(source, "rb") as handle:
        return handle.read(size)


def _all_bytes(source: bytes | Path) -> bytes:
    return source if isinstance(source, bytes) else Path(source).read_bytes()


def _guess_encoding(source: bytes | Path) -> str:
    """All bytes for a small file; for a large one the first 64 KB when they are plain UTF-8 (pyarrow checks
    the rest and a failure sends us back here with every byte), else all bytes."""
    if isinstance(source, bytes) and len(source) <= 1 << 24:
        return detect_encoding(source)  # small enough to check every byte (a few ms)
    head = _head(source)
    if not head.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and b"\x00" not in head:
        try:
            codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
            return "utf-8"
        except UnicodeDecodeError:
            pass
    if isinstance(source, bytes) or head.startswith(codecs.BOM_UTF8):
        return detect_encoding(_all_bytes(source))
    with open(source, "rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
        return detect_encoding(mapped)  # mapped, not copied: no second 100 MB in memory, no copying it


def read_csv(source: bytes | Path, options: CsvOptions | None = None, arrow: bool = False) -> CsvResult:
    """Read published CSV (bytes, or a path read by pyarrow without holding it) into an all-text table
    (`arrow`: a table pyarrow read stays a pyarrow Table, with no pandas copy of the file)."""
    opts = options or CsvOptions()
    head = _head(source)
    if not head or (len(head) < _SAMPLE_BYTES and head.isspace()):
        raise LoadError("io.empty")
    encoding = opts.encoding or _guess_encoding(source)
    if head.startswith(codecs.BOM_UTF8) and strip_bom(head, encoding) is not head:  # BOM + cp1252 body
        source, head = strip_bom(_all_bytes(source), encoding), head[len(codecs.BOM_UTF8):]
    if encoding not in _PYARROW_ENCODINGS | {"mixed", "utf-16"}:
        try:
            "".encode(encoding)
        except LookupError as exc:
            raise LoadError("io.csv.bad_encoding", encoding=encoding) from exc
    notes: list[tuple] = []
    if encoding == "mixed":
        notes.append(("io.note.mixed_encoding",))
    sample = _sample_text(head, encoding)
    notes += read_notes(source, head, encoding, sample, guessed=opts.encoding is None)
    quotechar = opts.quotechar
    sep = opts.separator or guess_separator(sample, quotechar)
    header_row = guess_header_row(sample, sep, quotechar) if opts.header_row is None else opts.header_row
    if header_row:
        notes.append(("io.note.header_row", {"row": header_row + 1}))
    raw_names = next(_reader(io.StringIO("\n".join(sample.splitlines()[header_row:header_row + 50])),
                             sep, quotechar), [])
    if not any(n.strip() for n in raw_names):
        raise LoadError("io.csv.no_header", line=header_row + 1)
    check_columns(len(raw_names), t("io.guard.csv_header"))
    multiline = bool(re.search(re.escape(quotechar) + r"[^" + re.escape(quotechar) + r"]*\n", sample)) if quotechar else False
    table, ragged_rows, expected, header = None, [], len(raw_names), raw_names
    if opts.encoding is not None and not decodes_cleanly(_all_bytes(source), encoding):
        notes.append(("io.note.bad_bytes", {"encoding": encoding}))
    elif encoding in _PYARROW_ENCODINGS and "\n" not in "".join(raw_names) and len(set(raw_names)) == len(raw_names):
        fast, status = _read_fast(source, encoding, sep, quotechar, header_row, raw_names, multiline, not arrow,
                                  keep_bytes=arrow)
        if status == "utf8" and opts.encoding is None:
            return read_csv(_all_bytes(source), replace(opts, encoding=detect_encoding(_all_bytes(source))), arrow)
        if status == "undecodable":  # read by the careful reader, each such byte a `�` the checks name
            notes.append(("io.note.bad_bytes", {"encoding": encoding}))
        if fast is not None and multiline:
            fast = to_text(fast)  # the line-break checks read the cells as text
        if fast is not None and not (multiline and (_last_row_multiline(fast) or swallowed_rows(fast, sep))):
            if arrow:
                kept = bytes_encoding(fast)
                table = fast.rename_columns(clean_names(raw_names))
                table = as_bytes(table, kept) if kept else table
                pa.default_memory_pool().release_unused()  # the parser's blocks back to the system
            else:
                columns, fast = fast.columns, None  # the columns alone hold the blocks: one_chunk frees them
                table = one_chunk(columns, clean_names(raw_names)).to_pandas()
    if table is None:
        import pandas as pd
        text = decode(_all_bytes(source), encoding)
        if text.startswith("\ufeff"):
            text = text[1:]
        header, rows = read_slow(text, sep, quotechar, header_row, notes)
        expected = len(header)
        width = max([expected] + [len(r) for r in rows])
        ragged_rows = [(i + 2, len(r)) for i, r in enumerate(rows) if r and len(r) != expected]
        if ragged_rows:
            notes.append(("io.note.ragged", {"count": len(ragged_rows), "row": ragged_rows[0][0],
                                              "fields": ragged_rows[0][1], "expected": expected}))
        check_columns(width, t("io.guard.csv_table"))
        names = clean_names(header + [""] * (width - expected))
        padded = [r + [""] * (width - len(r)) for r in rows]
        table = pd.DataFrame(padded, columns=names, dtype="str") if padded else pd.DataFrame(
            {n: pd.Series([], dtype="str") for n in names})
    in_arrow = isinstance(table, pa.Table)
    trimmed = trimmed_header(header, table.column_names if in_arrow else list(table.columns))
    if trimmed:
        notes.append(trimmed)
    if table.num_rows == 0 if in_arrow else table.empty:
        notes.append(("io.note.header_only",))
    decimal, thousands = _guess_marks(table)
    return CsvResult(table=table, encoding=encoding, separator=sep, quotechar=quotechar,
                     decimal=opts.decimal or decimal, thousands=opts.thousands if opts.thousands is not None else thousands,
                     header_row=header_row, ragged_rows=ragged_rows, columns_expected=expected, notes=notes)
