"""The schema's `unique` and `primaryKey` over a streamed file: each chunk's comparable key values (parsed as
viz.checks.schema parses them) are fingerprinted (viz.big.rowhash) and compared with every earlier row's."""
from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from viz.big.rowhash import string_hashes
from viz.findings import Finding

_NONE = np.uint64(0x5BD1E9955BD1E995)  # the fingerprint of a missing or ill-typed key cell


def _sorted_unique(values: np.ndarray) -> np.ndarray:
    """np.unique by sorting (this numpy's hash-based np.unique takes 37 s on 10 million uint64 here)."""
    ordered = np.sort(values)
    return ordered[np.concatenate([[True], ordered[1:] != ordered[:-1]])] if len(ordered) else ordered


class _Seen:
    """Fingerprints met so far (sorted), and the positions whose fingerprint was met before them."""

    def __init__(self) -> None:
        self.sorted = np.empty(0, dtype=np.uint64)
        self.repeated: list[np.ndarray] = []
        self.example: Any = None

    def add(self, hashes: np.ndarray, ok: np.ndarray, offset: int, raw: pa.Array | None) -> None:
        idx = np.flatnonzero(ok)
        mine = hashes[idx]
        found = np.searchsorted(self.sorted, mine)
        earlier = (found < len(self.sorted)) & (self.sorted[np.minimum(found, len(self.sorted) - 1)] == mine) \
            if len(self.sorted) else np.zeros(len(mine), dtype=bool)
        within = pd.Series(mine).duplicated(keep="first").to_numpy()
        dup = idx[earlier | within]
        if len(dup) and self.example is None and raw is not None:
            self.example = raw[int(dup[0])].as_py()
        self.repeated.append(dup + offset)
        new = _sorted_unique(mine[~earlier])  # two sorted runs: the stable sort (timsort) merges them in linear time
        self.sorted = np.sort(np.concatenate([self.sorted, new]), kind="stable")

    def positions(self) -> np.ndarray:
        return np.concatenate(self.repeated) if self.repeated else np.empty(0, dtype=np.int64)


class _Example:
    """What schema_report.cell_finding reads its example from: `raw[position].as_py()`."""

    def __init__(self, value: Any) -> None:
        self.value = value

    def __getitem__(self, _position: int) -> pa.Scalar:
        return pa.scalar(self.value)


class KeyChecks:
    """unique and primaryKey of a schema, checked chunk by chunk over the whole file."""

    def __init__(self, schema: dict[str, Any], names: list[str]) -> None:
        from viz.checks import schema_match
        from viz.checks.schema import _pk
        fields = [dict(f) for f in schema.get("fields", []) if isinstance(f, dict)]
        paired = schema_match.pair(names, fields, schema_match.mode_of(schema))
        self.columns = {f["name"]: names[i] for i, f in enumerate(paired) if f is not None}
        self.fields = {f["name"]: f for f in paired if f is not None}
        self.missing = schema.get("missingValues", [""])
        self.unique = {n: _Seen() for n, f in self.fields.items()
                       if isinstance(f.get("constraints"), dict) and f["constraints"].get("unique")}
        pk = _pk(schema)
        self.pk = pk if pk and set(pk) <= set(self.fields) else []
        self.pk_seen = _Seen()
        self.pk_empty: list[np.ndarray] = []
        self.rows = 0

    def _key(self, values: pd.Series, field: dict) -> tuple[np.ndarray, np.ndarray, pa.Array]:
        """(fingerprints, ok mask, raw cells) of one column's comparable values."""
        from viz.checks import schema_types as types
        from viz.checks.schema import _arrow, _keys
        arr = _arrow(values)
        missing = field.get("missingValues", self.missing)
        is_missing = pc.is_in(arr, value_set=pa.array([str(m) for m in missing], type=arr.type)).to_numpy(
            zero_copy_only=False) if missing else np.zeros(len(arr), dtype=bool)
        parsed = types.parse(arr, field, ~is_missing)
        ok = ~is_missing & ~parsed.bad
        keys = _keys(arr, field, parsed, ok)
        text = pa.array(pd.Series(keys, dtype=object).astype("str").fillna(""), from_pandas=True).cast(pa.large_string())
        return np.where(ok, string_hashes(text), _NONE), ok, arr

    def add(self, chunk: pd.DataFrame, offset: int) -> None:
        """Fingerprint this chunk's key cells and note the rows repeating an earlier key."""
        hashes: dict[str, tuple[np.ndarray, np.ndarray, pa.Array]] = {}
        for name in set(self.unique) | set(self.pk):
            hashes[name] = self._key(chunk[self.columns[name]], self.fields[name])
        for name, seen in self.unique.items():
            h, ok, raw = hashes[name]
            seen.add(h, ok, offset, raw)
        if self.pk:
            mixed = np.zeros(len(chunk), dtype=np.uint64)
            with np.errstate(over="ignore"):
                for name in self.pk:
                    mixed = mixed * np.uint64(0xBF58476D1CE4E5B9) + hashes[name][0]
            empty = ~np.logical_or.reduce([hashes[name][1] for name in self.pk])
            self.pk_empty.append(np.flatnonzero(empty) + offset)
            self.pk_seen.add(mixed, ~empty, offset, None)
        self.rows += len(chunk)

    def findings(self, first: int) -> list[Finding]:
        """unique-error per field, then primary-key, at their rows in the file (first data row = `first`)."""
        from viz.checks.schema_report import cell_finding, simple_finding
        out = []
        for name, seen in self.unique.items():
            where = seen.positions()
            if len(where):
                mask = np.zeros(self.rows, dtype=bool)
                mask[where] = True
                out.append(cell_finding("unique-error", self.fields[name], name, "unique", mask,
                                        _Example(seen.example), first))
        if self.pk:
            bad = _sorted_unique(np.concatenate([*self.pk_empty, self.pk_seen.positions()]))
            if len(bad):
                out.append(simple_finding("primary-key", ", ".join(self.pk), (bad + first).tolist(),
                                          constraint="primaryKey"))
        return out
