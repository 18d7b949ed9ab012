"""Foreign keys of a Table Schema that point into the same table (`"resource": ""`, self-references).

A row whose key cells are all empty is not checked; any other row must find its key, compared as
parsed values (as frictionless compares them), among the referenced fields' values of the table.
References to another resource of a data package cannot be checked on one file: named as unsupported.
"""
from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from viz.checks.schema_report import simple_finding
from viz.findings import Finding


def _names(value: Any) -> list[str]:
    return [value] if isinstance(value, str) else [str(v) for v in (value or [])]


def _self_keys(schema: dict) -> list[tuple[list[str], list[str]]]:
    """(fields, referenced fields) of every foreign key into the same table."""
    out = []
    for fk in schema.get("foreignKeys") or []:
        reference = fk.get("reference") or {} if isinstance(fk, dict) else {}
        if isinstance(fk, dict) and reference.get("resource", "") == "":
            out.append((_names(fk.get("fields")), _names(reference.get("fields"))))
    return out


def external(schema: dict) -> list[str]:
    """Foreign keys pointing to another resource (not checkable on one file), described for people."""
    return [f"foreignKeys → {(fk.get('reference') or {}).get('resource')}" for fk in schema.get("foreignKeys") or []
            if isinstance(fk, dict) and (fk.get("reference") or {}).get("resource", "") != ""]


def key_fields(schema: dict) -> set[str]:
    """Every field a self-referencing foreign key reads (its comparable values are needed)."""
    return {name for fields, refs in _self_keys(schema) for name in fields + refs}


def foreign_keys(schema: dict, keys: dict[str, Any], n_rows: int, first: int = 2) -> list[Finding]:
    """foreign-key findings: rows whose key is not among the referenced values of the same table."""
    out: list[Finding] = []
    for fields, refs in _self_keys(schema):
        if len(fields) != len(refs) or not set(fields + refs) <= set(keys) or not n_rows:
            continue
        source = pd.DataFrame({f"k{i}": keys[name] for i, name in enumerate(fields)})
        target = pd.DataFrame({f"k{i}": keys[name] for i, name in enumerate(refs)}).drop_duplicates()
        filled = ~source.isna().all(axis=1).to_numpy()
        found = source.merge(target.assign(_hit=True), how="left", on=list(source.columns))["_hit"].notna().to_numpy()
        bad = filled & ~found
        if bad.any():
            out.append(simple_finding("foreign-key", ", ".join(fields), (np.flatnonzero(bad) + first).tolist(),
                                      reference=", ".join(refs)))
    return out
