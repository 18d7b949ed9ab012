"""Read numbers written the French (or English) way, whole columns at once (the rule on Arrow strings; pandas only
for the pandas entry points, imported when they are called)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

if TYPE_CHECKING:
    import pandas as pd

_SPACES = "[ \u00a0\u202f']"  # literal characters, not `\\u` escapes: RE2 reads them as Python's `re` does
_NUMBER = r"^(?:[-+]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?)$"


def number_text(values: Any, decimal: str = ",", thousands: str | None = None) -> tuple[pa.Array, np.ndarray]:
    """The texts as `float()` reads them (marks removed, `.` as decimal) and the mask of those that are numbers."""
    from viz.kinds._arrow import arrow, mask, remove
    text = pc.utf8_trim_whitespace(arrow(values))
    text = remove(remove(text, _SPACES), r"(€|EUR|%)$")
    if thousands and thousands not in (" ", "\u00a0", "\u202f", decimal):
        text = pc.replace_substring(text, thousands, "")
    if decimal == ",":
        text = pc.replace_substring(text, ".", "") if thousands == "." else text
        text = pc.replace_substring(text, ",", ".")
    return text, mask(pc.match_substring_regex(text, _NUMBER))


def number_mask(values: Any, decimal: str = ",", thousands: str | None = None) -> np.ndarray:
    """Mask of the values `to_number` reads as a number (every text of that shape parses)."""
    return number_text(values, decimal, thousands)[1]


def number_values(values: Any, decimal: str = ",", thousands: str | None = None) -> np.ndarray:
    """`to_number` as a float64 numpy array (NaN where the text is not a number), without pandas."""
    text, ok = number_text(values, decimal, thousands)
    from viz.arrownp import bool_array, numbers, string_scalar
    picked = pc.if_else(bool_array(ok), text, string_scalar(None, text.type))
    return numbers(pc.cast(picked, pa.float64()))


def to_number(values: pd.Series, decimal: str = ",", thousands: str | None = None) -> pd.Series:
    """Parse `1 234,56`, `1234.56`, `-12,5`, `1.234.567,8` into floats; NaN where the text is not a number.

    Spaces of every kind (and apostrophes) are always taken as thousands marks; `thousands` adds one more.
    A trailing `€` or `%` sign is ignored (a percentage is not divided by 100 here).
    """
    import pandas as pd
    text, ok = number_text(values, decimal, thousands)
    parsed = text.to_pandas().astype("str")
    parsed.index = values.index
    out = pd.to_numeric(parsed.where(ok, None), errors="coerce")
    return out.astype("float64")


def looks_numeric(values: pd.Series, decimal: str = ",") -> np.ndarray:
    """Boolean mask of the non-empty cells that parse as numbers."""
    return number_mask(values, decimal)
