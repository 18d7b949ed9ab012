"""Bundled Table Schemas (compact rewrites of schema.data.gouv.fr specifications) and schema loading."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from viz.checks.schema_shape import MAX_DEPTH, MAX_SCHEMA_BYTES
from viz.checks.schema_types import SUPPORTED_TYPES
from viz.i18n import t
from viz.io.errors import LoadError

HERE = Path(__file__).resolve().parent


class SchemaError(LoadError):
    """A schema that cannot be read: invalid JSON, not a Table Schema, unreachable URL."""


@dataclass(frozen=True)
class SchemaInfo:
    """One catalogue entry."""

    id: str
    title_fr: str
    version: str
    path: Path
    source: str = ""
    licence: str = ""


@lru_cache(maxsize=1)
def _catalogue() -> tuple[SchemaInfo, ...]:
    infos = []
    for path in sorted(HERE.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        meta = data.get("_meta", {})
        infos.append(SchemaInfo(id=path.stem, title_fr=data.get("title", path.stem), version=meta.get("version", ""),
                                path=path, source=meta.get("source", ""), licence=meta.get("licence", "")))
    return tuple(infos)


def catalogue() -> list[SchemaInfo]:
    """Every bundled schema, sorted by id."""
    return list(_catalogue())


def _check_table_schema(data: Any, source: str, size: int = 0) -> dict:
    """Raise SchemaError unless `data` looks like a Table Schema (fields with unique names, known types)."""
    def fail(reason_key: str, **params: Any) -> None:
        raise SchemaError("schema.load.not_table_schema", source=source, reason=t(reason_key, "fr", **params))
    if not isinstance(data, dict):
        fail("schema.reason.not_object")
    if not isinstance(data.get("fields"), list) or not data["fields"]:
        fail("schema.reason.no_fields")
    seen: set[str] = set()
    for number, field in enumerate(data["fields"], start=1):
        if not isinstance(field, dict) or not isinstance(field.get("name"), str) or not field["name"]:
            fail("schema.reason.field_name", number=number)
        if field["name"] in seen:
            fail("schema.reason.duplicate_field", name=field["name"])
        seen.add(field["name"])
        ftype = field.get("type", "string")
        if not isinstance(ftype, str) or (ftype not in SUPPORTED_TYPES and ftype != "geojson"):
            fail("schema.reason.bad_type", name=field["name"], type=ftype)
    _check_shape(data, source, size)
    return data


def _check_shape(data: dict, source: str, size: int) -> None:
    """SchemaError naming the field and property whose shape is wrong (viz.checks.schema_shape)."""
    from viz.checks import schema_shape
    try:
        schema_shape.check(data, size)
    except schema_shape.ShapeProblem as problem:
        raise SchemaError("safe.schema.unusable", source=source, reason=problem.reason("fr"),
                          reason_en=problem.reason("en")) from None


def _parse_json(text: str | bytes, source: str) -> dict:
    size = len(text)
    if size > MAX_SCHEMA_BYTES:
        _check_shape({}, source, size)
    if isinstance(text, bytes):
        text = text.decode("utf-8-sig", errors="replace")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SchemaError("schema.load.invalid_json", source=source, line=exc.lineno, col=exc.colno, error=exc.msg) from exc
    except RecursionError:
        raise SchemaError("safe.schema.unusable", source=source, reason=t("safe.schema.too_deep", "fr", limit=MAX_DEPTH),
                          reason_en=t("safe.schema.too_deep", "en", limit=MAX_DEPTH)) from None
    return _check_table_schema(data, source, size)


def load_schema(source: str | Path | bytes) -> dict:
    """A Table Schema from a catalogue id, a path, JSON text/bytes or an http(s) URL; SchemaError in French otherwise."""
    if isinstance(source, bytes):
        return _parse_json(source, "(données)")
    text = str(source)
    ids = {info.id: info for info in _catalogue()}
    if text in ids:
        return _parse_json(ids[text].path.read_bytes(), text)
    if "@" in text and text.split("@", 1)[0] in ids:
        from viz.schemas.versions import find, versions
        version = find(*text.split("@", 1))
        if version is None:
            known = ", ".join(f"{v.schema_id}@{v.version}" for v in versions(text.split("@", 1)[0]))
            raise SchemaError("schema.load.not_found", source=text, ids=known)
        return _parse_json(version.path.read_bytes(), text)
    if text.lstrip().startswith("{"):
        return _parse_json(text, "(texte)")
    if text.startswith(("http://", "https://")):
        from viz.io.url import fetch_url
        try:
            data, _, _ = fetch_url(text, allow_private=False)
        except LoadError as exc:
            raise SchemaError("schema.load.url", source=text, error=exc.message("fr")) from exc
        return _parse_json(data, text)
    path = Path(text)
    if not path.is_file():
        raise SchemaError("schema.load.not_found", source=text, ids=", ".join(ids))
    if path.stat().st_size > MAX_SCHEMA_BYTES:
        _check_shape({}, path.name, path.stat().st_size)
    return _parse_json(path.read_bytes(), path.name)


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def suggest(columns: list[str]) -> list[tuple[SchemaInfo, float]]:
    """Catalogue schemas ranked by the share of their field names found among `columns` (best first, >0 only)."""
    have = {_norm(c) for c in columns}
    ranked = []
    for info in _catalogue():
        names = [_norm(f["name"]) for f in json.loads(info.path.read_text(encoding="utf-8"))["fields"]]
        score = len(have & set(names)) / max(1, len(set(names) | have))
        if score > 0:
            ranked.append((info, round(score, 3)))
    return sorted(ranked, key=lambda pair: -pair[1])
