"""Email addresses."""
from viz.retext import SPACE_CHARS

KIND, PROPORTION = "email", 0.9


def matches(values):
    return values.str.fullmatch(rf"[^@{SPACE_CHARS}]+@[^@{SPACE_CHARS}]+\.[A-Za-z]{{2,}}").to_numpy(dtype=bool)
