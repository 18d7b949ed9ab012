"""SIRET: 14 digits with a right Luhn key (spaces allowed, as often published: `123 456 789 00012`)."""
import pyarrow.compute as pc

from viz.arrownp import numbers
from viz.kinds._arrow import arrow, remove, where
from viz.kinds._luhn import luhn_ok
from viz.retext import SPACE_CHARS

KIND, PROPORTION = "siret", 0.9


def matches(values, name=None):
    bare = remove(arrow(values), rf"[{SPACE_CHARS}]")
    return luhn_ok(where(bare, numbers(pc.utf8_length(bare), 0) == 14))
