"""Whole rows: the second and later copies of a row."""
from __future__ import annotations

import numpy as np
import pandas as pd

from viz.checks.quality_base import LINES_ABOVE_HEADER, column_facts, first_rows, positions, quality_check, row_numbers
from viz.dataset import ReadInfo, Step
from viz.findings import Finding, make
from viz.i18n import t

_BUCKETS = (4_194_301, 1_048_573)  # primes: rows whose key shares a bucket with no other row are surely unique


def _repeated(keys: np.ndarray, span: int) -> np.ndarray:
    """Mask of the positions whose key (in `range(span)`) occurs more than once.

    Small spans are counted directly; otherwise hashing into buckets first drops most unique keys more
    cheaply than factorizing a million of them, and the last pass is exact.
    """
    if span <= _BUCKETS[0]:
        return np.bincount(keys, minlength=span)[keys] > 1
    cand = np.arange(len(keys))
    for modulus in _BUCKETS:
        if len(cand) < 50_000:
            break
        buckets = keys[cand] % modulus
        cand = cand[np.bincount(buckets, minlength=modulus)[buckets] > 1]
    codes, uniques = pd.factorize(keys[cand])
    mask = np.zeros(len(keys), dtype=bool)
    mask[cand[np.bincount(codes, minlength=len(uniques))[codes] > 1]] = True
    return mask


def _candidates(table: pd.DataFrame) -> np.ndarray:
    """Positions of the rows that may repeat another row: rows equal on every column keep each other.

    Columns with few distinct values are combined into one integer key; the others then prune what is left.
    """
    facts = [column_facts(table, column) for column in table.columns]
    cand = np.arange(len(table))
    if any(f.codes is None and f.all_distinct() for f in facts):  # an identifier column: no row repeats
        return cand[:0]
    encoded = sorted((f for f in facts if f.codes is not None), key=lambda f: -len(f.units))
    if encoded:
        key, span = np.zeros(len(table), dtype=np.int64), 1
        for f in encoded:
            if span * len(f.units) >= 2**62:
                key, uniques = pd.factorize(key)
                key, span = key.astype(np.int64), max(1, len(uniques))
            key, span = key * len(f.units) + f.codes, span * len(f.units)
        cand = cand[_repeated(key, span)]
    for f in (f for f in facts if f.codes is None):
        if len(cand) == 0:
            break
        cand = cand[f.take(cand).duplicated(keep=False).to_numpy()]
    return cand


@quality_check("quality.duplicate_row")
def duplicate_row(table: pd.DataFrame, read: ReadInfo | None = None) -> list[Finding]:
    """Rows identical to an earlier row (blank rows are left to the schema's blank-row)."""
    if table.empty or len(table.columns) == 0:
        return []
    cand = _candidates(table)
    if len(cand) == 0:
        return []
    subset = table.iloc[cand]
    mask = np.zeros(len(table), dtype=bool)
    mask[cand[subset.duplicated(keep="first").to_numpy()]] = True
    idx = np.flatnonzero(mask)
    mask[idx[~(table.iloc[idx] != "").any(axis=1).to_numpy()]] = False
    if not mask.any():
        return []
    rows = row_numbers(mask)
    first = table.iloc[positions(rows[:1])[0]]
    same = cand[np.flatnonzero((subset == first).all(axis=1).to_numpy())]
    labels = {f"label_{lang}": t("quality.fix.duplicate_row", lang) for lang in ("fr", "en")}
    fix = Step.new("drop_rows", None, duplicates=True, **labels)  # a rule: replays on any version
    return [make("quality.duplicate_row", "warning", None, rows, "quality.duplicate_row", fix=fix,
                 first=first_rows(rows), row=int(rows[0]), original=int(same[0]) + 2 + LINES_ABOVE_HEADER.get())]
