"""The schema's verdict on both versions side by side: errors new, fixed or still there."""
from __future__ import annotations

from typing import Any

from viz.dataset import Dataset


def _errors(dataset: Dataset, schema: dict) -> dict[tuple[str, str, str], int]:
    """(code, column, constraint) -> number of cells, for the schema errors of one version."""
    from viz.checks import schema as schema_check
    out: dict[tuple[str, str, str], int] = {}
    for f in schema_check.validate(dataset.original, schema, dataset.read):
        if f.severity == "error":
            key = (f.code, f.column or "", f.constraint or "")
            out[key] = out.get(key, 0) + int(f.count or len(f.rows) or 1)
    return out


def schema_sides(old: Dataset, new: Dataset, schema: dict) -> dict[str, Any]:
    """{"old": {"valid", "errors"}, "new": {...}, "new_errors", "fixed", "still"}: lists of error groups."""
    before, after = _errors(old, schema), _errors(new, schema)

    def group(k: tuple[str, str, str], **counts: int) -> dict[str, Any]:
        return {"code": k[0], "column": k[1] or None, "constraint": k[2] or None, **counts}

    return {
        "old": {"valid": not before, "errors": sum(before.values())},
        "new": {"valid": not after, "errors": sum(after.values())},
        "new_errors": [group(k, count=after[k]) for k in after if k not in before],
        "fixed": [group(k, count=before[k]) for k in before if k not in after],
        "still": [group(k, old=before[k], new=after[k]) for k in after if k in before],
    }
