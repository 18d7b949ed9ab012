"""What a treemap says in words: French (or English) alt text, caveats and key figures, and its data table.

This module is the treemap's entry in viz.charts.registry: any chart kind provides the same functions
(spec_from_dict, build, alt_text, data_table, caveats, key_figures) and the sheet, the page and the exports
use them without knowing the chart.
"""
from __future__ import annotations

from typing import Any

import pandas as pd

from viz import fmt
from viz.charts.grouping import ITEMS, VALUE
from viz.charts.treemap import TreemapResult, TreemapSpec, _amount, build, display_table
from viz.i18n import t

__all__ = ["KIND", "spec_from_dict", "build", "alt_text", "data_table", "caveats", "key_figures"]

KIND = "treemap"
SHOWN = 3  # largest shares named in the alt text


def spec_from_dict(data: dict[str, Any]) -> TreemapSpec:
    """The spec saved in a project file or the session."""
    return TreemapSpec.from_dict(data)


def _path(row: pd.Series, labels: list[str]) -> str:
    """`Fonctionnement › Charges de personnel` (empty deeper labels left out)."""
    return " › ".join(str(row[name]) for name in labels if str(row[name]))


def _joined(names: list[str], lang: str) -> str:
    """`a, b et c` / `a, b and c`."""
    if len(names) <= 1:
        return "".join(names)
    word = " et " if lang == "fr" else " and "
    return ", ".join(names[:-1]) + word + names[-1]


def _quote(text: str, lang: str) -> str:
    return f"« {text} »" if lang == "fr" else f"“{text}”"


def _top_level(result: TreemapResult, total: float) -> str:
    """Shares of the first level when the chart has several levels (`Fonctionnement 72,8 %, ...`)."""
    spec, table = result.spec, result.table
    if len(spec.labels) < 2:
        return ""
    first = table.groupby(spec.labels[0], sort=False)[VALUE].sum().sort_values(ascending=False)
    parts = [f"{name} {fmt.percent(v / total, spec.lang)}" for name, v in first.head(6).items()]
    return t("alt.treemap.levels", spec.lang, column=spec.labels[0], parts=", ".join(parts))


def _others(result: TreemapResult, total: float, limit: int = 3) -> list[str]:
    """One sentence per « Autre » tile: its share of the total and the first items it holds."""
    spec, table, lang = result.spec, result.table, result.spec.lang
    grouped = table[table[ITEMS].map(len) > 0]
    out = []
    for _, row in grouped.iterrows():  # a handful of « Autre » tiles, not data rows
        items = [str(name) for name, _v in row[ITEMS]]
        names = items if len(items) <= limit + 1 else items[:limit] + [t("alt.treemap.more", lang,
                                                                             count=len(items) - limit)]
        parent = " › ".join(str(row[n]) for n in spec.labels if str(row[n]) and not str(row[n]).startswith(
            t("treemap.other", lang, count=len(items))))
        out.append(t("alt.treemap.other", lang, label=_quote(_path(row, spec.labels).split(" › ")[-1], lang),
                     where=t("alt.treemap.in", lang, parent=parent) if parent else "",
                     share=fmt.percent(float(row[VALUE]) / total, lang), items=_joined(names, lang)))
    return out


def alt_text(result: TreemapResult, lang: str | None = None) -> str:
    """A few sentences a screen reader reads instead of the chart: what is drawn, total, filter, largest
    shares, what « Autre » holds, rows left out."""
    spec, table = result.spec, result.table
    lang = lang or spec.lang
    total = float(table[VALUE].sum())
    what = t("alt.treemap.count", lang) if spec.value is None else _quote(spec.value, lang)
    parts = [t("alt.treemap.intro", lang, title=_quote(spec.title, lang) if spec.title else "", what=what,
               labels=_joined([_quote(c, lang) for c in spec.labels], lang)).replace("  ", " "),
             t("alt.treemap.total", lang, total=_amount(total, spec), tiles=fmt.number(len(table), lang, 0))]
    if spec.filter_text():
        parts.append(t("alt.treemap.filter", lang, filters=spec.filter_text(),
                       kept=fmt.number(result.rows_kept, lang, 0), rows=fmt.number(result.rows_total, lang, 0)))
    level = _top_level(result, total)
    if level:
        parts.append(level)
    plain = table[table[ITEMS].map(len) == 0].sort_values(VALUE, ascending=False, kind="stable").head(SHOWN)
    shares = [f"{_path(row, spec.labels)} ({_amount(float(row[VALUE]), spec)}, "
              f"{fmt.percent(float(row[VALUE]) / total, lang)})" for _, row in plain.iterrows()]
    if shares:
        parts.append(t("alt.treemap.largest", lang, items=(" ; " if lang == "fr" else "; ").join(shares)))
    parts += _others(result, total)
    if result.excluded.count:
        parts.append(result.excluded.sentence(lang, spec.is_money()))
    return " ".join(p.strip() for p in parts if p.strip())


def data_table(result: TreemapResult, lang: str | None = None) -> pd.DataFrame:
    """The table drawn, written for people: the alternative to the image."""
    return display_table(result)


def caveats(result: TreemapResult, lang: str | None = None) -> list[str]:
    """What the chart leaves out or gathers: filtered rows, excluded values, the full content of « Autre »."""
    lang = lang or result.spec.lang
    out = [result.sentence()]  # filter, rows left out, budget order operations counted twice
    total = float(result.table[VALUE].sum())
    out += _others(result, total, limit=20)
    return out


def key_figures(result: TreemapResult, lang: str | None = None) -> list[str]:
    """Total drawn and the largest tile."""
    spec, table, lang = result.spec, result.table, lang or result.spec.lang
    total = float(table[VALUE].sum())
    out = [t("alt.treemap.key_total", lang, title=spec.title or spec.value or "", total=_amount(total, spec))]
    plain = table[table[ITEMS].map(len) == 0]
    if len(plain):
        row = plain.loc[plain[VALUE].idxmax()]
        out.append(t("alt.treemap.key_largest", lang, label=_path(row, spec.labels),
                     amount=_amount(float(row[VALUE]), spec), share=fmt.percent(float(row[VALUE]) / total, lang)))
    return out
