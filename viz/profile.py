"""First look at a table: per column its kind, missing values, distinct values and examples.

Each column is hashed once (`pc.unique`, in C++): blank cells and placeholders are recognised on its distinct
values only, and the sample the kinds are decided on is taken from the same mask, so a million-row column costs
one pass plus a sample, not a second full pass per question."""
from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from viz.arrownp import bool_array, bools, index_array, numbers
from viz.distinct import distinct_number_like, mostly_distinct
from viz.io.transcode import bytes_encoding, decode, to_text
from viz.placeholders import placeholder_mask

if TYPE_CHECKING:  # a table read by pyarrow is profiled without pandas (`viz inspect` of a large CSV)
    import pandas as pd

SAMPLE = 5000  # = viz.kinds.SAMPLE (tests/test_profile_facts.py checks they agree)

_KEYED_ROWS = 100_000  # from this many rows a mostly distinct column is counted by sorted keys (viz.distinct)
_THREADED_CELLS = 1_000_000  # from this many cells the columns are profiled two at a time (below: no gain, +25 MB)


@dataclass
class ColumnProfile:
    name: str
    kind: str
    missing: int
    distinct: int
    examples: list[str]

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class ColumnFacts:
    """Counts of one column, and the sample its kind is decided on (None when that sample needs the slow path)."""

    missing: int
    distinct: int
    examples: list[str]
    sample: pa.Array | None  # stripped text (see `_sample`)


def _arrow(values: pd.Series | pa.ChunkedArray) -> pa.ChunkedArray | pa.Array:
    if isinstance(values, (pa.Array, pa.ChunkedArray)):
        return values
    try:
        return pa.array(values, from_pandas=True) if not hasattr(values.array, "_pa_array") else values.array._pa_array
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return pa.array(values.astype("str"))


def _blank(arr: pa.Array | pa.ChunkedArray) -> np.ndarray:
    """Mask of the empty cells: null, blank, or a placeholder (`NA`, `néant`…)."""
    lengths = numbers(pc.binary_length(pc.utf8_trim_whitespace(arr)), missing=0)  # (no Python value converted)
    return (lengths == 0) | placeholder_mask(arr)


def _examples(filled: pa.Array | pa.ChunkedArray, examples: int, encoding: str | None = None) -> list[str]:
    firsts = decode(pc.unique(filled.slice(0, 1000) if len(filled) else filled), encoding).to_pylist()[:examples]
    return [str(v)[:80] for v in firsts]


