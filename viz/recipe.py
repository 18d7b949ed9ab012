"""A saved list of steps (a « recette ») reloaded onto a dataset: checked, then each step applied once to
the table built so far (linear in the number of steps), bounded in size, count and nesting."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from viz.dataset import Dataset
from viz.errors import StudioError
from viz.fmt import number
from viz.i18n import t
from viz.steps import STEP_OPS, Step, apply_step
from viz.steps._keys import KeyCache
from viz.steps.registry import StepNotApplicable

MAX_BYTES = 20_000_000  # a recipe file larger than this is refused before parsing
MAX_STEPS = 5_000  # steps a recipe may hold
MAX_DEPTH = 8  # nesting of a step's values (params, mapping...)


class RecipeError(StudioError):
    """A steps file that cannot be replayed on this dataset; the message says which step and why."""


def _depth(value: Any, limit: int) -> int:
    """Nesting depth of a JSON value, stopping at `limit` + 1 (iterative: a deep value never recurses)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        deepest = max(deepest, level)
        if deepest > limit:
            return deepest
        if isinstance(item, dict):
            stack.extend((v, level + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, level + 1) for v in item if isinstance(v, (dict, list)))
    return deepest


def _parse(data: bytes) -> Any:
    """The JSON document, refused when too large, not JSON, or nested too deep."""
    if len(data) > MAX_BYTES:
        raise RecipeError("recipe.too_large", size=number(len(data) / 1e6, digits=1), limit=number(MAX_BYTES / 1e6))
    try:
        return json.loads(data.decode("utf-8-sig"))
    except RecursionError as exc:
        raise RecipeError("recipe.too_deep", limit=MAX_DEPTH) from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise RecipeError("recipe.not_json", error=str(exc)[:120]) from exc


def _step_from(n: int, item: dict[str, Any]) -> Step:
    """One step of the file, checked: known op, sane nesting, fields of the right type."""
    if not isinstance(item.get("op"), str) or item["op"] not in STEP_OPS:
        raise RecipeError("recipe.unknown_op", step=n, op=str(item.get("op"))[:60])
    if _depth(item, MAX_DEPTH) > MAX_DEPTH:
        raise RecipeError("recipe.step_too_deep", step=n, limit=MAX_DEPTH)
    column = item.get("column")
    if column is not None and not isinstance(column, str):
        raise RecipeError("recipe.bad_step", step=n, error="column")
    try:
        return Step.from_dict(item)
    except (TypeError, ValueError, OverflowError, KeyError) as exc:
        raise RecipeError("recipe.bad_step", step=n, error=str(exc)[:120]) from exc


def read_recipe(data: bytes) -> tuple[list[Step], str | None]:
    """Steps from the JSON written by viz.export.tables.steps_json (or a bare list), and the SHA-256 of the
    file they were recorded on when the recipe says it (older recipes do not)."""
    doc = _parse(data)
    items = doc.get("steps") if isinstance(doc, dict) else doc
    if not isinstance(items, list) or not all(isinstance(i, dict) and "op" in i for i in items):
        raise RecipeError("recipe.not_steps")
    if len(items) > MAX_STEPS:
        raise RecipeError("recipe.too_many", count=number(len(items)), limit=number(MAX_STEPS))
    source = doc.get("source_sha256") if isinstance(doc, dict) else None
    return [_step_from(n, item) for n, item in enumerate(items, start=1)], source if isinstance(source, str) else None


def read_steps(data: bytes) -> list[Step]:
    """Steps from the JSON written by viz.export.tables.steps_json (or a bare list of steps)."""
    return read_recipe(data)[0]


def check_step(table: pd.DataFrame, step: Step, n: int) -> None:
    """Refuse a step whose column or rows do not exist in `table` (the table built by the steps before it)."""
    if step.column is not None and step.column not in table.columns:
        raise RecipeError("recipe.missing_column", step=n, column=step.column)
    if step.rows and (min(step.rows) < 0 or max(step.rows) >= len(table)):
        raise RecipeError("recipe.missing_rows", step=n, rows=len(table))


