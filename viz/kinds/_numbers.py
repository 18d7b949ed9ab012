"""What a number kind accepts: no `+` sign, no leading zero (`01053` is a code), an exponent only after a
decimal mark (`1.97E-1`, not `1e3`), at most 18 digits before it; `inf` and `nan` are numbers."""
from __future__ import annotations

import pandas as pd
from viz.retext import SPACE_CHARS

SPECIAL = r"-?(?:inf|nan)"


def plain(values: pd.Series) -> pd.Series:
    """Mask (Series) of the texts shaped like a number a program may hold (before parsing them)."""
    text = values.str.replace(rf"[{SPACE_CHARS}]", "", regex=True)
    bad = (text.str.startswith("+") | text.str.match(r"-?0[0-9]") | text.str.match(r"-?[0-9]{19,}")
           | text.str.fullmatch(r"-?[0-9]+[eE][-+]?[0-9]+"))
    return ~bad.fillna(True).astype(bool)


def special(values: pd.Series) -> pd.Series:
    """Mask of `inf`, `-inf`, `nan` (any case)."""
    return values.str.lower().str.fullmatch(SPECIAL).fillna(False).astype(bool)
