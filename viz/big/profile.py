"""The first look (viz.profile) over a streamed file: the same columns, kinds, missing and distinct counts and
examples, gathered chunk by chunk.

Missing cells are summed; distinct values are counted exactly by 64-bit hashes up to DISTINCT_CAP per column
(beyond: « au moins »); examples are the first filled values; kinds are decided by viz.kinds.batch on a sample
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

DISTINCT_CAP = 2_000_000  # distinct values counted exactly per column (16 MB of hashes); beyond, a lower bound
_EXAMPLE_ROWS = 1000  # the in-memory first look picks its examples among the first 1,000 filled values


@dataclass
class _Spread:
    """Non-empty values at global positions multiple of `stride`, the stride doubled when they pass 2 x SAMPLE."""

    stride: int = 1
    seen: int = 0
    where: list[np.ndarray] = field(default_factory=list)
    values: list[pd.Series] = field(default_factory=list)

    def add(self, values: pd.Series) -> None:
        """Keep this chunk's values that fall on the stride."""
        text = values[~placeholder_mask(values)] if len(values) else values
        text = text[text.str.strip() != ""].str.strip()
        index = np.arange(self.seen, self.seen + len(text))
        self.seen += len(text)
        keep = index % self.stride == 0
        self.where.append(index[keep])
        self.values.append(text[keep].reset_index(drop=True))
        if sum(len(w) for w in self.where) > 2 * SAMPLE:
            self.stride *= 2
            where, vals = np.concatenate(self.where), pd.concat(self.values, ignore_index=True)
            keep = where % self.stride == 0
            self.where, self.values = [where[keep]], [vals[keep].reset_index(drop=True)]

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
    hashes: np.ndarray | None = field(default_factory=lambda: np.empty(0, dtype=np.uint64))
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
        if self.hashes is not None and len(filled):
            unique = pd.Series(pc.unique(filled).to_pandas(), dtype="str")
            hashed = pd.util.hash_pandas_object(unique, index=False).to_numpy()
            self.hashes = np.unique(np.concatenate([self.hashes, hashed]))
            if len(self.hashes) > DISTINCT_CAP:
                self.hashes = None
        self.spread.add(values)

    def profile(self, kind: str) -> ColumnProfile:
        distinct = DISTINCT_CAP if self.hashes is None else len(self.hashes)
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
    capped = [c.name for c in columns if c.hashes is None]
    return [c.profile(k) for c, k in zip(columns, kinds)], capped
