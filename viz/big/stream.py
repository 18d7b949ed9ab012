"""A CSV file read in chunks with pyarrow's streaming reader (`pyarrow.csv.open_csv`), never whole in memory.

The reading choices are guessed as the in-memory reader guesses them (viz.io.csv: encoding, separator, title
lines, header, decimal and thousands marks on the first 500 rows); each chunk is an all-text pandas table,
exactly what the in-memory reader would give for those rows. The file's SHA-256 is computed as it is read.
"""
from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa
import pyarrow.csv as pacsv

from viz.arrownp import string_array
from viz.big import CHUNK_ROWS
from viz.readinfo import ReadInfo
from viz.i18n import t
from viz.io.csv import (_PYARROW_ENCODINGS, CsvOptions, _guess_marks, _reader, _sample_text, clean_names,
                        guess_header_row, guess_separator, trimmed_header)
from viz.io.errors import LoadError
from viz.io.lenient import lenient
from viz.io.limits import check_columns
from viz.io.read_notes import read_notes
from viz.io.sniff import detect_encoding

if TYPE_CHECKING:  # the chunks of `check` are pandas tables; `inspect` reads them in Arrow alone
    import pandas as pd

_HEAD = 1 << 16
_PROBE = 1 << 20  # bytes read at five places of the file to guess its encoding
_MARK_ROWS = 500  # the in-memory reader weighs decimal marks on the first 500 rows


class _HashingFile(io.RawIOBase):
    """A file whose bytes feed a SHA-256 as pyarrow reads them (the file is read once, never held)."""

    def __init__(self, path: Path) -> None:
        self._handle = open(path, "rb")  # noqa: SIM115  (closed by close())
        self.digest = hashlib.sha256()

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        data = self._handle.read(size)
        self.digest.update(data)
        return data

    def close(self) -> None:
        self._handle.close()
        super().close()


@dataclass
class Stream:
    """How a large CSV is read, and what streaming it found (rows, rows skipped for a wrong field count)."""

    path: Path
    info: ReadInfo
    names: list[str]
    multiline: bool
    header_lines: int = 1  # physical lines of the header row (a quoted name may hold line breaks)
    block_bytes: int = 1 << 20
    chunk_rows: int = CHUNK_ROWS
    rows: int = 0
    skipped: list[str] = field(default_factory=list)  # the text of rows whose field count is wrong
    sha256: str = ""

    def chunks(self) -> Iterator[tuple[int, pd.DataFrame]]:
        """(position of the chunk's first row, all-text table of at most `chunk_rows` rows), in file order."""
        for offset, table in self.arrow_chunks():
            yield offset, self._frame(table.combine_chunks())

    def arrow_chunks(self) -> Iterator[tuple[int, pa.Table]]:
        """The same chunks as Arrow tables of text (no null: an empty cell is ""), named as the columns, each column
        the reader's blocks as they are (no copy into one array)."""
        self.rows, self.skipped = 0, []
        hashing = _HashingFile(self.path)
        try:
            for table in self._tables(hashing, combine=False):
                yield self.rows, table.rename_columns(self.names)
                self.rows += table.num_rows
            self.sha256 = hashing.digest.hexdigest()
        finally:
            hashing.close()

    def _frame(self, table: pa.Table) -> pd.DataFrame:
        from viz.io import _finalise
        return _finalise(table.to_pandas())

    def _tables(self, source: _HashingFile, combine: bool = True) -> Iterator[pa.Table]:
        """Tables of `chunk_rows` rows built from the reader's record batches (`combine`: each column one array)."""
        pending: list[pa.RecordBatch] = []
        count = 0
        for batch in self._batches(source):
            pending.append(batch)
            count += batch.num_rows
            while count >= self.chunk_rows:
                table = pa.Table.from_batches(pending)
                yield table.slice(0, self.chunk_rows).combine_chunks() if combine else table.slice(0, self.chunk_rows)
                rest = table.slice(self.chunk_rows)
                pending, count = rest.to_batches(), rest.num_rows
        if count:
            yield pa.Table.from_batches(pending).combine_chunks() if combine else pa.Table.from_batches(pending)

    def _batches(self, source: _HashingFile) -> Iterator[pa.RecordBatch]:
        generic = [f"c{i}" for i in range(len(self.names))]

        def on_invalid(row: object) -> str:
            self.skipped.append(str(getattr(row, "text", ""))[:120])
            return "skip"
        encoding = self.info.encoding or "utf-8"
        reader = pacsv.open_csv(
            pa.PythonFile(source, mode="r"),
            read_options=pacsv.ReadOptions(encoding="utf-8" if encoding == "utf-8-sig" else lenient(encoding),
                                           skip_rows=self.info.header_row + self.header_lines, column_names=generic,
                                           block_size=self.block_bytes, use_threads=False),
            parse_options=pacsv.ParseOptions(delimiter=self.info.separator, quote_char=self.info.quotechar or False,
                                             newlines_in_values=self.multiline, invalid_row_handler=on_invalid,
                                             ignore_empty_lines=False),
            convert_options=pacsv.ConvertOptions(column_types={n: pa.large_string() for n in generic},
                                                 strings_can_be_null=False, quoted_strings_can_be_null=False))
        while True:
            try:
                batch = reader.read_next_batch()
            except StopIteration:
                return
            except pa.ArrowInvalid as exc:
                raise LoadError("bigfile.read_failed", row=self.rows + 2 + self.info.header_row,
                                encoding=encoding, error=str(exc)[:200]) from exc
            yield batch


