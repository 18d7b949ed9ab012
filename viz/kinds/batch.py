"""Kinds of every column of a table at once: the same answers as `detect_kind`, without its fixed cost per column.

Each pandas string operation costs about a millisecond whatever the size of the sample, so a 5,000-column
file spent minutes in detection. Here the samples of all columns are stacked into one Series, and:
- detectors that judge each value alone (ELEMENTWISE) run once on the stack, their share computed per column;
- the four that weigh the whole column or read its name (number, money, code, code_postal) are computed for
  all columns at once by COLUMNWISE rules repeating theirs; any other detector runs column by column.
`tests/test_kinds_batch.py` checks the answers equal `detect_kind` column by column.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from viz.kinds import DETECTORS, SAMPLE, sample_values
from viz.arrownp import bool_array, numbers
from viz.kinds._arrow import arrow, full, isin, mask, prefix
from viz.kinds._names import axis
from viz.numbers import number_mask
from viz.placeholders import placeholder_mask

if TYPE_CHECKING:
    import pandas as pd

# Detectors whose answer for a value depends on nothing else (not on the column's name nor on its other values);
# latitude and longitude read the column name and run on each named column by `_column_matches`; boolean has
# its own rule below.
ELEMENTWISE = frozenset({"email", "url", "coordinates", "siret", "siren", "code_departement", "code_region",
                         "code_insee", "telephone", "datetime", "date", "integer", "naf", "uai"})


def _per_column(mask: np.ndarray, codes: np.ndarray, width: int) -> np.ndarray:
    """How many values of each column `mask` holds."""
    return np.bincount(codes, weights=mask, minlength=width)


Each = Callable[[Callable[[pa.Array], np.ndarray]], np.ndarray]  # a value test, run once per distinct value


def _number(each: Each, codes: np.ndarray, names: np.ndarray, width: int) -> np.ndarray:
    """number.matches per column: numbers read with `,` or with `.`, whichever reads more of the column."""
    comma = each(lambda v: number_mask(v, ","))
    dot = each(lambda v: number_mask(v, "."))
    use_comma = _per_column(comma, codes, width) >= _per_column(dot, codes, width)
    return np.where(use_comma[codes], comma, dot)


def _money(each: Each, codes: np.ndarray, names: np.ndarray, width: int) -> np.ndarray:
    """money.matches per column: numbers in a column named like an amount, else numbers written with €."""
    from viz.kinds import money
    numeric = _number(each, codes, names, width)
    named = np.array([bool(re.search(money._NAME, n)) for n in names], dtype=bool)
    euro = each(lambda v: mask(pc.match_substring(v, "€")))
    return np.where(named[codes], numeric, numeric & euro)


def _code(each: Each, codes: np.ndarray, names: np.ndarray, width: int) -> np.ndarray:
    """code.matches per column: digits, in a column where some value has a leading zero."""
    digits = each(lambda v: full(v, r"[0-9]+"))
    zero = each(lambda v: prefix(v, r"0[0-9]")) & digits
    return digits & (_per_column(zero, codes, width) > 0)[codes]


def _code_postal(each: Each, codes: np.ndarray, names: np.ndarray, width: int) -> np.ndarray:
    """code_postal.matches per column: its name rules, else five digits mostly ending in 0."""
    from viz.kinds import code_postal
    named = np.array([bool(re.search(code_postal._NAME, n)) for n in names], dtype=bool)
    insee = np.array([bool(re.search(r"insee|commune|codgeo|com([^a-z]|$)", n)) for n in names], dtype=bool)
    four_five = each(lambda v: full(v, r"[0-9]{4,5}"))
    five = each(lambda v: full(v, r"[0-9]{5}"))
    ends_zero = each(lambda v: mask(pc.ends_with(v, "0"))) & five
    share = _per_column(ends_zero, codes, width) / np.maximum(_per_column(five, codes, width), 1)
    return np.where(named[codes], four_five, five & ~insee[codes] & (share > 0.6)[codes])


# Detectors that weigh the whole column or read its name, computed for all columns at once. Each repeats its
# module's rule exactly (tests/test_kinds_batch.py compares with detect_kind); a detector missing here, or
# whose module no longer has the names used, runs column by column.
COLUMNWISE: dict[str, Callable[[Each, np.ndarray, np.ndarray, int], np.ndarray]] = {
    "number": _number, "money": _money, "code": _code, "code_postal": _code_postal,
}


def _stack(table: pd.DataFrame, samples: list[Any] | None = None) -> tuple[pa.Array, np.ndarray]:
    """Stripped non-empty, non-placeholder sample values of every column, and the column index of each
    (`samples`: those of `sample_values`, already taken by the caller, e.g. the profile's one pass)."""
    if len(table) <= SAMPLE:  # no sampling needed: strip and filter all columns in one pass
        import pandas as pd
        stacked = pd.Series(table.to_numpy(dtype=object).ravel(order="F"), dtype="str")  # column after column
        codes = np.repeat(np.arange(table.shape[1]), len(table))
        keep = (stacked.str.strip() != "").to_numpy(dtype=bool) & ~placeholder_mask(stacked)
        return arrow(stacked[keep].str.strip()).cast(pa.large_string()), codes[keep]
    if samples is None:
        samples = [sample_values(table[c]) for c in table.columns]
    return _stacked(samples)


def _stacked(samples: list[Any]) -> tuple[pa.Array, np.ndarray]:
    """The samples (Arrow arrays or pandas Series) one after the other, and the column index of each value."""
    arrays = [arrow(s).cast(pa.large_string()) for s in samples]
    codes = np.repeat(np.arange(len(arrays)), [len(a) for a in arrays])
    return pa.concat_arrays(arrays) if arrays else pa.nulls(0, pa.large_string()), codes


def detect_kinds(table: pd.DataFrame, samples: list[Any] | None = None) -> list[str]:
    """The kind of each column of `table`, in order, as `detect_kind(name, column)` would say (`samples`: each
    column's `sample_values`, when the caller already has them)."""
    names = [str(c) for c in table.columns]
    if not names:
        return []
    values, codes = _stack(table, samples)
    return _kinds(names, values, codes)


def kinds_of_samples(names: list[str], samples: list[Any]) -> list[str]:
    """The kind of each column from its sample alone, as `detect_kinds` says for a table of more than SAMPLE rows:
    `samples` are Arrow string arrays (or pandas Series) of stripped, non-empty, non-placeholder values, at most
    SAMPLE of them spread over the column (what `sample_values` gives). Needs no pandas."""
    if not names:
        return []
    values, codes = _stacked(samples)
    return _kinds(names, values, codes)


def _kinds(names: list[str], values: pa.Array, codes: np.ndarray) -> list[str]:
    """The kinds of the stacked sample values (`codes`: the column index of each value). Tests of single values
    run once per distinct value of the rows still undecided (a sample of codes or communes holds a few dozen)."""
    counts = np.bincount(codes, minlength=len(names))
    kinds = ["empty" if n == 0 else "" for n in counts]
    lowered = np.array([n.lower() for n in names], dtype=object)
    column = _columns(values, codes, counts)
    encoded = pc.dictionary_encode(values, null_encoding="encode")
    distinct, index = encoded.dictionary, numbers(encoded.indices, 0).astype(np.int64)
    for det in DETECTORS:
        todo = np.array([k == "" for k in kinds], dtype=bool)
        hint = getattr(det, "NAME", None)
        if hint is not None:
            todo &= np.array([bool(re.search(hint, n)) for n in lowered], dtype=bool)
        if det.KIND in _AXIS:  # latitude/longitude need a column name saying which axis: skip the others at once
            todo &= np.array([axis(n) == _AXIS[det.KIND] for n in names], dtype=bool)
        if not todo.any():
            continue
        rows = todo[codes]
        sub_codes, each = codes[rows], _each(distinct, index[rows])
        if det.KIND in ELEMENTWISE:
            ok, exact = each(det.matches), True
        elif det.KIND == "boolean":
            ok, exact = _boolean(each, sub_codes, names), True
        elif det.KIND in COLUMNWISE and _has_names(det):
            ok, exact = COLUMNWISE[det.KIND](each, sub_codes, lowered, len(names)), True
        else:
            ok, exact = np.ones(len(sub_codes), dtype=bool), False
        share = np.bincount(sub_codes, weights=ok, minlength=len(names)) / np.maximum(counts, 1)
        for i in np.flatnonzero(todo & (share >= det.PROPORTION)):
            if exact or _column_matches(det, names[i], column(i)):
                kinds[i] = det.KIND
    return [k or "text" for k in kinds]


def _columns(values: pa.Array, codes: np.ndarray, counts: np.ndarray) -> Callable[[int], pa.Array]:
    """The values of column `i`: a slice of the stack, whose columns come one after the other."""
    if len(codes) < 2 or bool((np.diff(codes) >= 0).all()):
        starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
        return lambda i: values.slice(int(starts[i]), int(counts[i]))
    return lambda i: values.filter(bool_array(codes == i))


def _each(distinct: pa.Array, index: np.ndarray) -> Each:
    """Run a value test on the distinct values behind `index` only, and give its answer for every row."""
    needed = np.zeros(len(distinct), dtype=bool)
    needed[index] = True
    position = np.cumsum(needed) - 1
    picked = distinct.filter(bool_array(needed))
    return lambda test: np.asarray(test(picked), dtype=bool)[position[index]]


_AXIS = {"latitude": "lat", "longitude": "lon"}


def _boolean(each: Each, codes: np.ndarray, names: list[str]) -> np.ndarray:
    """boolean.matches per column: yes/no words anywhere, `0`/`1` in columns whose name says boolean."""
    from viz.kinds import boolean
    named = np.array([boolean.says_boolean(n) for n in names], dtype=bool)
    words = each(lambda v: isin(pc.utf8_lower(v), frozenset(boolean.WORDS)))
    return words | (each(lambda v: isin(pc.utf8_lower(v), frozenset({"0", "1"}))) & named[codes])


def _has_names(det: object) -> bool:
    """The module still holds the names its batch rule reads (else: column by column, always right)."""
    return all(hasattr(det, attr) for attr in {"money": ("_NAME",), "code_postal": ("_NAME",)}.get(det.KIND, ()))


def _column_matches(det: Any, name: str, values: pa.Array) -> bool:
    """The detector itself on one column (it weighs the whole column or reads its name)."""
    ok = np.asarray(det.matches(values, name), dtype=bool)
    return bool(ok.size) and ok.mean() >= det.PROPORTION
