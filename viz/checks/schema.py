"""Table Schema validation with frictionless 5 semantics and error names, vectorised over columns.

Labels are compared with fields by position (frictionless' default `fieldsMatch: exact`);
cells are read by type (viz.checks.schema_types), then constraints, unique, primary key,
blank rows and ragged rows are checked on whole columns. Row numbers are frictionless' ones.
"""
from __future__ import annotations

import re
from typing import Any, NamedTuple

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from viz.checks import schema_keys, schema_match
from viz.checks import schema_types as types
from viz.checks.quality_facts import ColumnFacts, column_facts, one_array
from viz.checks.schema_report import cell_finding, simple_finding
from viz.dataset import ReadInfo
from viz.findings import Finding
from viz.i18n import t

_SCHEMA_KEYS = {"fields", "primaryKey", "missingValues", "$schema", "name", "title", "description", "countryCode",
                "homepage", "path", "resources", "sources", "created", "lastModified", "version", "contributors",
                "keywords", "licenses", "author", "contact", "updated", "uri", "_meta", "profile", "example",
                "fieldsMatch", "foreignKeys"}
_FIELD_KEYS = {"name", "title", "description", "example", "examples", "type", "format", "constraints",
               "missingValues", "trueValues", "falseValues", "decimalChar", "groupChar", "bareNumber",
               "rdfType", "delimiter", "itemType", "arrayItem"}
_CONSTRAINTS = ("required", "unique", "minLength", "maxLength", "pattern", "enum", "minimum", "maximum",
                "exclusiveMinimum", "exclusiveMaximum")
_BOUNDS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")
_DIGITS_ONLY = re.compile(r"\^?(?:\\d|\[0-9\])\{([1-9]\d*)\}\$?")  # a pattern meaning « exactly N ASCII digits »


def validate(table: pd.DataFrame, schema: dict, read: ReadInfo | None = None) -> list[Finding]:
    """Findings `schema.<frictionless error type>` for `table` against a Table Schema dict."""
    fields = [dict(f) for f in schema.get("fields", [])]
    first = 2 + (read.header_row if read is not None else 0)  # lines above the header count, as in the file
    findings = _unsupported(schema, fields) + _field_errors(fields)
    n_labels = read.columns_expected if read is not None and read.columns_expected else len(table.columns)
    columns = list(table.columns[:n_labels])
    labels = _raw_labels(columns)
    mode = schema_match.mode_of(schema)
    if mode != "partial" and fields and labels and not {f["name"] for f in fields} & set(labels):
        return findings + [simple_finding("unmatched-header", None, [first - 1], found=_names(labels),
                                          expected=_names([f["name"] for f in fields]),
                                          title=schema.get("title") or schema.get("name") or "")]
    findings += schema_match.header_findings(labels, fields, mode, _pk(schema), first - 1)
    paired = schema_match.pair(labels, fields, mode)
    expected = [f if f is not None else {"name": labels[i] or columns[i], "type": "any"} for i, f in enumerate(paired)]
    key_names = set(_pk(schema)) | schema_keys.key_fields(schema)
    absent = _absent_masks(len(table), len(labels), read)
    default_missing = schema.get("missingValues", [""])
    blanks = np.zeros(len(table), dtype=np.int32)
    cell_findings: list[Finding | _Pending] = []
    keys: dict[str, Any] = {}
    for i, (field, column) in enumerate(zip(expected, columns)):
        in_schema = paired[i] is not None
        missing = field.get("missingValues", default_missing if in_schema else [""])
        need_key = bool(field.get("constraints", {}).get("unique")) or field["name"] in key_names
        facts = _facts(table, column) if absent.get(i) is None and not need_key else None
        found, key, blank = _check_field(table[column], field, missing, absent.get(i), need_key, facts, first)
        blanks += blank
        keys[field["name"]] = key
        cell_findings += found
    blank_rows = blanks == len(labels) if labels else np.zeros(len(table), dtype=bool)
    built = [_build(item, blank_rows, first) if isinstance(item, _Pending) else item for item in cell_findings]
    built += [_drop_rows(f, blank_rows, first) for f in _ragged(read, len(labels), expected, columns)]
    _name_both(built, labels, paired)
    findings += built
    findings = [f for f in findings if f.count or f.code in ("schema.invalid-pattern", "schema.unsupported",
                                                              "schema.field-error",
                                                              "schema.pattern-timeout")]
    if blank_rows.any():
        findings.append(simple_finding("blank-row", None, (np.flatnonzero(blank_rows) + first).tolist()))
    findings += _primary_key(schema, expected, keys, len(table), first)
    findings += schema_keys.foreign_keys(schema, keys, len(table), first)
    return findings


