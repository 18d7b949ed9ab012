"""Amounts of money: numbers in a column named like an amount, or written with `€` or `$`
(a share or a rate, `pourcentage…`, `taux`, is never money)."""
import re

from viz.kinds._numbers import plain
from viz.numbers import to_number
from viz.retext import SPACE

KIND, PROPORTION = "money", 0.95
_NAME = r"montant|^mt|prix|co[uû]t|budget|amount|subvention|recette|d[ée]pense|€|euros?([^a-z]|$)"
_SHARE = r"pourcent|percent|taux|ratio|part_|quote|%"


def matches(values):
    name = str(getattr(values, "name", "") or "").lower()
    if re.search(_SHARE, name):
        return (values != values).to_numpy(dtype=bool)
    sign = values.str.contains(r"[€$]", regex=True)
    bare = values.str.replace(rf"{SPACE}*[€$]{SPACE}*", "", regex=True)
    comma = to_number(bare, ",").notna()
    dot = to_number(bare, ".").notna()
    numeric = (comma if comma.sum() >= dot.sum() else dot) & plain(bare)
    if re.search(_NAME, name):
        return numeric.to_numpy(dtype=bool)
    return (numeric & sign).to_numpy(dtype=bool)
