"""JSON: a list of records, or the `data` / `records` / `results` arrays that open-data APIs return."""
from __future__ import annotations

import json

import pandas as pd

from viz.i18n import t
from viz.io.errors import LoadError
from viz.io.limits import MAX_COLUMNS, check_cells, check_columns
from viz.io.names import unique_names
from viz.io.sniff import detect_encoding

_ARRAY_KEYS = ("data", "records", "results", "items", "features", "rows", "values")


def _int_or_text(text: str) -> object:
    """An int, unless too long for Python to convert (over 4,300 digits): then kept as written."""
    return int(text) if len(text) <= 4000 else Number(text)


def _decode(data: bytes, exact_numbers: bool = True) -> object:
    """The JSON document; numbers kept as written (`exact_numbers`) or as Python numbers (GeoJSON)."""
    encoding = detect_encoding(data)
    text = data.decode("utf-8-sig" if encoding in ("utf-8", "utf-8-sig") else "cp1252", errors="replace")
    try:  # numbers kept as written: 20 stays 20, 1.10 stays 1.10, a 5,000-digit id is not converted
        if exact_numbers:
            return json.loads(text, parse_int=Number, parse_float=Number)
        return json.loads(text, parse_int=_int_or_text)
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


class Number(str):
    """A JSON number exactly as written (never converted: 1.10, 1e400 and 5,000-digit ids stay as they are)."""


def _dumps(value: object) -> str:
    """Nested JSON written back as json.dumps would, numbers as written."""
    if isinstance(value, Number):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(_dumps(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(str(k), ensure_ascii=False)}: {_dumps(v)}" for k, v in value.items()) + "}"
    return json.dumps(value, ensure_ascii=False)


def _cell(value: object) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return _dumps(value)
    return str(value)


def _flatten(record: dict) -> dict[tuple[str, ...], str]:
    """One level of nesting becomes the path (parent, child); values as text, exactly as written."""
    out: dict[tuple[str, ...], str] = {}
    for key, value in record.items():
        if isinstance(value, dict) and value:
            for sub, inner in value.items():
                out[(str(key), str(sub))] = _cell(inner)
        else:
            out[(str(key),)] = _cell(value)
    return out


def records_table(records: list) -> pd.DataFrame:
    """Records (dicts; nested dicts flattened one level as `a.b`) as a text table.

    Paths become names that never collide (`{"a.b": 1, "a": {"b": 2}}` gives `a.b` and `a.b_2`), and the
    width and size are capped while the records are walked, before any table is built.
    """
    if not records:
        raise LoadError("io.json.no_records")
    bad = next((i for i, r in enumerate(records) if not isinstance(r, dict)), None)
    if bad is not None:
        raise LoadError("io.json.not_object", index=bad + 1)
    paths: dict[tuple[str, ...], None] = {}
    flat = []
    for record in records:
        row = _flatten(record)
        paths.update(dict.fromkeys(row))
        if len(paths) > MAX_COLUMNS:
            check_columns(len(paths), t("io.guard.json"))
        flat.append(row)
    check_cells(len(flat), len(paths), t("io.guard.json"))
    names = dict(zip(paths, unique_names(".".join(p) for p in paths)))
    table = pd.DataFrame([{names[k]: v for k, v in row.items()} for row in flat], columns=list(names.values()),
                         dtype=object)
    return table.fillna("").astype("str")


def read_json(data: bytes) -> tuple[pd.DataFrame, list[tuple]]:
    """Read a JSON document into a text table (one row per record)."""
    records, key = find_records(_decode(data))
    notes = [("io.note.json_key", {"key": key})] if key else []
    return records_table(records), notes
