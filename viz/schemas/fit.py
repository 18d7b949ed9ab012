"""How well a file's columns fit each catalogue schema, and whether one fits clearly enough to be suggested.

A schema is suggested only on a clear match, both ways:
- the file has most of the fields the schema requires (by name, ignoring case and punctuation; all of its
  fields when it requires none): at least `REQUIRED_MIN`;
- most of the file's columns are fields of the schema: at least `COVERED_MIN`.
On the real files of ../shared/realdata the published SCDL subsidies files have 11 of 11 required fields and
78 % to 100 % of their columns in the schema, the IRVE and médiation numérique examples 100 % both ways, while
the France services list (28 columns) has 2 of the 7 required fields of médiation numérique and 21 % of
its columns in it: no suggestion.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from viz.schemas import SchemaInfo, catalogue

REQUIRED_MIN = 0.8
COVERED_MIN = 0.5


@dataclass(frozen=True)
class Fit:
    """One catalogue schema against a file's columns."""

    info: SchemaInfo
    required_found: int
    required_total: int
    columns_covered: int
    columns_total: int

    @property
    def required_share(self) -> float:
        """Share of the schema's required fields found among the file's columns."""
        return self.required_found / self.required_total if self.required_total else 0.0

    @property
    def covered_share(self) -> float:
        """Share of the file's columns that are fields of the schema."""
        return self.columns_covered / self.columns_total if self.columns_total else 0.0

    @property
    def clear(self) -> bool:
        """A match clear enough to suggest the schema."""
        return self.required_share >= REQUIRED_MIN and self.covered_share >= COVERED_MIN


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", str(name).lower())


@lru_cache(maxsize=None)
def _names(info: SchemaInfo) -> tuple[frozenset[str], frozenset[str]]:
    """(all field names, required field names, or all of them when none is required), normalised."""
    fields = json.loads(info.path.read_text(encoding="utf-8"))["fields"]
    names = frozenset(_norm(f["name"]) for f in fields)
    required = frozenset(_norm(f["name"]) for f in fields if (f.get("constraints") or {}).get("required"))
    return names, required or names


def fits(columns: list[str]) -> list[Fit]:
    """Every catalogue schema's fit, best first (clear matches first, then by both shares)."""
    have = {_norm(c) for c in columns} - {""}
    out = []
    for info in catalogue():
        names, required = _names(info)
        out.append(Fit(info, len(required & have), len(required), len(names & have), len(have)))
    return sorted(out, key=lambda f: (not f.clear, -(f.required_share * f.covered_share)))


def best(columns: list[str]) -> Fit | None:
    """The schema to suggest for these columns, or None when no catalogue schema fits clearly."""
    ranked = fits(columns)
    return ranked[0] if ranked and ranked[0].clear else None
