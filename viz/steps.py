"""Built-in step ops: each returns a new table and leaves its input untouched."""
from __future__ import annotations

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from viz.dataset import Step, step_op


def _target(table: pd.DataFrame, step: Step) -> pd.Index:
    return table.index if step.rows is None else table.index[list(step.rows)]


@step_op("restore_leading_zeros")
def restore_leading_zeros(table: pd.DataFrame, step: Step) -> pd.DataFrame:
    """Left-pad digit-only codes of `column` with zeros up to `width` characters."""
    width = int(step.options["width"])
    out = table.copy()
    col = out[step.column]
    idx = _target(out, step)
    values = col.loc[idx]
    short = values.str.fullmatch(r"\d+") & (values.str.len() < width)
    out.loc[idx[short.to_numpy(dtype=bool)], step.column] = values[short].str.zfill(width)
    return out


@step_op("strip_spaces")
def strip_spaces(table: pd.DataFrame, step: Step) -> pd.DataFrame:
    """Trim leading/trailing spaces (incl. non-breaking) and fold runs of spaces into one."""
    out = table.copy()
    idx = _target(out, step)
    out.loc[idx, step.column] = (out.loc[idx, step.column]
                                 .str.replace(r"[\s\u00a0\u202f]+", " ", regex=True).str.strip())
    return out


@step_op("drop_column")
def drop_column(table: pd.DataFrame, step: Step) -> pd.DataFrame:
    return table.drop(columns=[step.column])


@step_op("drop_rows")
def drop_rows(table: pd.DataFrame, step: Step) -> pd.DataFrame:
    return table.drop(index=table.index[list(step.rows or ())])


@step_op("set_cells")
def set_cells(table: pd.DataFrame, step: Step) -> pd.DataFrame:
    """Write `values` (one per row of `rows`) into `column`."""
    out = table.copy()
    idx = table.index[list(step.rows or ())]
    out.loc[idx, step.column] = list(step.options["values"])
    return out


def _mask_of(table: pd.DataFrame, step: Step) -> "pd.Series":
    """True on the rows a step targets (all rows when `rows` is None)."""
    mask = pd.Series(step.rows is None, index=table.index)
    if step.rows is not None:
        mask.iloc[list(step.rows)] = True
    return mask


@step_op("remove_spaces")
def remove_spaces(table: pd.DataFrame, step: Step) -> pd.DataFrame:
    """Remove spaces, dots and apostrophes inside digit codes (`82 212 742 900 014` -> `82212742900014`)."""
    out = table.copy()
    col = out[step.column]
    cleaned = col.str.replace(r"[\s\u00a0\u202f.']", "", regex=True)
    as_float = col.str.fullmatch(r"\s*\d+\.0+\s*").fillna(False).astype(bool)  # `5419.0` is not `54190`
    ok = _mask_of(out, step) & cleaned.str.fullmatch(r"\d+").fillna(False).astype(bool) & ~as_float
    out[step.column] = col.where(~ok, cleaned)
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
    """Re-decode cells showing `Ã©`, `â‚¬`... (UTF-8 bytes read as Windows-1252)."""
    from viz.checks.quality_text import MOJIBAKE
    out = table.copy()
    col = out[step.column]
    bad = _mask_of(out, step) & col.str.contains(MOJIBAKE, regex=True).fillna(False).astype(bool)
    fixed = {v: _redecode(v) for v in col[bad].unique()}
    out.loc[bad, step.column] = col[bad].map(fixed)
    return out


@step_op("map_values")
def map_values(table: pd.DataFrame, step: Step) -> pd.DataFrame:
    """Replace whole cell values through `mapping` (one spelling per category)."""
    mapping = dict(step.options["mapping"])
    out = table.copy()
    col = out[step.column]
    hit = _mask_of(out, step) & col.isin(list(mapping))
    out.loc[hit, step.column] = col[hit].map(mapping)
    return out


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
    out = table.copy()
    col = out[step.column]
    text = number_text(col, step.options.get("decimal", ","), step.options.get("thousands"))
    ok = _mask_of(out, step) & text.notna()
    out[step.column] = col.where(~ok, text)
    return out


@step_op("dates_to_iso")
def dates_to_iso(table: pd.DataFrame, step: Step) -> pd.DataFrame:
    """Write `dd/mm/yyyy`, Excel serial numbers and midnight timestamps as ISO dates `yyyy-mm-dd`."""
    out = table.copy()
    col = out[step.column]
    target = _mask_of(out, step)
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


def preview(table: pd.DataFrame, step: Step, rows: list[int], limit: int = 5) -> pd.DataFrame:
    """Before/after of `step` on the first `limit` of `rows` (DataFrame positions): columns row, before, after."""
    from viz.dataset import STEP_OPS
    picked = [r for r in rows if 0 <= r < len(table)][:limit]
    if step.column is None or step.column not in table.columns:
        return pd.DataFrame({"row": [r + 2 for r in picked], "before": "", "after": ""}).astype({"row": int})
    sub = table.iloc[picked].reset_index(drop=True)
    local = None if step.rows is None else [i for i, r in enumerate(picked) if r in set(step.rows)]
    changed = STEP_OPS[step.op](sub, Step(step.op, step.column, None if local is None else tuple(local), step.params))
    after = changed[step.column].tolist() if step.column in changed.columns else [""] * len(sub)
    return pd.DataFrame({"row": [r + 2 for r in picked], "before": sub[step.column].tolist(), "after": after})

import viz.budget_scdl  # noqa: F401  registers convert_scdl_budget (at the end: it imports viz.dataset only)
import viz.placeholders  # noqa: F401,E402  registers empty_placeholders
