"""Table Schema types, read the way frictionless 5 reads them, but a whole column at a time.

Each type has a vectorised fast path (RE2 through pyarrow) that only accepts values frictionless
surely accepts; the remaining distinct values go through an exact Python port of frictionless'
value reader. So results match frictionless while a million well-formed cells cost milliseconds.
"""
from __future__ import annotations

import base64
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Callable

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

DEFAULT_TRUE = ["true", "True", "TRUE", "1"]
DEFAULT_FALSE = ["false", "False", "FALSE", "0"]
NUMERIC_TYPES = ("integer", "number")
STRING_FORMATS = ("default", "email", "uri", "uuid", "binary")
SUPPORTED_TYPES = ("string", "integer", "number", "boolean", "date", "datetime", "time", "year",
                   "yearmonth", "geopoint", "geojson", "array", "object", "duration", "any", "list")
CONSTRAINTS = {
    "string": ("required", "unique", "minLength", "maxLength", "pattern", "enum"),
    "array": ("required", "unique", "minLength", "maxLength", "enum"),
    "object": ("required", "unique", "minLength", "maxLength", "enum"),
    "list": ("required", "unique", "minLength", "maxLength"),
    "boolean": ("required", "unique", "enum"),
    "geopoint": ("required", "unique", "enum"),
    "geojson": ("required", "unique", "enum"),
    "duration": ("required", "unique", "enum"),
    "any": ("required", "unique", "enum"),
}
_ORDERED = ("required", "unique", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "enum")
_WS = r"[ \t]*"
_INT_FAST = "^" + _WS + r"[+-]?[0-9]+" + _WS + "$"
_NUM_FAST = r"^[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$"
_NUM_FAST_COMMA = _NUM_FAST.replace(r"\.", ",")  # the same numbers written with a decimal comma (and no dot)
_EMAIL_FAST = r"^[a-z0-9_+-]+(?:\.[a-z0-9_+-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}$"
_UUID_FAST = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$"
_DATE_FAST = r"^[1-9][0-9]{3}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])$"
_BARE = re.compile(r"((^[^-\d]*)|(\D*$))")
_PROFILES = Path(__file__).resolve().parent / "profiles"


def field_format(field: dict) -> str:
    """The field's format, without the `fmt:` prefix of Table Schema v0 (the spec says to strip it)."""
    fmt = field.get("format") or "default"
    return fmt[4:] if isinstance(fmt, str) and fmt.startswith("fmt:") else fmt


def constraints_of(ftype: str) -> tuple[str, ...]:
    """Constraint names frictionless supports for a field type (plus `unique`)."""
    return CONSTRAINTS.get(ftype, _ORDERED)


@dataclass
class Parsed:
    """A column read as its type: `bad` = type errors, `values` = parsed values per unit.

    Units are the rows themselves when `codes` is None, otherwise the distinct values
    (row i has unit codes[i]). `values` is a float array for numbers, else an object array.
    """

    bad: np.ndarray
    values: np.ndarray
    codes: np.ndarray | None = None
    items: dict[str, np.ndarray] | None = None  # array fields: per unit, items breaking an arrayItem constraint

    def per_row(self, unit_mask: np.ndarray) -> np.ndarray:
        """Broadcast a per-unit boolean to the rows."""
        return unit_mask if self.codes is None else unit_mask[self.codes]


def _match(arr: pa.Array, pattern: str, ignore_case: bool = False) -> np.ndarray:
    return pc.match_substring_regex(arr, pattern, ignore_case=ignore_case).to_numpy(zero_copy_only=False)


# Exact Python readers, ported from frictionless/fields/*.py (None means "type error")

def _read_integer(cell: str, bare: bool) -> Any:
    cell = cell.strip()
    if not bare:
        cell = _BARE.sub("", cell)
    try:
        return int(cell)
    except Exception:
        return None


def _read_number(cell: str, field: dict) -> Any:
    cell = cell.strip()
    if {"groupChar", "decimalChar", "bareNumber"} & set(field):
        if not field.get("bareNumber", True):
            cell = _BARE.sub("", cell)
        cell = cell.replace(field.get("groupChar", ""), "")
        decimal = field.get("decimalChar", ".")
        if decimal != "." and "." in cell:
            return None
        cell = cell.replace(decimal, ".")
    try:
        return Decimal(cell)
    except Exception:
        return None


