"""Quality checks beyond the schema: each is a small registered function, run here in a fixed order."""
from __future__ import annotations

from typing import Any

import pandas as pd

from viz.checks import quality_codes, quality_identifiers, quality_missing, quality_personal, quality_reference, quality_rows, quality_text, quality_values  # noqa: F401
from viz.checks import quality_dates  # noqa: F401  (registers quality.impossible_date)
from viz.checks import quality_split, quality_stray  # noqa: F401  (register split_decimal, not_a_number)
from viz.checks.quality_base import LINES_ABOVE_HEADER, QUALITY_CHECKS, shared_facts
from viz.checks.quality_facts import later
from viz.dataset import ReadInfo
from viz.findings import Finding

__all__ = ["QUALITY_CHECKS", "check", "ordered"]

# The order findings come in, whatever module another page or test imported first (registration follows imports).
_ORDER = (quality_split, quality_codes, quality_identifiers, quality_missing, quality_personal, quality_reference,
          quality_rows, quality_text, quality_values, quality_stray, quality_dates)


# Checks that read every row of large columns: on two threads they start first, so that no long check is left
# running alone at the end (the findings keep the fixed order).
_HEAVY = ("quality.unknown_code", "quality.check_key", "quality.numeric_text", "quality.personal_data",
          "quality.placeholder", "quality.duplicate_row")


def _heavy_first(checks: list[tuple[str, Any]], pool: Any) -> list[tuple[str, Any]]:
    """The order checks are started in: without a pool as given, with one the heavy checks first."""
    if pool is None:
        return checks
    rank = {code: i for i, code in enumerate(_HEAVY)}
    return sorted(checks, key=lambda item: rank.get(item[0], len(rank)))  # stable: the rest keep their order


def ordered() -> list[tuple[str, object]]:
    """The registered checks in the fixed module order above, each module's checks in their source order."""
    rank = {module.__name__: i for i, module in enumerate(_ORDER)}
    return sorted(QUALITY_CHECKS.items(), key=lambda item: rank.get(item[1].__module__, len(rank)))


def check(table: pd.DataFrame, read: ReadInfo | None = None, only: list[str] | None = None,
          pool: Any = None) -> list[Finding]:
    """Every registered quality check (or those named in `only`) over `table`, as Findings in the fixed order;
    with a `pool` (quality_facts.worker_pool), the checks run on its threads."""
    findings: list[Finding] = []
    token = LINES_ABOVE_HEADER.set(read.header_row if read is not None else 0)
    try:
        with shared_facts(table):
            chosen = [(code, func) for code, func in ordered() if only is None or code in only]
            started = {code: later(pool, func, table, read) for code, func in _heavy_first(chosen, pool)}
            for code, _ in chosen:  # gathered in the fixed order, whatever order they ran in
                findings += started[code]()
    finally:
        LINES_ABOVE_HEADER.reset(token)
    return findings
