"""Longitude in decimal degrees (`.` or `,` decimal, with decimals), when the column name says so
(`lon`, `lng`, `long`, `longitude`, a last word `x`: `bibli_latlong_x`)."""
import numpy as np
import pyarrow.compute as pc

from viz.arrownp import valid
from viz.kinds._arrow import arrow, contains, name_of
from viz.kinds._names import axis
from viz.numbers import number_values

KIND, PROPORTION = "longitude", 0.9


def matches(values, name=None):
    arr = arrow(values)
    if axis(name_of(values, name)) != "lon":
        return ~valid(arr)  # (missing values counted, as pandas' `values != values`)
    num = number_values(pc.replace_substring(arr, ",", "."), ".")
    with np.errstate(invalid="ignore"):
        return (num >= -180) & (num <= 180) & contains(arr, r"[.,][0-9]")
