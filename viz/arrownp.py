"""Arrow arrays to numpy and back through their buffers, without waking pyarrow's pandas shim.

`pa.array`, `pa.scalar`, `Array.to_numpy` and `fill_null` import pandas the first time they run (0.4 s, 40 MB), even
on a boolean array: the kinds of `viz inspect` go through these few functions instead, so a command that needs no
pandas does not load it (tests/test_kinds_arrow.py runs them in a fresh process).
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np
import pyarrow as pa


def _single(arr: pa.Array | pa.ChunkedArray) -> pa.Array:
    """One array of the chunks (the chunk itself when there is one)."""
    if isinstance(arr, pa.ChunkedArray):
        if arr.num_chunks == 1:
            return arr.chunk(0)
        return pa.concat_arrays(arr.chunks) if arr.num_chunks else pa.nulls(0, arr.type)
    return arr


def _bits(buffer: pa.Buffer, offset: int, length: int) -> np.ndarray:
    """`length` bits of a validity or boolean buffer, from bit `offset`."""
    raw = np.frombuffer(buffer, dtype=np.uint8)
    return np.unpackbits(raw, bitorder="little", count=offset + length)[offset:].astype(bool)


def valid(arr: pa.Array | pa.ChunkedArray) -> np.ndarray:
    """Mask of the values that are not missing."""
    arr = _single(arr)
    if arr.null_count == 0:
        return np.ones(len(arr), dtype=bool)
    if arr.null_count == len(arr) or arr.buffers()[0] is None:
        return np.zeros(len(arr), dtype=bool)
    return _bits(arr.buffers()[0], arr.offset, len(arr))


def bools(arr: pa.Array | pa.ChunkedArray) -> np.ndarray:
    """A boolean Arrow array as a numpy mask (missing is False)."""
    arr = _single(arr)
    if len(arr) == 0 or arr.null_count == len(arr):
        return np.zeros(len(arr), dtype=bool)
    out = _bits(arr.buffers()[1], arr.offset, len(arr))
    return out & valid(arr) if arr.null_count else out


def numbers(arr: pa.Array | pa.ChunkedArray, missing: float = np.nan) -> np.ndarray:
    """A numeric Arrow array as numpy (float64 when `missing` is NaN, else its own type), `missing` where missing."""
    arr = _single(arr)
    dtype = np.dtype(str(arr.type)) if not pa.types.is_null(arr.type) else np.dtype(np.float64)
    if len(arr) == 0 or arr.null_count == len(arr):
        return np.full(len(arr), missing, dtype=np.float64 if np.isnan(missing) else dtype)
    out = np.frombuffer(arr.buffers()[1], dtype=dtype)[arr.offset:arr.offset + len(arr)]
    out = out.astype(np.float64) if np.isnan(missing) else out.copy()
    if arr.null_count:
        out[~valid(arr)] = missing
    return out


def bool_array(mask: np.ndarray) -> pa.Array:
    """A numpy mask as an Arrow boolean array."""
    mask = np.asarray(mask, dtype=bool)
    return pa.Array.from_buffers(pa.bool_(), len(mask), [None, pa.py_buffer(np.packbits(mask, bitorder="little"))])


def index_array(idx: np.ndarray) -> pa.Array:
    """Numpy positions as an Arrow int64 array (for `take`)."""
    idx = np.ascontiguousarray(idx, dtype=np.int64)
    return pa.Array.from_buffers(pa.int64(), len(idx), [None, pa.py_buffer(idx)])


def int_array(values: list[int]) -> pa.Array:
    """Python ints as an Arrow int64 array."""
    return index_array(np.array(values, dtype=np.int64))


def string_array(texts: list[str]) -> pa.Array:
    """Python texts (none missing) as an Arrow large_string array."""
    encoded = [t.encode("utf-8") for t in texts]
    offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
    np.cumsum([len(e) for e in encoded], out=offsets[1:])
    return pa.Array.from_buffers(pa.large_string(), len(encoded),
                                 [None, pa.py_buffer(offsets), pa.py_buffer(b"".join(encoded))])


@lru_cache(maxsize=32)
def string_scalar(text: str | None, type_: pa.DataType = pa.large_string()) -> pa.Scalar:
    """An Arrow text scalar of `type_` (missing for None)."""
    if text is None:
        return pa.nulls(1, type_)[0]
    return string_array([text]).cast(type_)[0]


def text_buffers(arr: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    """Offsets (counted from the first value's first byte) and bytes of a text or binary array's values, as numpy
    views of its buffers (the bytes are not copied; an empty or all-empty array gives no bytes)."""
    large = pa.types.is_large_string(arr.type) or pa.types.is_large_binary(arr.type)
    kind = np.int64 if large else np.int32
    if not len(arr) or arr.buffers()[1] is None:
        return np.zeros(len(arr) + 1, dtype=kind), np.zeros(0, dtype=np.uint8)
    offsets = np.frombuffer(arr.buffers()[1], dtype=kind)[arr.offset:arr.offset + len(arr) + 1]
    data = arr.buffers()[2]
    raw = np.frombuffer(data, dtype=np.uint8)[offsets[0]:offsets[-1]] if data is not None else np.zeros(0, np.uint8)
    return offsets - offsets[0], raw
