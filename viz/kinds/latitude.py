"""Latitude in decimal degrees (`.` or `,` decimal, with decimals), when the column name says so
(`lat`, `latitude`, a last word `y`)."""
from viz.kinds._names import axis
from viz.numbers import to_number

KIND, PROPORTION = "latitude", 0.9


def matches(values):
    if axis(values.name) != "lat":
        return (values != values).to_numpy(dtype=bool)
    num = to_number(values.str.replace(",", ".", regex=False), ".")
    decimals = values.str.contains(r"[.,][0-9]", regex=True)
    return ((num >= -90) & (num <= 90) & decimals).to_numpy(dtype=bool)
