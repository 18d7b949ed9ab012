"""Latitude in decimal degrees (`.` or `,` decimal, with decimals), when the column name says so
(`lat`, `latitude`, a last word `y`)."""
from viz.kinds._arrow import arrow, name_of
from viz.kinds._names import axis
from viz.kinds._numbers import in_range

KIND, PROPORTION = "latitude", 0.9


def matches(values, name=None):
    return in_range(arrow(values), axis(name_of(values, name)) == "lat", -90, 90, decimals=True)
