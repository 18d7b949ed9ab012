"""Decimal numbers, `1 234,56` or `1234.56`."""
from viz.numbers import to_number

KIND, PROPORTION = "number", 0.95


def matches(values):
    comma = to_number(values, ",").notna()
    dot = to_number(values, ".").notna()
    return (comma if comma.sum() >= dot.sum() else dot).to_numpy(dtype=bool)
