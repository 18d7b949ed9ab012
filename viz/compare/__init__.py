"""Compare two versions of a dataset: columns, keys, rows and cells, totals, schema results, a summary.

`compare(old, new)` joins the rows on a key (hash join in Arrow), then compares column by column:
no Python loop per row. Neither input is modified."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from viz.compare.columns import ColumnPairs, detect_kinds, pair_columns
from viz.compare.keys import KeyChoice, choose_key, key_array
from viz.compare.rows import RowChanges, as_numbers, compare_cells, match_rows
from viz.dataset import Dataset
from viz.errors import StudioError
from viz.kinds import NUMERIC_KINDS

COORDINATE_KINDS = frozenset({"latitude", "longitude"})
MAX_COLUMNS = 20_000  # columns per version compared


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


def _number_readers(old: Dataset, new: Dataset, cols: ColumnPairs) -> dict[str, tuple]:
    """Columns of numbers or coordinates are compared as numbers, each side read with its own marks
    (`43,69108` then `43.69108` is no change). New column -> ((decimal, thousands) old, (decimal, thousands) new)."""
    o, n = old.read, new.read
    return {b: (("," if o.decimal != "." or not o.thousands else ".", o.thousands),
                ("," if n.decimal != "." or not n.thousands else ".", n.thousands))
            for b, kinds in cols.kinds.items() if set(kinds) <= NUMERIC_KINDS | COORDINATE_KINDS}


def _totals(cmp: Comparison) -> None:
    """Old and new sums of the paired columns holding numbers (each side read with its decimal mark)."""
    old_read, new_read = cmp.old.read, cmp.new.read
    for a, b in cmp.columns.pairs:
        kinds = cmp.columns.kinds.get(b)
        if b in cmp.key.columns and cmp.key.source != "content":
            continue
        if kinds is None or not (set(kinds) & NUMERIC_KINDS):
            continue
        before = as_numbers(cmp.old.original[a], old_read.decimal or ".", old_read.thousands)
        after = as_numbers(cmp.new.original[b], new_read.decimal or ".", new_read.thousands)
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
        rows = match_rows(key_array(a, choice.columns), key_array(b, choice.columns))
    else:  # nothing in common: every old row is removed, every new row added
        choice.notes.append(("compare.note.no_common", {}))
        none = np.zeros(0, dtype=np.int64)
        rows = RowChanges(none, none, np.arange(len(b)), np.arange(len(a)), none, none, none, none)
    small = len(cols.pairs) <= 300
    if small:
        detect_kinds(a, b, cols)
    pairs = cols.pairs if choice.source != "content" else [p for p in cols.pairs if p[0] != p[1]]
    compare_cells(a, b, pairs, rows, _number_readers(old, new, cols))
    if not small:
        detect_kinds(a, b, cols, set(rows.cells) | {n for o, n in cols.pairs if o != n})
    cmp = Comparison(old, new, choice, cols, rows)
    _totals(cmp)
    if schema is not None:
        from viz.compare.schema_sides import schema_sides
        cmp.schema = schema_sides(old, new, schema)
    return cmp
