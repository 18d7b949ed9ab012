"""One catalogue of user-facing text (fr first, en second), split by domain for readability."""
from __future__ import annotations

import importlib
import pkgutil
from typing import Mapping

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


def t(key: str, lang: str = DEFAULT_LANG, **params: object) -> str:
    """Translate `key` into `lang` (falling back to French) and fill `{placeholders}`."""
    texts = CATALOGUE.get(key)
    if texts is None:
        return key
    template = texts.get(lang) or texts["fr"]
    return template.format(**params) if params else template
