"""A few words or letters in a column of numbers (`N    82 584,28`, `voir annexe`): a total leaves them out
without saying so. Named with their rows; no fix offered (what the cell meant is for a person to say)."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa

from viz.checks.quality_base import column_facts, first_rows, matches, quality_check, row_numbers
from viz.checks.quality_codes import code_kind
from viz.checks.quality_values import NUMBERISH, _is_phone_or_date_column
from viz.dataset import ReadInfo
from viz.findings import Finding, make
from viz.placeholders import placeholder_mask

_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
SHARE = 0.9  # numbers in at least this share of the filled cells: the column holds numbers


@quality_check("quality.not_a_number")
def not_a_number(table: pd.DataFrame, read: ReadInfo | None = None) -> list[Finding]:
    """Cells that are not numbers (nor empty, nor a placeholder) in a column whose other cells all are."""
    found = []
    for column in table.columns:
        if code_kind(column) is not None:
            continue
        facts = column_facts(table, column)
        probe = facts.sample()
        probe = probe[probe.str.strip() != ""]
        if len(probe) < 20 or matches(probe, NUMBERISH, full=True).mean() < 0.9:
            continue
        if _is_phone_or_date_column(column, probe):
            continue
        if facts.is_ascii() and not facts.has_bytes(_LETTERS):  # digits and marks only: no word anywhere
            continue
        nonempty = facts.unit_nonempty()
        stray = nonempty & ~facts.unit_match(NUMBERISH, full=True)
        if stray.any():
            stray[stray] = ~placeholder_mask(facts.units.filter(pa.array(stray)))
        if not stray.any() or facts.rows_in(stray) > (1 - SHARE) * facts.rows_in(nonempty):
            continue
        rows = row_numbers(facts.per_row(stray))
        examples = [str(v).strip() for v in facts.units.filter(pa.array(stray)).to_pylist()[:3]]
        found.append(make("quality.not_a_number", "warning", column, rows, "quality.not_a_number",
                          first=first_rows(rows), examples=" », « ".join(examples)))
    return found
