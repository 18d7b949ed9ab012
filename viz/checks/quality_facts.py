"""Facts about a column computed once and shared by every quality check (distinct values, masks, bytes).

A column of a million rows usually holds few distinct values: regexes then run once per distinct
value and are mapped back to the rows (`per_row`). Columns with many distinct values are worked on
row by row. Byte-level facts (`has_bytes`) let checks skip a column cheaply when a pattern cannot
match; they only skip work, never change a result.
"""
from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from viz.arrownp import text_buffers

SAMPLE_SIZE = 2000
DIGITS = r"\d+"
# Python's `\s` (str.isspace) written for RE2, whose own `\s` is ASCII only: same cells matched on any text
PY_SPACE = r"[\x{9}-\x{d}\x{1c}-\x{20}\x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}]"
_PROBE = 20_000         # rows looked at (spread over the column) to guess whether distinct values are few
_FEW = 0.9              # dictionary-encode unless nearly every probed value is distinct
_MANY = 2000            # more distinct probed values than this: short codes are hashed as integers
_SPLIT_ROWS = 200_000   # from this many rows, a column of many distinct long texts is encoded in two halves at once
_PARALLEL_ROWS = 100_000  # from this many rows, column facts are built two columns at a time
_ONES = np.uint64(0x0101010101010101)
_HIGH = np.uint64(0x8080808080808080)
# Tables whose facts are shared right now (per thread and task: Streamlit runs sessions in threads)
_ACTIVE: ContextVar[tuple[tuple[pd.DataFrame, dict[str, ColumnFacts], dict[str, Any]], ...]] = ContextVar(
    "shared_facts", default=())


def re2(pattern: str) -> str:
    """Python `\\uXXXX` escapes written the RE2 way (`\\x{XXXX}`), which pyarrow understands."""
    return re.sub(r"\\u([0-9a-fA-F]{4})", r"\\x{\1}", pattern)


def to_arrow(values: pd.Series | pa.Array | pa.ChunkedArray) -> pa.Array | pa.ChunkedArray:
    """An arrow string array of a text Series, chunked as pandas stores it (no copy when arrow-backed)."""
    if isinstance(values, pd.Series):
        values = pa.array(values.array) if str(values.dtype) == "str" else pa.array(values.astype("str").tolist())
    if not (pa.types.is_string(values.type) or pa.types.is_large_string(values.type)):
        values = values.cast(pa.string())
    return values


def one_array(arr: pa.Array | pa.ChunkedArray) -> pa.Array:
    """The values as one arrow array: a single chunk as it is (pyarrow's combine_chunks would copy it)."""
    if not isinstance(arr, pa.ChunkedArray):
        return arr
    return arr.chunk(0) if arr.num_chunks == 1 else arr.combine_chunks()


def take(arr: pa.Array | pa.ChunkedArray, positions: np.ndarray) -> pa.Array:
    """`arr.take(positions)` as one array; on a chunked array, chunk by chunk (pyarrow's chunked take is slow)."""
    positions = np.asarray(positions, dtype=np.int64)
    if isinstance(arr, pa.ChunkedArray) and (arr.num_chunks <= 1 or len(positions) == 0):
        arr = arr.chunk(0) if arr.num_chunks == 1 else arr.combine_chunks()
    if isinstance(arr, pa.Array):
        return arr.take(pa.array(positions))
    bounds = np.cumsum([0] + [len(c) for c in arr.chunks])
    which = np.searchsorted(bounds, positions, side="right") - 1
    order = np.argsort(which, kind="stable")
    parts = [arr.chunk(k).take(pa.array(positions[order][which[order] == k] - bounds[k]))
             for k in np.unique(which)]
    inverse = np.empty_like(order)
    inverse[order] = np.arange(len(order))
    return pa.concat_arrays(parts).take(pa.array(inverse))


def regex_mask(arr: pa.Array, pattern: str, full: bool = False) -> np.ndarray:
    """Boolean numpy mask of the cells of an arrow array matching `pattern` (RE2), False for nulls."""
    if full and pattern == DIGITS:  # same answer as RE2's ASCII `^\d+$`, ten times faster
        return np.asarray(pc.ascii_is_decimal(arr).fill_null(False).to_numpy(zero_copy_only=False), dtype=bool)
    regex = re2(pattern)
    if full:
        regex = f"^(?:{regex})$"
    return np.asarray(pc.match_substring_regex(arr, regex).fill_null(False).to_numpy(zero_copy_only=False), dtype=bool)


def _has_zero_byte(words: np.ndarray) -> bool:
    """Whether any byte of these 64-bit words is zero (the classic `(v - 0x01..) & ~v & 0x80..` test)."""
    return bool(((words - _ONES) & ~words & _HIGH).any())


