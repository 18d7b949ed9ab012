"""A saved list of steps (a « recette ») reloaded onto a dataset: validated before anything changes."""
from __future__ import annotations

import json

from viz.dataset import STEP_OPS, Dataset, Step
from viz.errors import StudioError


class RecipeError(StudioError):
    """A steps file that cannot be replayed on this dataset; the message says which step and why."""


def read_steps(data: bytes) -> list[Step]:
    """Steps from the JSON written by viz.export.tables.steps_json (or a bare list of steps)."""
    import viz.steps  # noqa: F401  registers the ops the file may name
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise RecipeError("recipe.not_json", error=str(exc)[:120]) from exc
    items = doc.get("steps") if isinstance(doc, dict) else doc
    if not isinstance(items, list) or not all(isinstance(i, dict) and "op" in i for i in items):
        raise RecipeError("recipe.not_steps")
    steps = []
    for n, item in enumerate(items, start=1):
        if item["op"] not in STEP_OPS:
            raise RecipeError("recipe.unknown_op", step=n, op=item["op"])
        try:
            steps.append(Step.from_dict(item))
        except (TypeError, ValueError) as exc:
            raise RecipeError("recipe.bad_step", step=n, error=str(exc)[:120]) from exc
    return steps


def replay(dataset: Dataset, steps: list[Step]) -> None:
    """Replace the dataset's steps by `steps` if every one applies (columns and rows exist); else unchanged."""
    trial = Dataset(original=dataset.original, read=dataset.read, steps=[])
    for n, step in enumerate(steps, start=1):
        columns = trial.working().columns
        if step.column is not None and step.column not in columns:
            raise RecipeError("recipe.missing_column", step=n, column=step.column)
        if step.rows is not None and step.rows and max(step.rows) >= len(trial.working()):
            raise RecipeError("recipe.missing_rows", step=n, rows=len(trial.working()))
        trial.steps.append(step)
        try:
            trial.working()
        except Exception as exc:  # an op refusing this table: say which step, keep the dataset as it was
            raise RecipeError("recipe.bad_step", step=n, error=f"{type(exc).__name__}: {exc}"[:160]) from exc
    dataset.steps[:] = steps
