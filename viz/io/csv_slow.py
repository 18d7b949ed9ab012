"""The careful CSV reader: the csv module over the file's lines, every field of every row kept, in time linear in
the file, whatever its quotes do.

A blank line stays a row (empty cells), so every later row keeps its number in the file. A quote that opens a
cell and does not close on its line would make the following rows one cell: when a row begun on a line that is a
whole row by itself (read without quotes) asks for the next line and that line is a whole row too, the read stops
there — one line later, not at the end of the file —, the opening line is read without quotes and the reading
goes on from the next line. A quote still open at the end of the file is undone the same way; a second one reads
the rest without quotes (never once per line: a file of such lines would cost the square of its size).
"""
from __future__ import annotations

import csv
from typing import Iterable, Iterator

from viz.io.errors import LoadError


def reader(lines: Iterable[str], sep: str, quotechar: str | None) -> Iterator[list[str]]:
    """csv.reader with `quotechar` "" or None meaning: no quoting at all."""
    if quotechar:
        return csv.reader(lines, delimiter=sep, quotechar=quotechar, strict=False)
    return csv.reader(lines, delimiter=sep, quoting=csv.QUOTE_NONE)


class _StrayQuote(Exception):
    def __init__(self, start: int) -> None:
        super().__init__(start)
        self.start = start


class _Feed:
    """The lines handed to csv.reader one at a time, knowing where the current row began."""

    def __init__(self, lines: list[str], sep: str) -> None:
        self.lines, self.sep = lines, sep
        self.i = self.row_start = 0
        self.expected: int | None = None
        self._whole: dict[int, bool] = {}

    def __iter__(self) -> "_Feed":
        return self

    def whole(self, j: int) -> bool:
        """Whether line j, read without quotes, has the header's number of fields."""
        if j not in self._whole:
            self._whole[j] = len(next(reader([self.lines[j]], self.sep, None), [])) == self.expected
        return self._whole[j]

    def __next__(self) -> str:
        j = self.i
        if j >= len(self.lines):
            raise StopIteration
        if j > self.row_start and (self.expected or 0) >= 2 and self.whole(self.row_start) and self.whole(j):
            raise _StrayQuote(self.row_start)
        self.i = j + 1
        return self.lines[j]


def _opening(fields: list[str], quotechar: str) -> int:
    """The field whose quote opens and does not close (read without quotes), else the last one."""
    for k, field in enumerate(fields):
        text = field.strip()
        if text.startswith(quotechar) and not (len(text) > 1 and text.endswith(quotechar)):
            return k
    return max(0, len(fields) - 1)


def _note(notes: list[tuple] | None, strays: list[tuple[int, str]], unclosed: tuple | None, header_row: int) -> None:
    if notes is None:
        return
    if len(strays) == 1:
        notes.append(("io.note.stray_quote", {"line": strays[0][0] + header_row + 1, "column": strays[0][1]}))
    elif strays:
        first = ", ".join(f"{line + header_row + 1:,}".replace(",", "\u202f") for line, _ in strays[:5])
        notes.append(("io.note.stray_quotes", {"count": len(strays), "first": first + ("…" if len(strays) > 5 else "")}))
    if unclosed is not None:
        start, column, swallowed = unclosed
        notes.append(("io.note.unclosed_quote", {"line": start + header_row + 1, "column": column, "lines": swallowed}))


def read_slow(text: str, sep: str, quotechar: str, header_row: int,
              notes: list[tuple] | None = None) -> tuple[list[str], list[list[str]]]:
    """(header, rows) of the whole text, short rows as read, long rows kept whole."""
    csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))  # a 200 KB geo_shape cell is data
    lines = text.splitlines(keepends=True)[header_row:]
    feed = _Feed(lines, sep)
    rows: list[list[str]] = []
    strays: list[tuple[int, str]] = []
    unclosed: tuple | None = None
    quoting: str | None = quotechar
    last_start = 0
    while True:
        parse = reader(feed, sep, quoting)
        try:
            for row in parse:
                last_start, feed.row_start = feed.row_start, feed.i
                rows.append(row)
                if feed.expected is None and row:
                    feed.expected = len(row)
        except _StrayQuote as stray:
            fields = next(reader([lines[stray.start]], sep, None), []) or [""]
            header = rows[0] if rows else fields
            k = _opening(fields, quotechar)
            strays.append((stray.start, (header[k] if k < len(header) else str(k + 1)).strip()))
            rows.append(fields)
            feed.i = feed.row_start = stray.start + 1
            continue
        except csv.Error as exc:
            raise LoadError("io.csv.malformed", line=feed.i + header_row, error=str(exc)) from exc
        spread = feed.i - last_start > 1 or (  # or one last line cut short by its quote (`"Asso;Lyon;4` read as 1 field)
            bool(rows) and len(rows[-1]) < (feed.expected or 0) and feed.whole(last_start))
        if not (quoting and rows and spread and sum(line.count(quoting) for line in lines[last_start:]) % 2 == 1):
            break
        rows.pop()  # a quote still open at the end of the file: undone once, then no quotes at all
        fields = next(reader([lines[last_start]], sep, None), []) or [""]
        header = rows[0] if rows else fields
        k = _opening(fields, quotechar)
        column = (header[k] if k < len(header) else str(k + 1)).strip()
        if feed.i - last_start == 1:  # the last line alone
            strays.append((last_start, column))
        elif unclosed is None:
            unclosed = (last_start, column, len(lines) - last_start - 1)
        else:
            quoting = None
        rows.append(fields)
        feed.i = feed.row_start = last_start + 1
    _note(notes, strays, unclosed, header_row)
    while rows and not rows[0]:
        rows.pop(0)
    if not rows:
        raise LoadError("io.empty")
    return rows[0], rows[1:]
