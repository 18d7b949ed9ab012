"""Step ops on numbers: decimal commas, thousands marks, units rewritten as plain `-1234.56`."""
from __future__ import annotations

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from viz.steps._arrow import arrow
from viz.steps._rows import target_mask
from viz.steps.base import Step
from viz.steps.registry import step_op


def number_text(values: pd.Series, decimal: str = ",", thousands: str | None = None) -> pd.Series:
    """Numbers rewritten as `-1234.56` (pyarrow, whole column); None where the text is not a number."""
    arr = pc.utf8_trim_whitespace(pa.array(values.astype("str")))
    arr = pc.replace_substring_regex(arr, "[ \u00a0\u202f']", "")
    arr = pc.replace_substring_regex(arr, "(€|EUR|%)$", "")
    if thousands and thousands not in (" ", "\u00a0", "\u202f", decimal):
        arr = pc.replace_substring(arr, thousands, "")
    if decimal == ",":
        arr = pc.replace_substring(arr, ",", ".")
    arr = pc.replace_substring_regex(arr, r"^\+", "")
    arr = pc.replace_substring_regex(pc.replace_substring_regex(arr, r"^\.", "0."), r"^-\.", "-0.")
    arr = pc.replace_substring_regex(arr, r"\.$", "")
    ok = pc.match_substring_regex(arr, r"^-?\d+(?:\.\d+)?$")
    out = pc.if_else(ok, arr, None).to_pandas().astype("str")
    out.index = values.index
    return out


@step_op("normalise_number")
def normalise_number(table: pd.DataFrame, step: Step) -> pd.DataFrame:
    """Rewrite numbers as plain text with a `.` decimal (`1 234,56` -> `1234.56`, `12,5 %` -> `12.5`)."""
    col = table[step.column]
    if pc.all(pc.match_substring_regex(arrow(col), r"^(-?\d+(\.\d+)?)?$")).as_py() is not False:
        return table  # already plain numbers (or empty): nothing to rewrite
    out = table.copy()
    text = number_text(col, step.options.get("decimal", ","), step.options.get("thousands"))
    ok = target_mask(out, step) & text.notna()
    out[step.column] = col.where(~ok, text)
    return out
