"""Tables shown with numbers written the French way (`1 596`, `2,5`) while their columns stay numeric."""
from __future__ import annotations

import pandas as pd
from pandas.io.formats.style import Styler

from ui import state
from viz import fmt

MAX_STYLED_CELLS = 100_000  # pandas' Styler renders every cell: beyond this, the table is shown as it is


def french(table: pd.DataFrame, index: bool = False) -> pd.DataFrame | Styler:
    """A Styler whose display values are French numbers; sorting in the browser still uses the numbers.
    `index`: the index holds row numbers (`1 613`), written the same way."""
    if table.size > MAX_STYLED_CELLS or not table.columns.is_unique or not table.index.is_unique:
        return table
    lang = state.lang()
    numeric = list(table.select_dtypes("number").columns)
    whole = [c for c in numeric if pd.api.types.is_integer_dtype(table[c])]
    decimal = [c for c in numeric if c not in whole]
    styler = table.style
    if whole:
        styler = styler.format(lambda v: fmt.number(v, lang, 0), subset=whole, na_rep="")
    if decimal:
        styler = styler.format(lambda v: fmt.number(v, lang, 2), subset=decimal, na_rep="")
    if index and pd.api.types.is_integer_dtype(table.index):
        styler = styler.format_index(lambda v: fmt.number(v, lang, 0))
    return styler
