"""The context sheet (fiche de contextualisation): a Sheet of plain fields, pre-filled from a session.

build_sheet() reads the Dataset (metadata, how it was read, columns), the checks' findings, the recorded
steps and the charts (any kind of viz.charts.registry) into fields a person edits before export;
viz.export.sheet_render writes it as Markdown or self-contained HTML, viz.export.sheet_pdf as PDF.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, Sequence

import pandas as pd

from viz import fmt
from viz.charts.access import palette_sentence
from viz.charts.registry import kind_module
from viz.dataset import Dataset
from viz.export import sheet_changes, sheet_facts
from viz.findings import Finding, title as finding_title
from viz.i18n import t

TEXT_FIELDS = ("title", "summary", "dataset_title", "producer", "source_url", "licence", "published", "frequency",
               "spatial", "temporal", "schema", "conformity", "citation")
LIST_FIELDS = ("checks", "steps", "key_figures", "caveats")
REUSE_TYPE = "visualization"  # data.gouv.fr reuse types: api, application, idea, news_article, paper, post, ...
TABLE_ROWS = 40  # rows of a chart's data table printed in the sheet


@dataclass
class SheetColumn:
    """One column of the dataset: its name, the kind the studio detected, empty cells, a description."""

    name: str
    kind: str
    missing: int = 0
    description: str = ""


@dataclass
class SheetChart:
    """One chart: its spec (to rebuild it), what a reader is told about it, and its image (PNG) if drawn."""

    kind: str
    spec: dict[str, Any]
    title: str = ""
    reading: str = ""  # how to read the chart
    alt: str = ""  # alternative text
    access: str = ""  # palette and contrast checks
    caveats: list[str] = field(default_factory=list)
    table: list[list[str]] = field(default_factory=list)  # header then rows, written for people
    rows_total: int = 0  # rows of the full data table (the sheet prints the first TABLE_ROWS)
    key_figures: list[str] = field(default_factory=list)
    png: bytes | None = None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("png")
        return data


@dataclass
class Sheet:
    """Every field of the context sheet; all text is plain (renderers escape it)."""

    lang: str = "fr"
    title: str = ""
    summary: str = ""
    dataset_title: str = ""
    producer: str = ""
    source_url: str = ""
    licence: str = ""
    published: str = ""
    frequency: str = ""
    spatial: str = ""
    temporal: str = ""
    rows: int = 0
    columns_count: int = 0
    filename: str = ""
    sha256: str = ""
    columns: list[SheetColumn] = field(default_factory=list)
    schema: str = ""
    conformity: str = ""
    checks: list[str] = field(default_factory=list)
    changes: list[str] = field(default_factory=list)  # what changed since the previous version (viz.compare)
    steps: list[str] = field(default_factory=list)
    charts: list[SheetChart] = field(default_factory=list)
    key_figures: list[str] = field(default_factory=list)
    caveats: list[str] = field(default_factory=list)
    citation: str = ""
    reuse: dict[str, Any] = field(default_factory=dict)
    created: str = ""

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready fields (chart images left out: they are rebuilt from the specs)."""
        data = {f.name: getattr(self, f.name) for f in fields(self) if f.name not in ("columns", "charts")}
        data["columns"] = [asdict(c) for c in self.columns]
        data["charts"] = [c.to_dict() for c in self.charts]
        return data

    @staticmethod
    def from_dict(data: dict[str, Any]) -> "Sheet":
        """The sheet saved by to_dict (unknown keys ignored, text fields forced to text)."""
        known = {f.name for f in fields(Sheet)}
        values = {k: v for k, v in data.items() if k in known and k not in ("columns", "charts")}
        for name in TEXT_FIELDS + ("lang", "filename", "sha256", "created"):
            if name in values:
                values[name] = str(values[name])
        for name in LIST_FIELDS + ("changes",):
            if name in values:
                values[name] = [str(v) for v in values[name]]
        sheet = Sheet(**values)
        sheet.columns = [SheetColumn(**c) for c in data.get("columns", [])]
        sheet.charts = [SheetChart(**c) for c in data.get("charts", [])]
        return sheet

    def edit(self, **changes: Any) -> "Sheet":
        """Change fields by name (lists given as text are split into lines); unknown names raise KeyError."""
        for name, value in changes.items():
            if name not in {f.name for f in fields(self)}:
                raise KeyError(name)
            if name in LIST_FIELDS and isinstance(value, str):
                value = [line.strip() for line in value.splitlines() if line.strip()]
            setattr(self, name, value)
        return self


