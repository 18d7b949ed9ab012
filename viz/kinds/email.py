"""Email addresses."""
from viz.kinds._arrow import arrow, full
from viz.retext import SPACE_CHARS

KIND, PROPORTION = "email", 0.9


def matches(values, name=None):
    return full(arrow(values), rf"[^@{SPACE_CHARS}]+@[^@{SPACE_CHARS}]+\.[A-Za-z]{{2,}}")
