"""The registry of quality checks and the small helpers they share (row numbers, samples, column names)."""
from __future__ import annotations

from contextvars import ContextVar

import re
import unicodedata
from collections.abc import Callable

import numpy as np
import pandas as pd
import pyarrow as pa

from viz.checks.quality_facts import SAMPLE_SIZE, ColumnFacts, column_facts, regex_mask, shared_facts, to_arrow  # noqa: F401
from viz.dataset import ReadInfo
from viz.findings import Finding

QualityCheck = Callable[[pd.DataFrame, "ReadInfo | None"], list[Finding]]
QUALITY_CHECKS: dict[str, QualityCheck] = {}


def quality_check(code: str) -> Callable[[QualityCheck], QualityCheck]:
    """Register a check `(table, read) -> findings` under its finding code."""
    def register(func: QualityCheck) -> QualityCheck:
        if code in QUALITY_CHECKS:
            raise RuntimeError(f"quality check registered twice: {code}")
        QUALITY_CHECKS[code] = func
        return func
    return register


LINES_ABOVE_HEADER: ContextVar[int] = ContextVar("lines_above_header", default=0)  # title lines of a CSV


def row_numbers(mask: np.ndarray | pd.Series) -> np.ndarray:
    """Row numbers as frictionless counts them (header = 1, lines above it counted) of the True positions, as an
    int64 array (viz.findings.make keeps it so: no Python int per row unless someone reads them)."""
    arr = np.asarray(mask, dtype=bool)
    return np.flatnonzero(arr) + (2 + LINES_ABOVE_HEADER.get())


def positions(rows: list[int], lines_above_header: int | None = None) -> list[int]:
    """DataFrame positions of frictionless row numbers (the inverse of row_numbers)."""
    shift = 2 + (LINES_ABOVE_HEADER.get() if lines_above_header is None else lines_above_header)
    return [r - shift for r in rows]


def first_rows(rows: list[int] | np.ndarray, limit: int = 5) -> str:
    """`2, 5, 1 613…`: the first few row numbers for a message (grouped with a thin space in every language, so
    the list's commas stay unambiguous)."""
    from viz.fmt import number
    text = ", ".join(number(int(r), "fr", 0) for r in rows[:limit])
    return text + ("…" if len(rows) > limit else "")


def as_bool(values: pd.Series) -> np.ndarray:
    """A boolean numpy mask from a (possibly nullable) boolean Series."""
    return np.array(values.fillna(False).to_numpy(dtype=bool), dtype=bool)


def text(table: pd.DataFrame, column: str) -> pd.Series:
    """The column as pandas text with "" for missing cells."""
    col = table[column]
    if str(col.dtype) != "str":
        col = col.fillna("").astype("str")
    return col


def sample(values: pd.Series, size: int = SAMPLE_SIZE) -> pd.Series:
    """The first and a spread of later non-empty values: enough to decide what a column holds."""
    filled = values[values != ""]
    if len(filled) <= size:
        return filled
    step = max(1, len(filled) // (size // 2))
    return pd.concat([filled.iloc[: size // 2], filled.iloc[::step].iloc[: size // 2]])


def fold(values: pd.Series) -> pd.Series:
    """Lower case, no accents, punctuation as spaces, single spaces: the key that makes spelling variants equal.

    Only values with the same key may be merged by a one-click fix (`Saint-Étienne` = `SAINT ETIENNE`).
    """
    low = values.map(_unaccent) if len(values) else values.astype("str")
    low = low.str.lower().str.replace(r"[\W_]+", " ", regex=True).str.strip()
    return low


def _unaccent(value: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", value) if not unicodedata.combining(c))


def name_tokens(column: str) -> set[str]:
    """Words of a column name: `codePostal` -> {code, postal}, `BGT_SIRET` -> {bgt, siret}."""
    spaced = re.sub(r"([a-z])([A-Z])", r"\1 \2", _unaccent(str(column)))
    return {w for w in re.split(r"[^a-z0-9]+", spaced.lower()) if w}


def name_key(column: str) -> str:
    """The column name folded to letters and digits only: `Code_Postal` -> `codepostal`."""
    return re.sub(r"[^a-z0-9]", "", _unaccent(str(column)).lower())


def matches(values: pd.Series | pa.Array, pattern: str, full: bool = False) -> np.ndarray:
    """Boolean numpy mask of the cells matching `pattern` (whole cell when `full`), through pyarrow's RE2."""
    return regex_mask(to_arrow(values), pattern, full)


def filled(values: pd.Series) -> np.ndarray:
    """Mask of the non-empty cells."""
    return np.array((values != "").to_numpy(dtype=bool), dtype=bool)
