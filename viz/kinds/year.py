"""Years (1800 to 2100), when the column name says year (`annee`, `exercice`, `millesime`, `year`…)."""
from viz.kinds._arrow import arrow, floats, full, where

KIND, PROPORTION = "year", 1.0
NAME = r"ann[ée]e|year|exercice|mill[ée]sime|naissance|^an([^a-z]|$)"


def matches(values, name=None):
    arr = arrow(values)
    four = full(arr, r"[0-9]{4}")
    number = floats(where(arr, four, "0"))
    return four & (number >= 1800) & (number <= 2100)
