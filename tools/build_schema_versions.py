"""Write viz/schemas/versions/<id>/<version>.json: older versions of catalogue schemas still followed by publishers.

Each is a compact rewrite (names, titles, types, formats, constraints; no descriptions nor examples) of the
official schema.json at a given commit of the schema's own repository (a git mirror, e.g. the `fetch` tool's copy).
Usage: python tools/build_schema_versions.py ID VERSION MIRROR_GIT_DIR COMMIT [PATH_IN_REPO]
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

FIELD_KEYS = ("name", "title", "type", "format", "constraints", "missingValues", "trueValues", "falseValues",
              "decimalChar", "groupChar", "bareNumber", "arrayItem", "delimiter")
SCHEMA_KEYS = ("missingValues", "primaryKey", "foreignKeys", "fieldsMatch")
HERE = Path(__file__).resolve().parents[1] / "viz" / "schemas"


def compact(official: dict, current_meta: dict, version: str, commit: str, source: str) -> dict:
    """The studio's compact form of an official Table Schema."""
    out: dict = {"_meta": {**current_meta, "version": version, "commit": commit, "source": source},
                 "title": official.get("title", "")}
    out.update({k: official[k] for k in SCHEMA_KEYS if k in official})
    out["fields"] = [{k: f[k] for k in FIELD_KEYS if k in f} for f in official["fields"]]
    return out


def main(schema_id: str, version: str, git: str, commit: str, path_in_repo: str = "schema.json") -> None:
    official = json.loads(subprocess.run(["git", "--git-dir", git, "show", f"{commit}:{path_in_repo}"], check=True,
                                         capture_output=True, text=True).stdout)
    current = json.loads((HERE / f"{schema_id}.json").read_text(encoding="utf-8"))
    meta = {k: v for k, v in current.get("_meta", {}).items() if k in ("licence", "producer", "note")}
    doc = compact(official, meta, version, commit, current["_meta"].get("source", ""))
    doc["title"] = current.get("title", doc["title"])
    path = HERE / "versions" / schema_id / f"{version}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{path}: {len(doc['fields'])} fields")


if __name__ == "__main__":
    main(*sys.argv[1:])
