"""Commune INSEE code: 5 characters, digits or 2A/2B + 3 digits (Corsica), that exist (`01000` is a postal code)."""
import pyarrow.compute as pc

from viz.kinds._arrow import arrow, full, isin_where
from viz.kinds._reference import insee_codes

KIND, PROPORTION = "code_insee", 0.9


def matches(values, name=None):
    upper = pc.utf8_upper(arrow(values))
    shaped = full(upper, r"[0-9]{5}|2[AB][0-9]{3}")
    known = insee_codes()
    return isin_where(upper, shaped, known) if known else shaped
