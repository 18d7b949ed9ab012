"""Département code: 01-95, 2A, 2B, 971-976 (also `1`-`9` that lost their zero)."""
import pyarrow.compute as pc

from viz.kinds._arrow import arrow, full

KIND, PROPORTION, NAME = "code_departement", 0.9, r"dep|dpt|departement|département"


def matches(values, name=None):
    return full(pc.utf8_upper(arrow(values)), r"0?[1-9]|[1-8][0-9]|9[0-5]|2[AB]|97[1-6]")
