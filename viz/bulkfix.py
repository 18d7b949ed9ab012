"""Safe fixes in bulk: the suggested fixes that only normalise a cell's writing (spaces, lost leading zeros,
decimal commas, placeholders), previewed together and recorded as one step each (undoable one by one).

Fixes that change meaning (merging spellings, dropping rows or columns, moving coordinates) are never here:
they stay one by one on the page. The steps are the very ones the checks suggest (viz.checks), rule-targeted,
so a saved recipe replays them on the next version of the file."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable

import numpy as np
import pandas as pd
import pyarrow.compute as pc

from viz.dataset import Dataset, Step
from viz.fmt import plural
from viz.i18n import t
from viz.steps import apply_step
from viz.placeholders import AMBIGUOUS
from viz.steps._arrow import arrow, mask

# The ops that only normalise, in the order they are applied: spaces first (` 4100 ` is then a short code),
# placeholders next (`NC` emptied), then zeros restored by kind, then numbers written with a dot decimal.
SAFE_OPS = ("strip_spaces", "blank_placeholders", "restore_leading_zeros", "normalise_number")
EXAMPLES = 3  # before/after examples shown per fix


@dataclass
class FixPreview:
    """One safe fix on the current table: its step, how many cells it changes, a few before/after examples."""

    step: Step
    cells: int
    rows: np.ndarray = field(repr=False, default_factory=lambda: np.zeros(0, dtype=np.int64))
    examples: list[tuple[int, str, str]] = field(default_factory=list)  # (position, before, after)

    @property
    def column(self) -> str:
        return str(self.step.column)

    def label(self, lang: str = "fr") -> str:
        """The step's label in `lang` (French when English is missing)."""
        return (self.step.label_en if lang == "en" and self.step.label_en else self.step.label_fr) or self.step.op


def is_safe(step: Step | None) -> bool:
    """True for a suggested fix that only normalises writing and targets its rows by rule."""
    return step is not None and step.op in SAFE_OPS and step.targeting == "rule" and step.column is not None


def safe_steps(findings: Iterable) -> list[Step]:
    """The safe fixes of `findings` (one per op and column), in the order they must apply."""
    seen: dict[tuple[str, str], Step] = {}
    for finding in findings:
        step = getattr(finding, "fix", None)
        if is_safe(step) and step.op == "blank_placeholders":
            step = _unambiguous(step)
        if is_safe(step):
            seen.setdefault((step.op, str(step.column)), step)
    return sorted(seen.values(), key=lambda s: SAFE_OPS.index(s.op))


def held_back(findings: Iterable) -> dict[str, list[str]]:
    """Per column, the placeholder words left out of the bulk fix because they may mean « none » or « closed »."""
    kept: dict[str, list[str]] = {}
    for finding in findings:
        step = getattr(finding, "fix", None)
        if step is not None and step.op == "blank_placeholders" and step.column is not None:
            words = [w for w in step.options.get("values", ()) if str(w).strip().lower() in AMBIGUOUS]
            if words:
                kept[str(step.column)] = words
    return kept


def _unambiguous(step: Step) -> Step | None:
    """The placeholder step without the words that may mean « none » or « closed » (`-`, `néant`): those stay
    one by one on the page, where the person sees the column they are in."""
    words = [w for w in step.options.get("values", ()) if str(w).strip().lower() not in AMBIGUOUS]
    if not words:
        return None
    if len(words) == len(step.options.get("values", ())):
        return step
    params = {**step.options, "values": words}
    return Step.new(step.op, step.column, label_fr=step.label_fr, label_en=step.label_en, **params)


def _changed(before: pd.Series, after: pd.Series) -> np.ndarray:
    """True where a cell's text differs (missing and empty count as different from text)."""
    return mask(pc.not_equal(arrow(before), arrow(after)).fill_null(True)) & ~(before.isna() & after.isna()).to_numpy()


def _text(value: object) -> str:
    """A cell as text (missing is empty)."""
    return value if isinstance(value, str) else ""


def visible(text: str, lang: str = "fr") -> str:
    """A cell written so a person sees what changed: spaces at the edges and doubled ones as `␣`, empty as
    « (vide) »."""
    if text == "":
        return t("bulkfix.empty", lang)
    marked = re.sub(r"^\s+|\s+$|\s{2,}", lambda m: "␣" * len(m.group()), text)
    return marked


def plan(table: pd.DataFrame, steps: Iterable[Step], examples: int = EXAMPLES) -> list[FixPreview]:
    """Each step applied after the ones before it (as they will be recorded), on its own column only: the cells
    it changes and its first examples. Steps that change nothing left out."""
    previews, columns = [], {}
    for step in steps:
        if step.column not in table.columns:
            continue
        current = columns.get(step.column, table[step.column])
        before = pd.DataFrame({step.column: current})
        after = apply_step(before, step)
        if after is before:
            continue
        hit = _changed(current, after[step.column])
        rows = np.flatnonzero(hit)
        if len(rows):
            shown = [(int(r), _text(current.iloc[r]), _text(after[step.column].iloc[r])) for r in rows[:examples]]
            previews.append(FixPreview(step, len(rows), rows, shown))
        columns[step.column] = after[step.column]
    return previews


def apply(dataset: Dataset, previews: list[FixPreview]) -> "Summary":
    """Record each previewed fix as its own step on `dataset` (the original stays untouched)."""
    for preview in previews:
        dataset.with_step(preview.step)
    return summary(previews)


@dataclass(frozen=True)
class Summary:
    """What a bulk fix did: fixes recorded, cells changed, columns touched."""

    fixes: int
    cells: int
    columns: int

    def message(self, lang: str = "fr", short: bool = False) -> str:
        """« 11 corrections appliquées : 3 412 cellules modifiées dans 11 colonnes » (and how to undo, unless short)."""
        key = "bulkfix.done_short" if short else "bulkfix.done"
        return t(key, lang, fixes=self.fixes, cells=self.cells, columns=self.columns)


def summary(previews: list[FixPreview]) -> Summary:
    """Counts of a list of previewed fixes."""
    return Summary(len(previews), sum(p.cells for p in previews), len({p.column for p in previews}))


def per_column(previews: list[FixPreview], lang: str = "fr") -> pd.DataFrame:
    """One row per column and fix: column, fix, cells changed (French counts), for the page's preview table."""
    return pd.DataFrame({
        t("bulkfix.col.column", lang): [p.column for p in previews],
        t("bulkfix.col.fix", lang): [t(f"bulkfix.op.{p.step.op}", lang) for p in previews],
        t("bulkfix.col.cells", lang): [plural(p.cells, t("bulkfix.cell", lang), t("bulkfix.cells", lang), lang)
                                       for p in previews],
    })


def examples(previews: list[FixPreview], first_row: int = 2, lang: str = "fr") -> pd.DataFrame:
    """Before/after examples of every fix (row numbers as in the file: `first_row` for position 0)."""
    rows = [(p.column, t(f"bulkfix.op.{p.step.op}", lang), r + first_row, visible(before, lang), visible(after, lang))
            for p in previews for r, before, after in p.examples]
    names = [t(f"bulkfix.col.{n}", lang) for n in ("column", "fix", "row", "before", "after")]
    return pd.DataFrame(rows, columns=names)
