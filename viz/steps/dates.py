"""Step ops on dates: French dates, Excel serials and midnight timestamps written as ISO dates."""
from __future__ import annotations

import pandas as pd

from viz.steps._rows import target_mask
from viz.steps.base import Step
from viz.steps.registry import step_op


@step_op("dates_to_iso")
def dates_to_iso(table: pd.DataFrame, step: Step) -> pd.DataFrame:
    """Write `dd/mm/yyyy`, Excel serial numbers and midnight timestamps as ISO dates `yyyy-mm-dd`."""
    out = table.copy()
    col = out[step.column]
    target = target_mask(out, step)
    fr = target & col.str.fullmatch(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}").fillna(False).astype(bool)
    fr_dates = pd.to_datetime(col[fr].str.replace(r"[.-]", "/", regex=True), format="%d/%m/%Y", errors="coerce")
    excel = target & col.str.fullmatch(r"[2-5]\d{4}(?:\.0+)?").fillna(False).astype(bool)
    serial = pd.to_numeric(col[excel], errors="coerce")
    excel_dates = pd.Timestamp("1899-12-30") + pd.to_timedelta(serial, unit="D")
    midnight = target & col.str.fullmatch(r"\d{4}-\d{2}-\d{2}[ T]00:00(?::00(?:\.0+)?)?").fillna(False).astype(bool)
    for dates in (fr_dates, excel_dates):
        iso = dates.dt.strftime("%Y-%m-%d")
        good = iso.notna()
        out.loc[iso.index[good], step.column] = iso[good].astype("str")
    out.loc[midnight, step.column] = col[midnight].str.slice(0, 10)
    return out
