"""Longitude in decimal degrees (`.` or `,` decimal, with decimals), when the column name says so
(`lon`, `lng`, `long`, `longitude`, a last word `x`: `bibli_latlong_x`)."""
from viz.kinds._names import axis
from viz.numbers import to_number

KIND, PROPORTION = "longitude", 0.9


def matches(values):
    if axis(values.name) != "lon":
        return (values != values).to_numpy(dtype=bool)
    num = to_number(values.str.replace(",", ".", regex=False), ".")
    decimals = values.str.contains(r"[.,][0-9]", regex=True)
    return ((num >= -180) & (num <= 180) & decimals).to_numpy(dtype=bool)
