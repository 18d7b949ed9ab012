"""SIRET: 14 digits with a right Luhn key (spaces allowed, as often published: `123 456 789 00012`)."""
from viz.kinds._luhn import luhn_ok
from viz.retext import SPACE_CHARS

KIND, PROPORTION = "siret", 0.9


def matches(values):
    return luhn_ok(values.str.replace(rf"[{SPACE_CHARS}]", "", regex=True).where(lambda v: v.str.len() == 14, ""))
