"""Dataset (the original table, frozen) plus recorded Steps (viz.steps): working = original + steps.

This module imports only downward (viz.steps.base/registry, viz.findings): the ops register themselves."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, replace
from typing import Any

import pandas as pd

from viz.steps.base import Step
from viz.steps._keys import KeyCache
from viz.steps.registry import STEP_OPS, StepOp, apply_step, step_op
from viz.readinfo import Metadata, ReadInfo, sha256

__all__ = ["Dataset", "Metadata", "ReadInfo", "Step", "STEP_OPS", "StepOp", "step_op", "sha256"]


KEEP_TABLES = 3  # working tables kept per dataset: the last one and two before it, for undo


@dataclass
class Dataset:
    """The original table exactly as read (never mutated), how it was read, metadata and recorded steps."""

    original: pd.DataFrame
    read: ReadInfo
    raw: bytes = b""
    meta: Metadata = field(default_factory=Metadata)
    steps: list[Step] = field(default_factory=list)
    source_path: str | None = None  # set instead of `raw` when a large file was read from disk
    _built: list[tuple[tuple[Step, ...], pd.DataFrame]] = field(default_factory=list, repr=False)
    _row_key: tuple[str, ...] = field(default=(), repr=False)

    def original_bytes(self) -> bytes:
        """The file exactly as received, for download: never modified."""
        if self.raw or self.source_path is None:
            return self.raw
        with open(self.source_path, "rb") as handle:
            return handle.read()

    @property
    def key(self) -> str:
        """Cache key: the file's SHA-256 plus the steps applied (never the DataFrame itself)."""
        steps = json.dumps([s.to_dict() for s in self.steps], sort_keys=True, default=str)
        return self.read.sha256 + ":" + hashlib.sha256(steps.encode()).hexdigest()[:16]

    def working(self) -> pd.DataFrame:
        """The original with every step applied once, in order. The last tables built are kept: adding a step
        applies only that step to the previous table, undo goes back to a kept table (or rebuilds)."""
        steps = tuple(self.steps)
        best_n, table = 0, self.original
        for done, kept in self._built:
            n = len(done)
            if best_n < n <= len(steps) and steps[:n] == done:
                best_n, table = n, kept
                if n == len(steps):
                    return kept
        built, keys = list(self._built), KeyCache()
        for n in range(best_n, len(steps)):
            table = keys.moved(table, apply_step(table, steps[n], keys), steps[n])
            if n + KEEP_TABLES >= len(steps):  # only the last few are kept, never one table per step
                built.append((steps[: n + 1], table))
        self._built = built[-KEEP_TABLES:]
        return table

    def remember(self, table: pd.DataFrame) -> None:
        """Keep `table` as the working table of the current steps (built elsewhere, e.g. by a recipe replay)."""
        self._built = (self._built + [(tuple(self.steps), table)])[-KEEP_TABLES:]

    def with_step(self, step: Step) -> "Dataset":
        """Record one more step (the original is shared, not copied). A step aimed at chosen rows is recorded
        by the rows' key values when the table has a unique key, so it replays on another version."""
        if step.rows is not None and step.keys is None:
            from viz.steps.anchor import anchor, row_key
            table = self.working()
            self._row_key = row_key(table, self._row_key)
            step = anchor(table, step, self._row_key)
        self.steps.append(step)
        return self

    def undo(self) -> Step | None:
        """Forget the last step."""
        return self.steps.pop() if self.steps else None

    def remove_step(self, index: int) -> Step:
        """Forget the step at `index` (0 = first), keeping the others in order: the working table is rebuilt
        from the steps before it. When the steps after it no longer apply, nothing is removed (the error is raised)."""
        removed = self.steps.pop(index)
        try:
            self.working()
        except Exception:
            self.steps.insert(index, removed)
            raise
        return removed

    def with_read(self, **changes: Any) -> ReadInfo:
        return replace(self.read, **changes)


