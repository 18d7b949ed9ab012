"""Which rows a step targets, as an index or a mask of the table (all rows when `rows` is None)."""
from __future__ import annotations

import pandas as pd

from viz.steps.base import Step


def target_index(table: pd.DataFrame, step: Step) -> pd.Index:
    """The index labels of the targeted rows."""
    return table.index if step.rows is None else table.index[list(step.rows)]


def target_mask(table: pd.DataFrame, step: Step) -> pd.Series:
    """True on the targeted rows."""
    mask = pd.Series(step.rows is None, index=table.index)
    if step.rows is not None:
        mask.iloc[list(step.rows)] = True
    return mask
