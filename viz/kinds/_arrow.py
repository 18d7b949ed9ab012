"""The kinds' tests on Arrow strings (RE2 and set lookups in C++, no pandas): the one place each rule is written.

Detectors take an Arrow string array (or a pandas Series, turned into its Arrow strings at the entry, without a copy
for pandas 3 text). Patterns write `[0-9]` and SPACE (the literal characters Python's `\\s` matches), never `\\d`,
`\\s`, `\\w`, `\\b` on accented text: these read the same in RE2 and in Python's `re`, so the answers are those
pandas gave when it ran them (pandas 3 ran such patterns in RE2 too). Missing values match nothing (except in the
"no" branches that said `values != values`: kept). Arrays go to
numpy and back through viz.arrownp: pyarrow's own conversions import pandas.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from viz.arrownp import bool_array, bools, index_array, numbers, string_array, string_scalar

Strings = pa.Array  # a string or large_string Arrow array


def arrow(values: Any) -> pa.Array:
    """The Arrow strings of `values` (a pandas Series, an Arrow array or chunked array, a list): no copy for text."""
    if isinstance(values, (list, tuple)):
        return string_array(list(values))
    if isinstance(values, pa.ChunkedArray):
        if values.num_chunks == 1:
            values = values.chunk(0)
        elif values.num_chunks == 0:
            values = pa.nulls(0, values.type)
        else:
            values = values.combine_chunks()
    if not isinstance(values, pa.Array):  # a pandas Series: its Arrow strings (pandas 3 text), else its text
        arr = getattr(values.array, "_pa_array", None)
        if arr is None or not (pa.types.is_large_string(arr.type) or pa.types.is_string(arr.type)):
            arr = pa.array(values.astype("str"), type=pa.large_string(), from_pandas=True)
        return arrow(arr)
    if not (pa.types.is_string(values.type) or pa.types.is_large_string(values.type)):
        values = pc.cast(values, pa.large_string())
    return values


def name_of(values: Any, name: str | None) -> str:
    """The column name a detector reads: `name`, else the Series' own name."""
    return str(name if name is not None else getattr(values, "name", None) or "")


def mask(result: pa.Array | pa.ChunkedArray) -> np.ndarray:
    """An Arrow boolean result as a numpy mask (missing is False)."""
    return bools(result)


def full(arr: Strings, pattern: str, ignore_case: bool = False) -> np.ndarray:
    """Mask of the values `pattern` matches whole (pandas' `str.fullmatch`)."""
    return mask(pc.match_substring_regex(arr, f"^(?:{pattern})$", ignore_case=ignore_case))


def prefix(arr: Strings, pattern: str) -> np.ndarray:
    """Mask of the values that begin with a match of `pattern` (pandas' `str.match`)."""
    return mask(pc.match_substring_regex(arr, f"^(?:{pattern})"))


def contains(arr: Strings, pattern: str) -> np.ndarray:
    """Mask of the values holding a match of `pattern` anywhere."""
    return mask(pc.match_substring_regex(arr, pattern))


def remove(arr: Strings, pattern: str) -> Strings:
    """`arr` with every match of `pattern` removed (RE2's replace is slow: first asked whether there is any)."""
    if not contains(arr, pattern).any():
        return arr
    return pc.replace_substring_regex(arr, pattern, "")


def where(arr: Strings, keep: np.ndarray, other: str = "") -> Strings:
    """`arr` where `keep`, `other` elsewhere (pandas' `Series.where(keep, other)`)."""
    return pc.if_else(bool_array(keep), arr, string_scalar(other, arr.type))


@lru_cache(maxsize=16)
def value_set(values: frozenset[str]) -> pa.Array:
    """A reference set as an Arrow array, built once."""
    return string_array(sorted(values))


def isin(values: Any, choices: frozenset[str]) -> np.ndarray:
    """Mask of the values found in `choices` (missing values are not): a few values are looked up in the Python
    set (Arrow would hash the whole reference at every call), many in Arrow."""
    arr = arrow(values)
    if len(arr) <= _FEW:
        return np.fromiter((v in choices for v in arr.to_pylist()), dtype=bool, count=len(arr))
    encoded = pc.dictionary_encode(arr)  # a column of a few communes: their names looked up once
    if len(encoded.dictionary) <= _FEW:
        index = numbers(encoded.indices, -1).astype(np.int64)
        return np.append(isin(encoded.dictionary, choices), False)[index]
    return mask(pc.is_in(arr, value_set=value_set(frozenset(choices)).cast(arr.type)))


def isin_where(arr: Strings, keep: np.ndarray, choices: frozenset[str]) -> np.ndarray:
    """`keep & isin(arr, choices)`, looking up only the values kept."""
    out = np.zeros(len(arr), dtype=bool)
    idx = np.flatnonzero(keep)
    if len(idx):
        out[idx] = isin(arr.take(index_array(idx)), choices)
    return out


_FEW = 2000


def only(arr: Strings, keep: np.ndarray, test: Callable[[Strings], np.ndarray]) -> np.ndarray:
    """`keep & test(arr)`, running `test` on the values kept only (a cheap test first spares a costly one)."""
    out = np.zeros(len(arr), dtype=bool)
    if keep.all():
        return np.asarray(test(arr), dtype=bool)
    if keep.any():
        out[keep] = test(arr.filter(bool_array(keep)))
    return out


def extract(arr: Strings, pattern: str) -> dict[str, pa.Array]:
    """The named groups of `pattern` (all named, none matching an empty text), one array each; missing where the
    value does not match (RE2 gives "" for a group that did not take part: missing too)."""
    matched = pc.extract_regex(arr, pattern)
    names = [matched.type.field(i).name for i in range(matched.type.num_fields)]
    found = bools(matched.is_valid())
    out = {}
    for n, f in zip(names, matched.flatten()):
        keep = found & bools(pc.is_valid(f)) & (numbers(pc.utf8_length(f), 0) > 0)
        out[n] = pc.if_else(bool_array(keep), f, string_scalar(None, f.type))
    return out


def floats(arr: pa.Array) -> np.ndarray:
    """Numbers of digit texts (NaN where missing)."""
    return numbers(pc.cast(arr, pa.float64()))