def _probe(path: Path, size: int) -> bytes:
    """About 1 MB at the start, quarters and end of the file, each cut to whole lines."""
    if size <= 5 * _PROBE:
        return path.read_bytes()
    parts = []
    with open(path, "rb") as handle:
        for i, start in enumerate((0, size // 4, size // 2, 3 * size // 4, size - _PROBE)):
            handle.seek(start)
            data = handle.read(_PROBE)
            if i:
                data = data[data.find(b"\n") + 1:]
            parts.append(data[: data.rfind(b"\n") + 1])
    return b"".join(parts)


def _encoding(path: Path, size: int, given: str | None) -> str:
    """The encoding asked for, else the one the probed parts of the file decode in."""
    encoding = given or detect_encoding(_probe(path, size))
    if encoding == "mixed" or encoding not in _PYARROW_ENCODINGS:
        raise LoadError("bigfile.encoding", encoding=encoding)
    return encoding


def open_stream(path: str | Path, options: CsvOptions | None = None, chunk_rows: int = CHUNK_ROWS,
                block_bytes: int = 1 << 20) -> Stream:
    """Guess how to read the CSV at `path` (as viz.io.csv does) and return its Stream (nothing read yet but
    the head and the first rows that decide the decimal mark)."""
    path, opts = Path(path), options or CsvOptions()
    size = path.stat().st_size
    with open(path, "rb") as handle:
        head = handle.read(_HEAD)
    if not head or (len(head) < _HEAD and head.isspace()):
        raise LoadError("io.empty")
    encoding = _encoding(path, size, opts.encoding)
    sample = _sample_text(head, encoding)
    notes = read_notes(path, head, encoding, sample, guessed=opts.encoding is None)
    quotechar = opts.quotechar
    sep = opts.separator or guess_separator(sample, quotechar)
    header_row = guess_header_row(sample, sep, quotechar) if opts.header_row is None else opts.header_row
    if header_row:
        notes.append(("io.note.header_row", {"row": header_row + 1}))
    raw = next(_reader(io.StringIO("\n".join(sample.splitlines()[header_row:header_row + 50])), sep, quotechar), [])
    if not any(n.strip() for n in raw):
        raise LoadError("io.csv.no_header", line=header_row + 1)
    check_columns(len(raw), t("io.guard.csv_header"))
    names = clean_names(raw)
    trimmed = trimmed_header(raw, names)
    if trimmed:
        notes.append(trimmed)
    multiline = bool(re.search(re.escape(quotechar) + r"[^" + re.escape(quotechar) + r"]*\n", sample)) if quotechar else False
    info = ReadInfo(format="csv", filename=path.name, size_bytes=size, encoding=encoding, separator=sep,
                    quotechar=quotechar, header_row=header_row, notes=tuple(notes), columns_expected=len(raw))
    stream = Stream(path=path, info=info, names=names, multiline=multiline, block_bytes=block_bytes,
                    chunk_rows=chunk_rows, header_lines=1 + sum(n.count("\n") for n in raw))
    decimal, thousands = _marks(stream)
    stream.info = replace(info, decimal=opts.decimal or decimal,
                          thousands=opts.thousands if opts.thousands is not None else thousands)
    return stream


def _marks(stream: Stream) -> tuple[str, str | None]:
    """Decimal and thousands marks weighed on the first 500 rows, as the in-memory reader weighs them."""
    first = replace(stream, chunk_rows=_MARK_ROWS, skipped=[])
    chunks = first.arrow_chunks()
    try:
        _, table = next(chunks, (0, pa.Table.from_arrays([string_array([]) for _ in stream.names], names=stream.names)))
    finally:
        chunks.close()
    return _guess_marks(table)
