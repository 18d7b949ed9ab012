"""First look at a wide, short table in one pass: missing, distinct and examples of all columns at once.

`profile_column` costs about ten pyarrow calls per column whatever its size; with thousands of columns that
fixed cost is the whole time. Here the columns are stacked once and counted per column; the answers are
those of `profile_column` (tests/test_kinds_batch.py compares them).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from viz.placeholders import placeholder_mask

if TYPE_CHECKING:
    import pandas as pd

WIDE = 200  # columns from which the stacked pass is used
SHORT = 5000  # rows up to which the stack is small enough to hold


def wide_counts(table: pd.DataFrame, examples: int = 3) -> list[tuple[int, int, list[str]]]:
    """(missing, distinct, examples) per column, in order, as `profile_column` counts them."""
    import pandas as pd
    width, rows = table.shape[1], len(table)
    arr = pa.array(table.to_numpy(dtype=object).ravel(order="F"), type=pa.large_string(), from_pandas=True)
    codes = np.repeat(np.arange(width), rows)
    stripped = pc.utf8_trim_whitespace(arr)
    empty = pc.or_(pc.is_null(stripped), pc.equal(stripped, "")).fill_null(True).to_numpy(zero_copy_only=False)
    empty = np.asarray(empty, dtype=bool) | placeholder_mask(arr)
    missing = np.bincount(codes, weights=empty, minlength=width).astype(int)
    filled = pd.DataFrame({"c": codes[~empty], "v": pd.Series(arr.filter(pa.array(~empty)).to_pylist(), dtype=object)})
    distinct = np.bincount(filled.drop_duplicates().c.to_numpy(), minlength=width).astype(int)
    rank = filled.groupby("c").cumcount().to_numpy()
    firsts = filled[rank < 1000].drop_duplicates().groupby("c").head(examples)
    shown: list[list[str]] = [[] for _ in range(width)]
    for code, value in zip(firsts.c.to_numpy(), firsts.v.to_numpy()):
        shown[code].append(str(value)[:80])
    return [(int(missing[i]), int(distinct[i]), shown[i]) for i in range(width)]
