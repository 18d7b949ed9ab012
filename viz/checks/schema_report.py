"""Turn masks of failing cells into Findings with plain French (and English) explanations."""
from __future__ import annotations

import re
from typing import Any

import numpy as np

from viz.checks.schema_types import field_format
from viz.findings import Finding
from viz.i18n import t

_SHOWN_ROWS = 8
_PATTERN_HINTS = (
    (re.compile(r"^\^?\\d\{(\d+)\}\$?$"), ("exactement {0} chiffres", "exactly {0} digits")),
    (re.compile(r"^\^?\[0-9\]\{(\d+)\}\$?$"), ("exactement {0} chiffres", "exactly {0} digits")),
    (re.compile(r"^\^?\\d\{(\d+),(\d+)\}\$?$"), ("de {0} à {1} chiffres", "{0} to {1} digits")),
)
_DATE_EXAMPLE = {"%Y-%m-%d": "2024-03-31", "%d/%m/%Y": "31/03/2024", "%d/%m/%y": "31/03/24", "%Y%m%d": "20240331"}


def rows_text(rows: list[int], lang: str) -> str:
    """`lignes 4, 9, 12 et 40 autres`: the first rows in full, then how many more."""
    from viz.fmt import number
    shown = ", ".join(number(r, "fr", 0) for r in rows[:_SHOWN_ROWS])  # thin-space groups: the commas stay a list
    if len(rows) <= _SHOWN_ROWS:
        return t("schema.rows", lang, rows=shown)
    return t("schema.rows_more", lang, rows=shown, more=number(len(rows) - _SHOWN_ROWS, lang, 0))


def _values_text(count: int, lang: str) -> str:
    return t("schema.values_one", lang) if count == 1 else t("schema.values_many", lang, count=count)


def _fmt_human(fmt: str) -> str:
    return fmt.replace("%Y", "AAAA").replace("%m", "MM").replace("%d", "JJ").replace("%H", "hh").replace(
        "%M", "mm").replace("%S", "ss").replace("%y", "AA")


def expected_text(field: dict, lang: str) -> str:
    """What a cell of this field must look like, in words."""
    ftype, fmt = field.get("type") or "string", field_format(field)
    if ftype == "string":
        return t(f"schema.expect.{fmt if fmt in ('email', 'uri', 'uuid', 'binary') else 'string'}", lang)
    if ftype == "number":
        group = field.get("groupChar", "")
        decimal = field.get("decimalChar", ".")
        return t("schema.expect.number", lang, decimal=decimal, example=f"1{group}234{decimal}56",
                 group=t("schema.expect.number_group", lang, group=group) if group else "")
    if ftype == "boolean":
        values = field.get("trueValues", ["true", "True", "TRUE", "1"]) + field.get("falseValues", ["false", "False", "FALSE", "0"])
        return t("schema.expect.boolean", lang, values=", ".join(f"« {v} »" for v in values))
    if ftype in ("date", "datetime", "time"):
        default = {"date": "%Y-%m-%d", "datetime": "%Y-%m-%dT%H:%M:%S", "time": "%H:%M:%S"}[ftype]
        pattern = default if fmt in ("default", "any") else fmt
        example = {"date": _DATE_EXAMPLE.get(pattern, "2024-03-31"), "datetime": "2024-03-31T14:05:00",
                   "time": "14:05:00"}[ftype]
        return t(f"schema.expect.{ftype}", lang, format=_fmt_human(pattern) if lang == "fr" else pattern, example=example)
    if ftype == "geopoint":
        example = {"array": "[2.35, 48.85]", "object": '{"lon": 2.35, "lat": 48.85}'}.get(fmt, "2.35,48.85")
        return t("schema.expect.geopoint", lang, format=fmt, example=example)
    if ftype == "geojson":
        return t("schema.expect.topojson" if fmt == "topojson" else "schema.expect.geojson", lang)
    if ftype == "list":
        return t("schema.expect.list", lang, delimiter=field.get("delimiter", ","))
    return t(f"schema.expect.{ftype}", lang)


def pattern_hint(pattern: str, lang: str) -> str:
    """A plain reading of common patterns (`^\\d{14}$` -> `exactement 14 chiffres`)."""
    for regex, (fr, en) in _PATTERN_HINTS:
        match = regex.match(pattern)
        if match:
            return " (" + (fr if lang == "fr" else en).format(*match.groups()) + ")"
    return ""


def _params(kind: str, field: dict, constraint: str | None, lang: str, count: int, example: str) -> dict[str, Any]:
    params: dict[str, Any] = {"values": _values_text(count, lang), "example": example}
    if kind == "type-error":
        params["expected"] = expected_text(field, lang)
    elif constraint == "pattern":
        params["pattern"] = field["constraints"]["pattern"]
        params["hint"] = pattern_hint(field["constraints"]["pattern"], lang)
    elif constraint == "enum":
        allowed = field["constraints"]["enum"]
        params["allowed"] = ", ".join(f"« {v} »" for v in allowed[:12]) + (" …" if len(allowed) > 12 else "")
    elif constraint:
        params["limit"] = field.get("constraints", {}).get(constraint)
    return params


def cell_finding(kind: str, field: dict, column: str, constraint: str | None, mask: np.ndarray,
                 raw: Any, first: int = 2) -> Finding:
    """One Finding for the cells of `column` flagged by `mask` (DataFrame positions -> row numbers)."""
    positions = np.flatnonzero(mask)
    rows = (positions + first).tolist()
    example = "" if raw is None or not len(positions) else str(raw[int(positions[0])].as_py())
    key = f"schema.{kind}" + (f".{constraint}" if kind == "constraint-error" else "")
    messages, params = {}, {}
    for lang in ("fr", "en"):
        params[lang] = dict(_params(kind, field, constraint, lang, len(rows), example), column=column, count=len(rows),
                            rows=rows_text(rows, lang))
        messages[lang] = t(key, lang, **params[lang])
    return Finding(code=f"schema.{kind}", severity="error", column=column, rows=rows, message_fr=messages["fr"],
                   message_en=messages["en"], count=len(rows), constraint=constraint,
                   details={"field": field.get("name")}, template=(key, params["fr"], params["en"]))


def simple_finding(kind: str, column: str | None, rows: list[int], severity: str = "error",
                   count: int | None = None, constraint: str | None = None, **params: Any) -> Finding:
    """A Finding whose message needs only simple parameters (header, rows, unsupported features)."""
    n = len(rows) if count is None else count
    filled = {lang: dict(params, column=column, count=n, rows=rows_text(rows, lang)) for lang in ("fr", "en")}
    messages = {lang: t(f"schema.{kind}", lang, **filled[lang]) for lang in ("fr", "en")}
    return Finding(code=f"schema.{kind}", severity=severity, column=column, rows=rows, message_fr=messages["fr"],
                   message_en=messages["en"], count=n, constraint=constraint,
                   template=(f"schema.{kind}", filled["fr"], filled["en"]))
