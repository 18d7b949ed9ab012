"""SIREN: 9 digits with a right Luhn key, when the column name says so (9-digit numbers are common otherwise)."""
import pyarrow.compute as pc

from viz.arrownp import numbers
from viz.kinds._arrow import arrow, remove, where
from viz.kinds._luhn import luhn_ok
from viz.retext import SPACE_CHARS

KIND, PROPORTION, NAME = "siren", 0.9, r"siren"


def matches(values, name=None):
    bare = remove(arrow(values), rf"[{SPACE_CHARS}]")
    return luhn_ok(where(bare, numbers(pc.utf8_length(bare), 0) == 9))
