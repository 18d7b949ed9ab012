"""Findings of every chunk made into the findings of the whole file: one per (code, column, constraint), rows
joined in file order, counts summed, the message written again from its template for the whole count."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

import numpy as np

from viz.findings import SEVERITIES, Finding
from viz.fmt import number
from viz.i18n import t


def _key(finding: Finding) -> tuple:
    return finding.code, finding.column, finding.constraint


def table_level(finding: Finding, first_data_row: int) -> bool:
    """A finding about the header or the schema itself (no data row): every chunk repeats it."""
    return finding.code != "quality.empty_column" and bool(np.all(np.asarray(finding.rows) < first_data_row))


def compact(findings: list[Finding]) -> list[Finding]:
    """Row numbers kept as int64 arrays (8 bytes a row, not a Python int each) while the file is read."""
    for finding in findings:
        finding.rows = np.asarray(finding.rows, dtype=np.int64)
    return findings


def as_json(finding: Finding, lang: str) -> dict[str, Any]:
    """finding.to_dict(lang) with the row numbers left as an array (orjson writes it without Python ints)."""
    return {"code": finding.code, "severity": finding.severity, "column": finding.column,
            "rows": np.asarray(finding.rows, dtype=np.int64), "count": int(finding.count or 0),
            "message": finding.message(lang)}


def _params(template: tuple, lang: str, rows: list[int], count: int) -> dict:
    """The template's parameters of `lang` with everything that depends on the rows written again."""
    from viz.checks.quality_base import first_rows
    from viz.checks.schema_report import _values_text, rows_text
    key, fr, en = template
    params = dict(fr if lang == "fr" else en)
    if key.startswith("schema."):
        params["count"] = count
        if "rows" in params:
            params["rows"] = rows_text(rows, lang)
        if "values" in params:
            params["values"] = _values_text(count, lang)
    else:
        params["count"] = number(count, lang, 0)
        if "first" in params:
            params["first"] = first_rows(rows)
        if "row" in params and rows:
            params["row"] = rows[0]
    return params


_EXAMPLE_START = {"fr": re.compile(r" (?=Ligne \d+ :)"), "en": re.compile(r" (?=Row \d+:)")}
_EXAMPLES = 3  # viz.checks.coordinates.EXAMPLES: the rows a coordinate or INSEE finding describes


def _examples(parts: list[Finding], lang: str) -> str | None:
    """The first three `Ligne N : …` examples of all parts (each part describes its own first rows)."""
    sentences: list[str] = []
    for part in parts:
        text = (part.template[1] if lang == "fr" else part.template[2]).get("examples") if part.template else None
        if not isinstance(text, str):
            return None
        sentences += [s for s in _EXAMPLE_START[lang].split(text) if s]
        if len(sentences) >= _EXAMPLES:
            break
    return " ".join(sentences[:_EXAMPLES])


def _joined(parts: list[Finding]) -> Finding:
    """One finding from its parts in file order."""
    head = parts[0]
    if len(parts) == 1:
        return head
    rows = np.concatenate([np.asarray(p.rows, dtype=np.int64) for p in parts])
    count = sum(int(p.count or 0) for p in parts)
    severity = min((p.severity for p in parts), key=SEVERITIES.index)
    merged = replace(head, rows=rows, count=count, severity=severity)
    if head.template is not None:
        key = head.template[0]
        fr, en = _params(head.template, "fr", rows, count), _params(head.template, "en", rows, count)
        if "examples" in fr:
            fr["examples"], en["examples"] = _examples(parts, "fr") or fr["examples"], _examples(parts, "en") or en["examples"]
        merged.template = (key, fr, en)
        merged.message_fr = t(key, "fr", **fr) + _suffix(head, "fr")
        merged.message_en = t(key, "en", **en) + _suffix(head, "en")
    return merged


def _suffix(finding: Finding, lang: str) -> str:
    """What a check added after the templated message (a schema finding names both columns when they differ)."""
    key, fr, en = finding.template
    written = t(key, lang, **(fr if lang == "fr" else en))
    message = finding.message(lang)
    return message[len(written):] if message.startswith(written) else ""


def merge(chunks: list[list[Finding]], total_rows: int, filled: dict[str, int] | None = None) -> list[Finding]:
    """The whole file's findings from each chunk's (already at their file rows), in order of first appearance.

    An empty column is empty only when every chunk says so (its count is then every row of the file);
    `filled` (non-empty cells per column) gives a placeholder finding its share of the whole column."""
    groups: dict[tuple, list[Finding]] = {}
    for findings in chunks:
        for finding in findings:
            groups.setdefault(_key(finding), []).append(finding)
    out = []
    for key, parts in groups.items():
        if key[0] == "quality.empty_column":
            if len(parts) == len(chunks):
                out.append(_whole_column(parts[0], total_rows))
            continue
        merged = _joined(parts)
        if len(parts) > 1 and key[0] in _ADJUST:
            _ADJUST[key[0]](merged, parts, (filled or {}).get(str(key[1]), 0))
        out.append(merged)
    return out


def _rerender(finding: Finding, **changes: Any) -> None:
    """Write the messages again with some of the template's parameters changed (both languages)."""
    if finding.template is None:
        return
    key, fr, en = finding.template
    fr, en = {**fr, **changes}, {**en, **changes}
    finding.template = (key, fr, en)
    finding.message_fr, finding.message_en = t(key, "fr", **fr), t(key, "en", **en)


def _whitespace(merged: Finding, parts: list[Finding], _filled: int) -> None:
    """Spaces at the edges, doubled and non-breaking: summed over the chunks."""
    sums = {k: sum(int(p.details.get(k, 0)) for p in parts) for k in ("edges", "double", "nbsp")}
    merged.details = {**merged.details, **sums}
    merged.severity = "warning" if sums["edges"] else "info"
    _rerender(merged, **sums)


def _unknown_code(merged: Finding, parts: list[Finding], _filled: int) -> None:
    """Codes found nowhere: the first three of all chunks' (each chunk keeps its 50 smallest, sorted)."""
    distinct = sorted({v for p in parts for v in p.details.get("examples", [])})
    merged.details = {**merged.details, "examples": distinct[:50]}
    _rerender(merged, shown=", ".join(f"« {v} »" for v in distinct[:3]))


def _placeholder(merged: Finding, parts: list[Finding], filled: int) -> None:
    """Placeholder words of every chunk, and their share of the whole column's filled cells."""
    from viz.dataset import Step
    words = sorted({w for p in parts for w in p.details.get("values", [])})
    merged.details = {**merged.details, "values": words}
    if merged.fix is not None:
        merged.fix = Step.new("blank_placeholders", merged.column, values=words, label_fr=merged.fix.label_fr,
                              label_en=merged.fix.label_en)
    share = round(100 * int(merged.count or 0) / max(1, filled))
    _rerender(merged, shown=", ".join(f"« {w} »" for w in words[:5]), share=share)


_ADJUST = {"quality.whitespace": _whitespace, "quality.unknown_code": _unknown_code,
           "quality.placeholder": _placeholder}


def _whole_column(finding: Finding, rows: int) -> Finding:
    """An empty-column finding counted over the whole file."""
    merged = replace(finding, count=rows)
    if finding.template is not None:
        merged.message_fr = t(finding.template[0], "fr", **_params(finding.template, "fr", [], rows))
        merged.message_en = t(finding.template[0], "en", **_params(finding.template, "en", [], rows))
    return merged
