"""Latitude in decimal degrees (`.` or `,` decimal), when the column name says so."""
from viz.numbers import to_number

KIND, PROPORTION, NAME = "latitude", 0.9, r"(^|[^a-z])(lat|latitude|y_?wgs)"


def matches(values):
    num = to_number(values.str.replace(",", ".", regex=False), ".")
    return ((num >= -90) & (num <= 90)).to_numpy(dtype=bool)
