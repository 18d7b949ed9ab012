"""UAI (ex-RNE) school and institution code: 7 digits and a check letter (`0422170F`)."""
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from viz.arrownp import index_array, numbers
from viz.kinds._arrow import arrow, full

KIND, PROPORTION = "uai", 0.9
LETTERS = np.array(list("ABCDEFGHJKLMNPRSTUVWXYZ"))


def matches(values, name=None):
    text = pc.utf8_upper(arrow(values))
    shaped = full(text, r"(?:0[0-8][0-9]|09[0-5]|9[78][0-9]|[67]20)[0-9]{4}[A-Z]")
    ok = np.zeros(len(text), dtype=bool)
    idx = np.flatnonzero(shaped)
    if len(idx):
        picked = text.take(index_array(idx))
        number = numbers(pc.cast(pc.utf8_slice_codeunits(picked, 0, 7), pa.int64()), 0)
        letter = np.array(pc.utf8_slice_codeunits(picked, 7).to_pylist(), dtype=object)
        ok[idx] = LETTERS[number % 23] == letter
    return ok
