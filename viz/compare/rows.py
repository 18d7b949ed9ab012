"""Rows of two versions matched on their key (one hash join), then compared column by column."""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from viz.keys import text_array, usable_rows


@dataclass
class RowChanges:
    """Positions (in each table) of matched, added and removed rows, and the changed cells per column."""

    old_pos: np.ndarray
    new_pos: np.ndarray
    added: np.ndarray
    removed: np.ndarray
    old_empty: np.ndarray
    new_empty: np.ndarray
    old_dup: np.ndarray
    new_dup: np.ndarray
    cells: dict[str, np.ndarray] = field(default_factory=dict)  # new column -> indices into the pairs
    lost_zeros: dict[str, int] = field(default_factory=dict)

    @property
    def changed(self) -> np.ndarray:
        """Indices into the pairs of the rows with at least one changed cell."""
        if not self.cells:
            return np.zeros(0, dtype=np.int64)
        return np.unique(np.concatenate(list(self.cells.values())))


def _all_usable(n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    none = np.zeros(0, dtype=np.int64)
    return np.arange(n, dtype=np.int64), none, none


def match_rows(old_keys: pa.Array, new_keys: pa.Array, checked: bool = False) -> RowChanges:
    """Pairs of rows with the same key; rows whose key is empty or repeated are set apart, never matched
    (`checked`: the key is already known to be unique and never empty on both sides)."""
    old_ok, old_empty, old_dup = _all_usable(len(old_keys)) if checked else usable_rows(old_keys)
    new_ok, new_empty, new_dup = _all_usable(len(new_keys)) if checked else usable_rows(new_keys)
    old_usable = old_keys if checked else old_keys.take(pa.array(old_ok))
    hit = pc.index_in(new_keys if checked else new_keys.take(pa.array(new_ok)), value_set=old_usable)
    found = np.asarray(hit.is_valid().to_numpy(zero_copy_only=False), dtype=bool)
    idx = np.asarray(hit.fill_null(0).to_numpy(zero_copy_only=False), dtype=np.int64)
    old_pos, new_pos = old_ok[idx[found]], new_ok[found]
    seen = np.zeros(len(old_keys), dtype=bool)
    seen[old_pos] = True
    removed = old_ok[~seen[old_ok]]
    return RowChanges(old_pos, new_pos, new_ok[~found], removed, old_empty, new_empty, old_dup, new_dup)


def _as_number_text(values: pa.Array, marks: tuple[str, str | None]) -> pa.Array:
    """Numbers written as `-1234.5` (the cell itself where it is not a number)."""
    from viz.steps.numbers import number_text
    series = pd.Series(values.to_pandas(), dtype="str")
    return text_array(number_text(series, *marks).fillna(series))


def compare_cells(old: pd.DataFrame, new: pd.DataFrame, pairs: list[tuple[str, str]], rows: RowChanges,
                  numbers: dict[str, tuple] | None = None) -> None:
    """Fill `rows.cells` (changed cells per column) and `rows.lost_zeros` (codes that lost their zeros);
    the columns of `numbers` are compared as numbers read with each side's marks."""
    take_old, take_new = pa.array(rows.old_pos), pa.array(rows.new_pos)
    for a, b in pairs:
        before = text_array(old[a]).take(take_old)
        after = text_array(new[b]).take(take_new)
        differ = pc.not_equal(before, after).fill_null(True)
        if b in (numbers or {}) and pc.any(differ).as_py():
            mo, mn = numbers[b]
            differ = pc.not_equal(_as_number_text(before, mo), _as_number_text(after, mn)).fill_null(True)
        idx = np.flatnonzero(np.asarray(differ.to_numpy(zero_copy_only=False), dtype=bool))
        rows.cells.pop(b, None)
        rows.lost_zeros.pop(b, None)
        if not len(idx):
            continue
        rows.cells[b] = idx
        sel = pa.array(idx)
        was, now = before.take(sel), after.take(sel)
        zeros = pc.and_(pc.match_substring_regex(was, r"^0+\d+$"), pc.equal(pc.utf8_ltrim(was, "0"), now))
        lost = int(pc.sum(zeros.cast(pa.int64())).as_py() or 0)
        if lost:
            rows.lost_zeros[b] = lost


def looks_numeric(values: pd.Series, decimal: str, thousands: str | None, sample: int = 2000) -> bool:
    """True when nearly every non-empty value of a sample reads as a number and none is a zero-padded code."""
    from viz.steps.numbers import number_text
    step = max(1, len(values) // sample)
    text = values.iloc[::step].iloc[:sample]
    text = text[text.str.strip() != ""]
    if text.empty or text.str.match(r"0\d").any():
        return False
    return bool(number_text(text, decimal, thousands).notna().mean() >= 0.95)


def as_numbers(values: pd.Series, decimal: str, thousands: str | None) -> np.ndarray:
    """The column's values as floats (NaN where empty or not a number), read with its file's marks: plain
    numbers by one Arrow cast, only the other cells through the studio's number reader."""
    arr = text_array(values)
    if decimal == ",":
        arr = pc.replace_substring(arr, ",", ".")
    plain = pc.match_substring_regex(arr, r"^-?\d+(\.\d+)?$")
    if arr.null_count == 0 and pc.all(plain).as_py():  # every cell a plain number: one cast
        return np.asarray(pc.cast(arr, pa.float64()).to_numpy(zero_copy_only=False), dtype=float)
    out = np.asarray(pc.cast(pc.if_else(plain, arr, None), pa.float64()).to_numpy(zero_copy_only=False), dtype=float)
    other = np.flatnonzero(~np.asarray(plain.fill_null(False).to_numpy(zero_copy_only=False), dtype=bool)
                           & np.asarray(pc.not_equal(pc.utf8_trim_whitespace(arr), "").fill_null(False)
                                        .to_numpy(zero_copy_only=False), dtype=bool))
    if len(other):
        from viz.steps.numbers import number_text
        text = number_text(values.iloc[other], decimal, thousands)
        out[other] = pd.to_numeric(text, errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    return out
