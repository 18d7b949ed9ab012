"""Decimal numbers, `1 234,56`, `1234.56`, `1.9764E-1`, `inf`, `nan` (not `+35`, `01053.89`, `1e3`)."""
from viz.kinds._arrow import arrow
from viz.kinds._numbers import plain, special
from viz.numbers import number_mask

KIND, PROPORTION = "number", 0.95


def matches(values, name=None):
    arr = arrow(values)
    comma, dot = number_mask(arr, ","), number_mask(arr, ".")
    parsed = comma if comma.sum() >= dot.sum() else dot
    return (parsed & plain(arr)) | special(arr)
