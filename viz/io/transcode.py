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

from viz.arrownp import text_buffers

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
    text_type = pa.large_string() if large else pa.string()
    rel, data = text_buffers(arr)
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


BYTES_KEY = b"viz.bytes"  # schema metadata of a table left as bytes: the single-byte encoding of its text


@lru_cache(maxsize=8)
def _undefined(encoding: str) -> tuple[int, ...]:
    """The byte values `encoding` defines no character for (cp1252: 0x81, 0x8D, 0x8F, 0x90, 0x9D)."""
    missing = []
    for byte in range(0x80, 256):
        try:
            bytes([byte]).decode(encoding)
        except UnicodeDecodeError:
            missing.append(byte)
    return tuple(missing)


def column_defined(column: pa.ChunkedArray, encoding: str) -> bool:
    """True when every byte of a binary column (no null) is a character of `encoding`: decoding it later cannot
    fail (an ASCII chunk costs one max; the others a comparison per undefined byte value)."""
    undefined = _undefined(encoding)
    for chunk in column.chunks:
        if chunk.null_count:
            return False
        data = text_buffers(chunk)[1]
        if not data.size or int(data.max()) < 0x80:
            continue
        if any(bool((data == byte).any()) for byte in undefined):
            return False
    return True


def as_bytes(table: pa.Table, encoding: str) -> pa.Table:
    """`table` (binary columns of `encoding` text) marked so that `to_text` and the profile know how to read it."""
    return table.replace_schema_metadata({BYTES_KEY: encoding.encode("ascii")})


def bytes_encoding(table: pa.Table) -> str | None:
    """The encoding of a table left as bytes by `as_bytes`, None for a table of text."""
    meta = table.schema.metadata or {}
    return meta[BYTES_KEY].decode("ascii") if BYTES_KEY in meta else None


def decode(values: pa.Array | pa.ChunkedArray, encoding: str | None) -> pa.Array | pa.ChunkedArray:
    """Binary values of `encoding` as UTF-8 text (values already text, or `encoding` None: as they are)."""
    if encoding is None or not (pa.types.is_binary(values.type) or pa.types.is_large_binary(values.type)):
        return values
    text = column_to_utf8(values, encoding) if isinstance(values, pa.ChunkedArray) else chunk_to_utf8(values, encoding)
    if text is None:
        raise ValueError(f"bytes that {encoding} does not define")  # column_defined was asked before: never
    return text


def to_text(table: pa.Table) -> pa.Table:
    """A table left as bytes made text (every column UTF-8); a table of text as it is."""
    encoding = bytes_encoding(table)
    if encoding is None:
        return table
    return pa.Table.from_arrays([decode(c, encoding) for c in table.columns], names=table.column_names)
