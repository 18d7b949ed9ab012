"""LoadError: a file or URL that cannot be read, with a French message saying what and where."""
from __future__ import annotations

from typing import Any

from viz.i18n import t


class LoadError(Exception):
    """Raised by every reader; `key` is an i18n key, `params` fill its message (row, column...)."""

    def __init__(self, key: str, **params: Any) -> None:
        self.key = key
        self.params = params
        super().__init__(t(key, "fr", **params))

    def message(self, lang: str = "fr") -> str:
        return t(self.key, lang, **self.params)
