"""Kinds of every column of a table at once: the same answers as `detect_kind`, without its fixed cost per column.

Each pandas string operation costs about a millisecond whatever the size of the sample, so a 5,000-column
file spent minutes in detection. Here the samples of all columns are stacked into one Series, and:
- detectors that judge each value alone (ELEMENTWISE) run once on the stack, their share computed per column;
- the others (they weigh the whole column, or read its name) run per column, and only on the columns whose
  values pass an elementwise superset of what they accept (GATES): a column that fails the gate cannot match.
`tests/test_kinds_batch.py` checks the answers equal `detect_kind` column by column.
"""
from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np
import pandas as pd

from viz.kinds import DETECTORS, SAMPLE, sample_values
from viz.numbers import to_number
from viz.placeholders import placeholder_mask

ELEMENTWISE = frozenset({"email", "url", "coordinates", "latitude", "longitude", "siret", "siren", "code_departement",
                         "code_region", "code_insee", "telephone", "datetime", "date", "boolean", "integer"})


def _numeric(values: pd.Series) -> np.ndarray:
    return (to_number(values, ",").notna() | to_number(values, ".").notna()).to_numpy(dtype=bool)


def _money_gate(values: pd.Series, names: np.ndarray, money_name: str | None) -> np.ndarray:
    """Numbers in a column named like an amount, else values holding €."""
    named = np.array([bool(money_name and re.search(money_name, n)) for n in names], dtype=bool)
    return np.where(named, _numeric(values), values.str.contains("€", regex=False).to_numpy(dtype=bool))


GATES: dict[str, Callable[[pd.Series], np.ndarray]] = {
    "code_postal": lambda v: v.str.fullmatch(r"\d{4,5}").to_numpy(dtype=bool),
    "code": lambda v: v.str.fullmatch(r"\d+").to_numpy(dtype=bool),
    "number": _numeric,
}


def _stack(table: pd.DataFrame) -> tuple[pd.Series, np.ndarray]:
    """Stripped non-empty, non-placeholder sample values of every column, and the column index of each."""
    if len(table) <= SAMPLE:  # no sampling needed: strip and filter all columns in one pass
        stacked = pd.Series(table.to_numpy(dtype=object).ravel(order="F"), dtype="str")  # column after column
        codes = np.repeat(np.arange(table.shape[1]), len(table))
        keep = (stacked.str.strip() != "").to_numpy(dtype=bool) & ~placeholder_mask(stacked)
        return stacked[keep].str.strip().reset_index(drop=True), codes[keep]
    samples = [sample_values(table[c]) for c in table.columns]
    codes = np.repeat(np.arange(len(samples)), [len(s) for s in samples])
    return pd.concat(samples, ignore_index=True).astype("str"), codes


def detect_kinds(table: pd.DataFrame) -> list[str]:
    """The kind of each column of `table`, in order, as `detect_kind(name, column)` would say."""
    names = [str(c) for c in table.columns]
    if not names:
        return []
    values, codes = _stack(table)
    counts = np.bincount(codes, minlength=len(names))
    kinds = ["empty" if n == 0 else "" for n in counts]
    lowered = np.array([n.lower() for n in names], dtype=object)
    for det in DETECTORS:
        todo = np.array([k == "" for k in kinds], dtype=bool)
        hint = getattr(det, "NAME", None)
        if hint is not None:
            todo &= np.array([bool(re.search(hint, n)) for n in lowered], dtype=bool)
        if not todo.any():
            continue
        rows = todo[codes]
        sub, sub_codes = values[rows].reset_index(drop=True), codes[rows]
        if det.KIND in ELEMENTWISE:
            ok = np.asarray(det.matches(sub), dtype=bool)
        else:
            ok = _gate(det, sub, lowered[sub_codes])
        share = np.bincount(sub_codes, weights=ok, minlength=len(names)) / np.maximum(counts, 1)
        for i in np.flatnonzero(todo & (share >= det.PROPORTION)):
            if det.KIND in ELEMENTWISE or _column_matches(det, names[i], sub[sub_codes == i]):
                kinds[i] = det.KIND
    return [k or "text" for k in kinds]


def _gate(det: object, values: pd.Series, names: np.ndarray) -> np.ndarray:
    """An elementwise superset of what `det` accepts (all True when none is known: every column is tried)."""
    if det.KIND == "money" and hasattr(det, "_NAME"):
        return _money_gate(values, names, getattr(det, "_NAME", None))
    gate = GATES.get(det.KIND)
    return gate(values) if gate is not None else np.ones(len(values), dtype=bool)


def _column_matches(det: object, name: str, values: pd.Series) -> bool:
    """The detector itself on one column (it weighs the whole column or reads its name)."""
    ok = np.asarray(det.matches(values.reset_index(drop=True).rename(name)), dtype=bool)
    return bool(ok.size) and ok.mean() >= det.PROPORTION