class _Pending(NamedTuple):
    """Failing cells of one column and rule, made a Finding once blank rows are known (they report only blank-row)."""

    kind: str
    field: dict
    column: str
    constraint: str | None
    mask: np.ndarray
    raw: Any


def _build(item: _Pending, blank_rows: np.ndarray, first: int) -> Finding:
    mask = item.mask & ~blank_rows if blank_rows.any() else item.mask
    return cell_finding(item.kind, item.field, item.column, item.constraint, mask, item.raw, first)


def _name_both(findings: list[Finding], labels: list[str], paired: list[dict | None]) -> None:
    """Where the schema's field and the file's column at one position differ, every message names both."""
    where = {f["name"]: (number, label) for number, (label, f) in enumerate(zip(labels, paired), start=1)
             if f is not None and label and label != f["name"]}
    for finding in findings:
        if finding.column not in where:
            continue
        number, label = where[finding.column]
        other = labels.index(finding.column) + 1 if finding.column in labels else None
        for lang in ("fr", "en"):
            elsewhere = t("schema.position_elsewhere", lang, field=finding.column, other=other) if other else ""
            note = t("schema.position_note", lang, number=number, field=finding.column, label=label, elsewhere=elsewhere)
            if lang == "fr":
                finding.message_fr += " " + note
            else:
                finding.message_en += " " + note


def _names(names: list[str]) -> str:
    shown = ", ".join(f"« {n} »" for n in names[:6])
    return shown + (" …" if len(names) > 6 else "")


def _raw_labels(columns: list[str]) -> list[str]:
    """Header labels as frictionless reads them: undo the reader's `colonne_N` and `name_2` renamings."""
    labels: list[str] = []
    for i, name in enumerate(columns):
        if name == f"colonne_{i + 1}":
            labels.append("")
            continue
        match = re.fullmatch(r"(.+)_(\d+)", name)
        labels.append(match.group(1) if match and match.group(1) in labels else name)
    return labels


def _unsupported(schema: dict, fields: list[dict]) -> list[Finding]:
    """An info finding naming every schema feature this studio does not check (never silently ignored)."""
    names: list[str] = [k for k in schema if k not in _SCHEMA_KEYS]
    if schema.get("fieldsMatch", "exact") == "exact" and "fieldsMatch" in names:
        names.remove("fieldsMatch")
    for field in fields:
        ftype = field.get("type") or "string"
        extra = [k for k in field if k not in _FIELD_KEYS]
        if ftype not in types.SUPPORTED_TYPES:
            extra.append(f"type {ftype}")
        elif ftype == "string" and (field.get("format") or "default") not in types.STRING_FORMATS:
            extra.append(f"format {field['format']}")
        extra += [f"constraint {c}" for c in field.get("constraints", {}) if c not in _CONSTRAINTS]
        names += [f"{field.get('name')}: {e}" for e in extra]
    names += schema_keys.external(schema)
    if not names:
        return []
    return [simple_finding("unsupported", None, [], severity="info", count=0, features=", ".join(names))]


def _field_errors(fields: list[dict]) -> list[Finding]:
    """field-error: a Table Schema constraint the field's type does not allow (minLength on an integer...)."""
    out = []
    for field in fields:
        ftype = field.get("type") or "string"
        if ftype not in types.SUPPORTED_TYPES:
            continue
        allowed = types.constraints_of(ftype)
        for name in field.get("constraints") or {}:
            if name in _CONSTRAINTS and name not in allowed:
                types_allowed = sorted(t for t in types.SUPPORTED_TYPES if name in types.constraints_of(t))
                out.append(simple_finding("field-error", field["name"], [], count=1, constraint=name, rule=name, type=ftype,
                                          allowed=", ".join(types_allowed)))
    return out


def _absent_masks(n_rows: int, n_labels: int, read: ReadInfo | None) -> dict[int, np.ndarray]:
    """Per column position, the rows too short to have that cell (frictionless: missing-cell, value None)."""
    masks: dict[int, np.ndarray] = {}
    for row, n_fields in (read.ragged_rows if read is not None else ()):
        for col in range(n_fields, n_labels):
            masks.setdefault(col, np.zeros(n_rows, dtype=bool))[row - 2] = True
    return masks


def _ragged(read: ReadInfo | None, n_labels: int, expected: list[dict], columns: list[str]) -> list[Finding]:
    """missing-cell per column for short rows; extra-cell for cells beyond the header."""
    if read is None or not read.ragged_rows:
        return []
    out: list[Finding] = []
    shift = read.header_row  # ragged_rows count from the header; lines above it count in the file
    short = [(r + shift, n) for r, n in read.ragged_rows if n < n_labels]
    for col in range(n_labels):
        rows = [r for r, n in short if n <= col]
        if rows:
            out.append(simple_finding("missing-cell", expected[col]["name"], rows))
    extra = [r + shift for r, n in read.ragged_rows for _ in range(max(0, n - n_labels))]
    if extra:
        out.append(simple_finding("extra-cell", None, extra))
    return out


