"""Postal code: 5 digits that La Poste serves (`77777` is not one); 4-digit values (lost leading zero) accepted
when the name says postal."""
import re

import pyarrow.compute as pc

from viz.arrownp import valid
from viz.kinds._arrow import arrow, full, isin, mask, name_of
from viz.kinds._reference import postal_codes

KIND, PROPORTION = "code_postal", 0.9
_NAME = r"postal|(^|[^a-z])cp([^a-z]|$)|zip|code_?post"
_INSEE_NAME = r"insee|commune|codgeo|com([^a-z]|$)"


def matches(values, name=None):
    arr, name = arrow(values), name_of(values, name).lower()
    five = full(arr, r"[0-9]{5}")
    if re.search(_NAME, name):
        return full(arr, r"[0-9]{4,5}") & _exists(arr)
    if re.search(_INSEE_NAME, name):
        return five & False
    # without a name hint, postal codes mostly end in 0 (04100, 13090); INSEE codes do not
    ends_zero = mask(pc.ends_with(arr, "0"))
    share = float(ends_zero[five].mean()) if five.any() else 0.0
    return five & (share > 0.6) & _exists(arr)


def _exists(arr):
    """True where the code (zeros restored) is a real postal code, or everywhere without the reference."""
    known = postal_codes()
    return isin(pc.utf8_lpad(arr, 5, "0"), known) if known else valid(arr)
