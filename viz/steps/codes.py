"""Step ops on codes: restore lost leading zeros, remove spaces inside digit codes."""
from __future__ import annotations

import pandas as pd

from viz.steps._rows import target_index, target_mask
from viz.steps.base import Step
from viz.steps.registry import step_op


@step_op("restore_leading_zeros")
def restore_leading_zeros(table: pd.DataFrame, step: Step) -> pd.DataFrame:
    """Left-pad digit-only codes of `column` with zeros up to `width` characters (the rule: only codes of the
    `lengths` given, or only the `values` given, e.g. budget chapters `11` -> `011` but never `65`)."""
    width = int(step.options["width"])
    col = table[step.column]
    idx = target_index(table, step)
    values = col.loc[idx]
    short = values.str.fullmatch(r"\d+").fillna(False).astype(bool) & (values.str.len() < width)
    if step.options.get("lengths"):
        short &= values.str.len().isin([int(n) for n in step.options["lengths"]])
    if step.options.get("values"):
        short &= values.isin([str(v) for v in step.options["values"]])
    if not short.any():
        return table
    out = table.copy()
    out.loc[idx[short.to_numpy(dtype=bool)], step.column] = values[short].str.zfill(width)
    return out


@step_op("remove_spaces")
def remove_spaces(table: pd.DataFrame, step: Step) -> pd.DataFrame:
    """Remove spaces, dots and apostrophes inside digit codes (`82 212 742 900 014` -> `82212742900014`)."""
    out = table.copy()
    col = out[step.column]
    cleaned = col.str.replace(r"[\s\u00a0\u202f.']", "", regex=True)
    as_float = col.str.fullmatch(r"\s*\d+\.0+\s*").fillna(False).astype(bool)  # `5419.0` is not `54190`
    ok = target_mask(out, step) & cleaned.str.fullmatch(r"\d+").fillna(False).astype(bool) & ~as_float
    out[step.column] = col.where(~ok, cleaned)
    return out
