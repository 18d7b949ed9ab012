"""JSON: a list of records, or the `data` / `records` / `results` arrays that open-data APIs return."""
from __future__ import annotations

import json

import pandas as pd

from viz.io.errors import LoadError
from viz.io.sniff import detect_encoding

_ARRAY_KEYS = ("data", "records", "results", "items", "features", "rows", "values")


def _decode(data: bytes) -> object:
    encoding = detect_encoding(data)
    text = data.decode("utf-8-sig" if encoding in ("utf-8", "utf-8-sig") else "cp1252", errors="replace")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise LoadError("io.json.malformed", line=exc.lineno, col=exc.colno, error=exc.msg) from exc
    except RecursionError as exc:
        raise LoadError("io.json.too_deep") from exc


def find_records(doc: object) -> tuple[list, str]:
    """The list of records in a JSON document, and where it was found (for the notes)."""
    if isinstance(doc, list):
        return doc, ""
    if isinstance(doc, dict):
        for key in _ARRAY_KEYS:
            if isinstance(doc.get(key), list):
                return doc[key], key
        arrays = [k for k, v in doc.items() if isinstance(v, list) and v and isinstance(v[0], dict)]
        if len(arrays) == 1:
            return doc[arrays[0]], arrays[0]
        if doc and all(isinstance(v, dict) for v in doc.values()):
            return [{"cle": k, **v} for k, v in doc.items()], ""
    raise LoadError("io.json.no_records")


def _cell(value: object) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _flatten(record: dict) -> dict[str, str]:
    """One level of nesting becomes `parent.child`; values as text, exactly as written (20 stays 20)."""
    out: dict[str, str] = {}
    for key, value in record.items():
        if isinstance(value, dict) and value:
            for sub, inner in value.items():
                out[f"{key}.{sub}"] = _cell(inner)
        else:
            out[str(key)] = _cell(value)
    return out


def records_table(records: list) -> pd.DataFrame:
    """Records (dicts; nested dicts flattened one level as `a.b`) as a text table."""
    if not records:
        raise LoadError("io.json.no_records")
    bad = next((i for i, r in enumerate(records) if not isinstance(r, dict)), None)
    if bad is not None:
        raise LoadError("io.json.not_object", index=bad + 1)
    flat = [_flatten(r) for r in records]
    return pd.DataFrame(flat, dtype=object).fillna("").astype("str")


def read_json(data: bytes) -> tuple[pd.DataFrame, list[tuple]]:
    """Read a JSON document into a text table (one row per record)."""
    records, key = find_records(_decode(data))
    notes = [("io.note.json_key", {"key": key})] if key else []
    return records_table(records), notes
