"""The Luhn key of SIREN and SIRET numbers, for whole columns at once (La Poste's SIRETs have their own rule)."""
from __future__ import annotations

import numpy as np
import pandas as pd

LA_POSTE_SIREN = "356000000"


def luhn_ok(codes: pd.Series) -> np.ndarray:
    """Mask of the digit strings whose Luhn key is right (any length mix; non-digits are False)."""
    text = codes.astype("str").reset_index(drop=True)
    ok = np.zeros(len(text), dtype=bool)
    digits_only = text.str.fullmatch(r"[0-9]+").fillna(False).to_numpy(dtype=bool)
    lengths = text.str.len().to_numpy()
    for width in np.unique(lengths[digits_only]):
        idx = np.flatnonzero(digits_only & (lengths == width))
        raw = np.frombuffer("".join(text.iloc[idx]).encode("ascii"), dtype=np.uint8).reshape(-1, int(width))
        digits = raw.astype(np.int64) - 48
        weights = np.where((np.arange(width)[::-1] % 2) == 1, 2, 1)
        prod = digits * weights
        ok[idx] = ((prod // 10 + prod % 10).sum(axis=1) % 10) == 0
        if width == 14:  # La Poste's establishments: the sum of the digits is a multiple of 5
            poste = text.iloc[idx].str.startswith(LA_POSTE_SIREN).to_numpy(dtype=bool)
            ok[idx[poste]] = (digits[poste].sum(axis=1) % 5) == 0
    return ok