def _read_datetime(cell: str, fmt: str) -> Any:
    from dateutil import parser
    if fmt == "default":
        if len(cell) < 19 or cell[16] != ":":
            return None
        return parser.isoparse(cell)
    if fmt == "any":
        return parser.parse(cell)
    return datetime.strptime(cell, fmt)


def _read_time(cell: str, fmt: str) -> Any:
    from dateutil import parser
    if fmt == "default":
        if len(cell) < 8 or cell[5] != ":":
            return None
        return parser.isoparse(f"2000-01-01T{cell}").timetz()
    if fmt == "any":
        return parser.parse(cell).timetz()
    return datetime.strptime(cell, fmt).timetz()


def _read_date(cell: str, fmt: str) -> Any:
    if fmt == "default":
        return datetime.strptime(cell, "%Y-%m-%d").date()
    if fmt == "any":
        from dateutil import parser
        return parser.parse(cell).date()
    return datetime.strptime(cell, fmt).date()


def _read_year(cell: str) -> Any:
    if len(cell) != 4:
        return None
    value = int(cell)
    return value if 0 <= value <= 9999 else None


def _read_yearmonth(cell: str) -> Any:
    year, month = cell.split("-")
    year, month = int(year), int(month)
    return None if month < 1 or month > 12 else (year, month)


def _read_geopoint(cell: str, fmt: str) -> Any:
    if fmt == "array":
        lon, lat = json.loads(cell)
    elif fmt == "object":
        obj = json.loads(cell)
        if len(obj) != 2:
            return None
        lon, lat = obj["lon"], obj["lat"]
    else:
        lon, lat = (part.strip() for part in cell.split(","))
    lon, lat = Decimal(lon), Decimal(lat)
    return None if not (-180 <= lon <= 180 and -90 <= lat <= 90) else (lon, lat)


@lru_cache(maxsize=2)
def _geojson_validator(fmt: str) -> Any:
    import jsonschema
    profile = json.loads((_PROFILES / f"{'topojson' if fmt == 'topojson' else 'geojson'}.json").read_text("utf-8"))
    return jsonschema.validators.validator_for(profile)(profile)


def _read_geojson(cell: str, fmt: str) -> Any:
    """A JSON object valid against the GeoJSON (or TopoJSON) profile frictionless uses."""
    value = json.loads(cell)
    if not isinstance(value, dict):
        return None
    if fmt in ("default", "topojson") and not _geojson_validator(fmt).is_valid(value):
        return None
    return value


def _read_json(cell: str, kind: type) -> Any:
    value = json.loads(cell)
    return value if isinstance(value, kind) else None


def _read_duration(cell: str) -> Any:
    import isodate
    return isodate.parse_duration(cell)


def _read_email(cell: str) -> Any:
    import validators
    return cell if validators.email(cell) else None


def _read_uuid(cell: str) -> Any:
    import validators
    return cell if validators.uuid(cell) else None


def _read_uri(cell: str) -> Any:
    import rfc3986
    from rfc3986 import exceptions, validators
    checker = validators.Validator().require_presence_of("scheme")
    try:
        checker.validate(rfc3986.uri_reference(cell))
    except exceptions.ValidationError:
        return None
    return cell


def _read_binary(cell: str) -> Any:
    base64.b64decode(cell)
    return cell


def value_reader(field: dict) -> Callable[[Any], Any]:
    """The exact per-value reader of a field (a port of frictionless'), None meaning type error."""
    ftype, fmt = field.get("type") or "string", field_format(field)
    readers: dict[str, Callable[[str], Any]] = {
        "integer": lambda c: _read_integer(c, field.get("bareNumber", True)),
        "number": lambda c: _read_number(c, field),
        "boolean": lambda c: _boolean_map(field).get(c),
        "date": lambda c: _read_date(c, fmt),
        "datetime": lambda c: _read_datetime(c, fmt),
        "time": lambda c: _read_time(c, fmt),
        "year": _read_year,
        "yearmonth": _read_yearmonth,
        "geopoint": lambda c: _read_geopoint(c, fmt),
        "geojson": lambda c: _read_geojson(c, fmt),
        "array": lambda c: _read_json(c, list),
        "object": lambda c: _read_json(c, dict),
        "duration": _read_duration,
        "any": lambda c: c,
        "list": lambda c: _read_list(c, field),
        "string": {"email": _read_email, "uuid": _read_uuid, "uri": _read_uri,
                   "binary": _read_binary}.get(fmt, lambda c: c),
    }
    base = readers.get(ftype, readers["string"])

    def read(cell: Any) -> Any:
        if not isinstance(cell, str):
            return cell if ftype in NUMERIC_TYPES and isinstance(cell, (int, float)) else None
        try:
            return base(cell)
        except Exception:
            return None
    return read


