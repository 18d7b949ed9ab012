"""First look at a table: per column its kind, missing values, distinct values and examples.

Each column is hashed once (`pc.unique`, in C++): blank cells and placeholders are recognised on its distinct
values only, and the sample the kinds are decided on is taken from the same mask, so a million-row column costs
one pass plus a sample, not a second full pass per question."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from viz.distinct import distinct_number_like, mostly_distinct
from viz.kinds import SAMPLE, detect_kind
from viz.placeholders import placeholder_mask

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
    sample: pd.Series | None


def _arrow(values: pd.Series | pa.ChunkedArray) -> pa.ChunkedArray | pa.Array:
    if isinstance(values, (pa.Array, pa.ChunkedArray)):
        return values
    try:
        return pa.array(values, from_pandas=True) if not hasattr(values.array, "_pa_array") else values.array._pa_array
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return pa.array(values.astype("str"))


def _blank(arr: pa.Array | pa.ChunkedArray) -> np.ndarray:
    """Mask of the empty cells: null, blank, or a placeholder (`NA`, `néant`…)."""
    stripped = pc.utf8_trim_whitespace(arr)
    empty = pc.or_(pc.is_null(stripped), pc.equal(stripped, "")).fill_null(True)
    return np.asarray(empty.to_numpy(zero_copy_only=False), dtype=bool) | placeholder_mask(arr)


def _examples(filled: pa.Array | pa.ChunkedArray, examples: int) -> list[str]:
    firsts = pc.unique(filled.slice(0, 1000) if len(filled) else filled).to_pylist()[:examples]
    return [str(v)[:80] for v in firsts]


def _sample(arr: pa.Array | pa.ChunkedArray, empty: np.ndarray | None) -> pd.Series:
    """What `viz.kinds.sample_values` returns, taken with the empty mask already known (text columns, no null)."""
    keep = np.arange(len(arr)) if empty is None else np.flatnonzero(~empty)
    if len(keep) > SAMPLE:
        keep = keep[::len(keep) // SAMPLE][:SAMPLE]
    picked = arr.take(pa.array(keep, type=pa.int64())) if len(keep) < len(arr) else arr
    return pd.Series(pc.utf8_trim_whitespace(picked).to_pandas(), dtype="str")


def column_facts(values: pd.Series | pa.ChunkedArray, examples: int = 3) -> ColumnFacts:
    """Missing (empty or blank cells, placeholders like `NA`), distinct non-empty values, a few examples, kind sample."""
    arr = _arrow(values)
    if not (pa.types.is_string(arr.type) or pa.types.is_large_string(arr.type)):
        empty = _blank(arr)
        filled = arr.filter(pa.array(~empty))
        distinct = int(pc.count_distinct(filled).as_py()) if len(filled) else 0
        return ColumnFacts(int(empty.sum()), distinct, _examples(filled, examples), None)
    if len(arr) >= _KEYED_ROWS and mostly_distinct(arr):  # ids, amounts, coordinates: sorted keys, no hash
        keyed = distinct_number_like(arr)  # (None unless every value is number-like: none blank, none a placeholder)
        if keyed is not None:
            return ColumnFacts(0, keyed, _examples(arr, examples), _sample(arr, None))
    uniques = pc.unique(arr)  # the one hash pass: everything else is asked of the distinct values
    blank_uniques = _blank(uniques)
    distinct = len(uniques) - int(blank_uniques.sum())
    if not blank_uniques.any():
        return ColumnFacts(0, distinct, _examples(arr, examples), _sample(arr, None))
    empty_set = uniques.filter(pa.array(blank_uniques)).drop_null()
    empty = np.asarray(pc.is_in(arr, value_set=empty_set).to_numpy(zero_copy_only=False), dtype=bool)
    if arr.null_count:
        empty |= np.asarray(pc.is_null(arr).to_numpy(zero_copy_only=False), dtype=bool)
    filled = arr.filter(pa.array(~empty))
    sample = None if arr.null_count else _sample(arr, empty)
    return ColumnFacts(int(empty.sum()), distinct, _examples(filled, examples), sample)


def profile_column(name: str, values: pd.Series, examples: int = 3, kind: str | None = None) -> ColumnProfile:
    """Kind, missing (empty or blank cells, placeholders like `NA`), distinct non-empty values and a few examples."""
    facts = column_facts(values, examples)
    kind = kind if kind is not None else detect_kind(name, values.rename(name))
    return ColumnProfile(name, kind, facts.missing, facts.distinct, facts.examples)


def all_facts(columns: list[pd.Series | pa.ChunkedArray]) -> list[ColumnFacts]:
    """`column_facts` of every column, two at a time on a big table: pyarrow's hashing releases the GIL, so the
    second core hashes the next column meanwhile."""
    if len(columns) < 2 or len(columns[0]) * len(columns) < _THREADED_CELLS:
        return [column_facts(c) for c in columns]
    with ThreadPoolExecutor(max_workers=2) as pool:
        return list(pool.map(column_facts, columns))



def _facts_and_kinds(table: pa.Table) -> tuple[list[ColumnFacts], list[str]] | None:
    """Facts of every column (two at a time on a big table), then the kinds of all columns from their samples in
    one call; None when a column needs the slow path. (Finding the kinds while the workers count was slower: the
    pandas work holds the GIL the counting numpy calls wait for.)"""
    from viz.kinds.batch import kinds_of_samples
    facts = all_facts(table.columns)
    if any(f.sample is None for f in facts):
        return None
    return facts, kinds_of_samples(table.column_names, [f.sample for f in facts])


def profile(table: pd.DataFrame | pa.Table) -> list[ColumnProfile]:
    """Profile every column of `table` (a pyarrow Table of text columns: without a pandas copy of it)."""
    from viz.kinds.batch import detect_kinds
    from viz.profile_wide import SHORT, WIDE, wide_counts
    if isinstance(table, pa.Table):
        if table.num_rows <= SAMPLE or table.num_columns >= WIDE:  # small: the pandas path, same answers
            return profile(table.to_pandas())
        got = _facts_and_kinds(table)
        if got is None:
            return profile(table.to_pandas())
        return [ColumnProfile(name, kind, f.missing, f.distinct, f.examples)
                for name, f, kind in zip(table.column_names, *got)]
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
