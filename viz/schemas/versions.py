"""Older versions of catalogue schemas that publishers still follow, and which version a file's header fits best.

`versions/<id>/<version>.json` are compact rewrites of the official schema at a commit of the schema's own
repository (tools/build_schema_versions.py). `id@version` loads one (`--schema scdl-subventions@2.0.2`).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from viz.findings import Finding
from viz.i18n import t

HERE = Path(__file__).resolve().parent / "versions"


@dataclass(frozen=True)
class Version:
    """One version of a catalogue schema."""

    schema_id: str
    version: str
    path: Path
    current: bool = False


def _key(version: str) -> tuple[int, ...]:
    return tuple(int(p) for p in re.findall(r"\d+", version))


@lru_cache(maxsize=None)
def versions(schema_id: str) -> tuple[Version, ...]:
    """Every bundled version of a catalogue schema, newest first (the catalogue's own file is the current one)."""
    current = HERE.parent / f"{schema_id}.json"
    if not current.is_file():
        return ()
    meta = json.loads(current.read_text(encoding="utf-8")).get("_meta", {})
    out = [Version(schema_id, meta.get("version", ""), current, True)]
    out += [Version(schema_id, p.stem, p) for p in (HERE / schema_id).glob("*.json")]
    return tuple(sorted(out, key=lambda v: _key(v.version), reverse=True))


def find(schema_id: str, version: str) -> Version | None:
    """The bundled `version` of `schema_id` (None when not bundled)."""
    return next((v for v in versions(schema_id) if v.version == version), None)


def catalogue_id(schema: dict) -> str | None:
    """The catalogue id of a bundled schema dict (by its title and source), None for any other schema."""
    meta = schema.get("_meta") or {}
    for path in HERE.parent.glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("title") == schema.get("title") and data.get("_meta", {}).get("source") == meta.get("source"):
            return path.stem
    return None


def _fields(version: Version) -> list[str]:
    return [f["name"] for f in json.loads(version.path.read_text(encoding="utf-8"))["fields"]]


def ranked(schema_id: str, columns: list[str]) -> list[tuple[Version, int, int, int]]:
    """(version, fields found in the header, fields, fields at their place), best fit first (newest on ties)."""
    scored = []
    for version in versions(schema_id):
        names = _fields(version)
        found = len(set(names) & set(columns))
        in_place = sum(a == b for a, b in zip(names, columns))
        fit = found / max(1, len(set(names) | set(columns)))
        scored.append((fit, in_place, version, found, len(names)))
    scored.sort(key=lambda s: (-s[0], -s[1]))  # sort is stable: newest first among equal fits
    return [(version, found, total, in_place) for _, in_place, version, found, total in scored]


def version_hint(schema: dict, columns: list[str]) -> list[Finding]:
    """An info finding when another bundled version of this schema fits the file's header better."""
    schema_id = catalogue_id(schema) if "_meta" in schema else None
    if schema_id is None or len(versions(schema_id)) < 2:
        return []
    checked = (schema.get("_meta") or {}).get("version", "")
    ranking = ranked(schema_id, columns)
    best, found, total, _ = ranking[0]
    mine = next((r for r in ranking if r[0].version == checked), None)
    if mine is None or best.version == checked or (found, total) == (mine[1], mine[2]):
        return []
    params = {"title": schema.get("title", schema_id), "best": best.version, "found": found, "total": total,
              "checked": checked, "found_checked": mine[1], "total_checked": mine[2], "id": f"{schema_id}@{best.version}"}
    return [Finding(code="schema.version", severity="info", column=None, rows=[], count=0,
                    message_fr=t("schema.version", "fr", **params), message_en=t("schema.version", "en", **params),
                    details={"suggested": params["id"]})]
