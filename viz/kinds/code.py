"""Codes made of digits that must stay text: some values have leading zeros (`011`, `001`)."""
from viz.kinds._arrow import arrow, full, prefix

KIND, PROPORTION = "code", 0.9


def matches(values, name=None):
    arr = arrow(values)
    digits = full(arr, r"[0-9]+")
    if not (prefix(arr, r"0[0-9]") & digits).any():
        return digits & False
    return digits