def _columns(table: pd.DataFrame, lang: str) -> tuple[list[SheetColumn], dict[str, str]]:
    """Each column with its detected kind (in words) and empty cells; and {column: kind code}."""
    from viz.profile import profile
    profiles = profile(table)
    kinds = {p.name: p.kind for p in profiles}
    return [SheetColumn(p.name, t(f"kind.{p.kind}", lang), p.missing) for p in profiles], kinds


def _checks(findings: Sequence[Finding], lang: str) -> tuple[str, list[str]]:
    """Conformity sentence and one line per finding code, counted (messages never print values)."""
    counts = Counter(f.severity for f in findings)
    conformity = t("sheet.conformity.errors" if counts["error"] else "sheet.conformity.ok", lang,
                   errors=fmt.number(counts["error"], lang, 0), warnings=fmt.number(counts["warning"], lang, 0),
                   infos=fmt.number(counts["info"], lang, 0))
    lines = []
    for f in sorted(findings, key=lambda f: ({"error": 0, "warning": 1, "info": 2}[f.severity], f.code)):
        where = t("sheet.in_column", lang, column=f.column) if f.column else t("sheet.whole_table", lang)
        lines.append(t("sheet.check_line", lang, severity=t(f"sheet.severity.{f.severity}", lang),
                       title=finding_title(f.code, lang), code=f.code, where=where,
                       count=fmt.number(f.count or 0, lang, 0)))
    return conformity, lines


def _step_lines(dataset: Dataset, lang: str) -> list[str]:
    """Each recorded step in words, in order."""
    return [(s.label_en if lang == "en" and s.label_en else s.label_fr) or s.op for s in dataset.steps]


def chart_entry(table: pd.DataFrame, kind: str, spec_dict: dict[str, Any], lang: str,
                image: bool = True) -> SheetChart:
    """Build one chart of the session and describe it (alt text, caveats, data table, palette, image)."""
    module = kind_module(kind)
    spec = module.spec_from_dict(spec_dict)
    result = module.build(table, spec)
    data = module.data_table(result, lang).astype("str")
    rows = [list(map(str, data.columns))] + data.head(TABLE_ROWS).values.tolist()
    png = chart_png(result.figure) if image else None
    reading = t(f"sheet.reading.{kind}", lang)
    return SheetChart(kind=kind, spec=spec.to_dict(), title=getattr(spec, "title", "") or t(f"sheet.kind.{kind}", lang),
                      reading=reading if reading != f"sheet.reading.{kind}" else t("sheet.reading.default", lang),
                      alt=module.alt_text(result, lang), access=palette_sentence(result.figure, lang),
                      caveats=list(module.caveats(result, lang)), table=rows, rows_total=len(data),
                      key_figures=list(module.key_figures(result, lang)), png=png)


def chart_png(figure: Any) -> bytes | None:
    """The figure as PNG through kaleido and a local Chromium; None when there is none (the table stands in)."""
    from viz.export import images
    if not images.chromium_available():
        return None
    try:
        return images.to_png(figure, scale=1)
    except images.ImageExportError:
        return None


def _geocoded(dataset: Dataset, lang: str) -> list[str]:
    """Positions that come from geocoding steps, not from the producer."""
    return [t("sheet.caveat.geocoded", lang, step=(s.label_fr if lang == "fr" else s.label_en) or s.op)
            for s in dataset.steps if "geocod" in s.op]


def file_stem(filename: str, fallback: str = "donnees") -> str:
    """A download name from the data file's name: letters, digits, `-`, `_` only (no path, no quote, no
    control character), at most 60 characters."""
    stem = Path(str(filename).replace("\\", "/")).name.rsplit(".", 1)[0]
    stem = re.sub(r"[^\w-]+", "_", stem, flags=re.UNICODE).strip("_.")[:60]
    return stem or fallback


def _licence(licence: str, lang: str) -> str:
    """`licence Licence Ouverte 2.0` said once: the word is added only when the name lacks it."""
    if not licence:
        return t("sheet.licence_word", lang, licence=t("sheet.unknown", lang))
    return licence if licence.lower().startswith(("licence", "license")) else t("sheet.licence_word", lang,
                                                                                 licence=licence)


def reuse_block(sheet: Sheet) -> dict[str, Any]:
    """The fields a data.gouv.fr réutilisation asks for, ready to paste (API names); title and description
    follow the sheet's unless set in `sheet.reuse`."""
    reuse = {"title": sheet.title, "description": sheet.summary, "type": REUSE_TYPE, "topic": "others",
             "url": "", "tags": [], "datasets": [sheet.source_url] if sheet.source_url else []}
    reuse.update(sheet.reuse or {})
    return reuse


