"""The « Ce qui a changé depuis la version précédente » section of the context sheet, from a comparison.

`comparison_doc` turns a viz.compare Comparison into plain JSON (the `diff` document plus the previous
file's name); `change_lines` writes it as plain sentences the renderers escape like every other field."""
from __future__ import annotations

from typing import Any

from viz import fmt
from viz.i18n import t

TOP_COLUMNS = 5  # columns listed as the most changed
LISTED_COLUMNS = 8  # column names listed per kind of column change


def comparison_doc(cmp: Any, lang: str = "fr") -> dict[str, Any]:
    """The `diff` document of a comparison (viz.compare.report.to_json) with the previous version's file."""
    from viz.compare.report import to_json
    doc = to_json(cmp, lang)
    doc["previous"] = {"filename": cmp.old.read.filename, "sha256": cmp.old.read.sha256}
    return doc


def _n(value: Any, lang: str) -> str:
    return fmt.number(int(value or 0), lang, 0)


def _names(items: list[str]) -> str:
    shown = ", ".join(items[:LISTED_COLUMNS])
    return shown + (", …" if len(items) > LISTED_COLUMNS else "")


def _column_lines(columns: dict[str, Any], lang: str) -> list[str]:
    """The count of each kind of column change, then the columns of each kind."""
    added, removed = columns.get("added", []), columns.get("removed", [])
    renamed, kinds = columns.get("renamed", []), columns.get("kind_changed", [])
    lines = [t("compare.sheet.columns", lang, added=_n(len(added), lang), removed=_n(len(removed), lang),
               renamed=_n(len(renamed), lang), kind=_n(len(kinds), lang))]
    if added:
        lines.append(t("compare.sheet.cols_added", lang, columns=_names(added)))
    if removed:
        lines.append(t("compare.sheet.cols_removed", lang, columns=_names(removed)))
    if renamed:
        lines.append(t("compare.sheet.cols_renamed", lang,
                       columns=_names([f"{r['from']} → {r['to']}" for r in renamed])))
    if kinds:
        items = [t("compare.sheet.kind_item", lang, column=k["column"], old=t(f"kind.{k['from']}", lang),
                   new=t(f"kind.{k['to']}", lang)) for k in kinds]
        lines.append(t("compare.sheet.cols_kind", lang, columns=_names(items)))
    return lines


def _schema_line(schema: dict[str, Any], lang: str) -> str:
    """Error groups new, fixed and still there, and each side's verdict."""
    def verdict(side: dict[str, Any]) -> str:
        return t("compare.sheet.valid", lang) if side["valid"] else t("compare.sheet.errors", lang,
                                                                       count=_n(side["errors"], lang))
    return t("compare.sheet.schema", lang, new_errors=_n(len(schema["new_errors"]), lang),
             new_cells=_n(sum(g["count"] for g in schema["new_errors"]), lang),
             fixed=_n(len(schema["fixed"]), lang), fixed_cells=_n(sum(g["count"] for g in schema["fixed"]), lang),
             still=_n(len(schema["still"]), lang), old_verdict=verdict(schema["old"]),
             new_verdict=verdict(schema["new"]))


def change_lines(doc: dict[str, Any] | None, lang: str = "fr") -> list[str]:
    """The section's sentences: summary, versions, key, rows, columns, most changed columns, totals, schema."""
    if not doc:
        return []
    rows = doc["rows"]
    previous = (doc.get("previous") or {}).get("filename") or t("compare.old", lang)
    key = ", ".join(doc.get("key") or []) or t("compare.sheet.whole_row", lang)
    lines = [doc["summary"], t("compare.sheet.versions", lang, previous=previous, old=_n(rows["old"], lang),
                               new=_n(rows["new"], lang)),
             t("compare.sheet.key", lang, columns=key),
             t("compare.sheet.rows", lang, added=_n(rows["added"], lang), removed=_n(rows["removed"], lang),
               changed=_n(rows["changed"], lang))]
    if rows.get("duplicate_keys") or rows.get("missing_keys"):
        lines.append(t("compare.sheet.set_apart", lang, duplicates=_n(rows.get("duplicate_keys"), lang),
                       missing=_n(rows.get("missing_keys"), lang)))
    lines += _column_lines(doc["columns"], lang)
    cells = sorted(doc.get("cells_changed", {}).items(), key=lambda kv: -kv[1])[:TOP_COLUMNS]
    if cells:
        lines.append(t("compare.sheet.top", lang, columns=", ".join(
            t("compare.sheet.top_item", lang, column=c, count=_n(n, lang)) for c, n in cells)))
    for column, total in list(doc.get("totals", {}).items())[:TOP_COLUMNS]:
        lines.append(t("compare.sheet.total", lang, column=column, old=fmt.number(total["old"], lang),
                       new=fmt.number(total["new"], lang)))
    if doc.get("schema"):
        lines.append(_schema_line(doc["schema"], lang))
    return lines
