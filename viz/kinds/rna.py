"""RNA association number: `W` + 9 characters (`W751515517`, `W2A1000123`); in a column named like RNA, the
SIREN an association without RNA number is known by counts too."""
import numpy as np

from viz.kinds._luhn import luhn_ok
from viz.kinds._names import words
from viz.retext import SPACE

KIND, PROPORTION = "rna", 0.9


def matches(values):
    ok = np.array(values.str.fullmatch(r"W[0-9][0-9AB][0-9]{7}").to_numpy(dtype=bool), dtype=bool)
    if "rna" in "".join(words(values.name)):
        ok |= luhn_ok(values.str.replace(rf"{SPACE}", "", regex=True).where(lambda v: v.str.len() == 9, ""))
    return ok
