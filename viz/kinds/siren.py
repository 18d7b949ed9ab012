"""SIREN: 9 digits with a right Luhn key, when the column name says so (9-digit numbers are common otherwise)."""
from viz.kinds._luhn import luhn_ok
from viz.retext import SPACE_CHARS

KIND, PROPORTION, NAME = "siren", 0.9, r"siren"


def matches(values):
    return luhn_ok(values.str.replace(rf"[{SPACE_CHARS}]", "", regex=True).where(lambda v: v.str.len() == 9, ""))
