"""EPCI (group of communes) SIREN: 9 digits starting with 2 with a right Luhn key, when the name says EPCI."""
from viz.kinds._arrow import arrow, full, remove, where
from viz.kinds._luhn import luhn_ok
from viz.retext import SPACE_CHARS

KIND, PROPORTION, NAME = "epci", 0.9, r"epci"


def matches(values, name=None):
    digits = remove(arrow(values), rf"[{SPACE_CHARS}]")
    return luhn_ok(where(digits, full(digits, r"2[0-9]{8}")))
