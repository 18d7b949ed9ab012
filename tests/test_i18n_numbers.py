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