def replay(dataset: Dataset, steps: list[Step]) -> None:
    """Replace the dataset's steps by `steps` if every one applies (columns and rows exist); else unchanged.
    Each step is applied once, to the table the previous steps built."""
    if len(steps) > MAX_STEPS:
        raise RecipeError("recipe.too_many", count=number(len(steps)), limit=number(MAX_STEPS))
    table, keys = dataset.original, KeyCache()
    for n, step in enumerate(steps, start=1):
        check_step(table, step, n)
        try:
            table = keys.moved(table, apply_step(table, step, keys), step)
        except Exception as exc:  # an op refusing this table: say which step, keep the dataset as it was
            raise RecipeError("recipe.bad_step", step=n, error=f"{type(exc).__name__}: {exc}"[:160]) from exc
    dataset.steps[:] = steps
    dataset.remember(table)


@dataclass
class Outcome:
    """What became of one step replayed on another version: applied to `rows` rows, or skipped and why."""

    number: int
    step: Step
    applied: bool
    rows: int = 0
    reason: str = ""
    params: dict[str, Any] = field(default_factory=dict)

    def message(self, lang: str = "fr") -> str:
        label = (self.step.label_en if lang == "en" and self.step.label_en else self.step.label_fr) or self.step.op
        if self.applied:
            return t("recipe.outcome.applied", lang, step=self.number, label=label, rows=number(self.rows, lang))
        why = t(self.reason, lang, **self.params)
        return t("recipe.outcome.skipped", lang, step=self.number, label=label, why=why)


def _touched(before: pd.DataFrame, after: pd.DataFrame, step: Step) -> int:
    """Rows a step changed: cells of its column that differ, or rows dropped, or every row for a new shape."""
    if len(after) != len(before):
        return len(before) - len(after)
    if after is before:
        return 0
    if step.column is not None and step.column in before.columns and step.column in after.columns:
        import pyarrow.compute as pc
        from viz.steps._arrow import arrow, mask
        return int(mask(pc.not_equal(arrow(before[step.column]), arrow(after[step.column]))).sum())
    return len(after)


def _try(table: pd.DataFrame, step: Step, same_file: bool,
         keys: KeyCache) -> tuple[pd.DataFrame | None, str, dict[str, Any]]:
    """The table after `step`, or None with the reason (an i18n key and its params) it does not apply."""
    if step.column is not None and step.column not in table.columns:
        return None, "recipe.skip.column", {"column": step.column}
    if step.targeting == "positions" and not same_file:
        return None, "recipe.skip.positions", {}
    if step.rows and (min(step.rows) < 0 or max(step.rows) >= len(table)):
        return None, "recipe.skip.rows", {"rows": len(table)}
    try:
        return apply_step(table, step, keys), "", {}
    except StepNotApplicable as exc:
        return None, exc.key, dict(exc.params)
    except Exception as exc:  # an op refusing this table: the step is skipped whole, never half-way
        return None, "recipe.skip.error", {"error": f"{type(exc).__name__}: {exc}"[:160]}


def replay_report(dataset: Dataset, steps: list[Step], source_sha256: str | None = None) -> list[Outcome]:
    """Replay `steps` on this version: each step applies whole or not at all; the dataset's steps become the
    ones that applied. Steps aimed at row positions apply only on the file they were recorded on."""
    if len(steps) > MAX_STEPS:
        raise RecipeError("recipe.too_many", count=number(len(steps)), limit=number(MAX_STEPS))
    same_file = source_sha256 is None or source_sha256 == dataset.read.sha256
    table, kept, outcomes, keys = dataset.original, [], [], KeyCache()
    for n, step in enumerate(steps, start=1):
        after, reason, params = _try(table, step, same_file, keys)
        if after is None:
            outcomes.append(Outcome(n, step, False, reason=reason, params=params))
            continue
        outcomes.append(Outcome(n, step, True, rows=_touched(table, after, step)))
        kept.append(step)
        table = keys.moved(table, after, step)
    dataset.steps[:] = kept
    dataset.remember(table)
    return outcomes