def _read_list(cell: str, field: dict) -> Any:
    item = value_reader({"name": "item", "type": field.get("itemType", "string")})
    items = [item(part) for part in cell.split(field.get("delimiter", ","))]
    return None if any(v is None for v in items) else items


def _boolean_map(field: dict) -> dict[str, bool]:
    mapping = {v: True for v in field.get("trueValues", DEFAULT_TRUE)}
    mapping.update({v: False for v in field.get("falseValues", DEFAULT_FALSE)})
    return mapping


def _residue(arr: pa.Array, fast_ok: np.ndarray, present: np.ndarray, reader: Callable) -> dict[str, Any]:
    """Exact reading of the distinct present values the fast path did not accept."""
    todo = present & ~fast_ok
    if not todo.any():
        return {}
    values = pc.unique(arr.filter(pa.array(todo))).to_pylist()
    return {v: reader(v) for v in values}


def _has_byte(arr: pa.Array, chars: bytes) -> bool:
    """Whether any of these bytes occurs in the text of a string array (bytes under a null may count)."""
    from viz.checks.quality_facts import array_bytes
    return any(np.isin(raw, np.frombuffer(chars, dtype=np.uint8)).any() for raw in array_bytes(arr))


def _comma_numbers(arr: pa.Array) -> tuple[pa.Array, np.ndarray, pa.Array]:
    """(text, fast mask, fast texts with a `.` for the cast) of a number field whose only option is
    `decimalChar: ","`: what the general path gives (trim, any `.` makes a text fail, `,` read as `.`, _NUM_FAST)
    without rewriting every text: _NUM_FAST with `,` for `.` on the texts as they are, then `,` made `.` only in the
    texts that passed."""
    text = pc.utf8_trim(arr, " \t") if _has_byte(arr, b" \t") else arr  # no space or tab anywhere: trim changes nothing
    fast = _match(text, _NUM_FAST_COMMA)
    return text, fast, pc.replace_substring(text.filter(pa.array(fast)), ",", ".")


def _numbers(arr: pa.Array, field: dict, present: np.ndarray) -> Parsed:
    """integer and number: RE2 fast path + float cast, exact Decimal/int on the rest."""
    ftype = field.get("type")
    text = arr
    if ftype == "number" and {k: field[k] for k in ("groupChar", "decimalChar", "bareNumber") if k in field} == {
            "decimalChar": ","} and not arr.null_count:
        text, fast, fast_text = _comma_numbers(arr)
        return _read_numbers(arr, field, present, fast & present, fast_text, fast)
    if ftype == "number" and {"groupChar", "decimalChar", "bareNumber"} & set(field):
        text = pc.utf8_trim(text, " \t")
        if not field.get("bareNumber", True):
            text = pc.replace_substring_regex(text, r"^[^-0-9]+", "")
            text = pc.replace_substring_regex(text, r"[^0-9]+$", "")
        if field.get("groupChar"):
            text = pc.replace_substring(text, field["groupChar"], "")
        decimal = field.get("decimalChar", ".")
        if decimal != ".":
            text = pc.if_else(pc.match_substring(text, "."), "x", pc.replace_substring(text, decimal, "."))
    elif ftype == "integer" and not field.get("bareNumber", True):
        text = pc.utf8_trim(text, " \t")
        text = pc.replace_substring_regex(pc.replace_substring_regex(text, r"^[^-0-9]+", ""), r"[^0-9]+$", "")
    else:
        text = pc.utf8_trim(text, " \t")
    fast = _match(text, _INT_FAST if ftype == "integer" else _NUM_FAST) & present
    return _read_numbers(arr, field, present, fast, pc.utf8_trim(text.filter(pa.array(fast)), " \t"))


