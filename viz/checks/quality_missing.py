"""Placeholders written where a value is missing (`NA`, `#N/A`, `NULL`, `-`, `nc`, `néant`, `Non renseigné`…)."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow.compute as pc

from viz.checks.quality_base import column_facts, first_rows, quality_check, row_numbers
from viz.checks.quality_facts import take
from viz.dataset import ReadInfo, Step
from viz.findings import Finding, make
from viz.i18n import t
from viz.placeholders import placeholder_mask


# Every placeholder holds one of these bytes once lowered, and only these characters lower to them (tested): a
# column without any of them (SIRETs, amounts, INSEE codes) holds no placeholder.
PLACEHOLDER_BYTES = "nN-#sS"


@quality_check("quality.placeholder")
def placeholder(table: pd.DataFrame, read: ReadInfo | None = None) -> list[Finding]:
    """Cells that say « no value » in words: counted as missing, and a step empties them."""
    found = []
    for column in table.columns:
        facts = column_facts(table, column)
        if not facts.has_bytes(PLACEHOLDER_BYTES):
            continue
        unit_mask = placeholder_mask(facts.units)
        if not unit_mask.any():
            continue
        rows = row_numbers(facts.per_row(unit_mask))
        words = sorted(set(take(facts.units, np.flatnonzero(unit_mask)).to_pylist()))
        shown = ", ".join(f"« {w} »" for w in words[:5])
        share = len(rows) / max(1, int(facts.per_row(facts.unit_nonempty()).sum()))
        labels = {f"label_{lang}": t("realfiles.fix.placeholder", lang, column=column) for lang in ("fr", "en")}
        fix = Step.new("blank_placeholders", column, values=words, **labels)
        found.append(make("quality.placeholder", "warning", column, rows, "realfiles.placeholder", fix=fix,
                          first=first_rows(rows), shown=shown, share=round(100 * share),
                          details={"values": words}))
    return found
