"""The project file: a whole session (source, reading options, steps, charts, sheet fields) in one JSON file.

save_project() writes it; load_project() reads it back to the same state (same working table, same figures)
or raises ProjectError with a French message: not a project, wrong version, source file missing or changed,
a step that no longer applies, an unknown chart, a file too big or too deeply nested.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, Sequence

import pandas as pd

from viz.dataset import Dataset, Metadata, Step
from viz.errors import StudioError
from viz.export.sheet import Sheet

FORMAT = "viz-project"
VERSION = 1
MAX_BYTES = 300 * 1024 * 1024  # a 200 MB file embedded in base64 is ~267 MB
MAX_DEPTH = 16  # the deepest a project written by save_project goes is 6
READ_OPTIONS = ("encoding", "separator", "decimal", "thousands", "header_row", "quotechar", "sheet")


class ProjectError(StudioError, ValueError):
    """A project file that cannot be loaded; `.message(lang)` says what and where."""


@dataclass
class Project:
    """What a project file restores: the dataset with its steps, the charts (kind, spec) and the sheet fields."""

    dataset: Dataset
    charts: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    sheet: dict[str, Any] | None = None  # Sheet.to_dict() of the edited sheet, if any
    schema: str | None = None  # catalogue id, path or URL of the schema used by the checks


def table_hash(table: pd.DataFrame) -> str:
    """SHA-256 of a table's column names and cells (order included): equal hashes, equal tables."""
    digest = hashlib.sha256(json.dumps([str(c) for c in table.columns]).encode())
    digest.update(pd.util.hash_pandas_object(table, index=False).to_numpy().tobytes())
    return digest.hexdigest()


def _source(dataset: Dataset, embed: bool) -> dict[str, Any]:
    """The original file: its bytes in base64 (embed), else where it came from (URL or path) and its hash."""
    read = dataset.read
    source: dict[str, Any] = {"filename": read.filename, "sha256": read.sha256, "format": read.format}
    if embed:
        source["data_base64"] = base64.b64encode(dataset.original_bytes()).decode("ascii")
    elif read.url or dataset.meta.source_url.startswith(("http://", "https://")):
        source["url"] = read.url or dataset.meta.source_url
    else:
        source["path"] = dataset.source_path or read.filename
    return source


def save_project(dataset: Dataset, charts: Sequence[tuple[str, dict[str, Any]]] = (), sheet: Sheet | None = None,
                 schema: str | None = None, embed: bool = True) -> bytes:
    """The session as JSON bytes (UTF-8); `embed=False` stores a reference to the source instead of its bytes."""
    read = dataset.read
    doc = {"format": FORMAT, "version": VERSION, "source": _source(dataset, embed),
           "read_options": {name: getattr(read, name) for name in READ_OPTIONS},
           "metadata": asdict(dataset.meta), "steps": [s.to_dict() for s in dataset.steps],
           "charts": [{"kind": kind, "spec": spec} for kind, spec in charts],
           "schema": schema, "sheet": sheet.to_dict() if sheet is not None else None,
           "working_sha256": table_hash(dataset.working())}
    return json.dumps(doc, ensure_ascii=False, indent=1, default=str).encode("utf-8")


