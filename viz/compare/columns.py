"""Columns of two versions paired: same name, renamed (accents/case, or same content), added, removed,
reordered; the kind of each paired column on both sides (codes that became numbers...)."""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd
import pyarrow.compute as pc

from viz.keys import normal_name, text_array

SAMPLE_ROWS = 20_000  # rows read to compare the content of two unpaired columns
MAX_UNPAIRED = 60  # unpaired columns per side compared by content (beyond: added/removed only)
MAX_KINDS = 300  # paired columns whose kind is detected on both sides
KIND_SAMPLE = 2000  # values per column read to tell its kind


@dataclass
class ColumnPairs:
    """Old name -> new name for every paired column, and what changed in the columns."""

    pairs: list[tuple[str, str]]
    added: list[str]
    removed: list[str]
    renamed: list[dict] = field(default_factory=list)
    reordered: bool = False
    kinds: dict[str, tuple[str, str]] = field(default_factory=dict)  # new name -> (old kind, new kind)

    @property
    def kind_changed(self) -> list[dict]:
        return [{"column": c, "from": a, "to": b} for c, (a, b) in self.kinds.items() if a != b]


def _values(table: pd.DataFrame, column: str) -> set:
    """Distinct non-empty values of the first SAMPLE_ROWS rows."""
    arr = text_array(table[column].iloc[:SAMPLE_ROWS])
    return {v for v in pc.unique(arr).to_pylist() if v not in (None, "")}


def _by_content(old: pd.DataFrame, new: pd.DataFrame, gone: list[str], fresh: list[str]) -> list[tuple[str, str]]:
    """Pairs of unpaired columns holding the same values (Jaccard >= 0.8 on a sample), best first."""
    if not gone or not fresh:
        return []
    left = {c: _values(old, c) for c in gone[:MAX_UNPAIRED]}
    right = {c: _values(new, c) for c in fresh[:MAX_UNPAIRED]}
    scored = []
    for a, va in left.items():
        for b, vb in right.items():
            union = len(va | vb)
            if union and len(va & vb) / union >= 0.8:
                scored.append((len(va & vb) / union, a, b))
    pairs, used_a, used_b = [], set(), set()
    for _, a, b in sorted(scored, reverse=True):
        if a not in used_a and b not in used_b:
            pairs.append((a, b))
            used_a.add(a)
            used_b.add(b)
    return pairs


def pair_columns(old: pd.DataFrame, new: pd.DataFrame) -> ColumnPairs:
    """Pair the columns of `old` and `new`: same name, same name but for accents/case, same content."""
    old_cols, new_cols = [str(c) for c in old.columns], [str(c) for c in new.columns]
    same = [c for c in old_cols if c in set(new_cols)]
    gone = [c for c in old_cols if c not in set(same)]
    fresh = [c for c in new_cols if c not in set(same)]
    renamed = []
    spelled = {normal_name(c).replace("_", ""): c for c in fresh}  # `nomBeneficiaire` = `NOM_Beneficiaire`
    for c in list(gone):
        match = spelled.get(normal_name(c).replace("_", ""))
        if match is not None and match in fresh:
            renamed.append({"from": c, "to": match, "how": "spelling"})
            gone.remove(c)
            fresh.remove(match)
    for a, b in _by_content(old, new, gone, fresh):
        renamed.append({"from": a, "to": b, "how": "content"})
        gone.remove(a)
        fresh.remove(b)
    pairs = [(c, c) for c in same] + [(r["from"], r["to"]) for r in renamed]
    pairs.sort(key=lambda p: old_cols.index(p[0]))
    order = [new_cols.index(b) for _, b in pairs]
    return ColumnPairs(pairs, fresh, gone, renamed, reordered=order != sorted(order))


def _spread(values: pd.Series, size: int = KIND_SAMPLE) -> pd.Series:
    """At most `size` values spread over the column."""
    return values.iloc[:: max(1, len(values) // size)].iloc[:size]


def detect_kinds(old: pd.DataFrame, new: pd.DataFrame, cols: ColumnPairs, only: set[str]) -> None:
    """Fill `cols.kinds` for the paired columns named in `only` (new names), at most MAX_KINDS of them."""
    from viz.kinds import detect_kind
    picked = [(a, b) for a, b in cols.pairs if b in only][:MAX_KINDS]
    for a, b in picked:
        cols.kinds[b] = (detect_kind(a, _spread(old[a])), detect_kind(b, _spread(new[b])))
