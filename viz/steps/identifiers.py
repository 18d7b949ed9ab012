"""Step ops on identifiers a spreadsheet damaged: codes written as floats (`5419.0`, `1053.0`)."""
from __future__ import annotations

import pandas as pd

from viz.steps._rows import target_mask
from viz.steps.base import Step
from viz.steps.registry import step_op

FLOAT_CODE = r"\s*\d+\.0+\s*"


@step_op("drop_float_suffix")
def drop_float_suffix(table: pd.DataFrame, step: Step) -> pd.DataFrame:
    """Drop the `.0` of codes written as floats, then left-pad them with zeros up to `width` (when given)."""
    width = step.options.get("width")
    out = table.copy()
    col = out[step.column]
    hit = target_mask(out, step) & col.str.fullmatch(FLOAT_CODE).fillna(False).astype(bool)
    fixed = col[hit].str.strip().str.replace(r"\.0+$", "", regex=True)
    if width:
        fixed = fixed.str.zfill(int(width))
    out.loc[hit, step.column] = fixed
    return out
