"""Step ops on the table's shape and chosen cells: drop a column, drop rows, write cells."""
from __future__ import annotations

import pandas as pd

from viz.steps.base import Step
from viz.steps.registry import step_op


@step_op("drop_column")
def drop_column(table: pd.DataFrame, step: Step) -> pd.DataFrame:
    return table.drop(columns=[step.column])


@step_op("drop_rows")
def drop_rows(table: pd.DataFrame, step: Step) -> pd.DataFrame:
    """Drop the targeted rows; with `duplicates` (a rule), every row identical to an earlier one."""
    if step.options.get("duplicates"):
        dup = table.duplicated(keep="first").to_numpy(dtype=bool)
        blank = ~(table != "").any(axis=1).to_numpy(dtype=bool)
        return table[~(dup & ~blank)]
    return table.drop(index=table.index[list(step.rows or ())])


@step_op("set_cells")
def set_cells(table: pd.DataFrame, step: Step) -> pd.DataFrame:
    """Write `values` (one per targeted row, or one value for all of them) into `column`."""
    out = table.copy()
    idx = table.index[list(step.rows or ())]
    values = step.options["values"]
    out.loc[idx, step.column] = values if isinstance(values, str) else list(values)
    return out
