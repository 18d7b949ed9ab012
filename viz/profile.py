"""First look at a table: per column its kind, missing values, distinct values and examples."""
from __future__ import annotations

from dataclasses import asdict, dataclass

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from viz.kinds import detect_kind
from viz.placeholders import placeholder_mask


@dataclass
class ColumnProfile:
    name: str
    kind: str
    missing: int
    distinct: int
    examples: list[str]

    def to_dict(self) -> dict:
        return asdict(self)


def _arrow(values: pd.Series) -> pa.ChunkedArray | pa.Array:
    try:
        return pa.array(values, from_pandas=True) if not hasattr(values.array, "_pa_array") else values.array._pa_array
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return pa.array(values.astype("str"))


def profile_column(name: str, values: pd.Series, examples: int = 3, kind: str | None = None) -> ColumnProfile:
    """Kind, missing (empty or blank cells, placeholders like `NA`), distinct non-empty values and a few examples."""
    arr = _arrow(values)
    stripped = pc.utf8_trim_whitespace(arr)
    empty = pc.or_(pc.is_null(stripped), pc.equal(stripped, ""))
    empty = pc.or_(empty, pa.array(placeholder_mask(arr)))  # `NA`, `néant`… are missing values too
    missing = int(pc.sum(empty).as_py() or 0)
    filled = pc.filter(arr, pc.invert(empty))
    distinct = int(pc.count_distinct(filled).as_py()) if len(filled) else 0
    firsts = pc.unique(filled.slice(0, 1000) if len(filled) else filled).to_pylist()[:examples]
    kind = kind if kind is not None else detect_kind(name, values.rename(name))
    return ColumnProfile(name, kind, missing, distinct,
                         [str(v)[:80] for v in firsts])


def profile(table: pd.DataFrame) -> list[ColumnProfile]:
    """Profile every column of `table`."""
    from viz.kinds.batch import detect_kinds
    from viz.profile_wide import SHORT, WIDE, wide_counts
    kinds = detect_kinds(table)  # all columns at once: no fixed cost per column (5,000 columns in seconds)
    if table.shape[1] >= WIDE and len(table) <= SHORT:
        try:
            return [ColumnProfile(str(name), kind, *counts)
                    for name, kind, counts in zip(table.columns, kinds, wide_counts(table))]
        except (pa.ArrowInvalid, pa.ArrowTypeError):  # cells that are not text: column by column below
            pass
    return [profile_column(str(name), table[name], kind=kind) for name, kind in zip(table.columns, kinds)]