def _drop_rows(finding: Finding, blank_rows: np.ndarray, first: int = 2) -> Finding:
    """A blank row reports only blank-row (frictionless replaces the row's other errors)."""
    if not blank_rows.any() or not finding.rows or finding.rows == [first - 1]:
        return finding
    keep = [r for r in finding.rows if not blank_rows[r - first]]
    if len(keep) == len(finding.rows):
        return finding
    finding.rows, finding.count = keep, len(keep)
    return finding


def _arrow(series: pd.Series) -> pa.Array:
    arr = pa.array(series.array) if not isinstance(series.array, np.ndarray) else pa.array(series.astype(str))
    arr = one_array(arr)
    return arr if pa.types.is_string(arr.type) or pa.types.is_large_string(arr.type) else arr.cast(pa.string())


def _facts(table: pd.DataFrame, column: str) -> ColumnFacts | None:
    """The column's shared facts when it holds few distinct values (checked once per distinct value)."""
    if str(table[column].dtype) != "str":
        return None
    facts = column_facts(table, column)
    return facts if facts.codes is not None else None


def _check_field(series: pd.Series, field: dict, missing: list[str], absent: np.ndarray | None,
                 need_key: bool, facts: ColumnFacts | None = None, first: int = 2
                 ) -> tuple[list[Finding | _Pending], Any, np.ndarray]:
    """Type and constraint findings of one column, its comparable keys, and its blank-cell mask.

    With `facts` (no short rows, no key needed), every test runs once per distinct value and the
    masks are spread to the rows: the same answers, as every test reads one cell at a time.
    """
    arr = facts.units if facts is not None else _arrow(series)
    raw = facts.arr if facts is not None else arr
    spread = facts.per_row if facts is not None else (lambda mask: mask)
    name = str(field["name"])
    is_missing = pc.is_in(arr, value_set=pa.array([str(m) for m in missing], type=arr.type)).to_numpy(
        zero_copy_only=False) if missing else np.zeros(len(arr), dtype=bool)
    if absent is not None:
        is_missing = is_missing | absent
    present = ~is_missing
    parsed = types.parse(arr, field, present)
    ok = present & ~parsed.bad
    out: list[Finding | _Pending] = []
    if parsed.bad.any():
        out.append(_Pending("type-error", field, name, None, spread(parsed.bad), raw))
    for constraint, unit_mask in (parsed.items or {}).items():
        item_mask = parsed.per_row(unit_mask) & ok
        if item_mask.any():
            item = {**field["arrayItem"], "name": name}
            out.append(_Pending("constraint-error", item, name, constraint, spread(item_mask), raw))
    constraints = field.get("constraints", {})
    if constraints.get("required") and is_missing.any():
        out.append(_Pending("constraint-error", field, name, "required", spread(is_missing), None))
    for constraint in ("minLength", "maxLength", "pattern", "enum") + _BOUNDS:
        if constraint not in constraints or constraint not in types.constraints_of(field.get("type") or "string"):
            continue
        mask = _violations(arr, field, constraint, parsed, ok, out)
        if mask is not None and mask.any():
            out.append(_Pending("constraint-error", field, name, constraint, spread(mask), raw))
    key = _keys(arr, field, parsed, ok) if need_key else None
    if constraints.get("unique"):
        dup = pd.Series(key).duplicated(keep="first").to_numpy() & ok
        if dup.any():
            out.append(_Pending("unique-error", field, name, "unique", dup, arr))
    return out, key, spread(is_missing).astype(np.int32)


def _violations(arr: pa.Array, field: dict, constraint: str, parsed: types.Parsed, ok: np.ndarray,
                out: list[Finding]) -> np.ndarray | None:
    """Rows (among well-typed, present cells) breaking one constraint."""
    value = field["constraints"][constraint]
    ftype = field.get("type") or "string"
    if constraint == "pattern":
        if ftype != "string":
            return None
        return _pattern(arr, value, field, out) & ok
    if constraint in ("minLength", "maxLength"):
        if ftype == "string":
            lengths = pc.utf8_length(arr).to_numpy(zero_copy_only=False)
        else:
            unit = np.array([len(v) if v is not None else 0 for v in parsed.values])
            lengths = unit if parsed.codes is None else unit[parsed.codes]
        return ((lengths < value) if constraint == "minLength" else (lengths > value)) & ok
    if constraint == "enum":
        return _enum(arr, field, value, parsed) & ok
    limit = types.parse_constraint(field, value)
    if limit is None:
        return None
    if ftype in types.NUMERIC_TYPES:
        values = parsed.values
        with np.errstate(invalid="ignore"):
            good = {"minimum": values >= limit, "maximum": values <= limit,
                    "exclusiveMinimum": values > limit, "exclusiveMaximum": values < limit}[constraint]
        return ~good & ok
    unit = np.array([_compare(v, limit, constraint) for v in parsed.values], dtype=bool)
    return ~parsed.per_row(unit) & ok if len(unit) else np.zeros(len(arr), dtype=bool)


