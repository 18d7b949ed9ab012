"""Date and time (`2024-03-01T14:00`, `2030/06/22 00:00:00`, `12:00:00 12/31/2022`, `…+02:00`); real ones only."""
from viz.kinds._dates import valid_datetimes

KIND, PROPORTION = "datetime", 0.9


def matches(values, name=None):
    return valid_datetimes(values)
