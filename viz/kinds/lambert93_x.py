"""Lambert-93 X (metres, EPSG:2154 bounds -378 305.81 to 1 320 649.57), when the name says X or Lambert."""
import numpy as np
import pyarrow.compute as pc

from viz.arrownp import valid
from viz.kinds._arrow import arrow, name_of
from viz.kinds._names import axis, words
from viz.numbers import number_values

KIND, PROPORTION = "lambert93_x", 0.9
LOW, HIGH = -378305.81, 1320649.57


def matches(values, name=None):
    arr, name = arrow(values), name_of(values, name)
    if not (axis(name) == "lon" or set(words(name)) & {"lambx", "xl93", "x93"}):
        return ~valid(arr)  # (missing values counted, as pandas' `values != values`)
    num = number_values(pc.replace_substring(arr, ",", "."), ".")
    with np.errstate(invalid="ignore"):
        return (num >= LOW) & (num <= HIGH)
