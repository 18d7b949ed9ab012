"""Before/after of a step on a few rows, for the page's preview."""
from __future__ import annotations

import pandas as pd

from viz.steps.base import Step
from viz.steps.registry import STEP_OPS


def preview(table: pd.DataFrame, step: Step, rows: list[int], limit: int = 5, first_row: int = 2) -> pd.DataFrame:
    """Before/after of `step` on the first `limit` of `rows` (DataFrame positions): columns row, before, after.

    `row` is the row number in the file: `first_row` for position 0 (2, or more with lines above the header)."""
    picked = [r for r in rows if 0 <= r < len(table)][:limit]
    if step.column is None or step.column not in table.columns:
        return pd.DataFrame({"row": [r + first_row for r in picked], "before": "", "after": ""}).astype({"row": int})
    sub = table.iloc[picked].reset_index(drop=True)
    local = None if step.rows is None else [i for i, r in enumerate(picked) if r in set(step.rows)]
    changed = STEP_OPS[step.op](sub, Step(step.op, step.column, None if local is None else tuple(local), step.params))
    after = changed[step.column].tolist() if step.column in changed.columns else [""] * len(sub)
    return pd.DataFrame({"row": [r + first_row for r in picked], "before": sub[step.column].tolist(), "after": after})
