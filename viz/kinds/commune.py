"""Commune names (`Saint-Denis`, `ST DENIS`, `Aix-en-Provence`), checked against the commune reference, when the
column name says commune, ville or localité (csv-detective's `commune` format; `Lion` and `New York` are not)."""
import pandas as pd

from viz.kinds._arrow import isin
from viz.kinds._names import fold_values
from viz.kinds._reference import commune_names

KIND, PROPORTION, NAME = "commune", 0.8, r"commune|ville|localit|municipalit|city|town|nom_?com|lib.*com"
_SAINT = (r"\bst\b", "saint"), (r"\bste\b", "sainte")


def matches(values: pd.Series):
    folded = fold_values(values)
    for short, full in _SAINT:
        folded = folded.str.replace(short, full, regex=True)
    return isin(folded, commune_names())
