"""Decimal numbers, `1 234,56`, `1234.56`, `1.9764E-1`, `inf`, `nan` (not `+35`, `01053.89`, `1e3`)."""
from viz.kinds._numbers import plain, special
from viz.numbers import to_number

KIND, PROPORTION = "number", 0.95


def matches(values):
    comma = to_number(values, ",").notna()
    dot = to_number(values, ".").notna()
    parsed = comma if comma.sum() >= dot.sum() else dot
    return ((parsed & plain(values)) | special(values)).to_numpy(dtype=bool)