def _tags(dataset: Dataset, kinds: list[str], schema_id: str) -> list[str]:
    """A few lowercase tags: the chart kinds, the schema, the file format."""
    tags = ["visualisation", *kinds, *([schema_id] if schema_id else []), dataset.read.format]
    return list(dict.fromkeys(tag.lower() for tag in tags if tag))


def build_sheet(dataset: Dataset, findings: Sequence[Finding] = (), charts: Sequence[tuple[str, dict]] = (),
                schema: dict[str, Any] | None = None, lang: str = "fr", title: str | None = None,
                images: bool = True, today: dt.date | None = None, comparison: dict[str, Any] | None = None) -> Sheet:
    """A sheet pre-filled from the session: dataset, checks, steps, charts (kind, spec dict), caveats, and
    what changed since the previous version (`comparison`: viz.export.sheet_changes.comparison_doc)."""
    table = dataset.working()
    meta, read = dataset.meta, dataset.read
    columns, kinds = _columns(table, lang)
    dataset_title = meta.title or read.filename
    sheet = Sheet(lang=lang, title=title or t("sheet.default_title", lang, title=dataset_title),
                  dataset_title=dataset_title, producer=meta.producer, source_url=meta.source_url or (read.url or ""),
                  licence=meta.licence, published=meta.published, rows=len(table), columns_count=table.shape[1],
                  filename=read.filename, sha256=read.sha256, columns=columns,
                  temporal=sheet_facts.temporal(table, kinds, lang), spatial=sheet_facts.spatial(table, kinds, lang),
                  created=(today or dt.date.today()).isoformat())
    schema_id = ""
    if schema is not None:
        schema_id = str(schema.get("name") or schema.get("title") or "")
        version = schema.get("version") or (schema.get("_meta") or {}).get("version")
        sheet.schema = t("sheet.schema_used", lang, name=schema.get("title") or schema_id or "?",
                         version=f" {version}" if version else "")
    else:
        sheet.schema = t("sheet.schema_none", lang)
    sheet.conformity, sheet.checks = _checks(findings, lang)
    sheet.changes = sheet_changes.change_lines(comparison, lang)
    sheet.steps = _step_lines(dataset, lang)
    for kind, spec in charts:
        entry = chart_entry(table, kind, spec, lang, image=images)
        sheet.charts.append(entry)
        sheet.key_figures += entry.key_figures
        sheet.caveats += [f"{entry.title} — {c}" for c in entry.caveats]
    sheet.key_figures.insert(0, t("sheet.key.size", lang, rows=fmt.number(len(table), lang, 0),
                                  columns=fmt.number(table.shape[1], lang, 0)))
    placeholders = sheet_facts.placeholder_sentence(sheet_facts.placeholders(table), lang)
    sheet.caveats += ([placeholders] if placeholders else []) + _geocoded(dataset, lang)
    sheet.summary = t("sheet.summary", lang, title=dataset_title, producer=meta.producer or t("sheet.unknown", lang),
                      rows=fmt.number(len(table), lang, 0), columns=fmt.number(table.shape[1], lang, 0),
                      steps=fmt.number(len(sheet.steps), lang, 0), charts=fmt.number(len(sheet.charts), lang, 0))
    sheet.citation = t("sheet.citation", lang, producer=meta.producer or t("sheet.unknown", lang),
                       title=dataset_title, published=meta.published or t("sheet.undated", lang),
                       url=sheet.source_url or read.filename, licence=_licence(meta.licence, lang))
    sheet.reuse = {"type": REUSE_TYPE, "topic": "others", "url": "", "tags": _tags(dataset, [k for k, _ in charts], schema_id),
                   "datasets": [sheet.source_url] if sheet.source_url else []}
    return sheet


def merge_edits(fresh: Sheet, saved: Sheet) -> Sheet:
    """The fresh sheet (images, tables, counts from the data) with the text a person edited in `saved`."""
    fresh.edit(**{name: getattr(saved, name) for name in TEXT_FIELDS + LIST_FIELDS}, reuse=dict(saved.reuse))
    fresh.changes = fresh.changes or list(saved.changes)
    for chart, old in zip(fresh.charts, saved.charts):
        if chart.kind == old.kind:
            chart.title, chart.reading, chart.alt = old.title, old.reading, old.alt
    return fresh
