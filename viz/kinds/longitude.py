"""Longitude in decimal degrees (`.` or `,` decimal), when the column name says so."""
from viz.numbers import to_number

KIND, PROPORTION, NAME = "longitude", 0.9, r"(^|[^a-z])(lon|lng|long|longitude|x_?wgs)"


def matches(values):
    num = to_number(values.str.replace(",", ".", regex=False), ".")
    return ((num >= -180) & (num <= 180)).to_numpy(dtype=bool)
