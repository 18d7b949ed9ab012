"""Numbers, money, percentages and dates for French (or English) readers, through Babel."""
from __future__ import annotations

import datetime as dt
import math
import re
from functools import lru_cache
from numbers import Integral
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from babel import Locale

_LOCALES = {"fr": "fr_FR", "en": "en"}
# Babel's group separators for fr_FR and en (tests/test_i18n_numbers.py compares with Babel): a whole number is
# grouped without Babel, whose locale data takes ~30 ms to load in every short command (row numbers, counts).
_GROUP = {"fr": "\u202f", "en": ","}


@lru_cache(maxsize=4)
def _locale(lang: str) -> Locale:
    """Babel's locale, parsed once: given as a name, Babel parses it again at every call (half its time on the
    hundreds of amounts of a chart's hover texts)."""
    from babel import Locale
    return Locale.parse(_LOCALES.get(lang, "fr_FR"))


def number(value: float | int | None, lang: str = "fr", digits: int = 2) -> str:
    """`1 234,5` in French; empty for missing values."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, Integral) and not isinstance(value, bool):  # Babel refuses a bool: it keeps that path
        return f"{int(value):,}".replace(",", _GROUP.get(lang, _GROUP["fr"]))
    from babel.numbers import format_decimal
    pattern = "#,##0" + ("." + "#" * digits if digits else "")
    return format_decimal(value, format=pattern, locale=_locale(lang))


def count_of(value: int | float | str | None) -> float:
    """The number a count stands for, also when already formatted (`1 234`, `1,234`, `2,5`)."""
    if value is None:
        return 0
    if isinstance(value, (int, float)):
        return value
    text = re.sub(r"[\s\u00a0\u202f']", "", str(value))
    match = re.fullmatch(r"-?\d+(?:[.,]\d{3})*(?:[.,]\d+)?", text)
    if not match:
        return 0
    if re.fullmatch(r"-?\d{1,3}([.,])\d{3}(\1\d{3})*", text) and len(text) > 4:
        return float(re.sub(r"[.,]", "", text))
    return float(text.replace(",", "."))


def plural_word(value: int | float | str | None, one: str, many: str, lang: str = "fr") -> str:
    """`one` or `many` as the count `value` asks: 0 and 1 are singular in French, only 1 in English."""
    n = abs(count_of(value))
    return one if (n < 2 if lang == "fr" else n == 1) else many


def plural(value: int | float | str | None, one: str, many: str, lang: str = "fr") -> str:
    """`1 cellule`, `0 cellule`, `3 cellules`, `1 234 lignes` in French; `value` may be a count or a count
    already formatted (kept as is). Never `cellule(s)`."""
    shown = value if isinstance(value, str) else number(value, lang, 0 if float(value or 0).is_integer() else 2)
    return f"{shown} {plural_word(value, one, many, lang)}"


def money(value: float | int | None, lang: str = "fr", cents: bool = False) -> str:
    """`1 234 567 €` (whole euros by default, cents on request)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    pattern = "#,##0.00\u00a0¤" if cents else "#,##0\u00a0¤"
    if lang == "en":
        pattern = "¤#,##0.00" if cents else "¤#,##0"
    from babel.numbers import format_currency
    return format_currency(value, "EUR", format=pattern, locale=_locale(lang), currency_digits=False)


def percent(share: float | None, lang: str = "fr", digits: int = 1) -> str:
    """`12,5 %` for a share of 0.125."""
    if share is None or (isinstance(share, float) and math.isnan(share)):
        return ""
    pattern = "#,##0" + ("." + "#" * digits if digits else "") + "\u00a0%"
    if lang == "en":
        pattern = pattern.replace("\u00a0%", "%")
    from babel.numbers import format_percent
    return format_percent(share, format=pattern, locale=_locale(lang))


def date(value: dt.date | None, lang: str = "fr") -> str:
    """`24 novembre 2026`."""
    if value is None:
        return ""
    from babel.dates import format_date
    return format_date(value, format="long", locale=_locale(lang))


def plotly_separators(lang: str = "fr") -> str:
    """Value for plotly's `layout.separators`: decimal mark then thousands mark."""
    return ", " if lang == "fr" else ".,"
