"""Table Schema `arrayItem`: every item of an array cell read as the item field's type and checked
against its constraints, once per distinct array (as frictionless' array field reads its items)."""
from __future__ import annotations

from typing import Any, Callable

import numpy as np

from viz.checks.schema_types import parse_constraint, value_reader

_ITEM_TESTS: dict[str, Callable[[Any, Any], bool]] = {
    "enum": lambda v, limit: v in limit, "minLength": lambda v, limit: len(v) >= limit,
    "maxLength": lambda v, limit: len(v) <= limit, "minimum": lambda v, limit: v >= limit,
    "maximum": lambda v, limit: v <= limit, "exclusiveMinimum": lambda v, limit: v > limit,
    "exclusiveMaximum": lambda v, limit: v < limit,
    "pattern": lambda v, limit: _item_pattern(v, limit),
}


def array_items(units: np.ndarray, item: dict) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """Per distinct array: an item of the wrong type (a type error), and per constraint, an item breaking it."""
    reader = value_reader({"type": "any", **item})
    given = item.get("constraints")
    constraints = {k: v for k, v in (given if isinstance(given, dict) else {}).items() if k in _ITEM_TESTS}
    limits = {k: (v if k in ("enum", "minLength", "maxLength", "pattern") else parse_constraint(item, v))
              for k, v in constraints.items()}
    if "enum" in limits:
        limits["enum"] = [parse_constraint(item, v) for v in limits["enum"]] if isinstance(limits["enum"], list) else []
    bad = np.zeros(len(units), dtype=bool)
    broken = {k: np.zeros(len(units), dtype=bool) for k in limits}
    for i, unit in enumerate(units):
        if not isinstance(unit, list):
            continue
        values = [reader(v) if v is not None else None for v in unit]
        bad[i] = any(r is None and v is not None for r, v in zip(values, unit))
        for name, limit in limits.items():
            broken[name][i] = not bad[i] and not all(_item_ok(_ITEM_TESTS[name], v, limit) for v in values if v is not None)
    return bad, broken


def _item_pattern(value: Any, pattern: str) -> bool:
    """Whole-value match with the time limit of column patterns (a value not reached in time counts as breaking)."""
    from viz.checks.schema_pattern import check_values
    try:
        result = check_values([str(value)], str(pattern), seconds=1.0)
    except Exception:  # an invalid pattern (regex.error): the item cannot be said to match it
        return False
    return not result.bad and not result.unchecked


def _item_ok(test: Callable[[Any, Any], bool], value: Any, limit: Any) -> bool:
    try:
        return bool(test(value, limit))
    except TypeError:
        return False
