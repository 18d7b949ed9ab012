"""Whole numbers without sign `+` or leading zeros (codes with leading zeros are `code`), at most 18 digits."""
from viz.kinds._arrow import arrow, full, remove
from viz.retext import SPACE_CHARS

KIND, PROPORTION = "integer", 0.95


def matches(values, name=None):
    return full(remove(arrow(values), rf"[{SPACE_CHARS}]"), r"-?(0|[1-9][0-9]{0,17})")
