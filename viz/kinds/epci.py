"""EPCI (group of communes) SIREN: 9 digits starting with 2 with a right Luhn key, when the name says EPCI."""
from viz.kinds._luhn import luhn_ok
from viz.retext import SPACE_CHARS

KIND, PROPORTION, NAME = "epci", 0.9, r"epci"


def matches(values):
    digits = values.str.replace(rf"[{SPACE_CHARS}]", "", regex=True)
    return luhn_ok(digits.where(digits.str.fullmatch(r"2[0-9]{8}"), ""))