def _depth_ok(doc: Any, limit: int = MAX_DEPTH) -> bool:
    """Whether no list or object nests deeper than `limit` (walked without recursion)."""
    stack = [(doc, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > limit:
            return False
        if isinstance(value, dict):
            stack.extend((v, depth + 1) for v in value.values() if isinstance(v, (dict, list)))
        elif isinstance(value, list):
            stack.extend((v, depth + 1) for v in value if isinstance(v, (dict, list)))
    return True


def parse(data: bytes) -> dict[str, Any]:
    """The project document, checked for size, JSON, nesting, format and version."""
    if len(data) > MAX_BYTES:
        raise ProjectError("project.too_big", size_mb=round(len(data) / 1e6), max_mb=MAX_BYTES // (1024 * 1024))
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except RecursionError as exc:
        raise ProjectError("project.too_deep", depth=MAX_DEPTH) from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ProjectError("project.not_json", error=str(exc)[:120]) from exc
    if not _depth_ok(doc):
        raise ProjectError("project.too_deep", depth=MAX_DEPTH)
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ProjectError("project.not_project")
    if doc.get("version") != VERSION:
        raise ProjectError("project.version", found=str(doc.get("version"))[:20], expected=VERSION)
    for name, kind in (("source", dict), ("read_options", dict), ("metadata", dict), ("steps", list),
                       ("charts", list)):
        if not isinstance(doc.get(name, kind()), kind):
            raise ProjectError("project.bad_part", part=name)
    return doc


def _original(source: dict[str, Any], base_dir: Path | None, allow_private: bool) -> bytes:
    """The original bytes: embedded, or read again from the path or URL, and checked against the saved hash."""
    if "data_base64" in source:
        try:
            data = base64.b64decode(str(source["data_base64"]), validate=True)
        except (binascii.Error, ValueError) as exc:
            raise ProjectError("project.bad_data") from exc
    elif "url" in source:
        from viz.io.url import fetch
        data = fetch(str(source["url"]), allow_private=allow_private)[0]
    elif "path" in source:
        path = Path(str(source["path"]))
        if not path.is_absolute() and base_dir is not None:
            path = base_dir / path
        if not path.is_file():
            raise ProjectError("project.missing_file", path=str(source["path"]))
        data = path.read_bytes()
    else:
        raise ProjectError("project.no_source")
    expected = str(source.get("sha256") or "")
    if expected and hashlib.sha256(data).hexdigest() != expected:
        raise ProjectError("project.sha_mismatch", filename=str(source.get("filename") or "?"))
    return data


def _options(doc: dict[str, Any], fmt: str) -> Any:
    """The reading options saved (encoding, separator, decimal, header row, sheet...) as LoadOptions."""
    from viz.io import CsvOptions, LoadOptions
    saved = {k: v for k, v in doc["read_options"].items() if k in READ_OPTIONS}
    for name, value in saved.items():
        if value is not None and not isinstance(value, (str, int)) or isinstance(value, bool):
            raise ProjectError("project.bad_option", option=name)
    if fmt == "csv":
        csv = CsvOptions(**{k: saved.get(k) for k in ("encoding", "separator", "decimal", "thousands", "header_row")},
                         quotechar=saved.get("quotechar") or "")
        return LoadOptions(csv=csv)
    return LoadOptions(sheet=saved.get("sheet"))


def _metadata(doc: dict[str, Any]) -> Metadata:
    known = {f.name for f in fields(Metadata)}
    return Metadata(**{k: str(v) for k, v in doc["metadata"].items() if k in known and v is not None})


def _steps(doc: dict[str, Any]) -> list[Step]:
    """The saved steps, validated like a steps file (unknown operation, malformed step)."""
    from viz.recipe import read_steps
    return read_steps(json.dumps({"steps": doc["steps"]}).encode("utf-8"))


def _charts(doc: dict[str, Any], table: pd.DataFrame) -> list[tuple[str, dict[str, Any]]]:
    """Each chart's kind and spec, rebuilt once on the restored table so a broken chart is said at load."""
    from viz.charts.registry import KINDS, kind_module
    charts = []
    for n, item in enumerate(doc["charts"], start=1):
        if not isinstance(item, dict) or not isinstance(item.get("spec"), dict):
            raise ProjectError("project.bad_chart", chart=n, error="spec")
        kind = str(item.get("kind"))
        if kind not in KINDS:
            raise ProjectError("project.unknown_chart", chart=n, kind=kind[:40], known=", ".join(KINDS))
        module = kind_module(kind)
        try:
            module.build(table, module.spec_from_dict(item["spec"]))
        except StudioError as exc:
            raise ProjectError("project.chart_fails", chart=n, error=exc.message("fr")) from exc
        except (TypeError, KeyError, ValueError) as exc:
            raise ProjectError("project.bad_chart", chart=n, error=f"{type(exc).__name__}: {exc}"[:160]) from exc
        charts.append((kind, item["spec"]))
    return charts


def load_project(data: bytes, base_dir: Path | None = None, allow_private: bool = False) -> Project:
    """Rebuild the session a project file describes; nothing is kept if any part fails."""
    from viz.io import load_bytes
    from viz.recipe import replay
    doc = parse(data)
    source = doc.get("source") or {}
    raw = _original(source, base_dir, allow_private)
    fmt = str(source.get("format") or "csv")
    dataset = load_bytes(raw, str(source.get("filename") or ""), _options(doc, fmt),
                         url=str(source["url"]) if "url" in source else None)
    dataset.meta = _metadata(doc)
    replay(dataset, _steps(doc))  # RecipeError (a StudioError) names the step that no longer applies
    table = dataset.working()
    expected = doc.get("working_sha256")
    if expected and table_hash(table) != expected:
        raise ProjectError("project.table_differs")
    sheet = doc.get("sheet")
    if sheet is not None:
        try:
            Sheet.from_dict(sheet)
        except (TypeError, ValueError, AttributeError) as exc:
            raise ProjectError("project.bad_sheet", error=str(exc)[:160]) from exc
    schema = doc.get("schema")
    return Project(dataset=dataset, charts=_charts(doc, table), sheet=sheet,
                   schema=str(schema) if schema is not None else None)
