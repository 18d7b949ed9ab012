"""Step: one recorded, replayable transformation of a table (a rule, chosen keys, or legacy row positions)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from viz.findings import int_list


def _key_tuple(keys: Any) -> tuple[tuple[str, ...], ...] | None:
    """Key values as tuples of text (one tuple per row; a bare value is a one-column key)."""
    if keys is None:
        return None
    return tuple(tuple(str(v) for v in k) if isinstance(k, (list, tuple)) else (str(k),) for k in keys)


@dataclass(frozen=True)
class Step:
    """One transformation: `op` names a registered op. Rows targeted: all (`rows` and `keys` None), the rows
    whose `key` columns hold one of `keys` (edits of chosen cells, replayable on another version), or legacy
    DataFrame positions `rows` (valid on the very same file only)."""

    op: str
    column: str | None = None
    rows: tuple[int, ...] | None = None
    params: tuple[tuple[str, Any], ...] = ()
    label_fr: str = ""
    label_en: str = ""
    key: tuple[str, ...] = ()
    keys: tuple[tuple[str, ...], ...] | None = None

    @staticmethod
    def new(op: str, column: str | None = None, rows: Any = None, label_fr: str = "",
            label_en: str = "", key: Any = (), keys: Any = None, **params: Any) -> "Step":
        rows_t = None if rows is None else tuple(int_list(rows))
        key_t = (key,) if isinstance(key, str) else tuple(str(k) for k in key or ())
        return Step(op, column, rows_t, tuple(sorted(params.items())), label_fr, label_en, key_t, _key_tuple(keys))

    @property
    def options(self) -> dict[str, Any]:
        return dict(self.params)

    @property
    def targeting(self) -> str:
        """`rule` (every row the op's rule selects), `keys` (chosen rows by key) or `positions` (legacy)."""
        if self.keys is not None:
            return "keys"
        return "rule" if self.rows is None else "positions"

    def to_dict(self) -> dict[str, Any]:
        out = {"op": self.op, "column": self.column, "rows": None if self.rows is None else list(self.rows),
               "params": dict(self.params), "label_fr": self.label_fr, "label_en": self.label_en}
        if self.keys is not None:
            out["key"] = list(self.key)
            out["keys"] = [list(k) if len(k) > 1 else k[0] for k in self.keys]
        return out

    @staticmethod
    def from_dict(data: dict[str, Any]) -> "Step":
        params = data.get("params", {})
        if not isinstance(params, dict):
            raise TypeError("params must be an object")
        return Step.new(data["op"], data.get("column"), data.get("rows"), data.get("label_fr", ""),
                        data.get("label_en", ""), data.get("key") or (), data.get("keys"), **params)
