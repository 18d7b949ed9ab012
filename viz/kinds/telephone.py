"""French phone numbers: `04 50 56 87 49`, `0450568749`, `+33 4 50 56 87 49`."""
from viz.kinds._arrow import arrow, full
from viz.retext import SPACE, SPACE_CHARS

KIND, PROPORTION = "telephone", 0.9


def matches(values, name=None):
    return full(arrow(values), rf"(\+33{SPACE}?|0)[1-9]([{SPACE_CHARS}.\-]?[0-9]{{2}}){{4}}")
