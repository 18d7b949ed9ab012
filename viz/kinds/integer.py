"""Whole numbers without sign `+` or leading zeros (codes with leading zeros are `code`), at most 18 digits."""
from viz.retext import SPACE_CHARS

KIND, PROPORTION = "integer", 0.95


def matches(values):
    text = values.str.replace(rf"[{SPACE_CHARS}]", "", regex=True)
    return text.str.fullmatch(r"-?(0|[1-9][0-9]{0,17})").to_numpy(dtype=bool)
