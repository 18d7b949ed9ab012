"""Rows found by their key value: one hash of the key built per table and reused by every keyed step of a
replay, instead of one hash of the whole column per step."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from viz.steps.base import Step

SEP = "\x1f"  # joins the columns of a composite key
# ops that write only their own column and keep every row in place: a key lookup survives them when their
# column is not a key column (any other op, or a change in the number of rows, rebuilds the lookup)
KEY_SAFE_OPS = frozenset({"strip_spaces", "fix_mojibake", "map_values", "blank_placeholders", "normalise_number",
                          "dates_to_iso", "restore_leading_zeros", "remove_spaces", "drop_float_suffix",
                          "set_cells", "drop_column"})


class KeysNotFound(Exception):
    """`reason` is "absent" (with how many) or "repeated"."""

    def __init__(self, reason: str, absent: int = 0) -> None:
        super().__init__(reason)
        self.reason, self.absent = reason, absent


def key_text(table: pd.DataFrame, columns: tuple[str, ...]) -> pa.Array:
    """The key of every row as one Arrow text array (columns joined with U+001F)."""
    arrays = [pa.array(table[c].astype("str"), from_pandas=True).cast(pa.large_string()) for c in columns]
    if len(arrays) == 1:
        return arrays[0]
    return pc.binary_join_element_wise(*arrays, pa.scalar(SEP, pa.large_string()))


class KeyLookup:
    """Key value -> row position for one table (first row of each value), and the values held by several rows."""

    def __init__(self, table: pd.DataFrame, columns: tuple[str, ...]) -> None:
        keys = pd.Index(key_text(table, columns).to_numpy(zero_copy_only=False), dtype=object)
        first = ~keys.duplicated(keep="first")
        self.index = keys[first]
        self.rows = np.flatnonzero(first)
        self.repeated = frozenset(keys[keys.duplicated(keep="first")]) if not first.all() else frozenset()

    def positions(self, wanted: list[str]) -> np.ndarray:
        """Positions of the rows holding `wanted`, in order; KeysNotFound when some are absent or repeated."""
        found = self.index.get_indexer(pd.Index(wanted, dtype=object))
        absent = int((found < 0).sum())
        if absent:
            raise KeysNotFound("absent", absent)
        if self.repeated and not self.repeated.isdisjoint(wanted):
            raise KeysNotFound("repeated")
        return self.rows[found].astype(np.int64)


class KeyCache:
    """The lookups of the table a replay is building, kept from one step to the next while they stay true."""

    def __init__(self) -> None:
        self._table: pd.DataFrame | None = None
        self._lookups: dict[tuple[str, ...], KeyLookup] = {}

    def lookup(self, table: pd.DataFrame, columns: tuple[str, ...]) -> KeyLookup:
        """The lookup of `columns` in `table`, built once."""
        if table is not self._table:
            self._table, self._lookups = table, {}
        if columns not in self._lookups:
            self._lookups[columns] = KeyLookup(table, columns)
        return self._lookups[columns]

    def moved(self, before: pd.DataFrame, after: pd.DataFrame, step: Step) -> pd.DataFrame:
        """`step` turned `before` into `after`: keep the lookups it cannot have changed, for `after`
        (returned, to chain)."""
        if before is not self._table or after is before:
            return after
        safe = step.op in KEY_SAFE_OPS and step.column is not None and len(after) == len(before)
        self._lookups = {cols: found for cols, found in self._lookups.items()
                         if safe and step.column not in cols and all(c in after.columns for c in cols)}
        self._table = after
        return after