def array_bytes(arr: pa.Array | pa.ChunkedArray) -> Iterator[np.ndarray]:
    """The text bytes of an arrow string array, one numpy uint8 view per chunk (no copy)."""
    for chunk in (arr.chunks if isinstance(arr, pa.ChunkedArray) else [arr]):
        if len(chunk) and chunk.buffers()[2] is not None:
            yield text_buffers(chunk)[1]


def array_words(arr: pa.Array | pa.ChunkedArray) -> list[np.ndarray]:
    """The text bytes of an arrow string array as 64-bit words, one numpy array per chunk (padded with a byte
    already present, so byte tests stay exact)."""
    out = []
    for chunk in (arr.chunks if isinstance(arr, pa.ChunkedArray) else [arr]):
        if not len(chunk) or chunk.buffers()[2] is None:
            continue
        raw = text_buffers(chunk)[1]
        if len(raw) % 8:
            raw = np.concatenate([raw, np.full(8 - len(raw) % 8, raw[0], dtype=np.uint8)])
        out.append(raw.view(np.uint64))
    return out


def words_have_bytes(words: list[np.ndarray], chars: str | bytes) -> bool:
    """Whether any of these bytes (a str is taken as its UTF-8 bytes) occurs in `array_words` output."""
    for byte in set(chars.encode("utf-8") if isinstance(chars, str) else chars):
        pattern = _ONES * np.uint64(byte)
        if any(_has_zero_byte(w ^ pattern) for w in words):
            return True
    return False


def short_codes(arr: pa.Array) -> np.ndarray | None:
    """Each cell of a string array as one uint64 (its bytes, and its length in the top byte: two different texts
    never give the same number), or None when a cell is longer than 7 bytes."""
    if not pa.types.is_string(arr.type) and not pa.types.is_large_string(arr.type):
        return None
    offsets, raw = text_buffers(arr)
    lengths = np.diff(offsets)
    if not len(lengths) or lengths.max() > 7:
        return None
    raw = np.concatenate([raw, np.zeros(8, dtype=np.uint8)])
    at_byte = np.ndarray((len(raw) - 7,), dtype="<u8", buffer=raw, strides=(1,))  # the 8 bytes from each byte on
    bits = lengths.astype(np.uint64) << np.uint64(3)
    return (at_byte[offsets[:-1]] & ((np.uint64(1) << bits) - np.uint64(1))) | (bits << np.uint64(53))


def dictionary_encode(arr: pa.Array, packed: np.ndarray) -> pa.DictionaryArray | None:
    """pc.dictionary_encode(arr) from its cells packed as integers (short_codes): the same dictionary in the same
    order (first appearance) and the same indices, but hashing integers, several times faster when a column holds
    tens of thousands of different short codes (INSEE or postal codes); None if the result cannot be rebuilt."""
    valid = None if not arr.null_count else ~np.asarray(arr.is_valid().to_numpy(zero_copy_only=False), dtype=bool)
    indices = pc.dictionary_encode(pa.array(packed, mask=valid)).indices
    codes = np.asarray(indices.fill_null(-1).to_numpy(zero_copy_only=False), dtype=np.int64)
    if not len(codes):
        return None
    new = np.empty(len(codes), dtype=bool)  # a code's first row: the first code larger than all before it
    new[0] = codes[0] >= 0
    np.greater(codes[1:], np.maximum.accumulate(codes)[:-1], out=new[1:])
    firsts = np.flatnonzero(new)
    if len(firsts) != int(codes.max()) + 1:
        return None
    return pa.DictionaryArray.from_arrays(indices, arr.take(pa.array(firsts)))


def encode_halves(arr: pa.Array) -> pa.DictionaryArray:
    """pc.dictionary_encode(arr) (no nulls) with each half encoded on its own thread, then merged: the first half's
    values, then the values new in the second half in their order — arrow's dictionary, order and indices exactly.
    Tens of thousands of long distinct texts (e-mail addresses) take arrow half a second on one core."""
    from concurrent.futures import ThreadPoolExecutor
    half = len(arr) // 2
    with ThreadPoolExecutor(1) as helper:
        second = helper.submit(pc.dictionary_encode, arr.slice(half))
        first = pc.dictionary_encode(arr.slice(0, half))
        second = second.result()
    known = pc.index_in(second.dictionary, value_set=first.dictionary)
    new = np.asarray(known.is_null().to_numpy(zero_copy_only=False), dtype=bool)
    mapping = np.array(known.fill_null(0).to_numpy(zero_copy_only=False), dtype=np.int32)  # a writable copy
    mapping[new] = len(first.dictionary) + np.arange(int(new.sum()), dtype=np.int32)
    indices = np.concatenate([np.asarray(first.indices.to_numpy(zero_copy_only=False), dtype=np.int32),
                              mapping[np.asarray(second.indices.to_numpy(zero_copy_only=False))]])
    dictionary = pa.concat_arrays([first.dictionary, second.dictionary.filter(pa.array(new))])
    return pa.DictionaryArray.from_arrays(pa.array(indices, type=first.indices.type), dictionary)