def _compare(value: Any, limit: Any, constraint: str) -> bool:
    if value is None:
        return True
    try:
        return {"minimum": value >= limit, "maximum": value <= limit,
                "exclusiveMinimum": value > limit, "exclusiveMaximum": value < limit}[constraint]
    except TypeError:
        return False


def _enum(arr: pa.Array, field: dict, allowed: list, parsed: types.Parsed) -> np.ndarray:
    ftype = field.get("type") or "string"
    if ftype == "string":
        return ~pc.is_in(arr, value_set=pa.array([str(v) for v in allowed], type=arr.type)).to_numpy(zero_copy_only=False)
    parsed_allowed = [types.parse_constraint(field, v) for v in allowed]
    if ftype in types.NUMERIC_TYPES:
        return ~np.isin(parsed.values, np.array([v for v in parsed_allowed if v is not None], dtype=float))
    unit = np.array([v in parsed_allowed for v in parsed.values], dtype=bool)
    return ~parsed.per_row(unit) if len(unit) else np.zeros(len(arr), dtype=bool)


def _pattern(arr: pa.Array, pattern: str, field: dict, out: list[Finding]) -> np.ndarray:
    """The pattern must match the whole value (XML Schema semantics: with `a|b`, `ab` is invalid; frictionless
    anchors as `^a|b$` and accepts it). RE2 first, Python `re` if RE2 refuses."""
    try:
        compiled = re.compile(f"(?:{pattern})")
    except re.error as exc:
        out.append(simple_finding("invalid-pattern", field["name"], [], count=0, error=str(exc)))
        return np.zeros(len(arr), dtype=bool)
    digits = _DIGITS_ONLY.fullmatch(pattern)
    if digits and not arr.null_count:  # `^\d{14}$` (SIRET): length and digits tests answer as RE2, faster
        return ~(_lengths(arr) == int(digits.group(1))) | ~np.asarray(
            pc.ascii_is_decimal(arr).to_numpy(zero_copy_only=False), dtype=bool)
    try:
        return ~pc.match_substring_regex(arr, "^(?:" + pattern + ")$").to_numpy(zero_copy_only=False)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):  # lookahead, backreference: timed (schema_pattern)
        from viz.checks.schema_pattern import timed_pattern
        return timed_pattern(arr, pattern, field, out)


def _lengths(arr: pa.Array) -> np.ndarray:
    """Bytes per cell (a text of N ASCII digits has N bytes)."""
    return np.asarray(pc.binary_length(arr).to_numpy(zero_copy_only=False))


def _keys(arr: pa.Array, field: dict, parsed: types.Parsed, ok: np.ndarray) -> np.ndarray:
    """Comparable values for unique and primary key: parsed values, None where missing or ill-typed."""
    ftype = field.get("type") or "string"
    if ftype in types.NUMERIC_TYPES:
        keys = parsed.values.astype(object)
    elif isinstance(parsed.values, (pa.Array, pa.ChunkedArray)):
        keys = np.asarray(parsed.values.to_numpy(zero_copy_only=False), dtype=object)
    elif parsed.codes is None:
        keys = np.asarray(parsed.values, dtype=object).copy()
    else:
        canon = np.array([repr(v) for v in parsed.values], dtype=object)
        keys = canon[parsed.codes] if len(canon) else np.full(len(arr), None, dtype=object)
    keys[~ok] = None
    return keys


def _pk(schema: dict) -> list[str]:
    pk = schema.get("primaryKey") or []
    return [pk] if isinstance(pk, str) else list(pk)


def _primary_key(schema: dict, expected: list[dict], keys: dict[str, Any], n_rows: int, first: int = 2) -> list[Finding]:
    """primary-key: rows whose key cells are all empty, and the second and later copies of a key."""
    pk = _pk(schema)
    if not pk or not set(pk) <= {f["name"] for f in expected}:
        return []
    frame = pd.DataFrame({name: keys[name] for name in pk})
    all_none = frame.isna().all(axis=1).to_numpy()
    dup = frame.duplicated(keep="first").to_numpy() & ~all_none
    bad = all_none | dup
    if not bad.any():
        return []
    return [simple_finding("primary-key", ", ".join(pk), (np.flatnonzero(bad) + first).tolist(), constraint="primaryKey")]
