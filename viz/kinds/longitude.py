"""Longitude in decimal degrees (`.` or `,` decimal, with decimals), when the column name says so
(`lon`, `lng`, `long`, `longitude`, a last word `x`: `bibli_latlong_x`)."""
from viz.kinds._arrow import arrow, name_of
from viz.kinds._names import axis
from viz.kinds._numbers import in_range

KIND, PROPORTION = "longitude", 0.9


def matches(values, name=None):
    return in_range(arrow(values), axis(name_of(values, name)) == "lon", -180, 180, decimals=True)
