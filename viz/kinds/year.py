"""Years (1800 to 2100), when the column name says year (`annee`, `exercice`, `millesime`, `year`…)."""
import pandas as pd

KIND, PROPORTION = "year", 1.0
NAME = r"ann[ée]e|year|exercice|mill[ée]sime|naissance|^an([^a-z]|$)"


def matches(values):
    four = values.str.fullmatch(r"[0-9]{4}")
    number = pd.to_numeric(values.where(four, None), errors="coerce")
    return ((number >= 1800) & (number <= 2100)).fillna(False).to_numpy(dtype=bool)
