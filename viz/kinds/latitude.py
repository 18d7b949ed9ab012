"""Latitude in decimal degrees (`.` or `,` decimal, with decimals), when the column name says so
(`lat`, `latitude`, a last word `y`)."""
import numpy as np
import pyarrow.compute as pc

from viz.arrownp import valid
from viz.kinds._arrow import arrow, contains, name_of
from viz.kinds._names import axis
from viz.numbers import number_values

KIND, PROPORTION = "latitude", 0.9


def matches(values, name=None):
    arr = arrow(values)
    if axis(name_of(values, name)) != "lat":
        return ~valid(arr)  # (missing values counted, as pandas' `values != values`)
    num = number_values(pc.replace_substring(arr, ",", "."), ".")
    with np.errstate(invalid="ignore"):
        return (num >= -90) & (num <= 90) & contains(arr, r"[.,][0-9]")
