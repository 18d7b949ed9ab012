"""Read numbers written the French (or English) way, whole columns at once."""
from __future__ import annotations

import numpy as np
import pandas as pd

_SPACES = "[ \u00a0\u202f']"  # literal characters, not `\\u` escapes: pandas keeps its Arrow (RE2) path


def to_number(values: pd.Series, decimal: str = ",", thousands: str | None = None) -> pd.Series:
    """Parse `1 234,56`, `1234.56`, `-12,5`, `1.234.567,8` into floats; NaN where the text is not a number.

    Spaces of every kind (and apostrophes) are always taken as thousands marks; `thousands` adds one more.
    A trailing `€` or `%` sign is ignored (a percentage is not divided by 100 here).
    """
    text = values.astype("str").str.strip()
    text = text.str.replace(_SPACES, "", regex=True).str.replace(r"(€|EUR|%)$", "", regex=True)
    if thousands and thousands not in (" ", "\u00a0", "\u202f", decimal):
        text = text.str.replace(thousands, "", regex=False)
    if decimal == ",":
        text = text.str.replace(".", "", regex=False) if thousands == "." else text
        text = text.str.replace(",", ".", regex=False)
    ok = text.str.fullmatch(r"[-+]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?")
    out = pd.to_numeric(text.where(ok.fillna(False).astype(bool), None), errors="coerce")
    return out.astype("float64")


def looks_numeric(values: pd.Series, decimal: str = ",") -> np.ndarray:
    """Boolean mask of the non-empty cells that parse as numbers."""
    return to_number(values, decimal).notna().to_numpy()
