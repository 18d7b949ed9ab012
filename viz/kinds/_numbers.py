"""What a number kind accepts: no `+` sign, no leading zero (`01053` is a code), an exponent only after a
decimal mark (`1.97E-1`, not `1e3`), at most 18 digits before it; `inf` and `nan` are numbers."""
from __future__ import annotations

import pandas as pd

SPECIAL = r"-?(?:inf|nan)"


def plain(values: pd.Series) -> pd.Series:
    """Mask (Series) of the texts shaped like a number a program may hold (before parsing them)."""
    text = values.str.replace(r"[\s\u00a0\u202f]", "", regex=True)
    bad = (text.str.startswith("+") | text.str.match(r"-?0\d") | text.str.match(r"-?\d{19,}")
           | text.str.fullmatch(r"-?\d+[eE][-+]?\d+"))
    return ~bad.fillna(True).astype(bool)


def special(values: pd.Series) -> pd.Series:
    """Mask of `inf`, `-inf`, `nan` (any case)."""
    return values.str.lower().str.fullmatch(SPECIAL).fillna(False).astype(bool)
