"""LoadError: a file or URL that cannot be read, with a French message saying what and where."""
from __future__ import annotations

from viz.errors import StudioError


class LoadError(StudioError):
    """Raised by every reader; `key` is an i18n key, `params` fill its message (row, column...)."""
