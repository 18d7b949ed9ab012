"""Amounts of money: numbers in a column named like an amount, or written with `€` or `$`
(a share or a rate, `pourcentage…`, `taux`, is never money)."""
import re

from viz.arrownp import valid
from viz.kinds._arrow import arrow, contains, name_of, remove
from viz.kinds._numbers import plain
from viz.numbers import number_mask
from viz.retext import SPACE

KIND, PROPORTION = "money", 0.95
_NAME = r"montant|^mt|prix|co[uû]t|budget|amount|subvention|recette|d[ée]pense|€|euros?([^a-z]|$)"
_SHARE = r"pourcent|percent|taux|ratio|part_|quote|%"


def matches(values, name=None):
    arr, name = arrow(values), name_of(values, name).lower()
    if re.search(_SHARE, name):
        return ~valid(arr)  # (missing values counted, as pandas' `values != values`)
    sign = contains(arr, r"[€$]")
    bare = remove(arr, rf"{SPACE}*[€$]{SPACE}*")
    comma, dot = number_mask(bare, ","), number_mask(bare, ".")
    numeric = (comma if comma.sum() >= dot.sum() else dot) & plain(bare)
    if re.search(_NAME, name):
        return numeric
    return numeric & sign
