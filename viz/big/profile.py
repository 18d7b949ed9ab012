"""The first look (viz.profile) over a streamed file: the same columns, kinds, missing and distinct counts and
examples, gathered chunk by chunk, in Arrow (no pandas).

Missing cells are summed; distinct values are counted exactly up to DISTINCT_CAP per column (beyond: « au
moins »): number-like columns (ids, amounts, coordinates) as sorted 64-bit keys (viz.distinct), other columns as
Arrow's distinct texts, merged when the new ones outnumber those kept (not at every chunk). Examples are the first
filled values; kinds are decided by viz.kinds.batch on a sample spread over the whole file, thinned as it grows,
which is the in-memory sample itself up to 2 x SAMPLE values.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from viz.arrownp import bool_array, bools, index_array, string_array
from viz.distinct import chunk_keys, holds_empty_key, key_texts, sorted_unique
from viz.profile import SAMPLE, ColumnProfile, _blank, _take

DISTINCT_CAP = 2_000_000  # distinct values counted exactly per column (some 40 MB of text); beyond, a lower bound
_EXAMPLE_ROWS = 1000  # the in-memory first look picks its examples among the first 1,000 filled values


def _multiples(start: int, end: int, stride: int) -> int:
    """How many multiples of `stride` lie in range(start, end)."""
    return -(-end // stride) - -(-start // stride)


@dataclass
class _Spread:
    """Non-empty values at global positions multiple of `stride`, the stride doubled when they pass 2 x SAMPLE."""

    stride: int = 1
    seen: int = 0
    where: list[np.ndarray] = field(default_factory=list)
    values: list[pa.Array] = field(default_factory=list)

    def add(self, filled: pa.Array | pa.ChunkedArray) -> None:
        """Keep this chunk's filled values (no blank, no placeholder) that fall on the stride, stripped; the stride
        doubles first as long as they would pass 2 x SAMPLE (so a million-row chunk never goes through Python)."""
        start, end = self.seen, self.seen + len(filled)
        self.seen = end
        while sum(len(w) for w in self.where) + _multiples(start, end, self.stride) > 2 * SAMPLE:
            self.stride *= 2
            where, values = self._joined()
            keep = where % self.stride == 0
            self.where, self.values = [where[keep]], [values.filter(bool_array(keep))]
        keep = np.arange(-start % self.stride, end - start, self.stride)
        self.where.append(keep + start)
        picked = pc.utf8_trim_whitespace(_take(filled, keep))
        self.values.append(picked.combine_chunks() if isinstance(picked, pa.ChunkedArray) else picked)

    def _joined(self) -> tuple[np.ndarray, pa.Array]:
        where = np.concatenate(self.where) if self.where else np.empty(0, dtype=np.int64)
        values = pa.concat_arrays(self.values) if self.values else string_array([])
        return where, values

    def sample(self) -> pa.Array:
        """At most SAMPLE values spread over the column, as viz.kinds.sample_values picks them."""
        _, values = self._joined()
        if len(values) > SAMPLE:
            values = values.take(index_array(np.arange(0, len(values), len(values) // SAMPLE)[:SAMPLE]))
        return values


@dataclass
class _Column:
    """What is known so far of one column."""

    name: str
    missing: int = 0
    number_like: bool = True  # every value so far 1 to 16 characters of `0-9 . , - +` and space
    keys: np.ndarray | None = None  # its distinct values as sorted keys (while it is number-like, below the cap)
    texts: pa.Array | None = None  # its distinct texts (once it is not)
    pending: list[pa.Array] = field(default_factory=list)  # distinct texts of recent chunks, merged in bulk
    capped: bool = False  # more than DISTINCT_CAP distinct values: no longer counted
    firsts: list[str] = field(default_factory=list)
    spread: _Spread = field(default_factory=_Spread)

    def add(self, arr: pa.Array | pa.ChunkedArray) -> None:
        """Count this chunk's missing and distinct values, keep early examples, feed the kind sample."""
        keys = chunk_keys(arr) if self.number_like else None
        self.number_like = keys is not None
        distinct = None if keys is None else sorted_unique(keys)
        if distinct is not None and not holds_empty_key(distinct):  # number-like, none blank: all filled
            filled = arr
            if not self.capped:
                self._add_keys(distinct)
        else:
            uniques = pc.unique(arr)
            blank = _blank(uniques)
            empty = bools(pc.is_in(arr, value_set=uniques.filter(bool_array(blank)))) if blank.any() else None
            self.missing += 0 if empty is None else int(empty.sum())
            filled = arr if empty is None else arr.filter(bool_array(~empty))
            if not self.capped:
                self._add_texts(uniques.filter(bool_array(~blank)))
        if len(self.firsts) < _EXAMPLE_ROWS and len(filled):
            self.firsts += filled.slice(0, _EXAMPLE_ROWS - len(self.firsts)).to_pylist()
        self.spread.add(filled)

    def _add_keys(self, distinct: np.ndarray) -> None:
        if self.texts is not None or self.pending:  # counted as texts already: these keys are texts too
            self._add_texts(key_texts(distinct))
            return
        both = distinct if self.keys is None else np.concatenate([self.keys, distinct])
        self.keys = sorted_unique(both)
        if len(self.keys) > DISTINCT_CAP:
            self.keys, self.capped = None, True

    def _add_texts(self, distinct: pa.Array) -> None:
        """Distinct texts of a chunk (the keys kept so far become texts first), merged once they outnumber those
        already merged: each text is hashed a few times over the file, not once per chunk."""
        if self.keys is not None:
            self.texts, self.keys = key_texts(self.keys), None
        self.pending.append(distinct.cast(pa.large_string()))
        if sum(len(p) for p in self.pending) >= max(0 if self.texts is None else len(self.texts), 1 << 16):
            self._merge_texts()

    def _merge_texts(self) -> None:
        parts = ([] if self.texts is None else [self.texts]) + self.pending
        self.pending = []
        if parts:
            self.texts = pc.unique(pa.concat_arrays(parts))
            if len(self.texts) > DISTINCT_CAP:
                self.texts, self.capped = None, True

    def distinct(self) -> int:
        """Distinct filled values (DISTINCT_CAP when there were more)."""
        if not self.capped:
            self._merge_texts()
        if self.capped:
            return DISTINCT_CAP
        return len(self.keys) if self.keys is not None else 0 if self.texts is None else len(self.texts)

    def profile(self, kind: str) -> ColumnProfile:
        examples = pc.unique(string_array(self.firsts)).to_pylist()[:3]
        return ColumnProfile(self.name, kind, self.missing, self.distinct(), [str(v)[:80] for v in examples])


def stream_profile(chunks: Iterable[tuple[int, pa.Table]], names: list[str]) -> tuple[list[ColumnProfile], list[str]]:
    """(profiles, names of the columns whose distinct count is only a lower bound) over `chunks`
    (an iterable of (offset, Arrow table of text))."""
    from viz.kinds.batch import kinds_of_samples
    columns = [_Column(name) for name in names]
    for _offset, table in chunks:
        for col, values in zip(columns, table.columns):
            col.add(values)
    kinds = kinds_of_samples(names, [c.spread.sample() for c in columns]) if names else []
    profiles = [c.profile(k) for c, k in zip(columns, kinds)]
    return profiles, [c.name for c in columns if c.capped]
