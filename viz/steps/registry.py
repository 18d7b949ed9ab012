"""The registry of step ops: capability modules register `(table, step) -> new table` functions by name.

Nothing here imports a capability: the families of ops (modules of this package) and the capability
modules listed in CAPABILITY_MODULES are imported the first time an op is looked up, so `viz.dataset`
can use the registry without any import going back up the journey.
"""
from __future__ import annotations

import importlib
import pkgutil
from typing import Callable

import numpy as np
import pandas as pd

from viz.steps._keys import SEP, KeyCache, KeysNotFound
from viz.steps.base import Step

StepOp = Callable[[pd.DataFrame, Step], pd.DataFrame]
NOT_FAMILIES = {"base", "registry", "apply", "preview", "anchor"}
# Modules outside viz/steps that register ops (add yours here, e.g. the coordinates' swap ops).
CAPABILITY_MODULES: list[str] = ["viz.geo.steps"]


class Registry(dict):
    """op name -> function; looking up a name not registered yet imports every family first."""

    _loaded = False

    def load(self) -> None:
        """Import the families of this package and the capability modules (once)."""
        if Registry._loaded:
            return
        Registry._loaded = True
        import viz.steps as package
        names = [f"viz.steps.{m.name}" for m in pkgutil.iter_modules(package.__path__)
                 if not m.name.startswith("_") and m.name not in NOT_FAMILIES]
        for name in names + list(CAPABILITY_MODULES):
            importlib.import_module(name)

    def __missing__(self, name: str) -> StepOp:
        if not Registry._loaded:
            self.load()
            if dict.__contains__(self, name):
                return dict.__getitem__(self, name)
        raise KeyError(f"unknown step op {name!r}")

    def __contains__(self, name: object) -> bool:
        if not dict.__contains__(self, name):
            self.load()
        return dict.__contains__(self, name)


STEP_OPS: Registry = Registry()


def step_op(name: str) -> Callable[[StepOp], StepOp]:
    """Register a function `(table, step) -> new table` under `name`; it must not mutate its input."""
    def register(func: StepOp) -> StepOp:
        if dict.__contains__(STEP_OPS, name):
            raise RuntimeError(f"step op registered twice: {name}")
        STEP_OPS[name] = func
        return func
    return register


class StepNotApplicable(Exception):
    """A step that cannot apply to this table as a whole: `key` is an i18n key, `params` fill it."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


def key_positions(table: pd.DataFrame, step: Step, keys: KeyCache | None = None) -> np.ndarray:
    """Positions of the rows holding the step's keys, in the order of the keys (looked up in `keys`, the
    replay's cache, when given). Raises StepNotApplicable when a key column is missing, when keys are absent,
    or when a key names several rows."""
    missing = [c for c in step.key if c not in table.columns]
    if missing or not step.key:
        raise StepNotApplicable("recipe.skip.key_column", column=", ".join(missing or ["?"]))
    if not step.keys:
        return np.zeros(0, dtype=np.int64)
    lookup = (keys or KeyCache()).lookup(table, tuple(step.key))
    try:
        return lookup.positions([SEP.join(k) for k in step.keys])
    except KeysNotFound as exc:
        if exc.reason == "absent":
            raise StepNotApplicable("recipe.skip.keys_absent", absent=exc.absent, total=len(step.keys),
                                    column=", ".join(step.key)) from None
        raise StepNotApplicable("recipe.skip.keys_repeated", column=", ".join(step.key)) from None


def apply_step(table: pd.DataFrame, step: Step, keys: KeyCache | None = None) -> pd.DataFrame:
    """`step` applied once to `table`: keys are resolved to the positions of this table first (through
    `keys`, a replay's KeyCache, so the key's hash is built once per table, not once per step)."""
    func = STEP_OPS[step.op]
    if step.keys is not None:
        rows = tuple(int(i) for i in key_positions(table, step, keys))
        step = Step(step.op, step.column, rows, step.params, step.label_fr, step.label_en)
    return func(table, step)
