"""Arrow helpers for step ops: a column as an Arrow text array, masks as numpy."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

# what Python's str.split()/strip() call whitespace, as an RE2 class (RE2's \s is ASCII only)
SPACES = r"[\s\x{0085}\x{00a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}\x{001c}-\x{001f}]"


def arrow(values: pd.Series) -> pa.Array:
    """A text column as one Arrow array (no copy for the studio's Arrow-backed columns)."""
    arr = pa.array(values, from_pandas=True)
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks()
    return arr if pa.types.is_string(arr.type) or pa.types.is_large_string(arr.type) else arr.cast(pa.string())


def mask(values: pa.Array | pa.ChunkedArray) -> np.ndarray:
    """A boolean Arrow result as a numpy mask (nulls are False)."""
    return np.asarray(values.fill_null(False).to_numpy(zero_copy_only=False), dtype=bool)


def series(values: pa.Array, like: pd.Series) -> pd.Series:
    """An Arrow text array back as a column with `like`'s index and dtype."""
    return pd.Series(values.to_pandas(), index=like.index, dtype=like.dtype)
