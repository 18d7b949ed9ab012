"""Dates and times as people write them, checked for real (no 44th day, no 30th hour), whole columns at once."""
from __future__ import annotations

from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from viz.kinds._arrow import arrow, contains, extract, only
from viz.arrownp import bools, index_array, int_array, numbers, string_array
from viz.retext import SPACE

MONTHS = {
    "janvier": 1, "janv": 1, "jan": 1, "fevrier": 2, "février": 2, "fevr": 2, "févr": 2, "fev": 2, "fév": 2,
    "mars": 3, "mar": 3, "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "aout": 8,
    "août": 8, "septembre": 9, "sept": 9, "sep": 9, "octobre": 10, "oct": 10, "novembre": 11, "nov": 11,
    "decembre": 12, "décembre": 12, "dec": 12, "déc": 12,
}
_YMD = r"(?P<y>[0-9]{4})[-/.](?P<m>[0-9]{1,2})[-/.](?P<d>[0-9]{1,2})"
_YMD_PACKED = r"(?P<y>(?:19|20)[0-9]{2})(?P<m>[0-9]{2})(?P<d>[0-9]{2})"
_DMY = r"(?P<d>[0-9]{1,2})[-/. ](?P<m>[0-9]{1,2})[-/. ](?P<y>[0-9]{4})"
_MDY = r"(?P<m>[0-9]{1,2})[-/. ](?P<d>[0-9]{1,2})[-/. ](?P<y>[0-9]{4})"
_LONG = rf"(?P<d>[0-9]{{1,2}})(?:er)?{SPACE}+(?P<m>[a-zéû]+)\.?{SPACE}+(?P<y>[0-9]{{4}})"
DATE_TEXT = r"[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}|[0-9]{1,2}[-/.][0-9]{1,2}[-/.][0-9]{4}"
TIME_TEXT = r"(?P<H>[0-9]{1,2}):(?P<M>[0-9]{2})(?::(?P<S>[0-9]{2})(?:\.[0-9]+)?)?"
_DATE_START = rf"^(?:[0-9]{{1,4}}[-/. ]|[0-9]{{1,2}}(?:er)?{SPACE}|[0-9]{{8}}$)"  # how every date form begins
TZ_TEXT = rf"(?:Z|{SPACE}*[+-][0-9]{{2}}:?[0-9]{{2}}|{SPACE}+(?:GMT|UTC))?"


_DAYS = np.array([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])


def _numbers(parts: pa.Array) -> np.ndarray:
    """Digit texts as numbers (-1 where missing)."""
    return numbers(pc.cast(parts, pa.int64()), -1)


def real_date(y: np.ndarray, m: np.ndarray, d: np.ndarray) -> np.ndarray:
    """Mask of the (year, month, day) that are a calendar date (proleptic Gregorian, years 0 to 9999, as
    `pd.to_datetime(..., format="%Y-%m-%d")` accepts them; -1 is missing)."""
    month_ok = (m >= 1) & (m <= 12) & (y >= 0) & (y <= 9999)
    leap = (y % 4 == 0) & ((y % 100 != 0) | (y % 400 == 0))
    days = _DAYS[np.clip(m, 1, 12) - 1] + ((m == 2) & leap)
    return month_ok & (d >= 1) & (d <= days)


def _checked(parts: dict[str, pa.Array]) -> np.ndarray:
    """Mask of the rows whose y, m, d parts make a real calendar date."""
    return real_date(_numbers(parts["y"]), _numbers(parts["m"]), _numbers(parts["d"]))


_MONTH_NAMES = string_array(list(MONTHS))
_MONTH_NUMBERS = int_array(list(MONTHS.values()))


def valid_dates(values: Any) -> np.ndarray:
    """Mask of the values that are a real date: ISO, `20030502`, `2003.05.02`, `12/02/2007`, `02 05 2003`,
    `13 février 1996`, `15 jan 1985` (day-month or month-day order)."""
    text = pc.utf8_lower(pc.utf8_trim_whitespace(arrow(values)))
    return only(text, contains(text, _DATE_START), _dates)


def _dates(text: pa.Array) -> np.ndarray:
    """valid_dates of stripped lower-case texts."""
    ok = np.zeros(len(text), dtype=bool)
    for pattern in (_YMD, _YMD_PACKED, _DMY, _MDY):
        ok |= _checked(extract(text, f"^(?:{pattern})$"))
    long = extract(text, f"^(?:{_LONG})$")
    month = pc.take(_MONTH_NUMBERS, pc.index_in(long["m"], value_set=_MONTH_NAMES.cast(long["m"].type)))
    ok |= real_date(_numbers(long["y"]), numbers(month, -1),
                    _numbers(long["d"]))
    return ok


def valid_times(hours: pa.Array, minutes: pa.Array, seconds: pa.Array) -> np.ndarray:
    """Mask of real times of day (hours under 24, minutes and seconds under 60; no seconds is 0)."""
    h, m = _numbers(hours), _numbers(minutes)
    s = numbers(pc.cast(seconds, pa.int64()), 0)
    return (h >= 0) & (h < 24) & (m >= 0) & (m < 60) & (s < 60)


def valid_datetimes(values: Any) -> np.ndarray:
    """Mask of the values that are a real date with a real time (date first or time first, `T` or spaces,
    an optional zone `Z`, `+02:00`, `GMT`)."""
    text = pc.utf8_trim_whitespace(arrow(values))
    return only(text, contains(text, "[0-9]:[0-9]"), _datetimes)


def _datetimes(text: pa.Array) -> np.ndarray:
    """valid_datetimes of stripped texts."""
    ok = np.zeros(len(text), dtype=bool)
    forms = (rf"^(?P<date>{DATE_TEXT})(?:T|{SPACE}+){TIME_TEXT}{TZ_TEXT}$",
             rf"^{TIME_TEXT}{TZ_TEXT}{SPACE}+(?P<date>{DATE_TEXT})$")
    for form in forms:
        parts = extract(text, form)
        has = bools(pc.is_valid(parts["date"]))
        if not has.any():
            continue
        good = valid_times(parts["H"], parts["M"], parts["S"]) & has
        idx = np.flatnonzero(good)
        good[idx] = valid_dates(parts["date"].take(index_array(idx)))
        ok |= good
    return ok
