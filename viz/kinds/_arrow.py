"""Regex and set tests of the kinds run on the Arrow strings (RE2, in C++), not per value in Python.

pandas 3 runs `str.extract` and `isin` of its Arrow strings with a Python loop, and sends `\\d`, `\\s`, `\\w`, `\\b`
patterns on accented data to Python's `re` one value at a time (7x slower on a column holding « Saint-Étienne »).
The kinds therefore write `[0-9]` and SPACE (the literal characters Python's `\\s` matches) and use these helpers.
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from viz.retext import SPACE  # what Python's `\s` matches (str.isspace), as literal characters for RE2


def arrow(values: pd.Series) -> pa.Array | pa.ChunkedArray:
    """The Arrow strings behind `values` (no copy for the studio's text columns)."""
    arr = getattr(values.array, "_pa_array", None)
    if arr is not None and (pa.types.is_large_string(arr.type) or pa.types.is_string(arr.type)):
        return arr
    return pa.array(values.astype("str"), type=pa.large_string(), from_pandas=True)


@lru_cache(maxsize=16)
def value_set(values: frozenset[str]) -> pa.Array:
    """A reference set as an Arrow array, built once (pandas' `isin` rebuilds it value by value at every call)."""
    return pa.array(sorted(values), type=pa.large_string())


def isin(values: pd.Series, choices: frozenset[str]) -> np.ndarray:
    """Mask of the values found in `choices` (missing values are not)."""
    arr = arrow(values)
    found = pc.is_in(arr, value_set=value_set(choices).cast(arr.type)).fill_null(False)
    return np.asarray(found.to_numpy(zero_copy_only=False), dtype=bool)


def extract(values: pd.Series, pattern: str) -> pd.DataFrame:
    """`values.str.extract(pattern)` for patterns whose groups are all named and never match an empty text
    (RE2 gives "" for a group that did not take part; it becomes missing here, as in pandas)."""
    matched = pc.extract_regex(arrow(values), pattern)
    fields = matched.flatten()
    names = [matched.type.field(i).name for i in range(matched.type.num_fields)]
    out = pd.DataFrame({n: pc.if_else(pc.equal(f, ""), None, f).to_pandas() for n, f in zip(names, fields)},
                       columns=names)
    out.index = values.index
    return out
