"""The shape of a Table Schema, checked before any cell is read: types of every property, depth, size.

A schema is data from strangers: `"decimalChar": ""` would send the number reader into an endless loop,
`"constraints": "x"` or `"primaryKey": 3` would crash deep inside the checks. Each wrong shape is named
here, in French, with the field and the property, and the schema is refused before use.
"""
from __future__ import annotations

from typing import Any

from viz.i18n import t

MAX_SCHEMA_BYTES = 10_000_000  # the bundled schemas are under 100 KB; an enum of every commune is about 1 MB
MAX_DEPTH = 32
MAX_FIELDS = 10_000
_SCALAR = (str, int, float, bool, type(None))
_NESTED_TYPES = ("array", "object", "geopoint", "any")
_STRING_PROPS = ("format", "title", "description", "rdfType", "itemType")
_STRING_LISTS = ("missingValues", "trueValues", "falseValues")
_BOOL_CONSTRAINTS = ("required", "unique")
_LENGTHS = ("minLength", "maxLength")
_BOUNDS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")


class ShapeProblem(Exception):
    """One wrong shape: an i18n reason key and its parameters (the field, the property, what was found)."""

    def __init__(self, key: str, **params: Any) -> None:
        self.key, self.params = key, params
        super().__init__(key)

    def reason(self, lang: str = "fr") -> str:
        """The reason in words, with the found value's kind translated too."""
        params = dict(self.params)
        if "found" in params:
            params["found"] = t(f"safe.kind.{params['found']}", lang)
        if "why" in params:
            params["why"] = t(params["why"], lang)
        return t(self.key, lang, **params)


def kind_of(value: Any) -> str:
    """The JSON kind of a value: text, number, boolean, list, object, null."""
    if isinstance(value, bool):
        return "boolean"
    if value == "":
        return "empty"
    if isinstance(value, (int, float)):
        return "number"
    return {str: "text", list: "list", dict: "object"}.get(type(value), "null" if value is None else "other")


def depth(value: Any, limit: int = MAX_DEPTH) -> int:
    """Nesting depth of lists and objects (stops counting past `limit`), without recursion."""
    deepest, level = 0, [value]
    while level and deepest <= limit:
        children = [v for item in level if isinstance(item, (list, dict))
                    for v in (item.values() if isinstance(item, dict) else item)]
        if not any(isinstance(item, (list, dict)) for item in level):
            break
        deepest += 1
        level = children
    return deepest


def _fail(field: str | None, prop: str, reason: str, value: Any = None, **params: Any) -> None:
    key = "safe.schema.field_prop" if field is not None else "safe.schema.prop"
    raise ShapeProblem(key, field=field, prop=prop, why=reason, found=kind_of(value), **params)


def _string_list(value: Any, field: str | None, prop: str) -> None:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        bad = value if not isinstance(value, list) else next(v for v in value if not isinstance(v, str))
        _fail(field, prop, "safe.why.string_list", bad)


def _names(value: Any, field: str | None, prop: str) -> None:
    """A field name or a list of field names (primaryKey, foreign keys' fields)."""
    if isinstance(value, str) and value:
        return
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
        _fail(field, prop, "safe.why.names", value)


def _constraint(name: str, ftype: str, key: str, value: Any) -> None:
    """One constraint's value has the type its meaning needs."""
    if key in _BOOL_CONSTRAINTS and not isinstance(value, bool):
        _fail(name, f"constraints.{key}", "safe.why.boolean", value)
    if key in _LENGTHS and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
        _fail(name, f"constraints.{key}", "safe.why.length", value)
    if key == "pattern" and not isinstance(value, str):
        _fail(name, "constraints.pattern", "safe.why.text", value)
    if key in _BOUNDS and (isinstance(value, (bool, list, dict)) or value is None):
        _fail(name, f"constraints.{key}", "safe.why.bound", value)
    if key == "enum":
        if not isinstance(value, list):
            _fail(name, "constraints.enum", "safe.why.list", value)
        nested_ok = ftype in _NESTED_TYPES
        bad = next((v for v in value if not nested_ok and not isinstance(v, _SCALAR)), None)
        if bad is not None:
            _fail(name, "constraints.enum", "safe.why.enum_item", bad)


def _field(field: dict) -> None:
    """Every property of one field that the checks read."""
    name = str(field.get("name"))
    ftype = field.get("type") or "string"
    for prop in _STRING_PROPS:
        if prop in field and not isinstance(field[prop], str):
            _fail(name, prop, "safe.why.text", field[prop])
    for prop in _STRING_LISTS:
        if prop in field:
            _string_list(field[prop], name, prop)
    for prop in ("decimalChar", "delimiter"):
        if prop in field and (not isinstance(field[prop], str) or not field[prop]):
            _fail(name, prop, "safe.why.char", field[prop])
    if "groupChar" in field and not isinstance(field["groupChar"], str):
        _fail(name, "groupChar", "safe.why.text", field["groupChar"])
    if "bareNumber" in field and not isinstance(field["bareNumber"], bool):
        _fail(name, "bareNumber", "safe.why.boolean", field["bareNumber"])
    constraints = field.get("constraints", {})
    if not isinstance(constraints, dict):
        _fail(name, "constraints", "safe.why.object", constraints)
    for key, value in constraints.items():
        _constraint(name, ftype, key, value)


def check(schema: dict, size: int = 0) -> None:
    """Raise ShapeProblem naming the first property whose shape is wrong (fields are already a list of named
    objects with known types: viz.schemas checks that first)."""
    if size > MAX_SCHEMA_BYTES:
        raise ShapeProblem("safe.schema.too_big", size=f"{size / 1e6:.1f}".replace(".", ","),
                           limit=MAX_SCHEMA_BYTES // 1_000_000)
    if depth(schema) > MAX_DEPTH:
        raise ShapeProblem("safe.schema.too_deep", limit=MAX_DEPTH)
    if len(schema.get("fields", [])) > MAX_FIELDS:
        raise ShapeProblem("safe.schema.too_many_fields", count=len(schema["fields"]), limit=MAX_FIELDS)
    if "missingValues" in schema:
        _string_list(schema["missingValues"], None, "missingValues")
    if "primaryKey" in schema:
        _names(schema["primaryKey"], None, "primaryKey")
    for prop in ("fieldsMatch", "title", "name", "description"):
        if prop in schema and not isinstance(schema[prop], str):
            _fail(None, prop, "safe.why.text", schema[prop])
    if "foreignKeys" in schema:
        keys = schema["foreignKeys"]
        if not isinstance(keys, list) or not all(isinstance(k, dict) for k in keys):
            _fail(None, "foreignKeys", "safe.why.object_list", keys)
        for key in keys:
            _names(key.get("fields"), None, "foreignKeys.fields")
            reference = key.get("reference")
            if not isinstance(reference, dict):
                _fail(None, "foreignKeys.reference", "safe.why.object", reference)
            _names(reference.get("fields"), None, "foreignKeys.reference.fields")
            if not isinstance(reference.get("resource", ""), str):
                _fail(None, "foreignKeys.reference.resource", "safe.why.text", reference.get("resource"))
    for field in schema.get("fields", []):
        _field(field)
