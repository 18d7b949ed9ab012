"""Codes that do not exist: postal and INSEE codes checked against the commune reference, not only by shape
(`77777` is not a postal code, `2B14` is not an INSEE code)."""
from __future__ import annotations

from functools import lru_cache

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from viz.checks.quality_base import column_facts, first_rows, quality_check, row_numbers
from viz.checks.quality_codes import code_kind
from viz.checks.quality_facts import PY_SPACE, take
from viz.dataset import ReadInfo
from viz.findings import Finding, make
from viz.kinds._reference import insee_codes, postal_codes
from viz.placeholders import placeholder_mask

SEVERITY = {"code_postal": "warning", "code_insee": "error"}  # CEDEX codes are not in La Poste's geographic list


def normalise(units: pa.Array, width: int) -> pa.Array:
    """Codes as they should read once the other fixes ran: no spaces, no `.0`, upper case, zeros restored
    (Python's `\\s` and `\\d` written for RE2: the same values changed as with `re`)."""
    text = pc.utf8_upper(pc.utf8_trim_whitespace(units.fill_null("")))
    text = pc.replace_substring_regex(text, PY_SPACE, "")
    text = pc.replace_substring_regex(text, r"^(\p{Nd}+)\.0+$", r"\1")
    short = pc.and_(pc.match_substring_regex(text, r"^\p{Nd}+$"), pc.less(pc.utf8_length(text), width))
    return pc.if_else(short, pc.utf8_lpad(text, width, "0"), text)


@lru_cache(maxsize=2)
def _known(kind: str) -> pa.Array:
    """The reference's codes of this kind as an arrow array (for `is_in`)."""
    from viz.reference.codes import sorted_list  # only called once the codes were read (not empty)
    return pa.array(sorted_list(kind), type=pa.string())


def _mask(values: pa.Array) -> np.ndarray:
    return np.asarray(values.fill_null(False).to_numpy(zero_copy_only=False), dtype=bool)


def _first_distinct(values: pa.Array, limit: int) -> list[str]:
    """The first `limit` distinct values in sorted order (UTF-8 byte order is Python's code point order)."""
    distinct = pc.unique(values)
    return distinct.take(pc.array_sort_indices(distinct)[:limit]).to_pylist()


def _has_coordinates(table: pd.DataFrame) -> bool:
    """Whether the coordinate checks run on this table (they judge its INSEE codes themselves)."""
    try:
        from viz.geo.detect import detect
    except ImportError:
        return False
    return detect(table) is not None


@quality_check("quality.unknown_code")
def unknown_code(table: pd.DataFrame, read: ReadInfo | None = None) -> list[Finding]:
    """Postal and INSEE codes that no commune has (after restoring zeros and removing spaces)."""
    found = []
    for column in table.columns:
        kind = code_kind(column)
        if kind is None or kind.name not in SEVERITY:
            continue
        known = postal_codes() if kind.name == "code_postal" else insee_codes()
        if not known or (kind.name == "code_insee" and _has_coordinates(table)):
            continue
        facts = column_facts(table, column)
        units = facts.units
        codes = normalise(units, kind.width)
        overseas = _mask(pc.match_substring_regex(codes, r"^(?:97[578]|98|97133|97150)"))  # COM, Monaco: not listed
        filled = _mask(pc.not_equal(pc.utf8_trim_whitespace(units.fill_null("")), ""))
        wrong = ~_mask(pc.is_in(codes, value_set=_known(kind.name))) & ~overseas & filled
        wrong &= ~placeholder_mask(units)
        if not wrong.any():
            continue
        rows = row_numbers(facts.per_row(wrong))
        distinct = _first_distinct(pc.utf8_trim_whitespace(take(units, np.flatnonzero(wrong))), 50)
        shown = distinct[:3]
        found.append(make("quality.unknown_code", SEVERITY[kind.name], column, rows, f"realfiles.unknown_{kind.name}",
                          constraint=kind.name, first=first_rows(rows), shown=", ".join(f"« {v} »" for v in shown),
                          details={"examples": distinct}))
    return found
