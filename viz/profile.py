"""First look at a table: per column its kind, missing values, distinct values and examples.

Each column is hashed once (`pc.unique`, in C++): blank cells and placeholders are recognised on its distinct
values only, and the sample the kinds are decided on is taken from the same mask, so a million-row column costs
one pass plus a sample, not a second full pass per question."""
from __future__ import annotations

from dataclasses import asdict, dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from viz.kinds import SAMPLE, detect_kind
from viz.placeholders import placeholder_mask


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


def _arrow(values: pd.Series) -> pa.ChunkedArray | pa.Array:
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


def column_facts(values: pd.Series, examples: int = 3) -> ColumnFacts:
    """Missing (empty or blank cells, placeholders like `NA`), distinct non-empty values, a few examples, kind sample."""
    arr = _arrow(values)
    if not (pa.types.is_string(arr.type) or pa.types.is_large_string(arr.type)):
        empty = _blank(arr)
        filled = arr.filter(pa.array(~empty))
        distinct = int(pc.count_distinct(filled).as_py()) if len(filled) else 0
        return ColumnFacts(int(empty.sum()), distinct, _examples(filled, examples), None)
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


def profile(table: pd.DataFrame) -> list[ColumnProfile]:
    """Profile every column of `table`."""
    from viz.kinds.batch import detect_kinds
    from viz.profile_wide import SHORT, WIDE, wide_counts
    if table.shape[1] >= WIDE and len(table) <= SHORT:
        kinds = detect_kinds(table)  # all columns at once: no fixed cost per column (5,000 columns in seconds)
        try:
            return [ColumnProfile(str(name), kind, *counts)
                    for name, kind, counts in zip(table.columns, kinds, wide_counts(table))]
        except (pa.ArrowInvalid, pa.ArrowTypeError):  # cells that are not text: column by column below
            facts = [column_facts(table[name]) for name in table.columns]
    else:
        facts = [column_facts(table[name]) for name in table.columns]
        samples = [f.sample for f in facts]
        kinds = detect_kinds(table, samples=samples if all(s is not None for s in samples) else None)
    return [ColumnProfile(str(name), kind, f.missing, f.distinct, f.examples)
            for name, kind, f in zip(table.columns, kinds, facts)]
