"""`check` over a streamed file: every chunk checked by the in-memory functions (schema, quality, coordinates)
at its real rows, the findings joined (viz.big.merge); duplicate rows found across chunks by 64-bit hashes.

The schema's `unique` and `primaryKey` are checked over the whole file by fingerprints too (viz.big.keys).
What needs the whole table at once and is not run here (said to the person, see NOT_STREAMED): the schema's
`foreignKeys`, spelling variants of a category (inconsistent case, similar values), dates in several formats,
and duplicated positions.
"""
from __future__ import annotations

import copy
from dataclasses import replace
from typing import Any, Callable

import numpy as np
import pandas as pd

from viz.big.keys import KeyChecks
from viz.big.merge import compact, merge, table_level
from viz.big.stream import Stream
from viz.findings import Finding

WHOLE_TABLE_QUALITY = ("quality.duplicate_row", "quality.inconsistent_case", "quality.similar_values",
                       "quality.mixed_dates")
NOT_STREAMED = ("quality.inconsistent_case", "quality.similar_values", "quality.mixed_dates",
                "coord.duplicate_position")


def chunk_schema(schema: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The schema without what compares rows with each other (unique and primaryKey: checked over the whole file
    by viz.big.keys; foreignKeys: not checked), and what is left unchecked."""
    out = copy.deepcopy(schema)
    for field in out.get("fields", []):
        if isinstance(field, dict) and isinstance(field.get("constraints"), dict):
            field["constraints"].pop("unique", None)
    out.pop("primaryKey", None)
    return out, ["foreignKeys"] if out.pop("foreignKeys", None) else []


class RowHashes:
    """A 64-bit fingerprint of every row (viz.big.rowhash), to find rows equal to an earlier one anywhere in the file."""

    def __init__(self) -> None:
        self.hashes: list[np.ndarray] = []
        self.blank: list[np.ndarray] = []

    def add(self, table: pd.DataFrame) -> None:
        if table.shape[1] == 0:
            return
        from viz.big.rowhash import row_hashes
        self.hashes.append(row_hashes(table))
        self.blank.append(~(table != "").any(axis=1).to_numpy())

    def findings(self, lines_above_header: int) -> list[Finding]:
        """quality.duplicate_row over the whole file (the second and later copies; blank rows left out)."""
        if not self.hashes:
            return []
        from viz.dataset import Step
        from viz.findings import make
        from viz.i18n import t
        from viz.checks.quality_base import first_rows
        hashes, blank = np.concatenate(self.hashes), np.concatenate(self.blank)
        order = np.argsort(hashes, kind="stable")
        ordered = hashes[order]
        mask = np.zeros(len(hashes), dtype=bool)
        mask[order[1:][ordered[1:] == ordered[:-1]]] = True
        mask &= ~blank
        if not mask.any():
            return []
        idx = np.flatnonzero(mask)
        shift = 2 + lines_above_header
        rows = idx + shift
        original = int(np.flatnonzero(hashes == hashes[idx[0]])[0]) + shift
        labels = {f"label_{lang}": t("quality.fix.duplicate_row", lang) for lang in ("fr", "en")}
        fix = Step.new("drop_rows", None, duplicates=True, **labels)
        return compact([make("quality.duplicate_row", "warning", None, rows, "quality.duplicate_row", fix=fix,
                             first=first_rows(rows), row=int(rows[0]), original=original)])


def _chunk_findings(chunk: pd.DataFrame, read: Any, offset: int, schemas: tuple[dict | None, dict | None],
                    coords: Any) -> list[Finding]:
    """Schema, quality and coordinate findings of the chunk starting at data row `offset`, at its rows in the file
    (`read.header_row` already counts the rows before the chunk)."""
    from viz.checks import coordinates, quality
    from viz.checks import schema as schema_check
    from viz.checks.quality_base import QUALITY_CHECKS
    from viz.checks.quality_facts import shared_facts
    small, full = schemas
    found: list[Finding] = []
    with shared_facts(chunk):
        if small is not None:
            found += schema_check.validate(chunk, small, read)
            if offset == 0:
                from viz.schemas.versions import version_hint
                found += version_hint(full, [str(c) for c in chunk.columns])
        found += quality.check(chunk, read, only=[c for c in QUALITY_CHECKS if c not in WHOLE_TABLE_QUALITY])
    if coords is not None:  # coordinate rows counted as the others: title lines and rows before the chunk
        with coordinates.file_rows(read.header_row):
            found += [f for f in coordinates.check(chunk, coords) if f.code not in NOT_STREAMED]
    return found


def stream_check(stream: Stream, schema: dict[str, Any] | None,
                 coord_options: Callable[[pd.DataFrame], Any]) -> tuple[list[Finding], list[str]]:
    """(findings of the whole file, what was not checked because it needs the whole table)."""
    from viz.checks import _keep_schema_columns
    from viz.geo.detect import detect
    per_chunk: list[list[Finding]] = []
    filled: dict[str, int] = {}
    duplicates = RowHashes()
    small, left = chunk_schema(schema) if schema is not None else (None, [])
    keys = KeyChecks(schema, stream.names) if schema is not None else None
    coords, title = None, stream.info.header_row
    for offset, chunk in stream.chunks():
        if offset == 0:
            coords = coord_options(chunk)
            if coords is not None and coords.columns is None:
                cols = detect(chunk)
                coords = replace(coords, columns=cols) if cols is not None else None
        read = replace(stream.info, header_row=title + offset)
        found = _chunk_findings(chunk, read, offset, (small, schema), coords)
        if offset:
            found = [f for f in found if not table_level(f, offset + 2 + title)]
        per_chunk.append(compact(found))
        duplicates.add(chunk)
        if keys is not None:
            keys.add(chunk, offset)
        for name in chunk.columns:
            filled[name] = filled.get(name, 0) + int((chunk[name] != "").sum())
    findings = merge(per_chunk, stream.rows, filled) + duplicates.findings(title)
    if keys is not None:
        findings += compact(keys.findings(2 + title))
    if schema is not None:
        _keep_schema_columns(findings, schema)
    return findings, left
