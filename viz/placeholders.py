"""Placeholders for a missing value (`NA`, `#N/A`, `NULL`, `-`, `nc`, `néant`, `Non renseigné`…).

Real files fill thousands of cells with them: the first look and the kinds count them as missing, a
quality finding names them and its step (`blank_placeholders`) empties them. Schema checks keep frictionless' semantics
(only the schema's own `missingValues` are missing there).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from viz.arrownp import bools, string_array

if TYPE_CHECKING:
    import pandas as pd

PLACEHOLDERS = frozenset({
    "na", "n/a", "n.a.", "n.a", "#n/a", "#na", "null", "-", "--", "---", "nc", "n.c.", "n.c",
    "néant", "neant", "non renseigné", "non renseignée", "non renseigne", "non renseignee", "non communiqué",
    "non communiquée", "non communique", "non disponible", "sans objet", "s.o.", "#valeur!", "#ref!", "#div/0!",
})
# Written for « none », « closed », « not applicable » as often as for « unknown » (`-` in opening hours means
# closed; `néant` in a list of grants means none): emptying them changes meaning, so never in a bulk fix.
AMBIGUOUS = frozenset({"-", "--", "---", "néant", "neant", "sans objet", "s.o."})
_SET = string_array(sorted(PLACEHOLDERS))


def placeholder_mask(values: pd.Series | pa.Array | pa.ChunkedArray) -> np.ndarray:
    """Per-cell mask of the placeholders (case, accents as listed, spaces around ignored)."""
    arr = values if isinstance(values, (pa.Array, pa.ChunkedArray)) else pa.array(values.astype("str"), from_pandas=True)
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks() if arr.num_chunks else pa.nulls(0, pa.large_string())
    arr = arr.cast(pa.large_string())
    key = pc.utf8_lower(pc.utf8_trim_whitespace(arr))
    return bools(pc.is_in(key, value_set=_SET))


def without_placeholders(values: pd.Series) -> pd.Series:
    """`values` without the placeholder cells (the kinds are decided on what is really there)."""
    if values.empty:
        return values
    return values[~placeholder_mask(values)]
