"""Which key matches the rows of two versions: the user's, the schema's primary key, the best unique
column (SIRET, id, INSEE code...), else the whole row's content. Key values as one Arrow text array."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

KEY_HINTS = (r"siret", r"siren", r"^id$", r"^_?id_|_id$|^uid$|^identifiant", r"insee|^code_?commune|^cog",
             r"^code|^num|^ref|^reference")
MAX_TRIED = 30  # columns tried for uniqueness when no name announces a key
PAIR_TRIED = 8  # columns combined two by two when no single column is a key


def normal_name(name: str) -> str:
    """A column name without accents, case or punctuation (`Code INSEE` and `code_insee` are the same)."""
    text = unicodedata.normalize("NFKD", str(name))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return re.sub(r"[^0-9a-z]+", "_", text).strip("_")


def text_array(series: pd.Series) -> pa.Array:
    """A column as an Arrow text array (no copy for the studio's Arrow-backed text columns)."""
    arr = pa.array(series, from_pandas=True)
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks()
    return arr if pa.types.is_string(arr.type) or pa.types.is_large_string(arr.type) else arr.cast(pa.string())


def key_array(table: pd.DataFrame, columns: list[str]) -> pa.Array:
    """The key of every row: one column's text, or the columns joined with a separator no cell holds."""
    arrays = [text_array(table[c]).cast(pa.large_string()) for c in columns]
    if len(arrays) == 1:
        return arrays[0]
    if not arrays:
        return pa.array([""] * len(table), pa.large_string())
    return pc.binary_join_element_wise(*arrays, pa.scalar("\x1f", pa.large_string()))


def int_codes(arr: pa.Array, forms: bool = True) -> tuple[np.ndarray, frozenset[str]] | None:
    """The values as int64 when that loses nothing: ASCII digits only and either all of one width
    (`width:N`, e.g. SIRET) or written without leading zeros (`canonical`, looked at only when `forms`).
    Two texts are then equal exactly when their numbers are, inside one form: the forms say which arrays
    can be compared as numbers. None otherwise."""
    if len(arr) == 0 or arr.null_count or not (pa.types.is_string(arr.type) or pa.types.is_large_string(arr.type)):
        return None
    if not pc.all(pc.ascii_is_decimal(arr)).as_py():
        return None
    lengths = pc.min_max(pc.binary_length(arr)).as_py()
    if lengths["max"] > 18:
        return None
    found = {f"width:{lengths['min']}"} if lengths["min"] == lengths["max"] else set()
    if (forms or not found) and pc.all(pc.match_substring_regex(arr, r"^(0|[1-9][0-9]*)$")).as_py():
        found.add("canonical")
    if not found:
        return None
    return np.asarray(pc.cast(arr, pa.int64()).to_numpy(zero_copy_only=False), dtype=np.int64), frozenset(found)


def is_unique_key(table: pd.DataFrame, column: str) -> bool:
    """True when no cell of `column` is empty and no value repeats (numbers sorted when the column holds
    codes that read as numbers without loss, else one Arrow hash of the texts)."""
    arr = text_array(table[column])
    if len(arr) == 0:
        return False
    if pc.min(pc.utf8_length(pc.utf8_trim_whitespace(arr))).as_py() == 0:
        return False
    codes = int_codes(arr, forms=False)
    if codes is not None:
        ordered = np.sort(codes[0])
        return bool((ordered[1:] != ordered[:-1]).all())
    return len(pc.unique(arr)) == len(arr)


def matching_arrays(old: pa.Array, new: pa.Array) -> tuple[pa.Array, pa.Array]:
    """Two key arrays to join: as int64 when both read as numbers in a common form (a faster hash, the very
    same matches), else as they are."""
    a, b = int_codes(old), int_codes(new)
    if a is None or b is None or not a[1] & b[1]:
        return old, new
    return pa.array(a[0]), pa.array(b[0])


@dataclass
class KeyChoice:
    """The key used, where it comes from (`user`, `schema`, `unique`, `content`), and notes for the user."""

    columns: list[str]
    source: str
    notes: list[tuple[str, dict]]


def _schema_key(schema: dict | None) -> list[str]:
    """The schema's primaryKey as a list of names (empty when absent or malformed)."""
    pk = (schema or {}).get("primaryKey") if isinstance(schema, dict) else None
    if isinstance(pk, str):
        return [pk]
    return [str(k) for k in pk] if isinstance(pk, list) and all(isinstance(k, str) for k in pk) else []


def _candidates(common: list[str]) -> list[str]:
    """Common columns in the order to try: names announcing a key first, then the others."""
    ranked = []
    for hint in KEY_HINTS:
        ranked += [c for c in common if c not in ranked and re.search(hint, normal_name(c))]
    return ranked + [c for c in common if c not in ranked][: max(0, MAX_TRIED - len(ranked))]


def _unique_pair(old: pd.DataFrame, new: pd.DataFrame, candidates: list[str]) -> list[str]:
    """Two columns that together are a unique, never empty key in both versions (first such pair)."""
    filled = [c for c in candidates if not pc.any(pc.equal(pc.utf8_trim_whitespace(text_array(old[c])), "")).as_py()
              and not pc.any(pc.equal(pc.utf8_trim_whitespace(text_array(new[c])), "")).as_py()]
    for i, first in enumerate(filled):
        for second in filled[i + 1:]:
            if all(pc.count_distinct(key_array(t, [first, second])).as_py() == len(t) for t in (new, old)):
                return [first, second]
    return []


def choose_key(old: pd.DataFrame, new: pd.DataFrame, common: list[str], wanted: list[str] | None,
               schema: dict | None) -> KeyChoice:
    """The key matching rows of `old` and `new` (`common`: the columns present in both under one name)."""
    notes: list[tuple[str, dict]] = []
    if wanted:
        missing = [c for c in wanted if c not in common]
        if not missing:
            return KeyChoice(list(wanted), "user", notes)
        notes.append(("compare.note.key_missing", {"columns": ", ".join(missing)}))
    pk = _schema_key(schema)
    if pk and all(c in common for c in pk):
        return KeyChoice(pk, "schema", notes)
    if pk:
        notes.append(("compare.note.schema_key_missing", {"columns": ", ".join(pk)}))
    if len(old) and len(new):
        candidates = _candidates(common)
        for column in candidates:
            if is_unique_key(new, column) and is_unique_key(old, column):
                return KeyChoice([column], "unique", notes)
        pair = _unique_pair(old, new, candidates[:PAIR_TRIED]) if len(common) > 2 else []
        if pair:
            return KeyChoice(pair, "unique", notes)
    notes.append(("compare.note.no_key", {}))
    return KeyChoice(list(common), "content", notes)


def usable_rows(keys: pa.Array) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Positions with a usable key, and those whose key is empty or repeated (listed, never matched)."""
    n = len(keys)
    empty = np.asarray(pc.equal(pc.utf8_trim_whitespace(keys), "").fill_null(True).to_numpy(zero_copy_only=False),
                       dtype=bool) if n else np.zeros(0, dtype=bool)
    duplicated = np.zeros(n, dtype=bool)
    if n and pc.count_distinct(keys).as_py() < n:
        counts = pc.value_counts(keys)
        repeated = counts.field("values").filter(pc.greater(counts.field("counts"), 1))
        duplicated = np.asarray(pc.is_in(keys, value_set=repeated).to_numpy(zero_copy_only=False), dtype=bool)
    ok = ~empty & ~duplicated
    return np.flatnonzero(ok), np.flatnonzero(empty), np.flatnonzero(duplicated & ~empty)
