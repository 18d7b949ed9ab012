"""Finding: one problem found by any check, with a stable code and a message in French and English."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Sequence

import numpy as np

from viz.fmt import number
from viz.i18n import t

SEVERITIES = ("error", "warning", "info")


@dataclass
class Finding:
    """One problem: `rows` are row numbers as frictionless counts them (header = 1, first data row = 2)."""

    code: str
    severity: str
    column: str | None
    rows: Sequence[int]
    message_fr: str
    message_en: str = ""
    count: int | None = None
    constraint: str | None = None
    details: dict[str, Any] = field(default_factory=dict)
    fix: Any = None  # an optional suggested viz.dataset.Step
    template: tuple | None = field(default=None, repr=False, compare=False)  # (i18n key, fr params, en params)

    def __post_init__(self) -> None:
        if self.severity not in SEVERITIES:
            raise ValueError(f"unknown severity {self.severity!r}")
        if self.count is None:
            self.count = len(self.__dict__["_rows"])

    def message(self, lang: str = "fr") -> str:
        """The message in `lang` (French when English is missing)."""
        return self.message_en if lang == "en" and self.message_en else self.message_fr

    def to_dict(self, lang: str = "fr") -> dict[str, Any]:
        """The CLI's JSON shape (../shared/CLI.md)."""
        return {
            "code": self.code,
            "severity": self.severity,
            "column": self.column,
            "rows": int_list(self.rows),
            "count": int(self.count or 0),
            "message": self.message(lang),
        }

    def to_json(self, lang: str = "fr") -> dict[str, Any]:
        """to_dict(lang) with the row numbers as an int64 numpy array (orjson writes the same text, without a
        Python int per row)."""
        return {"code": self.code, "severity": self.severity, "column": self.column, "rows": self.row_array(),
                "count": int(self.count or 0), "message": self.message(lang)}

    def row_array(self) -> np.ndarray:
        """The row numbers as an int64 numpy array (not made into Python ints when they never were)."""
        rows = self.__dict__["_rows"]
        if isinstance(rows, RowArray):
            return rows.array
        return np.asarray(rows if isinstance(rows, (list, tuple, np.ndarray)) else list(rows), dtype=np.int64)


class RowArray:
    """Row numbers kept as an int64 numpy array: a Finding makes them a list of ints only when `rows` is read
    (a check of a million rows finds millions of them; the CLI writes them from the array)."""

    __slots__ = ("array",)

    def __init__(self, array: np.ndarray) -> None:
        self.array = np.asarray(array, dtype=np.int64).reshape(-1)

    def __len__(self) -> int:
        return len(self.array)


def _get_rows(finding: Finding) -> Sequence[int]:
    rows = finding.__dict__["_rows"]
    if isinstance(rows, RowArray):
        rows = finding.__dict__["_rows"] = rows.array.tolist()
    return rows


def _set_rows(finding: Finding, rows: Sequence[int]) -> None:
    finding.__dict__["_rows"] = rows


Finding.rows = property(_get_rows, _set_rows, doc="Row numbers (a list of ints; see RowArray).")  # type: ignore[assignment]


def int_list(rows: Iterable[int]) -> list[int]:
    """Row numbers as a list of Python ints, converted in C (a million rows in milliseconds)."""
    if isinstance(rows, list) and (not rows or type(rows[0]) is int and type(rows[-1]) is int):
        return rows
    if isinstance(rows, (list, tuple, np.ndarray, range)):
        return np.asarray(rows, dtype=np.int64).tolist()
    return np.fromiter(rows, dtype=np.int64).tolist()


def make(code: str, severity: str, column: str | None, rows: Iterable[int], key: str,
         count: int | None = None, constraint: str | None = None, fix: Any = None,
         details: dict[str, Any] | None = None, **params: Any) -> Finding:
    """Build a Finding whose messages come from the i18n catalogue entry `key` (row numbers given as a numpy array
    stay one until read)."""
    rows = RowArray(rows) if isinstance(rows, np.ndarray) else int_list(rows)
    n = len(rows) if count is None else count
    fr = {"column": column, **params, "count": number(n, "fr", 0)}
    en = {"column": column, **params, "count": number(n, "en", 0)}
    return Finding(code=code, severity=severity, column=column, rows=rows,
                   message_fr=t(key, "fr", **fr), message_en=t(key, "en", **en),
                   count=n, constraint=constraint, fix=fix, details=details or {}, template=(key, fr, en))


def title(code: str, lang: str = "fr") -> str:
    """A short name for a finding code, for people (`Zéros initiaux perdus`); the code when unnamed."""
    key = f"finding.{code}"
    text = t(key, lang)
    return code if text == key else text


def has_errors(findings: Iterable[Finding]) -> bool:
    """True when at least one finding is an error (the CLI then exits with 1)."""
    return any(f.severity == "error" for f in findings)
