"""Amounts cut in two by their own decimal comma in a comma-separated file (`…,100 000,00,aide…`).

Such a row has one field too many: `100 000` lands in the amount's column, `00` in the next one, and every later
field one column to the right. The rows are found by a rule (replayable on another version of the file): one
extra field exactly, a whole number (thousands allowed) followed by one or two digits. Rows with more extra fields
(a comma in a text as well) are left alone: which text was cut cannot be known.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from viz.steps.base import Step
from viz.steps.registry import step_op

# `[0-9]` and literal spaces, not `\d` / `\s`: these stay in RE2 on Arrow strings (viz/retext.py)
LEFT = "-?[0-9]{1,3}([ \u00a0\u202f.][0-9]{3})+|-?[0-9]+"  # the no-break spaces as literal characters
RIGHT = r"[0-9]{1,2}"


def split_mask(table: pd.DataFrame, column: str, width: int) -> np.ndarray:
    """Rows of `table` whose amount in `column` was cut in two by its decimal comma (one field too many)."""
    none = np.zeros(len(table), dtype=bool)
    if column not in table.columns or table.shape[1] <= width or width < 2:
        return none
    j = table.columns.get_loc(column)
    if not isinstance(j, int) or j + 1 >= width:
        return none
    text = table.iloc[:, [j, j + 1, width]].astype("str")
    left = text.iloc[:, 0].str.strip().str.fullmatch(LEFT).fillna(False).to_numpy(dtype=bool)
    right = text.iloc[:, 1].str.strip().str.fullmatch(RIGHT).fillna(False).to_numpy(dtype=bool)
    extra = (text.iloc[:, 2] != "").to_numpy(dtype=bool)
    beyond = table.iloc[:, width + 1:].astype("str")
    alone = (beyond == "").all(axis=1).to_numpy(dtype=bool) if beyond.shape[1] else np.ones(len(table), dtype=bool)
    return left & right & extra & alone


@step_op("join_split_decimal")
def join_split_decimal(table: pd.DataFrame, step: Step) -> pd.DataFrame:
    """Join `100 000` and `00` back into `100 000,00`, move the later fields one column left, and drop the
    columns past the header's width that are then empty."""
    width = int(step.options["width"])
    mask = split_mask(table, str(step.column), width)
    if not mask.any():
        return table
    out = table.copy()
    j = table.columns.get_loc(step.column)
    rows = np.flatnonzero(mask)
    block = table.iloc[rows, j:width + 1].astype("str").to_numpy(dtype=object)
    joined = np.empty_like(block)
    joined[:, 0] = block[:, 0] + "," + block[:, 1]
    joined[:, 1:-1] = block[:, 2:]
    joined[:, -1] = ""
    for k in range(block.shape[1]):
        name = table.columns[j + k]
        values = out[name].astype("object").to_numpy(copy=True)
        values[rows] = joined[:, k]
        out[name] = pd.Series(values, index=out.index, dtype="str")
    empty = [c for c in out.columns[width:] if (out[c].astype("str") == "").all()]
    return out.drop(columns=empty) if empty else out
