"""One catalogue of user-facing text (fr first, en second), split by domain for readability."""
from __future__ import annotations

import importlib
import pkgutil
import string
from typing import Any, Mapping

LANGS = ("fr", "en")
DEFAULT_LANG = "fr"


def _load() -> dict[str, Mapping[str, str]]:
    """Merge every `messages_*.py` module of this package; a key defined twice is a bug."""
    merged: dict[str, Mapping[str, str]] = {}
    for info in pkgutil.iter_modules(__path__):
        if not info.name.startswith("messages_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        for key, texts in module.MESSAGES.items():
            if key in merged:
                raise RuntimeError(f"i18n key defined twice: {key}")
            merged[key] = texts
    return merged


CATALOGUE = _load()


class _Plurals(string.Formatter):
    """`{count:n|cellule a|cellules ont}` -> « 1 cellule a », « 3 cellules ont » (viz.fmt.plural): a count and
    its word (and verb) agree; an int is formatted for the language, a text already formatted is kept."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def format_field(self, value: Any, format_spec: str) -> str:
        if format_spec.startswith("n|"):
            from viz.fmt import plural
            forms = format_spec[2:].split("|")
            return plural(value, forms[0], forms[-1], self.lang)
        return super().format_field(value, format_spec)


def t(key: str, lang: str = DEFAULT_LANG, **params: object) -> str:
    """Translate `key` into `lang` (falling back to French) and fill `{placeholders}`; `{n:n|one|many}` agrees a
    count with its words."""
    texts = CATALOGUE.get(key)
    if texts is None:
        return key
    template = texts.get(lang) or texts["fr"]
    if not params:
        return template
    return _Plurals(lang).vformat(template, (), params) if ":n|" in template else template.format(**params)
