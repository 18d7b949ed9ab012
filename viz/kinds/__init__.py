"""Column kinds: a registry of small named detectors, tried in order on a sample of each column.

Each detector module (one per kind, csv-detective style) defines KIND, an optional NAME regex on the
column name, and `matches(values, name=None) -> numpy mask` on stripped non-empty values (Arrow strings, or a
pandas Series whose name is the column's), with PROPORTION the share that must match. Detection is vectorised
over the sample (RE2 on Arrow, viz.kinds._arrow); a million-row column costs a sample. No pandas is imported here:
`viz inspect` decides the kinds of a pyarrow table without it.
"""
from __future__ import annotations

import re
from types import ModuleType
from typing import TYPE_CHECKING

import numpy as np

from viz.kinds._arrow import arrow
from viz.placeholders import without_placeholders

if TYPE_CHECKING:
    import pandas as pd

from viz.kinds import (boolean, code, code_departement, code_insee, code_postal, code_region, commune,  # noqa: E402
                       coordinates, date, datetime, departement, email, epci, integer, lambert93_x, lambert93_y, latitude,
                       longitude, money, naf, number, region, rna, siren, siret, telephone, uai, url, year)

DETECTORS: tuple[ModuleType, ...] = (
    email, url, coordinates, latitude, longitude, lambert93_x, lambert93_y, rna, uai, naf, epci, siret, siren,
    code_departement, code_region, departement, region, commune, code_postal, code_insee, telephone, year, datetime,
    date, boolean, code, money, integer, number,
)
SAMPLE = 5000


def sample_values(values: pd.Series, size: int = SAMPLE) -> pd.Series:
    """Stripped non-empty values, at most `size` of them spread over the column."""
    text = without_placeholders(values.astype("str"))  # a column of `NA` and codes is a column of codes
    text = text[text.str.strip() != ""]
    if len(text) > size:
        step = len(text) // size
        text = text.iloc[::step].iloc[:size]
    return text.str.strip()


def detect_kind(name: str, values: pd.Series) -> str:
    """The most specific kind whose detector matches enough of the column (else `text`)."""
    sample = arrow(sample_values(values))
    if len(sample) == 0:
        return "empty"
    lowered = name.lower()
    for det in DETECTORS:
        hint = getattr(det, "NAME", None)
        if hint is not None and not re.search(hint, lowered):
            continue
        ok = np.asarray(det.matches(sample, name), dtype=bool)
        if ok.mean() >= det.PROPORTION:
            return det.KIND
    return "text"


NUMERIC_KINDS = frozenset({"integer", "number", "money"})


def numeric_columns(table: pd.DataFrame) -> list[str]:
    """Columns whose values read as numbers (what a chart can sum), in table order; all columns at once (the
    sample budget's 9 columns: 1.46 s one by one, 0.42 s at once, on the loaded 2-core machine)."""
    from viz.kinds.batch import detect_kinds
    return [str(c) for c, kind in zip(table.columns, detect_kinds(table)) if kind in NUMERIC_KINDS]
