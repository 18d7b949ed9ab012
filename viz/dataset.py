"""Dataset (the original table, frozen) and Step (a recorded, replayable fix): working = original + steps."""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field, replace
from typing import Any, Callable

import pandas as pd

from viz.findings import int_list


@dataclass(frozen=True)
class ReadInfo:
    """How the original was read; every guess here can be overridden by the user."""

    format: str  # csv, xlsx, ods, json, geojson, budget_xml
    filename: str = ""
    sha256: str = ""
    size_bytes: int = 0
    encoding: str | None = None
    separator: str | None = None
    quotechar: str | None = '"'
    decimal: str = "."
    thousands: str | None = None
    header_row: int = 0
    sheet: str | None = None
    sheets: tuple[str, ...] = ()
    url: str | None = None
    notes: tuple[str, ...] = ()  # i18n keys + params of remarks made while reading, see notes_text()
    ragged_rows: tuple[tuple[int, int], ...] = ()  # (row number counted from the header line, number of fields)
    columns_expected: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Metadata:
    """What a user says about the data: used in exports and the context sheet."""

    title: str = ""
    producer: str = ""
    licence: str = ""
    published: str = ""
    source_url: str = ""
    description: str = ""


@dataclass(frozen=True)
class Step:
    """One transformation: `op` names a function of STEP_OPS; `rows` are DataFrame positions (None = all)."""

    op: str
    column: str | None = None
    rows: tuple[int, ...] | None = None
    params: tuple[tuple[str, Any], ...] = ()
    label_fr: str = ""
    label_en: str = ""

    @staticmethod
    def new(op: str, column: str | None = None, rows: Any = None, label_fr: str = "",
            label_en: str = "", **params: Any) -> "Step":
        rows_t = None if rows is None else tuple(int_list(rows))
        return Step(op, column, rows_t, tuple(sorted(params.items())), label_fr, label_en)

    @property
    def options(self) -> dict[str, Any]:
        return dict(self.params)

    def to_dict(self) -> dict[str, Any]:
        return {"op": self.op, "column": self.column, "rows": None if self.rows is None else list(self.rows),
                "params": dict(self.params), "label_fr": self.label_fr, "label_en": self.label_en}

    @staticmethod
    def from_dict(data: dict[str, Any]) -> "Step":
        return Step.new(data["op"], data.get("column"), data.get("rows"), data.get("label_fr", ""),
                        data.get("label_en", ""), **data.get("params", {}))


StepOp = Callable[[pd.DataFrame, Step], pd.DataFrame]
STEP_OPS: dict[str, StepOp] = {}


def step_op(name: str) -> Callable[[StepOp], StepOp]:
    """Register a function `(table, step) -> new table` under `name`; it must not mutate its input."""
    def register(func: StepOp) -> StepOp:
        if name in STEP_OPS:
            raise RuntimeError(f"step op registered twice: {name}")
        STEP_OPS[name] = func
        return func
    return register


@dataclass
class Dataset:
    """The original table exactly as read (never mutated), how it was read, metadata and recorded steps."""

    original: pd.DataFrame
    read: ReadInfo
    raw: bytes = b""
    meta: Metadata = field(default_factory=Metadata)
    steps: list[Step] = field(default_factory=list)
    source_path: str | None = None  # set instead of `raw` when a large file was read from disk
    _cache: dict[str, pd.DataFrame] = field(default_factory=dict, repr=False)

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
        """The original with every step applied, in order (cached per key)."""
        key = self.key
        if key not in self._cache:
            import viz.steps  # noqa: F401  registers the built-in ops
            table = self.original
            for step in self.steps:
                if step.op not in STEP_OPS:
                    raise KeyError(f"unknown step op {step.op!r}")
                table = STEP_OPS[step.op](table, step)
            self._cache.clear()
            self._cache[key] = table
        return self._cache[key]

    def with_step(self, step: Step) -> "Dataset":
        """Record one more step (the original is shared, not copied)."""
        self.steps.append(step)
        return self

    def undo(self) -> Step | None:
        """Forget the last step."""
        return self.steps.pop() if self.steps else None

    def with_read(self, **changes: Any) -> ReadInfo:
        return replace(self.read, **changes)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
