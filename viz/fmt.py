"""Numbers, money, percentages and dates for French (or English) readers, through Babel."""
from __future__ import annotations

import datetime as dt
import math

from babel.dates import format_date as _format_date
from babel.numbers import format_currency, format_decimal, format_percent

_LOCALES = {"fr": "fr_FR", "en": "en"}


def _locale(lang: str) -> str:
    return _LOCALES.get(lang, "fr_FR")


def number(value: float | int | None, lang: str = "fr", digits: int = 2) -> str:
    """`1 234,5` in French; empty for missing values."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    pattern = "#,##0" + ("." + "#" * digits if digits else "")
    return format_decimal(value, format=pattern, locale=_locale(lang))


def money(value: float | int | None, lang: str = "fr", cents: bool = False) -> str:
    """`1 234 567 €` (whole euros by default, cents on request)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    pattern = "#,##0.00\u00a0¤" if cents else "#,##0\u00a0¤"
    if lang == "en":
        pattern = "¤#,##0.00" if cents else "¤#,##0"
    return format_currency(value, "EUR", format=pattern, locale=_locale(lang), currency_digits=False)


def percent(share: float | None, lang: str = "fr", digits: int = 1) -> str:
    """`12,5 %` for a share of 0.125."""
    if share is None or (isinstance(share, float) and math.isnan(share)):
        return ""
    pattern = "#,##0" + ("." + "#" * digits if digits else "") + "\u00a0%"
    if lang == "en":
        pattern = pattern.replace("\u00a0%", "%")
    return format_percent(share, format=pattern, locale=_locale(lang))


def date(value: dt.date | None, lang: str = "fr") -> str:
    """`24 novembre 2026`."""
    if value is None:
        return ""
    return _format_date(value, format="long", locale=_locale(lang))


def plotly_separators(lang: str = "fr") -> str:
    """Value for plotly's `layout.separators`: decimal mark then thousands mark."""
    return ", " if lang == "fr" else ".,"
