"""Parse coordinate cells into float arrays, whole columns at once (pyarrow), keeping how each cell was written."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from viz.checks.quality_facts import to_arrow

NUM = r"[-+]?\d+(?:[.,]\d+)?"
DOT_NUM = r"[-+]?\d+(?:\.\d+)?"
DMS = (r"^(?P<h1>[NSEWO])?\s*(?P<d>\d{1,3}(?:[.,]\d+)?)\s*[°º]\s*(?:(?P<m>\d{1,2}(?:[.,]\d+)?)\s*['′’]\s*)?"
       r"(?:(?P<s>\d{1,2}(?:[.,]\d+)?)\s*(?:[\"″”]|''))?\s*(?P<h2>[NSEWO])?$")
MISSING, OK, BAD = 0, 1, 2


@dataclass
class Numbers:
    """One column read as numbers: value (NaN when not a number), state (MISSING/OK/BAD), decimals, comma used."""

    value: np.ndarray
    state: np.ndarray
    decimals: np.ndarray
    comma: np.ndarray

    def __len__(self) -> int:
        return len(self.value)


def _np(arr: pa.Array | pa.ChunkedArray, fill: object = False, dtype: type = bool) -> np.ndarray:
    return np.array(arr.fill_null(fill).to_numpy(zero_copy_only=False), dtype=dtype)


def _cast_numbers(arr: pa.Array | pa.ChunkedArray, ok: pa.Array | pa.ChunkedArray) -> np.ndarray:
    """Float values of the cells where `ok`, a comma read as the decimal mark; NaN elsewhere."""
    text = pc.if_else(ok, pc.replace_substring(arr, ",", "."), pa.scalar(None, pa.string()))
    return _np(pc.cast(text, pa.float64()), np.nan, np.float64)


def _decimals(arr: pa.Array | pa.ChunkedArray, comma: bool) -> np.ndarray:
    """Number of digits after the decimal mark of each cell (0 when there is none)."""
    mark = pc.find_substring(arr, ",") if comma else pc.find_substring(arr, ".")
    if comma:
        mark = pc.max_element_wise(mark, pc.find_substring(arr, "."))
    tail = pc.subtract(pc.subtract(pc.utf8_length(arr), mark), 1)
    return _np(pc.if_else(pc.less(mark, 0), 0, tail), 0, np.int16)


def _fast_cast(arr: pa.Array | pa.ChunkedArray) -> np.ndarray | None:
    """Every filled cell cast at once (a comma read as `.`), or None when one cell is not a number."""
    if pc.any(pc.match_substring(arr, ",")).as_py():
        arr = pc.replace_substring(arr, ",", ".")
    try:
        return _np(pc.cast(arr, pa.float64()), np.nan, np.float64)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return None


def parse_numbers(values: pd.Series | pa.Array) -> Numbers:
    """Decimal degrees or metres: `43.29`, `43,29`, `-5`, DMS (`43°17'24"N`); `nan`, `inf`, text are BAD."""
    arr = pc.utf8_trim_whitespace(to_arrow(values))
    empty = pc.or_kleene(pc.is_null(arr), pc.equal(arr, "")).fill_null(True)
    arr = pc.if_else(empty, pa.scalar(None, arr.type), arr)
    missing = _np(empty, True)
    value = _fast_cast(arr)
    if value is not None:
        ok = ~missing & np.isfinite(value)
        value[~ok] = np.nan
    else:
        ok_arr = pc.match_substring_regex(arr, f"^{NUM}$").fill_null(False)
        value = _cast_numbers(arr, ok_arr)
        ok = _np(ok_arr)
    state = np.where(missing, MISSING, np.where(ok, OK, BAD)).astype(np.int8)
    has_comma = pc.match_substring(arr, ",")
    any_comma = bool(pc.any(has_comma).as_py())
    decimals = _decimals(arr, any_comma)
    comma = ok & _np(has_comma) if any_comma else np.zeros(len(ok), dtype=bool)
    dms = np.flatnonzero(state == BAD)
    if len(dms):
        _parse_dms(pd.Series(arr.take(pa.array(dms)).to_pylist(), dtype="str"), dms, value, state, decimals)
    return Numbers(value, state, decimals, comma)


def _parse_dms(cells: pd.Series, where: np.ndarray, value: np.ndarray, state: np.ndarray,
               decimals: np.ndarray) -> None:
    """Degrees-minutes-seconds cells into decimal degrees, written into `value` at `where`."""
    parts = cells.str.upper().str.extract(DMS)
    ok = parts["d"].notna().to_numpy()
    if not ok.any():
        return
    num = {k: pd.to_numeric(parts[k].str.replace(",", ".", regex=False), errors="coerce").fillna(0).to_numpy()
           for k in ("d", "m", "s")}
    degrees = num["d"] + num["m"] / 60 + num["s"] / 3600
    hemi = parts["h1"].fillna(parts["h2"]).fillna("")
    sign = np.where(hemi.isin(["S", "W", "O"]).to_numpy(), -1.0, 1.0)
    value[where[ok]] = (degrees * sign)[ok]
    state[where[ok]] = OK
    decimals[where[ok]] = np.where(parts["s"].notna(), 5, np.where(parts["m"].notna(), 3, 1))[ok]


PAIR_PATTERNS: tuple[tuple[str, str], ...] = (
    ("wkt", rf"(?i)^(?:SRID=\d+;)?\s*POINT\s*Z?\s*\(\s*(?P<a>{DOT_NUM})\s+(?P<b>{DOT_NUM})(?:\s+{DOT_NUM})?\s*\)$"),
    ("pair", rf"^[\[(]?\s*(?P<a>{DOT_NUM})\s*(?:[,;]|\s)\s*(?P<b>{DOT_NUM})\s*[\])]?$"),
    ("pair", rf"^[\[(]?\s*(?P<a>{NUM})\s*(?:;|\s)\s*(?P<b>{NUM})\s*[\])]?$"),
)
DICT_LAT = rf"(?i)[\"']?lat(?:itude)?[\"']?\s*[:=]\s*(?P<v>{DOT_NUM})"
DICT_LON = rf"(?i)[\"']?(?:lon|lng|long|longitude)[\"']?\s*[:=]\s*(?P<v>{DOT_NUM})"


@dataclass
class PairCells:
    """A combined column split into its two numbers: `a`, `b` as written, `fixed_order` where the text says it."""

    a: Numbers
    b: Numbers
    wkt: np.ndarray  # WKT and {"lat":..} cells: a = lon, b = lat whatever the column's order
    bracket: np.ndarray


def _extract(arr: pa.Array | pa.ChunkedArray, pattern: str, group: str) -> pa.Array | pa.ChunkedArray:
    return pc.struct_field(pc.extract_regex(arr, pattern), group)


def split_pairs(values: pd.Series | pa.Array) -> PairCells:
    """Split `43.29,5.37`, `[5.37, 43.29]`, `POINT(5.37 43.29)`, `{"lon": 5.37, "lat": 43.29}` into two numbers."""
    arr = pc.utf8_trim_whitespace(to_arrow(values))
    n = len(arr)
    a_text = pa.nulls(n, pa.string())
    b_text = pa.nulls(n, pa.string())
    lonlat = np.zeros(n, dtype=bool)
    for kind, pattern in PAIR_PATTERNS:
        hit = pc.and_(pc.is_null(a_text), pc.match_substring_regex(arr, pattern).fill_null(False))
        if not pc.any(hit).as_py():
            continue
        safe = pc.if_else(hit, arr, pa.scalar(None, pa.string()))
        a_text = pc.coalesce(a_text, _extract(safe, pattern, "a"))
        b_text = pc.coalesce(b_text, _extract(safe, pattern, "b"))
        lonlat |= _np(hit) & (kind == "wkt")
    has_dict = pc.and_(pc.is_null(a_text), pc.match_substring_regex(arr, DICT_LAT).fill_null(False))
    if pc.any(has_dict).as_py():
        safe = pc.if_else(has_dict, arr, pa.scalar(None, pa.string()))
        a_text = pc.coalesce(a_text, _extract(safe, DICT_LON, "v"))
        b_text = pc.coalesce(b_text, _extract(safe, DICT_LAT, "v"))
        lonlat |= _np(has_dict)
    a, b = parse_numbers(a_text), parse_numbers(b_text)
    empty = _np(pc.or_kleene(pc.is_null(arr), pc.equal(arr, "")), True)
    for part in (a, b):  # a cell that is there but did not split is unparseable, not missing
        part.state[(part.state == MISSING) & ~empty] = BAD
    bracket = _np(pc.match_substring(arr, "["))
    return PairCells(a, b, lonlat, bracket)
