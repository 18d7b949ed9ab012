"""Lambert-93 Y (metres, EPSG:2154 bounds 6 005 281.2 to 7 235 612.72), when the name says Y or Lambert."""
import numpy as np
import pyarrow.compute as pc

from viz.arrownp import valid
from viz.kinds._arrow import arrow, name_of
from viz.kinds._names import axis, words
from viz.numbers import number_values

KIND, PROPORTION = "lambert93_y", 0.9
LOW, HIGH = 6005281.2, 7235612.72


def matches(values, name=None):
    arr, name = arrow(values), name_of(values, name)
    if not (axis(name) == "lat" or set(words(name)) & {"lamby", "yl93", "y93"}):
        return ~valid(arr)  # (missing values counted, as pandas' `values != values`)
    num = number_values(pc.replace_substring(arr, ",", "."), ".")
    with np.errstate(invalid="ignore"):
        return (num >= LOW) & (num <= HIGH)
