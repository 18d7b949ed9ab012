"""Region code (2016 regions and overseas): 01-06, 11, 24, 27, 28, 32, 44, 52, 53, 75, 76, 84, 93, 94."""
import pyarrow.compute as pc

from viz.kinds._arrow import arrow, isin

KIND, PROPORTION, NAME = "code_region", 0.9, r"reg|région|region"
CODES = frozenset({"01", "02", "03", "04", "06", "11", "24", "27", "28", "32", "44", "52", "53", "75", "76", "84",
                   "93", "94"})


def matches(values, name=None):
    return isin(pc.utf8_lpad(arrow(values), 2, "0"), CODES)
