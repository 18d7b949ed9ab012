"""Commune names (`Saint-Denis`, `ST DENIS`, `Aix-en-Provence`), checked against the commune reference, when the
column name says commune, ville or localité (csv-detective's `commune` format; `Lion` and `New York` are not)."""
import pyarrow.compute as pc

from viz.kinds._arrow import isin
from viz.kinds._names import fold
from viz.kinds._reference import commune_names

KIND, PROPORTION, NAME = "commune", 0.8, r"commune|ville|localit|municipalit|city|town|nom_?com|lib.*com"
_SAINT = (r"\bst\b", "saint"), (r"\bste\b", "sainte")  # on folded text: ASCII only, RE2's \b is Python's


def matches(values, name=None):
    folded = fold(values)
    for short, full in _SAINT:
        folded = pc.replace_substring_regex(folded, short, full)
    return isin(folded, commune_names())
