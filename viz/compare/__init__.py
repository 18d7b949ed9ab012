"""Compare two versions of a dataset: columns, keys, rows and cells, totals, schema results, a summary.

`compare(old, new)` joins the rows on a key (hash join in Arrow), then compares column by column:
no Python loop per row. Neither input is modified."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from viz.compare.columns import ColumnPairs, detect_kinds, pair_columns
from viz.keys import KeyChoice, choose_key, key_array, matching_arrays
from viz.compare.rows import RowChanges, as_numbers, compare_cells, looks_numeric, match_rows
from viz.dataset import Dataset
from viz.errors import StudioError
from viz.kinds import NUMERIC_KINDS

COORDINATE_KINDS = frozenset({"latitude", "longitude"})
MAX_COLUMNS = 20_000
NOT_SUMMED = r"^(lat|lon|lng|x|y)$|^id|latitude|longitude|coord|geo|^code|^num|siret|siren|insee|postal|annee|year"
MAX_TOTALS = 300
KIND_SHARE = 0.2  # share of a column's matched cells that must change before its kind is compared  # numeric columns whose totals are compared  # columns per version compared


class CompareError(StudioError):
    """Two versions that cannot be compared; the message says why."""


@dataclass
class Comparison:
    """What changed from `old` to `new`."""

    old: Dataset
    new: Dataset
    key: KeyChoice
    columns: ColumnPairs
    rows: RowChanges
    totals: dict[str, tuple[float, float]] = field(default_factory=dict)
    schema: dict[str, Any] | None = None

    @property
    def identical(self) -> bool:
        """True when nothing at all differs (columns, order, rows, cells)."""
        c, r = self.columns, self.rows
        return not (c.added or c.removed or c.renamed or c.reordered or c.kind_changed or len(r.added)
                    or len(r.removed) or r.cells or len(r.old_dup) or len(r.new_dup)
                    or len(r.old_empty) != len(r.new_empty))


def _marks(read: Any) -> tuple[str, str | None]:
    """(decimal, thousands) to read a side's numbers: a comma decimal unless the file uses `,` for thousands."""
    return ("," if read.decimal != "." or not read.thousands else ".", read.thousands)


def _number_readers(old: Dataset, new: Dataset, cols: ColumnPairs, rows: RowChanges) -> dict[str, tuple]:
    """Changed columns holding numbers or coordinates on both sides, to compare as numbers, each side read
    with its own marks (`43,69108` then `43.69108` is no change): new column -> (old marks, new marks)."""
    o, n = _marks(old.read), _marks(new.read)
    names = dict((nb, oa) for oa, nb in cols.pairs)
    out = {}
    for b, idx in rows.cells.items():
        kinds = cols.kinds.get(b)
        if kinds is not None:
            if set(kinds) <= NUMERIC_KINDS | COORDINATE_KINDS:
                out[b] = (o, n)
            continue
        was = old.original[names[b]].iloc[rows.old_pos[idx[:2000]]]
        now = new.original[b].iloc[rows.new_pos[idx[:2000]]]
        if looks_numeric(was, *o) and looks_numeric(now, *n):
            out[b] = (o, n)
    return out


def _totals(cmp: Comparison) -> None:
    """Old and new sums of the paired columns holding numbers (each side read with its decimal mark)."""
    old_read, new_read = cmp.old.read, cmp.new.read
    marks_old, marks_new = _marks(old_read), _marks(new_read)
    for a, b in cmp.columns.pairs[:MAX_TOTALS]:
        if (b in cmp.key.columns and cmp.key.source != "content") or re.search(NOT_SUMMED, b.casefold()):
            continue
        kinds = cmp.columns.kinds.get(b)
        if kinds is not None and not set(kinds) <= NUMERIC_KINDS:
            continue
        old_values, new_values = cmp.old.original[a], cmp.new.original[b]
        if kinds is None and not (looks_numeric(old_values, *marks_old) and looks_numeric(new_values, *marks_new)):
            continue
        before, after = as_numbers(old_values, *marks_old), as_numbers(new_values, *marks_new)
        cmp.totals[b] = (float(np.nansum(before)), float(np.nansum(after)))


def compare(old: Dataset, new: Dataset, key: list[str] | None = None, schema: dict | None = None) -> Comparison:
    """Compare the original tables of two loaded versions (`key`: the user's key columns, optional)."""
    a, b = old.original, new.original
    if a.shape[1] > MAX_COLUMNS or b.shape[1] > MAX_COLUMNS:
        raise CompareError("compare.too_wide", columns=max(a.shape[1], b.shape[1]), limit=MAX_COLUMNS)
    cols = pair_columns(a, b)
    common = [o for o, n in cols.pairs if o == n]
    choice = choose_key(a, b, common, key, schema)
    if common:
        old_keys, new_keys = key_array(a, choice.columns), key_array(b, choice.columns)
        if choice.source == "unique":  # unique and never empty on both sides: numbers join faster than texts
            old_keys, new_keys = matching_arrays(old_keys, new_keys)
        rows = match_rows(old_keys, new_keys, checked=choice.source == "unique")
    else:  # nothing in common: every old row is removed, every new row added
        choice.notes.append(("compare.note.no_common", {}))
        none = np.zeros(0, dtype=np.int64)
        rows = RowChanges(none, none, np.arange(len(b)), np.arange(len(a)), none, none, none, none)
    pairs = cols.pairs if choice.source != "content" else [p for p in cols.pairs if p[0] != p[1]]
    compare_cells(a, b, pairs, rows)  # as text first: only the columns that differ are looked at again
    matched = max(1, len(rows.old_pos))  # a kind changes only when many cells change: look at those columns
    many = {c for c, idx in rows.cells.items() if len(idx) >= KIND_SHARE * matched or c in rows.lost_zeros}
    detect_kinds(a, b, cols, many | {r["to"] for r in cols.renamed})
    numbers = _number_readers(old, new, cols, rows)
    compare_cells(a, b, [p for p in pairs if p[1] in numbers and p[1] in rows.cells], rows, numbers)
    cmp = Comparison(old, new, choice, cols, rows)
    _totals(cmp)
    if schema is not None:
        from viz.compare.schema_sides import schema_sides
        cmp.schema = schema_sides(old, new, schema)
    return cmp
