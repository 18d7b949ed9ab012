"""Whole rows: the second and later copies of a row."""
from __future__ import annotations

import numpy as np
import pandas as pd

from viz.checks.quality_base import first_rows, positions, quality_check, row_numbers
from viz.dataset import ReadInfo, Step
from viz.findings import Finding, make
from viz.i18n import t


@quality_check("quality.duplicate_row")
def duplicate_row(table: pd.DataFrame, read: ReadInfo | None = None) -> list[Finding]:
    """Rows identical to an earlier row (blank rows are left to the schema's blank-row)."""
    if table.empty or len(table.columns) == 0:
        return []
    mask = table.duplicated(keep="first").to_numpy().copy()
    if not mask.any():
        return []
    idx = np.flatnonzero(mask)
    mask[idx[~(table.iloc[idx] != "").any(axis=1).to_numpy()]] = False
    if not mask.any():
        return []
    rows = row_numbers(mask)
    first = table.iloc[rows[0] - 2]
    same = np.flatnonzero((table == first).all(axis=1).to_numpy())
    labels = {f"label_{lang}": t("quality.fix.duplicate_row", lang) for lang in ("fr", "en")}
    fix = Step.new("drop_rows", None, positions(rows), **labels)
    return [make("quality.duplicate_row", "warning", None, rows, "quality.duplicate_row", fix=fix,
                 first=first_rows(rows), row=rows[0], original=int(same[0]) + 2)]