def _read_numbers(arr: pa.Array, field: dict, present: np.ndarray, fast: np.ndarray, fast_text: pa.Array,
                  matched: np.ndarray | None = None) -> Parsed:
    """The values: `fast_text` (the texts where `matched`, default `fast`) cast to floats where `fast`, the exact
    reader on the others."""
    values = np.full(len(arr), np.nan)
    if fast.any():
        casted = np.asarray(pc.cast(fast_text, pa.float64()).to_numpy(zero_copy_only=False))
        values[fast] = casted if matched is None else casted[fast[matched]]
    bad = present & ~fast
    exact = _residue(arr, fast, present, value_reader(field))
    if exact:
        idx = np.flatnonzero(bad)
        parsed = [exact[v] for v in arr.take(pa.array(idx)).to_pylist()]
        ok = np.array([p is not None for p in parsed], dtype=bool)
        bad[idx[ok]] = False
        values[idx[ok]] = [float(p) for p, k in zip(parsed, ok) if k]
    return Parsed(bad=bad, values=values)


def _strings(arr: pa.Array, field: dict, present: np.ndarray) -> Parsed:
    """string: always valid by default; email/uuid through a fast regex then the exact validator."""
    fmt = field_format(field)
    values = arr
    if fmt == "default":
        return Parsed(bad=np.zeros(len(arr), dtype=bool), values=values)
    fast_pattern = {"email": _EMAIL_FAST, "uuid": _UUID_FAST}.get(fmt)
    fast = _match(arr, fast_pattern, ignore_case=fmt == "email") if fast_pattern else np.zeros(len(arr), bool)
    exact = _residue(arr, fast, present, value_reader(field))
    bad = np.zeros(len(arr), dtype=bool)
    if exact:
        bad_values = [v for v, parsed in exact.items() if parsed is None]
        if bad_values:
            bad = pc.is_in(arr, value_set=pa.array(bad_values, type=arr.type)).to_numpy(zero_copy_only=False)
            bad &= present
    return Parsed(bad=bad, values=values)


def _by_unique(arr: pa.Array, field: dict, present: np.ndarray) -> Parsed:
    """Types read value by value (dates, JSON...): each distinct value is read once."""
    encoded = pc.dictionary_encode(arr)
    codes = encoded.indices.to_numpy(zero_copy_only=False).astype(np.int64)
    reader = value_reader(field)
    uniq = encoded.dictionary.to_pylist()
    parsed = np.empty(len(uniq), dtype=object)
    ftype, fmt = field.get("type"), field_format(field)
    fast = np.zeros(len(uniq), dtype=bool)
    if ftype == "date" and fmt in ("default", "%Y-%m-%d") and uniq:
        fast = _match(encoded.dictionary, _DATE_FAST)
    for i, value in enumerate(uniq):
        parsed[i] = date(int(value[:4]), int(value[5:7]), int(value[8:10])) if fast[i] else reader(value)
    bad_unit = np.array([p is None for p in parsed], dtype=bool)
    items = None
    if ftype == "array" and isinstance(field.get("arrayItem"), dict) and len(uniq):
        from viz.checks.schema_items import array_items  # the item reader needs this module's readers
        item_bad, items = array_items(parsed, {**field["arrayItem"], "name": field.get("name")})
        bad_unit |= item_bad
    bad = (bad_unit[codes] if len(uniq) else np.zeros(len(arr), bool)) & present
    return Parsed(bad=bad, values=parsed, codes=codes, items=items)


def parse(arr: pa.Array, field: dict, present: np.ndarray) -> Parsed:
    """Read a column as its field's type; `present` marks cells that are not missing values."""
    ftype = field.get("type") or "string"
    if ftype in NUMERIC_TYPES:
        return _numbers(arr, field, present)
    if ftype == "string":
        return _strings(arr, field, present)
    if ftype == "boolean":
        mapping = _boolean_map(field)
        known = pc.is_in(arr, value_set=pa.array(list(mapping), type=arr.type)).to_numpy(zero_copy_only=False)
        trues = [v for v, b in mapping.items() if b]
        is_true = pc.is_in(arr, value_set=pa.array(trues, type=arr.type)).to_numpy(zero_copy_only=False)
        values = np.where(known, is_true, None).astype(object)
        return Parsed(bad=present & ~known, values=values)
    return _by_unique(arr, field, present)


def parse_constraint(field: dict, value: Any) -> Any:
    """A constraint value (minimum, enum item) read as the field's type, as frictionless does."""
    if isinstance(value, str) or (field.get("type") not in NUMERIC_TYPES and not isinstance(value, str)):
        result = value_reader(field)(value) if isinstance(value, str) else value
    else:
        result = value
    if field.get("type") in NUMERIC_TYPES and result is not None:
        return float(result)
    if field.get("type") == "year" and isinstance(value, int):
        return value
    return result
