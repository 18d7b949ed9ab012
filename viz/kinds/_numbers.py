"""What a number kind accepts: no `+` sign, no leading zero (`01053` is a code), an exponent only after a
decimal mark (`1.97E-1`, not `1e3`), at most 18 digits before it; `inf` and `nan` are numbers."""
from __future__ import annotations

import numpy as np
import pyarrow.compute as pc

from viz.arrownp import valid
from viz.kinds._arrow import Strings, contains, full, prefix, remove
from viz.numbers import number_values
from viz.retext import SPACE_CHARS

SPECIAL = r"-?(?:inf|nan)"


def plain(arr: Strings) -> np.ndarray:
    """Mask of the texts shaped like a number a program may hold (before parsing them; missing is not)."""
    text = remove(arr, rf"[{SPACE_CHARS}]")
    bad = (prefix(text, r"\+") | prefix(text, r"-?0[0-9]") | prefix(text, r"-?[0-9]{19,}")
           | full(text, r"-?[0-9]+[eE][-+]?[0-9]+"))
    return ~bad & valid(arr)


def special(arr: Strings) -> np.ndarray:
    """Mask of `inf`, `-inf`, `nan` (any case)."""
    return full(pc.utf8_lower(arr), SPECIAL)


def in_range(arr: Strings, named: bool, low: float, high: float, decimals: bool = False) -> np.ndarray:
    """Mask of the numbers (`.` or `,` decimal) between `low` and `high` (`decimals`: written with some) when the
    column's name says this kind (`named`), else of the missing values only (as pandas' `values != values`)."""
    if not named:
        return ~valid(arr)
    num = number_values(pc.replace_substring(arr, ",", "."), ".")
    with np.errstate(invalid="ignore"):
        inside = (num >= low) & (num <= high)
    return inside & contains(arr, r"[.,][0-9]") if decimals else inside
