"""Dates that do not exist (`31/02/2024`, `2023-02-29`, `15/13/2024`) in a column of dates, named per column."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from viz.checks.quality_base import first_rows, matches, quality_check, row_numbers
from viz.checks.quality_facts import column_facts, take
from viz.dataset import ReadInfo
from viz.findings import Finding, make

# Date shapes with any day and month numbers: (day, month, year) groups read below
SHAPES = {
    "iso": r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:[T ][0-9:.]+(?:Z|[+-][0-9:]+)?)?",
    "fr": r"(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})",
}
_DAYS = np.array([0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
_SHARE = 0.5  # at least half of a column's sample must look like dates


def real_dates(year: np.ndarray, month: np.ndarray, day: np.ndarray) -> np.ndarray:
    """Whether (year, month, day) is a day of the Gregorian calendar, element-wise."""
    ok_month = (month >= 1) & (month <= 12)
    leap = ((year % 4 == 0) & (year % 100 != 0)) | (year % 400 == 0)
    last = _DAYS[np.where(ok_month, month, 0)] + (leap & (month == 2))
    return ok_month & (day >= 1) & (day <= last) & (year >= 1)


def _impossible(units: pa.Array, shape: str) -> np.ndarray:
    """Per-unit mask of the values written in `shape` whose day or month is not in the calendar."""
    mask = np.zeros(len(units), dtype=bool)
    fits = matches(units, shape, full=True)
    if not fits.any():
        return mask
    idx = np.flatnonzero(fits)
    parts = pc.extract_regex(take(units, idx), "^" + shape + "$")
    year, month, day = (np.asarray(pc.cast(parts.field(k), pa.int64()).to_numpy(zero_copy_only=False))
                        for k in ("y", "m", "d"))
    mask[idx] = ~real_dates(year, month, day)
    return mask


@quality_check("quality.impossible_date")
def impossible_dates(table: pd.DataFrame, read: ReadInfo | None = None) -> list[Finding]:
    """Cells written as dates that no calendar holds: a software reading them fails or shifts them silently."""
    found = []
    for column in table.columns:
        facts = column_facts(table, column)
        probe = facts.sample()
        if probe.empty or not facts.has_bytes("/-."):
            continue
        looks = sum(matches(probe, shape, full=True) for shape in SHAPES.values())
        if np.count_nonzero(looks) < _SHARE * len(probe):
            continue
        unit_mask = np.zeros(len(facts.units), dtype=bool)
        for shape in SHAPES.values():
            unit_mask |= _impossible(facts.units, shape)
        if not unit_mask.any():
            continue
        per_row = facts.per_row(unit_mask)
        rows = row_numbers(per_row)
        found.append(make("quality.impossible_date", "warning", column, rows, "safe.quality.impossible_date",
                          first=first_rows(rows), example=facts.values.iloc[int(np.argmax(per_row))]))
    return found
