"""The first look (viz.profile) over a streamed file: the same columns, kinds, missing and distinct counts and
examples, gathered chunk by chunk.

Missing cells are summed; distinct values are counted exactly (Arrow's hash of the values kept so far) up to
DISTINCT_CAP per column (beyond: « au moins »); examples are the first filled values; kinds are decided by viz.kinds.batch on a sample
spread over the whole file, thinned as it grows, which is the in-memory sample itself up to 2 x SAMPLE values.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from viz.kinds import SAMPLE
from viz.placeholders import placeholder_mask
from viz.profile import ColumnProfile, _arrow

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
    values: list[pd.Series] = field(default_factory=list)

    def add(self, filled: pa.Array | pa.ChunkedArray) -> None:
        """Keep this chunk's filled values (no blank, no placeholder) that fall on the stride, stripped; the stride
        doubles first as long as they would pass 2 x SAMPLE (so a million-row chunk never goes through Python)."""
        start, end = self.seen, self.seen + len(filled)
        self.seen = end
        while sum(len(w) for w in self.where) + _multiples(start, end, self.stride) > 2 * SAMPLE:
            self.stride *= 2
            where = np.concatenate(self.where) if self.where else np.empty(0, dtype=np.int64)
            vals = pd.concat(self.values, ignore_index=True) if self.values else pd.Series([], dtype="str")
            keep = where % self.stride == 0
            self.where, self.values = [where[keep]], [vals[keep].reset_index(drop=True)]
        first = -start % self.stride
        keep = np.arange(first, end - start, self.stride)
        self.where.append(keep + start)
        self.values.append(pd.Series(filled.take(pa.array(keep)).to_pylist(), dtype="str").str.strip())

    def sample(self) -> pd.Series:
        """At most SAMPLE values spread over the column, as viz.kinds.sample_values picks them."""
        vals = pd.concat(self.values, ignore_index=True) if self.values else pd.Series([], dtype="str")
        if len(vals) > SAMPLE:
            vals = vals.iloc[:: len(vals) // SAMPLE].iloc[:SAMPLE]
        return vals.reset_index(drop=True)


@dataclass
class _Column:
    """What is known so far of one column."""

    name: str
    missing: int = 0
    uniques: pa.Array | None = field(default_factory=lambda: pa.array([], type=pa.large_string()))
    firsts: list[str] = field(default_factory=list)
    spread: _Spread = field(default_factory=_Spread)

    def add(self, values: pd.Series) -> None:
        """Count this chunk's missing and distinct values, keep early examples, feed the kind sample."""
        arr = _arrow(values)
        stripped = pc.utf8_trim_whitespace(arr)
        empty = pc.or_(pc.or_(pc.is_null(stripped), pc.equal(stripped, "")), pa.array(placeholder_mask(arr)))
        self.missing += int(pc.sum(empty).as_py() or 0)
        filled = pc.filter(arr, pc.invert(empty))
        if len(self.firsts) < _EXAMPLE_ROWS and len(filled):
            self.firsts += filled.slice(0, _EXAMPLE_ROWS - len(self.firsts)).to_pylist()
        if self.uniques is not None and len(filled):
            chunk = pc.unique(filled)
            chunk = chunk.combine_chunks() if isinstance(chunk, pa.ChunkedArray) else chunk
            self.uniques = pc.unique(pa.concat_arrays([self.uniques, chunk.cast(pa.large_string())]))
            if len(self.uniques) > DISTINCT_CAP:
                self.uniques = None
        self.spread.add(filled)

    def profile(self, kind: str) -> ColumnProfile:
        distinct = DISTINCT_CAP if self.uniques is None else len(self.uniques)
        examples = pc.unique(pa.array(self.firsts, type=pa.large_string())).to_pylist()[:3]
        return ColumnProfile(self.name, kind, self.missing, distinct, [str(v)[:80] for v in examples])


def stream_profile(chunks, names: list[str]) -> tuple[list[ColumnProfile], list[str]]:
    """(profiles, names of the columns whose distinct count is only a lower bound) over `chunks`
    (an iterable of (offset, table))."""
    from viz.kinds.batch import detect_kinds
    columns = [_Column(name) for name in names]
    for _offset, table in chunks:
        for col, name in zip(columns, table.columns):
            col.add(table[name])
    samples = [c.spread.sample() for c in columns]
    width = max([len(s) for s in samples] + [0])
    frame = pd.DataFrame({i: pd.concat([s, pd.Series([""] * (width - len(s)), dtype="str")], ignore_index=True)
                          for i, s in enumerate(samples)})
    frame.columns = names
    kinds = detect_kinds(frame) if names else []
    capped = [c.name for c in columns if c.uniques is None]
    return [c.profile(k) for c, k in zip(columns, kinds)], capped
