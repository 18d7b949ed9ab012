"""How a file's header pairs with a schema's fields: `fieldsMatch` exact (by position) or by name.

Table Schema (v2) `fieldsMatch`: `exact` pairs labels and fields by order; `equal`, `subset`,
`superset` and `partial` pair them by name, in any order, and differ in what they tolerate:
subset/partial accept labels no field pairs with, superset/partial accept missing fields
(unless required or in the primary key), partial needs at least one label to pair.
"""
from __future__ import annotations

from viz.checks.schema_report import simple_finding
from viz.findings import Finding

MODES = ("exact", "equal", "subset", "superset", "partial")
_EXTRA_OK = ("subset", "partial")
_MISSING_OK = ("superset", "partial")


def mode_of(schema: dict) -> str:
    """The schema's fieldsMatch (exact when absent or unknown)."""
    mode = schema.get("fieldsMatch", "exact")
    return mode if mode in MODES else "exact"


def pair(labels: list[str], fields: list[dict], mode: str) -> list[dict | None]:
    """Per label position, the field it pairs with (None: no field)."""
    if mode == "exact":
        return [fields[i] if i < len(fields) else None for i in range(len(labels))]
    by_name = {f["name"]: f for f in fields}
    paired: list[dict | None] = []
    for i, label in enumerate(labels):
        paired.append(by_name.get(label) if label not in labels[:i] else None)
    return paired


def header_findings(labels: list[str], fields: list[dict], mode: str, primary_key: list[str],
                    line: int = 1) -> list[Finding]:
    """extra-label, missing-label, blank/duplicate/incorrect-label (exact) and unmatched-header (partial)."""
    if mode == "exact":
        return _exact(labels, fields, line)
    paired = pair(labels, fields, mode)
    out: list[Finding] = []
    if mode not in _EXTRA_OK:
        out += [simple_finding("extra-label", label, [line], number=number)
                for number, (label, field) in enumerate(zip(labels, paired), start=1) if field is None]
    if mode == "partial" and fields and not any(paired):
        out.append(simple_finding("unmatched-header", None, [line], found=", ".join(labels[:6]),
                                  expected=", ".join(f["name"] for f in fields[:6]), title=""))
    missing = [f for f in fields if f["name"] not in labels]
    if mode in _MISSING_OK:
        missing = [f for f in missing if (f.get("constraints") or {}).get("required") or f["name"] in primary_key]
    out += [simple_finding("missing-label", field["name"], [line], number=len(labels) + offset + 1)
            for offset, field in enumerate(missing)]
    out += [simple_finding("duplicate-label", label, [line], number=number, label=label)
            for number, label in enumerate(labels, start=1) if label and label in labels[:number - 1]]
    return out


def _exact(labels: list[str], fields: list[dict], line: int) -> list[Finding]:
    """Positional comparison, as frictionless' default."""
    out: list[Finding] = []
    for number in range(len(fields) + 1, len(labels) + 1):
        out.append(simple_finding("extra-label", labels[number - 1], [line], number=number))
    for offset, field in enumerate(fields[len(labels):]):
        out.append(simple_finding("missing-label", field["name"], [line], number=len(labels) + offset + 1))
    for number, (field, label) in enumerate(zip(fields, labels), start=1):
        if not label:
            out.append(simple_finding("blank-label", field["name"], [line], number=number))
        elif label in labels[:number - 1]:
            out.append(simple_finding("duplicate-label", field["name"], [line], number=number, label=label))
        elif label != field["name"]:
            out.append(simple_finding("incorrect-label", field["name"], [line], number=number,
                                      label=label))
    return out