class ColumnFacts:
    """One text column: its arrow array, its units (distinct values or rows) and cached masks."""

    def __init__(self, values: pd.Series) -> None:
        self.values = values
        self.arr = one_array(to_arrow(values))  # one copy, if chunked, saves a per-chunk loop in every take below
        self.n = len(self.arr)
        self._masks: dict[tuple[str, bool], np.ndarray] = {}
        self._samples: dict[int, pd.Series] = {}
        self._cache: dict[str, Any] = {}
        self.probe_all_distinct = False  # every probed value differs (the column may be an identifier)
        self.units, self.codes, self.weights = self._encode()

    def _encode(self) -> tuple[pa.Array, np.ndarray | None, np.ndarray | None]:
        """(distinct values, row -> unit codes, rows per unit) when distinct values are few, else the rows."""
        probe = self.arr if self.n <= _PROBE else take(self.arr, np.arange(0, self.n, self.n // _PROBE))
        distinct = pc.count_distinct(probe).as_py()  # nulls not counted
        self.probe_all_distinct = distinct + (probe.null_count > 0) == len(probe)
        if self.n < 64 or distinct > _FEW * len(probe):
            return self.arr, None, None
        packed = short_codes(self.arr) if distinct > _MANY else None
        encoded = dictionary_encode(self.arr, packed) if packed is not None else None
        if encoded is None and distinct > _MANY and self.n >= _SPLIT_ROWS and not self.arr.null_count:
            encoded = encode_halves(self.arr)
        if encoded is None:
            encoded = pc.dictionary_encode(self.arr)  # one array: faster than chunk by chunk
        uniques, codes = encoded.dictionary, encoded.indices
        if codes.null_count:
            uniques = pa.concat_arrays([uniques, pa.array([None], type=uniques.type)])
            codes = codes.fill_null(len(uniques) - 1)
        codes_np = np.asarray(codes.to_numpy(zero_copy_only=False), dtype=np.intp)
        return uniques, codes_np, np.bincount(codes_np, minlength=len(uniques))

    def all_distinct(self) -> bool:
        """Whether no two cells are equal (two missing cells count as equal, as in pandas' duplicated)."""
        if "all_distinct" not in self._cache:
            self._cache["all_distinct"] = self.probe_all_distinct and len(pc.unique(self.arr)) == self.n
        return self._cache["all_distinct"]

    def take(self, positions: np.ndarray) -> pd.Series:
        """The cells at these positions as a text Series (with their index labels), without pandas' slow take."""
        if str(self.values.dtype) != "str":
            return self.values.iloc[positions]
        return pd.Series(take(self.arr, positions), dtype="str", index=self.values.index[positions])

    def per_row(self, unit_mask: np.ndarray) -> np.ndarray:
        """A per-unit boolean broadcast to the rows."""
        return unit_mask if self.codes is None else unit_mask[self.codes]

    def rows_in(self, unit_mask: np.ndarray) -> int:
        """How many rows the True units stand for."""
        return int(unit_mask.sum()) if self.weights is None else int(self.weights[unit_mask].sum())

    def unit_match(self, pattern: str, full: bool = False, skip: np.ndarray | None = None) -> np.ndarray:
        """Per-unit mask of the values matching `pattern` (cached); `skip` marks units known not to match."""
        key = (pattern, full)
        if key not in self._masks:
            if skip is not None and skip.mean() > 0.5:
                todo = np.flatnonzero(~skip)
                mask = np.zeros(len(self.units), dtype=bool)
                mask[todo] = regex_mask(take(self.units, todo), pattern, full)
            else:
                mask = regex_mask(self.units, pattern, full)
            self._masks[key] = mask
        return self._masks[key]

    def unit_digits(self) -> np.ndarray:
        """Per-unit mask of the values made of ASCII digits only (`^\\d+$`)."""
        return self.unit_match(DIGITS, full=True)

    def match(self, pattern: str, full: bool = False) -> np.ndarray:
        """Per-row mask of the cells matching `pattern` (whole cell when `full`)."""
        return self.per_row(self.unit_match(pattern, full))

    def unit_nonempty(self) -> np.ndarray:
        """Per-unit mask of the non-empty values (a null is not equal to "", as in pandas)."""
        if "nonempty" not in self._cache:
            self._cache["nonempty"] = np.asarray(
                pc.not_equal(self.units, "").fill_null(True).to_numpy(zero_copy_only=False), dtype=bool)
        return self._cache["nonempty"]

    def nonempty(self) -> np.ndarray:
        """Per-row mask of the non-empty cells."""
        return self.per_row(self.unit_nonempty())

    def unit_trimmed(self) -> pa.Array:
        """The units with spaces (Unicode ones too) stripped at both ends."""
        if "trimmed" not in self._cache:
            self._cache["trimmed"] = pc.utf8_trim_whitespace(self.units)
        return self._cache["trimmed"]

    def _bytes(self) -> np.ndarray:
        """Which of the 256 byte values occur in the column's text (one pass, cached; bytes under a null may
        count, which only makes a test say « maybe », never change a result)."""
        if "bytes" not in self._cache:
            present = np.zeros(256, dtype=bool)
            for raw in array_bytes(self.units):  # arrow's distinct bytes: a 256-entry table, no copy of the text
                present[np.asarray(pc.unique(pa.array(raw)).to_numpy(zero_copy_only=False))] = True
            self._cache["bytes"] = present
        return self._cache["bytes"]

    def has_bytes(self, chars: str | bytes) -> bool:
        """Whether any of these bytes (a str is taken as its UTF-8 bytes) occurs in the column's text."""
        wanted = list(set(chars.encode("utf-8") if isinstance(chars, str) else chars))
        return bool(self._bytes()[wanted].any())

    def has_byte_below(self, limit: int) -> bool:
        """Whether a byte below `limit` (at most 128) occurs: `0x21` finds spaces, tabs and control characters."""
        return bool(self._bytes()[:limit].any())

    def is_ascii(self) -> bool:
        """Whether the column's text is pure ASCII (no byte of 0x80 or more)."""
        return not self._bytes()[128:].any()

    def sample(self, size: int = SAMPLE_SIZE) -> pd.Series:
        """The first and a spread of later non-empty values: enough to decide what a column holds."""
        if size not in self._samples:
            idx = np.flatnonzero(self.nonempty())
            if len(idx) > size:
                step = max(1, len(idx) // (size // 2))
                idx = np.concatenate([idx[: size // 2], idx[::step][: size // 2]])
            self._samples[size] = self.take(idx)
        return self._samples[size]


def _text(table: pd.DataFrame, column: str) -> pd.Series:
    col = table[column]
    if str(col.dtype) != "str":
        col = col.fillna("").astype("str")
    return col


def column_facts(table: pd.DataFrame, column: str) -> ColumnFacts:
    """The facts of `table[column]`, shared while `shared_facts(table)` is active, else fresh."""
    for active, cache, _ in _ACTIVE.get():
        if active is table:
            if column not in cache:
                cache[column] = ColumnFacts(_text(table, column))
            return cache[column]
    return ColumnFacts(_text(table, column))


def table_fact(table: pd.DataFrame, name: str, compute: Callable[[pd.DataFrame], Any]) -> Any:
    """`compute(table)`, computed once while `shared_facts(table)` is active (the table is not changed meanwhile)."""
    for active, _, facts in _ACTIVE.get():
        if active is table:
            if name not in facts:
                facts[name] = compute(table)
            return facts[name]
    return compute(table)


def build_facts(table: pd.DataFrame, workers: int = 2) -> None:
    """Every column's shared facts built now, `workers` columns at a time on a large table (arrow's distinct values
    and numpy release the GIL): the same facts the checks would build one by one, sooner on two cores."""
    cache = next((cache for active, cache, _ in _ACTIVE.get() if active is table), None)
    todo = [column for column in table.columns if cache is not None and column not in cache]
    if len(todo) < 2 or len(table) < _PARALLEL_ROWS or workers < 2:
        return
    from concurrent.futures import ThreadPoolExecutor
    with ThreadPoolExecutor(workers) as pool:
        for column, facts in zip(todo, pool.map(lambda c: ColumnFacts(_text(table, c)), todo)):
            cache.setdefault(column, facts)


@contextlib.contextmanager
def worker_pool(table: pd.DataFrame, workers: int = 2) -> Iterator[Any]:
    """Two worker threads for the checks of a large table (their arrow and numpy work releases the GIL), else None."""
    if len(table) < _PARALLEL_ROWS:
        yield None
        return
    from concurrent.futures import ThreadPoolExecutor
    with ThreadPoolExecutor(workers) as pool:
        yield pool


def later(pool: Any, func: Callable[..., Any], *args: Any) -> Callable[[], Any]:
    """`func(*args)` started on `pool` in a copy of the current context (the shared facts and row numbering go with
    it), or run when asked without a pool: call the result to get func's result (or its exception)."""
    if pool is None:
        return lambda: func(*args)
    import contextvars
    return pool.submit(contextvars.copy_context().run, func, *args).result


@contextlib.contextmanager
def shared_facts(table: pd.DataFrame) -> Iterator[None]:
    """Within this block every check on `table` shares one ColumnFacts per column."""
    token = _ACTIVE.set((*_ACTIVE.get(), (table, {}, {})))
    try:
        yield
    finally:
        _ACTIVE.reset(token)
