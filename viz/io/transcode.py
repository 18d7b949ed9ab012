"""Single-byte text (cp1252, latin-1, iso-8859-15) to UTF-8, one Arrow column at a time.

pyarrow's own `ReadOptions(encoding=...)` sends the whole file through Python's codec in one thread before it
parses. Parsed as bytes instead, the CSV is split on both cores; a column holding only ASCII is UTF-8 already (a
zero-copy view), and the others go through the same Python codec, their offsets shifted by the bytes each
non-ASCII character gains (found with numpy).
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np
import pyarrow as pa

SINGLE_BYTE = frozenset({"cp1252", "latin-1", "iso-8859-1", "iso-8859-15"})


@lru_cache(maxsize=8)
def _growth(encoding: str) -> np.ndarray:
    """How many bytes each byte value gains in UTF-8 (0 where `encoding` defines no character: the codec says so)."""
    grow = np.zeros(256, dtype=np.int64)
    for byte in range(0x80, 256):
        try:
            grow[byte] = len(bytes([byte]).decode(encoding).encode("utf-8")) - 1
        except UnicodeDecodeError:
            continue
    return grow


def chunk_to_utf8(arr: pa.Array, encoding: str) -> pa.Array | None:
    """`arr` (binary or large binary, no null) as UTF-8 text of the same offset width; None when it holds a byte
    `encoding` does not define (or a null)."""
    if arr.null_count:
        return None
    large = pa.types.is_large_binary(arr.type)
    text_type, width = (pa.large_string(), 8) if large else (pa.string(), 4)
    offsets = np.frombuffer(arr.buffers()[1], dtype=np.int64 if large else np.int32, count=len(arr) + 1,
                            offset=arr.offset * width)
    data = np.frombuffer(arr.buffers()[2] or b"", dtype=np.uint8)[offsets[0]:offsets[-1]]
    if not data.size or int(data.max()) < 0x80:
        return arr.view(text_type)  # ASCII is UTF-8 already
    try:
        utf8 = str(memoryview(data), encoding).encode("utf-8")
    except UnicodeDecodeError:
        return None
    if len(utf8) >= 1 << 31 and not large:
        return None
    high = np.flatnonzero(data >= 0x80)
    gained = np.concatenate(([0], np.cumsum(_growth(encoding)[data[high]])))  # before each non-ASCII byte
    rel = offsets - offsets[0]
    new_offsets = (rel + gained[np.searchsorted(high, rel)]).astype(np.int64 if large else np.int32)
    return pa.Array.from_buffers(text_type, len(arr), [None, pa.py_buffer(new_offsets), pa.py_buffer(utf8)])


def column_to_utf8(column: pa.ChunkedArray, encoding: str) -> pa.ChunkedArray | None:
    """Every chunk of a binary column as UTF-8 text, or None (see `chunk_to_utf8`)."""
    chunks = []
    for chunk in column.chunks:
        text = chunk_to_utf8(chunk, encoding)
        if text is None:
            return None
        chunks.append(text)
    return pa.chunked_array(chunks, type=pa.large_string() if pa.types.is_large_binary(column.type) else pa.string())