def _sample(arr: pa.Array | pa.ChunkedArray, empty: np.ndarray | None, encoding: str | None = None) -> pa.Array:
    """What `viz.kinds.sample_values` returns, taken with the empty mask already known (text columns, no null;
    bytes of `encoding` decoded once picked)."""
    if empty is None:
        step = len(arr) // SAMPLE if len(arr) > SAMPLE else 1
        keep = np.arange(0, len(arr), step)[:SAMPLE]
    else:
        keep = np.flatnonzero(~empty)
        if len(keep) > SAMPLE:
            keep = keep[::len(keep) // SAMPLE][:SAMPLE]
    picked = _take(arr, keep) if len(keep) < len(arr) else arr
    text = pc.utf8_trim_whitespace(decode(picked, encoding))
    return text.combine_chunks() if isinstance(text, pa.ChunkedArray) else text


def _take(arr: pa.Array | pa.ChunkedArray, positions: np.ndarray) -> pa.Array | pa.ChunkedArray:
    """`arr.take(positions)` (sorted positions), chunk by chunk: pyarrow's take on a chunked column first copies
    the whole column into one array."""
    if not isinstance(arr, pa.ChunkedArray) or arr.num_chunks < 2:
        return arr.take(index_array(positions))
    starts = np.cumsum([0] + [len(c) for c in arr.chunks])
    cuts = np.searchsorted(positions, starts)
    parts = [chunk.take(index_array(positions[lo:hi] - start))
             for chunk, start, lo, hi in zip(arr.chunks, starts, cuts[:-1], cuts[1:]) if hi > lo]
    return pa.chunked_array(parts, type=arr.type)


def _is_text(arr: pa.Array | pa.ChunkedArray, encoding: str | None) -> bool:
    """Text, or the bytes of a single-byte file left undecoded (`encoding`)."""
    if pa.types.is_string(arr.type) or pa.types.is_large_string(arr.type):
        return True
    return encoding is not None and (pa.types.is_binary(arr.type) or pa.types.is_large_binary(arr.type))


def column_facts(values: pd.Series | pa.ChunkedArray, examples: int = 3, encoding: str | None = None) -> ColumnFacts:
    """Missing (empty or blank cells, placeholders like `NA`), distinct non-empty values, a few examples, kind sample
    (`encoding`: `values` are that encoding's bytes: counted as bytes, one value to one text, decoded when shown)."""
    arr = _arrow(values)
    if not _is_text(arr, encoding):
        empty = _blank(arr)
        filled = arr.filter(bool_array(~empty))
        distinct = int(pc.count_distinct(filled).as_py()) if len(filled) else 0
        return ColumnFacts(int(empty.sum()), distinct, _examples(filled, examples), None)
    if len(arr) >= _KEYED_ROWS and mostly_distinct(arr):  # ids, amounts, coordinates: sorted keys, no hash
        keyed = distinct_number_like(arr)  # (None unless every value is number-like: none blank, none a placeholder)
        if keyed is not None:
            return ColumnFacts(0, keyed, _examples(arr, examples, encoding), _sample(arr, None, encoding))
    uniques = pc.unique(arr)  # the one hash pass: everything else is asked of the distinct values
    blank_uniques = _blank(decode(uniques, encoding))
    distinct = len(uniques) - int(blank_uniques.sum())
    if not blank_uniques.any():
        return ColumnFacts(0, distinct, _examples(arr, examples, encoding), _sample(arr, None, encoding))
    empty_set = uniques.filter(bool_array(blank_uniques)).drop_null()
    empty = bools(pc.is_in(arr, value_set=empty_set))
    if arr.null_count:
        empty |= bools(pc.is_null(arr))
    filled = arr.filter(bool_array(~empty))
    sample = None if arr.null_count else _sample(arr, empty, encoding)
    return ColumnFacts(int(empty.sum()), distinct, _examples(filled, examples, encoding), sample)


def profile_column(name: str, values: pd.Series, examples: int = 3, kind: str | None = None) -> ColumnProfile:
    """Kind, missing (empty or blank cells, placeholders like `NA`), distinct non-empty values and a few examples."""
    from viz.kinds import detect_kind
    facts = column_facts(values, examples)
    kind = kind if kind is not None else detect_kind(name, values.rename(name))
    return ColumnProfile(name, kind, facts.missing, facts.distinct, facts.examples)


def all_facts(columns: list[pd.Series | pa.ChunkedArray], encoding: str | None = None,
              meanwhile: Callable[[dict[int, ColumnFacts]], None] | None = None) -> list[ColumnFacts]:
    """`column_facts` of every column, two at a time on a big table: pyarrow's hashing releases the GIL, so the
    second core hashes the next column meanwhile (`encoding`: columns left as that encoding's bytes).

    `columns` is emptied: a column the caller holds no other reference to is freed once counted. On a big table
    the columns of few distinct values go first: they need little working memory, and once they are freed the
    ids and amounts (sorted keys, tens of MB each) are counted with most of the table gone. `meanwhile` is given
    the facts of those first columns (by position) while the others are still being counted."""
    taken: list[pd.Series | pa.ChunkedArray | None] = list(columns)
    columns.clear()
    if len(taken) < 2 or len(taken[0]) * len(taken) < _THREADED_CELLS:
        return [column_facts(_take_out(taken, i), encoding=encoding) for i in range(len(taken))]
    keyed = [len(c) >= _KEYED_ROWS and mostly_distinct(_arrow(c)) for c in taken]
    with ThreadPoolExecutor(max_workers=2) as pool:  # a finished task drops its column
        futures = {i: pool.submit(_released_facts, _take_out(taken, i), encoding)
                   for i in sorted(range(len(taken)), key=keyed.__getitem__)}
        light = [i for i in futures if not keyed[i]]
        if meanwhile is not None and 0 < len(light) < len(futures):
            meanwhile({i: futures[i].result() for i in light})
        return [futures[i].result() for i in range(len(taken))]


def _take_out(columns: list, i: int) -> pd.Series | pa.ChunkedArray:
    """The i-th column, its place in `columns` emptied (the caller's reference is the last one)."""
    column, columns[i] = columns[i], None
    return column


def _released_facts(column: pa.ChunkedArray, encoding: str | None) -> ColumnFacts:
    """`column_facts`, after giving back to the system what the columns counted before left free (arrow's pool
    keeps freed blocks for reuse: a table counted column by column would otherwise never shrink)."""
    pa.default_memory_pool().release_unused()
    return column_facts(column, encoding=encoding)


def _kinds_of_samples(names: list[str], samples: list[pa.Array]) -> list[str]:
    """The kinds of every column from its Arrow sample (no pandas: viz.kinds.batch works on Arrow)."""
    from viz.kinds.batch import kinds_of_samples
    return kinds_of_samples(names, samples)


def _text_without_nulls(table: pa.Table) -> bool:
    """Every column text (or bytes of the table's encoding) with no null: its kind sample is taken as it is counted."""
    encoding = bytes_encoding(table)
    return all(_is_text(c, encoding) and not c.null_count for c in table.columns)


def by_columns(table: pa.Table) -> bool:
    """A table `profile_columns` takes: large (more rows than a kind sample), not wide, text without null."""
    from viz.profile_wide import WIDE
    return table.num_rows > SAMPLE and table.num_columns < WIDE and _text_without_nulls(table)


def profile_columns(names: list[str], columns: list[pa.ChunkedArray], encoding: str | None) -> list[ColumnProfile]:
    """Profile the columns of a large table read by pyarrow (text or `encoding` bytes, no null; see `profile`),
    emptying `columns` as it goes: with no other reference held, each column is freed once counted. Neither
    the counts nor the kinds import pandas."""
    kinds: dict[int, str] = {}

    def kinds_of(done: dict[int, ColumnFacts]) -> None:
        """Kinds of the columns counted first, decided while the ids and amounts are still counted (a column's
        kind depends on its own sample alone)."""
        order = sorted(done)
        kinds.update(zip(order, _kinds_of_samples([names[i] for i in order], [done[i].sample for i in order])))
    facts = all_facts(columns, encoding, meanwhile=kinds_of)
    pa.default_memory_pool().release_unused()
    kinds_of({i: f for i, f in enumerate(facts) if i not in kinds})
    return [ColumnProfile(name, kinds[i], f.missing, f.distinct, f.examples)
            for i, (name, f) in enumerate(zip(names, facts))]


def profile(table: pd.DataFrame | pa.Table) -> list[ColumnProfile]:
    """Profile every column of `table` (a pyarrow Table of text columns: without a pandas copy of it)."""
    from viz.kinds.batch import detect_kinds
    from viz.profile_wide import SHORT, WIDE, wide_counts
    if isinstance(table, pa.Table):
        if not by_columns(table):
            return profile(to_text(table).to_pandas())  # small, wide or odd: the pandas path, same answers
        return profile_columns(table.column_names, table.columns, bytes_encoding(table))
    if table.shape[1] >= WIDE and len(table) <= SHORT:
        kinds = detect_kinds(table)  # all columns at once: no fixed cost per column (5,000 columns in seconds)
        try:
            return [ColumnProfile(str(name), kind, *counts)
                    for name, kind, counts in zip(table.columns, kinds, wide_counts(table))]
        except (pa.ArrowInvalid, pa.ArrowTypeError):  # cells that are not text: column by column below
            facts = [column_facts(table[name]) for name in table.columns]
    else:
        facts = all_facts([table[name] for name in table.columns])
        samples = [f.sample for f in facts]
        kinds = detect_kinds(table, samples=samples if all(s is not None for s in samples) else None)
    return [ColumnProfile(str(name), kind, f.missing, f.distinct, f.examples)
            for name, kind, f in zip(table.columns, kinds, facts)]
