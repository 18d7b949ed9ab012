"""Write viz/schemas/versions/<id>/<version>.json: older versions of catalogue schemas still followed by publishers.

Each is a compact rewrite (names, titles, types, formats, constraints; no descriptions nor examples) of the
official schema.json at a given commit of a git mirror (e.g. the `fetch` tool's copy of the schema's own repository,
or of datagouv/schema.data.gouv.fr, which keeps every published version). `_meta` records where it came from:
repository (owner/name, taken from a `fetch` mirror's folder name unless --repo says), path and commit.
Usage: python tools/build_schema_versions.py ID VERSION MIRROR_GIT_DIR COMMIT [PATH_IN_REPO] [--repo OWNER/NAME]
       python tools/build_schema_versions.py ID VERSION MIRROR_GIT_DIR COMMIT [PATH_IN_REPO] --check
         (--check: compare, field for field, the rewrite of that official file with the catalogue's current file)
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
from pathlib import Path

FIELD_KEYS = ("name", "title", "type", "format", "constraints", "missingValues", "trueValues", "falseValues",
              "decimalChar", "groupChar", "bareNumber", "arrayItem", "delimiter")
SCHEMA_KEYS = ("missingValues", "primaryKey", "foreignKeys", "fieldsMatch")
HERE = Path(__file__).resolve().parents[1] / "viz" / "schemas"
NOTE = ("Réécriture compacte (noms, titres, types, contraintes) du schema.json officiel par le studio ; "
        "custom_checks non repris.")


def compact(official: dict, current_meta: dict, version: str, commit: str, source: str) -> dict:
    """The studio's compact form of an official Table Schema."""
    out: dict = {"_meta": {**current_meta, "version": version, "commit": commit, "source": source},
                 "title": official.get("title", "")}
    out.update({k: official[k] for k in SCHEMA_KEYS if k in official})
    out["fields"] = [{k: f[k] for k in FIELD_KEYS if k in f} for f in official["fields"]]
    return out


def repository(git: str) -> str:
    """owner/name of a `fetch` mirror (/work/.mirror/owner+name/repo), else the folder name."""
    match = re.search(r"([A-Za-z0-9][\w.-]*)\+([\w.-]+)", str(Path(git).resolve()))
    return f"{match.group(1)}/{match.group(2)}" if match else Path(git).resolve().name


def differences(built: dict, current: dict) -> list[str]:
    """What differs between two compact schemas (schema-level keys, then field by field), in plain lines."""
    out = [f"{k}: {built.get(k)!r} != {current.get(k)!r}" for k in SCHEMA_KEYS if built.get(k) != current.get(k)]
    names = ([f["name"] for f in built["fields"]], [f["name"] for f in current["fields"]])
    if names[0] != names[1]:
        out.append(f"fields: {names[0]} != {names[1]}")
    for mine, theirs in zip(built["fields"], current["fields"]):
        out += [f"{mine['name']}.{k}: {mine.get(k)!r} != {theirs.get(k)!r}"
                for k in FIELD_KEYS if mine.get(k) != theirs.get(k)]
    return out


def main(argv: list[str] | None = None) -> int:
    """Write (or --check) one version file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    for name in ("schema_id", "version", "git", "commit"):
        parser.add_argument(name)
    parser.add_argument("path_in_repo", nargs="?", default="schema.json")
    parser.add_argument("--repo", default=None)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    shown = subprocess.run(["git", "--git-dir", args.git, "show", f"{args.commit}:{args.path_in_repo}"], check=True,
                           capture_output=True, text=True).stdout
    official = json.loads(shown, strict=False)
    current = json.loads((HERE / f"{args.schema_id}.json").read_text(encoding="utf-8"))
    meta = {k: v for k, v in current.get("_meta", {}).items() if k in ("licence", "producer")}
    meta.update(note=NOTE, repository=args.repo or repository(args.git), path=args.path_in_repo)
    doc = compact(official, meta, args.version, args.commit, current["_meta"].get("source", ""))
    doc["title"] = current.get("title", doc["title"])
    if args.check:
        found = differences(doc, current)
        print("\n".join(found) or f"{args.schema_id}: same fields, types and constraints as the catalogue's file")
        return 1 if found else 0
    path = HERE / "versions" / args.schema_id / f"{args.version}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{path}: {len(doc['fields'])} fields")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
