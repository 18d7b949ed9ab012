"""Counts agree with their words (« 1 cellule », « 3 cellules », never « cellule(s) ») and no message ends with
« …. » or « .. »: the whole catalogue is scanned, so neither can come back."""
from __future__ import annotations

import re
import string

import pytest

from viz.fmt import plural, plural_word
from viz.i18n import CATALOGUE, fill, t

PAREN_PLURAL = re.compile(r"\w\((s|e|es|x|nt|en|le|ne)\)")  # cellule(s), un(e), lieu(x), existe(nt), nul(le)
BAD_END = re.compile(r"(…\.|(?<!\.)\.\.)\s*$")


def _entries():
    return [(key, lang, text) for key, texts in CATALOGUE.items() for lang, text in texts.items()]


def _fields(text: str) -> set[str]:
    """Placeholder names of a template, also those nested in a plural's forms (`{n:n|a ({col})|b ({col})}`)."""
    names = set()
    for _, name, spec, _ in string.Formatter().parse(text):
        if name:
            names.add(name)
        if spec and "{" in spec:
            names |= _fields(spec)
    return names


@pytest.mark.parametrize("lang, value, word", [("fr", 0, "0 cellule"), ("fr", 1, "1 cellule"), ("fr", 3, "3 cellules"),
                                               ("fr", 1234, "1\u202f234 cellules"), ("fr", "1 234", "1 234 cellules"),
                                               ("en", 0, "0 cells"), ("en", 1, "1 cell"), ("en", 1234, "1,234 cells")])
def test_plural_helper(lang, value, word):
    one, many = ("cellule", "cellules") if lang == "fr" else ("cell", "cells")
    assert plural(value, one, many, lang) == word


def test_plural_word_alone_and_in_a_message():
    assert plural_word("1", "dit", "disent") == "dit" and plural_word("12", "dit", "disent") == "disent"
    assert t("bulkfix.done", fixes=1, cells=1, columns=1).startswith("1 correction appliquée : 1 cellule modifiée dans 1 colonne.")
    assert t("bulkfix.done", "en", fixes=11, cells=3412, columns=11).startswith("11 fixes applied: 3,412 cells changed in 11 columns.")
    assert t("verify.invalid", count=1) == "Le fichier n'est pas valide : 1 erreur à corriger."
    assert t("verify.invalid", count="2") == "Le fichier n'est pas valide : 2 erreurs à corriger."


def test_no_parenthesised_plural_anywhere_in_the_catalogue():
    bad = [(key, lang, m.group()) for key, lang, text in _entries() for m in PAREN_PLURAL.finditer(text.replace("http(s)", ""))]
    assert bad == []


def test_no_message_ends_with_a_doubled_stop():
    bad = [(key, lang) for key, lang, text in _entries() if BAD_END.search(text) or "…." in text]
    assert bad == []


@pytest.mark.parametrize("value", [1, 3, "2, 5, 9…", "« 3. »."])
def test_every_message_renders_without_doubled_stops(value):
    """Every entry, filled with counts or with values that end a sentence themselves, reads cleanly."""
    for key, lang, text in _entries():
        params = {name.split(".")[0].split("[")[0]: value for name in _fields(text)}
        if not params or any(name.isdigit() for name in params):
            continue  # no placeholder, or positional ones (Streamlit's own strings translated by ui/french.py)
        try:
            out = fill(text, lang, params)
        except (ValueError, TypeError, KeyError, IndexError):
            if isinstance(value, str):
                continue  # a numeric format (`{share:.0%}`) given text: not how the studio calls it
            raise
        assert "…." not in out and not re.search(r"(?<!\.)\.\.(\s|$)", out), (key, lang, out)
        assert not PAREN_PLURAL.search(out.replace("http(s)", "")), (key, lang, out)
