"""Dates and times as people write them, checked for real (no 44th day, no 30th hour), whole columns at once."""
from __future__ import annotations

import numpy as np
import pandas as pd
from viz.kinds._arrow import extract
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
TZ_TEXT = rf"(?:Z|{SPACE}*[+-][0-9]{{2}}:?[0-9]{{2}}|{SPACE}+(?:GMT|UTC))?"


def _checked(parts: pd.DataFrame) -> np.ndarray:
    """Mask of the rows whose (y, m, d) columns make a real calendar date."""
    ok = parts.notna().all(axis=1).to_numpy()
    if not ok.any():
        return ok
    rows = parts[ok]
    iso = rows["y"].str.pad(4, fillchar="0") + "-" + rows["m"].str.pad(2, fillchar="0") + "-" + rows["d"].str.pad(2, fillchar="0")
    valid = pd.to_datetime(iso, format="%Y-%m-%d", errors="coerce").notna().to_numpy()
    out = np.zeros(len(parts), dtype=bool)
    out[np.flatnonzero(ok)[valid]] = True
    return out


def valid_dates(values: pd.Series) -> np.ndarray:
    """Mask of the values that are a real date: ISO, `20030502`, `2003.05.02`, `12/02/2007`, `02 05 2003`,
    `13 février 1996`, `15 jan 1985` (day-month or month-day order)."""
    text = values.astype("str").str.strip().str.lower().reset_index(drop=True)
    ok = np.zeros(len(text), dtype=bool)
    for pattern in (_YMD, _YMD_PACKED, _DMY, _MDY):
        ok |= _checked(extract(text, f"^(?:{pattern})$"))
    long = extract(text, f"^(?:{_LONG})$")
    long["m"] = long["m"].map(MONTHS).astype("Int64").astype("str").where(long["m"].isin(list(MONTHS)))
    ok |= _checked(long)
    return ok


def valid_times(hours: pd.Series, minutes: pd.Series, seconds: pd.Series) -> np.ndarray:
    """Mask of real times of day (hours under 24, minutes and seconds under 60)."""
    h = pd.to_numeric(hours, errors="coerce")
    m = pd.to_numeric(minutes, errors="coerce")
    s = pd.to_numeric(seconds, errors="coerce").fillna(0)
    return ((h < 24) & (m < 60) & (s < 60)).fillna(False).to_numpy(dtype=bool)


def valid_datetimes(values: pd.Series) -> np.ndarray:
    """Mask of the values that are a real date with a real time (date first or time first, `T` or spaces,
    an optional zone `Z`, `+02:00`, `GMT`)."""
    text = values.astype("str").str.strip().reset_index(drop=True)
    ok = np.zeros(len(text), dtype=bool)
    forms = (rf"^(?P<date>{DATE_TEXT})(?:T|{SPACE}+){TIME_TEXT}{TZ_TEXT}$",
             rf"^{TIME_TEXT}{TZ_TEXT}{SPACE}+(?P<date>{DATE_TEXT})$")
    for form in forms:
        parts = extract(text, form)
        has = parts["date"].notna().to_numpy()
        if not has.any():
            continue
        good = valid_times(parts["H"], parts["M"], parts["S"]) & has
        idx = np.flatnonzero(good)
        good[idx] = valid_dates(parts["date"].iloc[idx])
        ok |= good
    return ok
