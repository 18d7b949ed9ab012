"""Step ops on text: trim spaces, repair mojibake, one spelling per category, blank placeholders."""
from __future__ import annotations

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from viz.steps._arrow import SPACES, arrow, mask, series
from viz.steps._rows import target_index, target_mask
from viz.steps.base import Step
from viz.steps.registry import step_op

MOJIBAKE = r"Ã[\u00a0-\u00bf\u0152-\u2122]|Â[\u00a0-\u00bf]|â€|â‚¬"


@step_op("strip_spaces")
def strip_spaces(table: pd.DataFrame, step: Step) -> pd.DataFrame:
    """Trim leading/trailing spaces (incl. non-breaking) and fold runs of two or more spaces into one; a single
    non-breaking space inside (« 1 234 », « 12 € ») is French typography and stays (Arrow, whole column;
    the input itself is returned when no cell changes)."""
    col = table[step.column]
    arr = arrow(col)
    folded = pc.replace_substring_regex(pc.replace_substring_regex(arr, SPACES + "{2,}", " "),
                                        f"^{SPACES}+|{SPACES}+$", "")
    hit = mask(pc.not_equal(folded, arr)) & target_mask(table, step).to_numpy(dtype=bool)
    if not hit.any():
        return table
    out = table.copy()
    out[step.column] = col.where(~hit, series(folded, col))
    return out


def _redecode(value: str) -> str:
    """Undo one or two rounds of UTF-8 read as Windows-1252; the value is kept when it does not decode."""
    for _ in range(2):
        try:
            raw = b"".join(c.encode("cp1252") if ord(c) > 0xFF else bytes([ord(c)]) for c in value)
            fixed = raw.decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return value
        if fixed == value:
            return value
        value = fixed
    return value


@step_op("fix_mojibake")
def fix_mojibake(table: pd.DataFrame, step: Step) -> pd.DataFrame:
    """Re-decode cells showing `Ã©`, `â‚¬`... (UTF-8 bytes read as Windows-1252), once per distinct value."""
    out = table.copy()
    col = out[step.column]
    bad = target_mask(out, step) & col.str.contains(MOJIBAKE, regex=True).fillna(False).astype(bool)
    fixed = {v: _redecode(v) for v in col[bad].unique()}
    out.loc[bad, step.column] = col[bad].map(fixed)
    return out


@step_op("map_values")
def map_values(table: pd.DataFrame, step: Step) -> pd.DataFrame:
    """Replace whole cell values through `mapping` (one spelling per category)."""
    mapping = dict(step.options["mapping"])
    col = table[step.column]
    hit = target_mask(table, step) & col.isin(list(mapping))
    if not hit.any():
        return table
    out = table.copy()
    out.loc[hit, step.column] = col[hit].map(mapping)
    return out


@step_op("blank_placeholders")
def blank_placeholders(table: pd.DataFrame, step: Step) -> pd.DataFrame:
    """Empty the cells holding a placeholder (`values`, compared trimmed and lower-cased: `NC`, `n/a`, `-`)."""
    wanted = pa.array([str(v).strip().lower() for v in step.options.get("values", ())], pa.string())
    col = table[step.column]
    folded = pc.utf8_lower(pc.utf8_trim_whitespace(arrow(col)))
    hit = mask(pc.is_in(folded, value_set=wanted.cast(folded.type))) & target_mask(table, step).to_numpy(dtype=bool)
    if not hit.any():
        return table
    out = table.copy()
    out.loc[hit, step.column] = ""
    return out
