"""One catalogue of user-facing text (fr first, en second), split by domain for readability."""
from __future__ import annotations

import importlib
import os
import re
import string
from typing import Any, Mapping

LANGS = ("fr", "en")
DEFAULT_LANG = "fr"


def _load() -> dict[str, Mapping[str, str]]:
    """Merge every `messages_*.py` module of this package; a key defined twice is a bug."""
    merged: dict[str, Mapping[str, str]] = {}
    # the folder listed by name (pkgutil.iter_modules would import `inspect`: 15 ms of `python -m viz --help`)
    names = sorted({f[:-3] for f in os.listdir(__path__[0]) if f.startswith("messages_") and f.endswith(".py")})
    for name in names:
        module = importlib.import_module(f"{__name__}.{name}")
        for key, texts in module.MESSAGES.items():
            if key in merged:
                raise RuntimeError(f"i18n key defined twice: {key}")
            merged[key] = texts
    return merged


CATALOGUE = _load()


class _Plurals(string.Formatter):
    """`{count:n|cellule a|cellules ont}` -> « 1 cellule a », « 3 cellules ont » (viz.fmt.plural): a count and
    its word (and verb) agree; an int is formatted for the language, a text already formatted is kept.
    `{count:w|dit|disent}` gives the agreeing word alone (a verb further in the sentence)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def format_field(self, value: Any, format_spec: str) -> str:
        if format_spec[:2] in ("n|", "w|"):
            from viz.fmt import plural, plural_word
            forms = format_spec[2:].split("|")
            agree = plural if format_spec[0] == "n" else plural_word
            return agree(value, forms[0], forms[-1], self.lang)
        return super().format_field(value, format_spec)


def t(key: str, lang: str = DEFAULT_LANG, **params: object) -> str:
    """Translate `key` into `lang` (falling back to French) and fill `{placeholders}`; `{n:n|one|many}` agrees a
    count with its words."""
    texts = CATALOGUE.get(key)
    if texts is None:
        return key
    template = texts.get(lang) or texts["fr"]
    return fill(template, lang, params) if params else template


# Placeholders that hold a code or a value as published (`75056`, a year, a SIRET): never regrouped.
_AS_WRITTEN = frozenset({"code", "id", "ids", "key", "value", "values", "example", "examples", "old", "new", "date",
                         "version", "expected", "actual", "text", "label", "name", "field", "suggestion", "declared",
                         "found", "iso", "item", "sample", "year", "clé", "member", "root", "parent"})


def _grouped(params: Mapping[str, object], lang: str) -> Mapping[str, object]:
    """Whole numbers from 1,000 up written the language's way (`1 613`), so no message shows `1613 lignes`."""
    import numbers
    big = {k: v for k, v in params.items() if k not in _AS_WRITTEN and isinstance(v, numbers.Integral)
           and not isinstance(v, bool) and abs(int(v)) >= 1000}
    if not big:
        return params
    from viz.fmt import number
    return {**params, **{k: number(int(v), lang, 0) for k, v in big.items()}}


def fill(template: str, lang: str, params: Mapping[str, object]) -> str:
    """`template` with its `{placeholders}` filled (plurals agreed, whole numbers grouped), never ending with a
    doubled full stop."""
    params = _grouped(params, lang)
    plural = ":n|" in template or ":w|" in template
    text = _Plurals(lang).vformat(template, (), params) if plural else template.format(**params)
    return _DOUBLE_STOP.sub("", text) if "." in text else text


# a sentence's full stop right after a value that already ends one: `lignes 2, 5, 9….` or `(« 3. »)..`
_DOUBLE_STOP = re.compile(r"(?<=…)\.(?!\.)|(?<=[^.]\.)\.(?=\s|$)")
