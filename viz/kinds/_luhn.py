"""The Luhn key of SIREN and SIRET numbers, for whole columns at once (La Poste's SIRETs have their own rule)."""
from __future__ import annotations

from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from viz.arrownp import bools, index_array, numbers, text_buffers
from viz.kinds._arrow import arrow, full

LA_POSTE_SIREN = "356000000"


def _digits(arr: pa.Array, width: int) -> np.ndarray:
    """The digits of `arr` (texts of `width` ASCII digits each), one row per value."""
    return text_buffers(arr)[1].reshape(-1, width).astype(np.int64) - 48


def luhn_ok(codes: Any) -> np.ndarray:
    """Mask of the digit strings whose Luhn key is right (any length mix; non-digits are False)."""
    text = arrow(codes)
    ok = np.zeros(len(text), dtype=bool)
    digits_only = full(text, r"[0-9]+")
    lengths = numbers(pc.utf8_length(text), 0)
    for width in np.unique(lengths[digits_only]):
        idx = np.flatnonzero(digits_only & (lengths == width))
        picked = text.take(index_array(idx))
        digits = _digits(picked, int(width))
        weights = np.where((np.arange(width)[::-1] % 2) == 1, 2, 1)
        prod = digits * weights
        ok[idx] = ((prod // 10 + prod % 10).sum(axis=1) % 10) == 0
        if width == 14:  # La Poste's establishments: the sum of the digits is a multiple of 5
            poste = bools(pc.starts_with(picked, LA_POSTE_SIREN))
            ok[idx[poste]] = (digits[poste].sum(axis=1) % 5) == 0
    return ok
