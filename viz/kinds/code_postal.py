"""Postal code: 5 digits that La Poste serves (`77777` is not one); 4-digit values (lost leading zero) accepted
when the name says postal."""
import re

from viz.kinds._arrow import isin
from viz.kinds._reference import postal_codes

KIND, PROPORTION = "code_postal", 0.9
_NAME = r"postal|(^|[^a-z])cp([^a-z]|$)|zip|code_?post"


def matches(values):
    five = values.str.fullmatch(r"[0-9]{5}")
    name = getattr(values, "name", "") or ""
    if re.search(_NAME, str(name).lower()):
        return values.str.fullmatch(r"[0-9]{4,5}").to_numpy(dtype=bool) & _exists(values)
    if re.search(r"insee|commune|codgeo|com([^a-z]|$)", str(name).lower()):
        return (five & False).to_numpy(dtype=bool)
    # without a name hint, postal codes mostly end in 0 (04100, 13090); INSEE codes do not
    ends_zero = values.str.endswith("0")
    share = float(ends_zero[five].mean()) if five.any() else 0.0
    return (five & (share > 0.6)).to_numpy(dtype=bool) & _exists(values)


def _exists(values):
    """True where the code (zeros restored) is a real postal code, or everywhere without the reference."""
    known = postal_codes()
    return isin(values.str.pad(5, fillchar="0"), known) if known else (values == values).to_numpy(dtype=bool)
