"""Amounts cut in two by their own decimal comma (a comma-separated file with `100 000,00` unquoted)."""
from __future__ import annotations

import numpy as np
import pandas as pd

from viz.checks.quality_base import first_rows, positions, quality_check, row_numbers
from viz.dataset import ReadInfo, Step
from viz.findings import Finding, make
from viz.i18n import t
from viz.steps.split import split_mask


def split_column(table: pd.DataFrame, read: ReadInfo | None) -> tuple[str, np.ndarray] | None:
    """(amount column, rows cut in two) in a comma-separated file read with rows of one field too many."""
    if read is None or read.separator != "," or not read.ragged_rows or not read.columns_expected:
        return None
    width = read.columns_expected
    if table.shape[1] <= width:
        return None
    longer = np.flatnonzero((table.iloc[:, width].astype("str") != "").to_numpy(dtype=bool))
    if not len(longer):
        return None
    rows = table.iloc[longer]  # only the rows with a field too many are looked at, column by column
    best = None
    for column in table.columns[:width - 1]:
        cut = split_mask(rows, str(column), width)
        if cut.any() and (best is None or cut.sum() > best[1].sum()):
            best = (str(column), cut)
    if best is None:
        return None
    mask = np.zeros(len(table), dtype=bool)
    mask[longer[best[1]]] = True
    return best[0], mask


@quality_check("quality.split_decimal")
def split_decimal(table: pd.DataFrame, read: ReadInfo | None = None) -> list[Finding]:
    """Rows whose amount the decimal comma split into two fields, shifting every later field."""
    found = split_column(table, read)
    if found is None:
        return []
    column, mask = found
    width = read.columns_expected
    j = table.columns.get_loc(column)
    rows = row_numbers(mask)
    at = positions(rows[:1])[0]
    left, right = str(table.iloc[at, j]).strip(), str(table.iloc[at, j + 1]).strip()
    extra = (table.iloc[:, width:].astype("str") != "").any(axis=1).to_numpy(dtype=bool)
    others = int((extra & ~mask).sum())
    labels = {f"label_{lang}": t("quality.fix.split_decimal", lang, column=column, example=f"{left},{right}")
              for lang in ("fr", "en")}
    fix = Step.new("join_split_decimal", column, width=width, **labels)  # a rule: replays on any version
    key = "quality.split_decimal.more" if others else "quality.split_decimal"
    return [make("quality.split_decimal", "error", column, rows, key, fix=fix,
                 first=first_rows(rows), left=left, right=right, next=str(table.columns[j + 1]),
                 example=f"{left},{right}", others=others, details={"others": others})]
