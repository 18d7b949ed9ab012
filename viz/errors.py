"""StudioError and LoadError: errors whose message comes from the i18n catalogue (French first), never a traceback.

Kept light (no pandas): `python -m viz --help` imports this module and nothing heavy."""
from __future__ import annotations

from typing import Any

from viz.i18n import t


class StudioError(Exception):
    """`key` is an i18n key; `params` fill its message (the row, the column, the file...)."""

    def __init__(self, key: str, **params: Any) -> None:
        self.key = key
        self.params = params
        super().__init__(t(key, "fr", **params))

    def message(self, lang: str = "fr") -> str:
        return t(self.key, lang, **self.params)


class LoadError(StudioError):
    """Raised by every reader; `key` is an i18n key, `params` fill its message (row, column...)."""


_OS_REASONS = {"ENOENT": "oserror.enoent", "EACCES": "oserror.eacces", "EPERM": "oserror.eacces",
               "ENOSPC": "oserror.enospc", "EROFS": "oserror.erofs", "EISDIR": "oserror.eisdir",
               "ENOTDIR": "oserror.enotdir", "EDQUOT": "oserror.enospc", "ENAMETOOLONG": "oserror.toolong"}


def os_error(exc: OSError) -> StudioError:
    """A file that cannot be written or read (folder missing, no right, disk full...) said in French."""
    import errno
    name = errno.errorcode.get(exc.errno or 0, "")
    reason = t(_OS_REASONS.get(name, "oserror.other"), "fr", detail=exc.strerror or str(exc))
    return StudioError("oserror.file", path=str(exc.filename or "?"), reason=reason)
