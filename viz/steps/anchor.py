"""Steps recorded so they replay on another version: chosen rows by their key value, not their position."""
from __future__ import annotations

import pandas as pd

from viz.keys import KEY_HINTS, is_unique_key, normal_name
from viz.steps.base import Step

MAX_TRIED = 12  # columns tried as a key when no name announces one


def row_key(table: pd.DataFrame, preferred: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The best key of `table`: `preferred` when still unique, else a unique column whose name announces a
    key (SIRET, id, INSEE...), else the first unique column among the first ones; () when none is unique."""
    import re
    if preferred and len(preferred) == 1 and preferred[0] in table.columns and is_unique_key(table, preferred[0]):
        return preferred
    names = [str(c) for c in table.columns]
    hinted = [c for hint in KEY_HINTS for c in names if re.search(hint, normal_name(c))]
    tried = list(dict.fromkeys(hinted + names[:MAX_TRIED]))
    for column in tried:
        if is_unique_key(table, column):
            return (column,)
    return ()


def anchor(table: pd.DataFrame, step: Step, key: tuple[str, ...]) -> Step:
    """`step` with its row positions replaced by the key values of those rows in `table` (unchanged when it
    targets every row, already uses keys, or when no key is given)."""
    if step.rows is None or step.keys is not None or not key:
        return step
    rows = [r for r in step.rows if 0 <= r < len(table)]
    if len(rows) != len(step.rows):
        return step
    values = table[key[0]].iloc[rows].astype("str").tolist() if len(key) == 1 else \
        [tuple(v) for v in table[list(key)].iloc[rows].astype("str").itertuples(index=False)]
    return Step(step.op, step.column, None, step.params, step.label_fr, step.label_en, tuple(key),
                tuple(v if isinstance(v, tuple) else (v,) for v in values))
