"""Steps: the Step type, the registry of ops, one module per family of ops (codes, text, numbers, dates,
structure, budget...). Importing this package imports no family: they load on the first op lookup."""
from __future__ import annotations

from typing import Any

from viz.steps.base import Step
from viz.steps.registry import CAPABILITY_MODULES, STEP_OPS, StepOp, apply_step, key_positions, step_op

__all__ = ["Step", "StepOp", "STEP_OPS", "CAPABILITY_MODULES", "step_op", "apply_step", "key_positions",
           "preview", "number_text"]


def __getattr__(name: str) -> Any:
    """`preview` and `number_text` were importable from the former viz/steps.py: keep them so, lazily."""
    if name == "preview":
        from viz.steps.preview import preview
        return preview
    if name == "number_text":
        from viz.steps.numbers import number_text
        return number_text
    raise AttributeError(name)
