"""RNA association number: `W` + 9 characters (`W751515517`, `W2A1000123`); in a column named like RNA, the
SIREN an association without RNA number is known by counts too."""
import pyarrow.compute as pc

from viz.arrownp import numbers
from viz.kinds._arrow import arrow, full, name_of, remove, where
from viz.kinds._luhn import luhn_ok
from viz.kinds._names import words
from viz.retext import SPACE

KIND, PROPORTION = "rna", 0.9


def matches(values, name=None):
    arr = arrow(values)
    ok = full(arr, r"W[0-9][0-9AB][0-9]{7}")
    if "rna" in "".join(words(name_of(values, name))):
        bare = remove(arr, SPACE)
        ok |= luhn_ok(where(bare, numbers(pc.utf8_length(bare), 0) == 9))
    return ok
