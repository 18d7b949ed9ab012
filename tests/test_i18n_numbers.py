"""Whole numbers put into messages are grouped the French way (`1 613 lignes`); codes and years are kept as written."""
from __future__ import annotations

from viz.i18n import fill


def test_counts_are_grouped_and_codes_are_not():
    text = fill("{count} lignes, code {code}, exercice {year}, {total:n|ligne|lignes}", "fr",
                {"count": 1613, "code": 75056, "year": 2025, "total": 12000})
    assert text == "1\u202f613 lignes, code 75056, exercice 2025, 12\u202f000 lignes"
    assert fill("{count} rows", "en", {"count": 1613}) == "1,613 rows"
    assert fill("{count} lignes", "fr", {"count": 999}) == "999 lignes"
    assert fill("{flag}", "fr", {"flag": True}) == "True"


def test_whole_numbers_grouped_without_babel_read_as_babel_writes_them():
    """fmt.number groups whole numbers itself (no locale data to load): the same text as Babel's, both languages."""
    import numpy as np
    from babel.numbers import format_decimal

    from viz.fmt import number
    values = [0, 7, -7, 999, 1000, -1000, 1613, 12_000, 999_999, 1_000_000, -1_234_567, 10**15 + 3]
    for lang, locale in (("fr", "fr_FR"), ("en", "en"), ("de", "fr_FR")):
        for digits in (0, 2):
            pattern = "#,##0" + ("." + "#" * digits if digits else "")
            for value in values + [np.int64(1_234_567), np.int32(-4321)]:
                assert number(value, lang, digits) == format_decimal(int(value), format=pattern, locale=locale)
    assert number(1234.5) == "1\u202f234,5" and number(2.0, "fr", 0) == "2"
