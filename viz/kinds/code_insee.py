"""Commune INSEE code: 5 characters, digits or 2A/2B + 3 digits (Corsica), that exist (`01000` is a postal code)."""
from viz.kinds._arrow import isin
from viz.kinds._reference import insee_codes

KIND, PROPORTION = "code_insee", 0.9


def matches(values):
    upper = values.str.upper()
    shaped = upper.str.fullmatch(r"[0-9]{5}|2[AB][0-9]{3}")
    known = insee_codes()
    return shaped.to_numpy(dtype=bool) & isin(upper, known) if known else shaped.to_numpy(dtype=bool)
