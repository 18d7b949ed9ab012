"""Amounts of money: numbers in a column named like an amount, or written with €."""
import re

from viz.numbers import to_number

KIND, PROPORTION = "money", 0.95
_NAME = r"montant|^mt|prix|co[uû]t|budget|amount|subvention|recette|d[ée]pense|€|euros?([^a-z]|$)"


def matches(values):
    name = str(getattr(values, "name", "") or "").lower()
    euro = values.str.contains("€", regex=False)
    comma = to_number(values, ",").notna()
    dot = to_number(values, ".").notna()
    numeric = comma if comma.sum() >= dot.sum() else dot
    if re.search(_NAME, name):
        return numeric.to_numpy(dtype=bool)
    return (numeric & euro).to_numpy(dtype=bool)
