"""Codes that do not exist: postal and INSEE codes checked against the commune reference, not only by shape
(`77777` is not a postal code, `2B14` is not an INSEE code)."""
from __future__ import annotations

import numpy as np
import pandas as pd

from viz.checks.quality_base import column_facts, first_rows, quality_check, row_numbers
from viz.checks.quality_codes import code_kind
from viz.checks.quality_facts import take
from viz.dataset import ReadInfo
from viz.findings import Finding, make
from viz.kinds._reference import insee_codes, postal_codes
from viz.placeholders import placeholder_mask

SEVERITY = {"code_postal": "warning", "code_insee": "error"}  # CEDEX codes are not in La Poste's geographic list


def normalise(values: pd.Series, width: int) -> pd.Series:
    """Codes as they should read once the other fixes ran: no spaces, no `.0`, upper case, zeros restored."""
    text = values.str.strip().str.upper().str.replace(r"[\s\u00a0\u202f]", "", regex=True)
    text = text.str.replace(r"^(\d+)\.0+$", r"\1", regex=True)
    short = text.str.fullmatch(r"\d+") & (text.str.len() < width)
    return text.where(~short, text.str.zfill(width))


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
        units = pd.Series(take(facts.units, np.arange(len(facts.units))).to_pylist(), dtype="str").fillna("")
        codes = normalise(units, kind.width)
        overseas = codes.str.match(r"97[578]|98|97133|97150")  # collectivités d'outre-mer, Monaco: not in the reference
        wrong = np.array(~codes.isin(known) & ~overseas & (units.str.strip() != ""), dtype=bool)
        wrong &= ~placeholder_mask(units)
        if not wrong.any():
            continue
        rows = row_numbers(facts.per_row(wrong))
        distinct = sorted(set(units[wrong].str.strip()))
        shown = distinct[:3]
        found.append(make("quality.unknown_code", SEVERITY[kind.name], column, rows, f"realfiles.unknown_{kind.name}",
                          constraint=kind.name, first=first_rows(rows), shown=", ".join(f"« {v} »" for v in shown),
                          details={"examples": distinct[:50]}))
    return found
