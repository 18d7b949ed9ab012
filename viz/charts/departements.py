"""Départements: bars per département and a choropleth, from one spec and a pure build(table, spec).

Reference case: places of digital inclusion per département of Région Sud, by statut juridique. Rows are
placed by viz.geo (code, name, INSEE or postal code, commune name or coordinates); the rows that cannot be
placed are counted with their reason, never silently dropped.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from viz import fmt, reference
from viz.charts import classes, mapshapes
from viz.charts.grouping import parse_values
from viz.charts.palettes import PALETTES
from viz.errors import StudioError
from viz.geo.choose import place_table
from viz.geo.placing import Placement
from viz.i18n import t

KINDS = ("bars", "map")
BARMODES = ("stack", "group")
PER = 100_000
TOP_CATEGORIES = 8  # more categories than this: the smallest are gathered in « Autre »


class DepartementsError(StudioError, ValueError):
    """A choice that cannot be drawn (unknown column or région, nothing left to draw)."""


@dataclass
class DepartementsSpec:
    """What the user chose; serialises to/from a plain dict like the treemap's spec."""

    kind: str = "bars"
    by: str | None = None  # column placing the rows (or "coordinates"); None = the best one
    value: str | None = None  # summed; None = number of rows
    category: str | None = None  # second category (stacked or grouped bars)
    barmode: str = "stack"
    rate: bool = False  # per 100,000 inhabitants
    region: str | None = None  # région code: only its départements
    sort: str = "value"  # or "code"
    classes: str = "quantiles"  # or "jenks" (natural breaks)
    n_classes: int = 5
    palette: str = "okabe_ito"  # bar categories
    map_palette: str = "blues"
    title: str = ""
    subtitle: str = ""
    source: str = ""
    note: str = ""
    lang: str = "fr"
    decimal: str = ","
    thousands: str | None = None
    width: int = 1000
    height: int = 0  # 0 = fit the number of bars (or 720 for a map)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @staticmethod
    def from_dict(data: dict[str, Any]) -> "DepartementsSpec":
        known = {f.name for f in fields(DepartementsSpec)}
        return DepartementsSpec(**{k: v for k, v in data.items() if k in known})


@dataclass
class DepartementsResult:
    """The figure, the table drawn (code, nom, value...), how rows were placed and what was left out."""

    figure: go.Figure
    table: pd.DataFrame
    placement: Placement
    spec: DepartementsSpec
    outside_region: int = 0
    unreadable_values: int = 0
    notes: list[str] = field(default_factory=list)

    def sentence(self) -> str:
        """Plain sentences under the chart: rows placed, unplaced by reason, out of the région, bad values."""
        lang, p = self.spec.lang, self.placement
        parts = [t("dep.placed", lang, placed=fmt.number(p.placed, lang, 0), rows=fmt.number(len(p.codes), lang, 0),
                   how=t(f"dep.method.{p.method}", lang, column=" + ".join(p.columns)))]
        if p.unplaced:
            reasons = ", ".join(t(f"dep.reason.{r}", lang, count=fmt.number(n, lang, 0))
                                for r, n in p.by_reason().items())
            parts.append(t("dep.unplaced", lang, count=fmt.number(p.unplaced, lang, 0), reasons=reasons))
        if self.outside_region:
            parts.append(t("dep.outside_region", lang, count=fmt.number(self.outside_region, lang, 0)))
        if self.unreadable_values:
            parts.append(t("dep.unreadable_values", lang, count=fmt.number(self.unreadable_values, lang, 0),
                           column=self.spec.value))
        return " ".join(parts)


def check(table: pd.DataFrame, spec: DepartementsSpec) -> None:
    """Raise DepartementsError on an unknown column, région, kind or option."""
    available = ", ".join(f"« {c} »" for c in table.columns)
    for name in (spec.value, spec.category):
        if name is not None and name not in table.columns:
            raise DepartementsError("dep.error.missing_column", column=name, available=available)
    if spec.region is not None and spec.region not in set(reference.regions()["code"]):
        raise DepartementsError("dep.error.bad_region", region=spec.region,
                                available=", ".join(f"{c} {n}" for c, n in reference.regions().to_numpy()))
    if spec.kind not in KINDS or spec.barmode not in BARMODES or spec.classes not in classes.METHODS:
        raise DepartementsError("dep.error.bad_option", kind=spec.kind)
    if spec.palette not in PALETTES or spec.map_palette not in classes.SEQUENTIAL:
        raise DepartementsError("dep.error.bad_option", kind=spec.palette)


def region_codes(region: str | None) -> list[str]:
    """Département codes of a région (all 101 without one), in code order."""
    deps = reference.departements()
    return list(deps["code"] if region is None else deps.loc[deps["code_region"] == region, "code"])


def _values(table: pd.DataFrame, spec: DepartementsSpec) -> tuple[np.ndarray, int]:
    """What each row adds: 1, or its value (unreadable and empty cells add nothing; unreadable ones counted)."""
    if spec.value is None:
        return np.ones(len(table)), 0
    values = parse_values(table[spec.value], spec.decimal, spec.thousands).to_numpy(dtype=float)
    filled = table[spec.value].astype("str").str.strip().ne("").to_numpy()
    return np.nan_to_num(values), int((filled & np.isnan(values)).sum())


def _categories(table: pd.DataFrame, spec: DepartementsSpec, keep: np.ndarray, values: np.ndarray) -> pd.Series:
    """The second category per row (trimmed); beyond TOP_CATEGORIES, the smallest are gathered in « Autre »."""
    text = table[spec.category].astype("str").str.strip()
    text = text.where(text != "", t("dep.empty_category", spec.lang))
    totals = pd.Series(values[keep]).groupby(text.to_numpy()[keep]).sum().sort_values(ascending=False)
    if len(totals) > TOP_CATEGORIES:
        other = t("dep.other", spec.lang, count=len(totals) - TOP_CATEGORIES + 1)
        text = text.where(text.isin(totals.index[:TOP_CATEGORIES - 1]), other)
    return text


def aggregate(table: pd.DataFrame, spec: DepartementsSpec, placement: Placement) -> tuple[pd.DataFrame, int, int]:
    """One row per (département, category): code, nom, [category], value, population, [rate]."""
    values, unreadable = _values(table, spec)
    wanted = region_codes(spec.region)
    codes = placement.codes.to_numpy(dtype=object)
    keep = pd.Series(codes).isin(wanted).to_numpy()
    outside_region = int((placement.codes.notna().to_numpy() & ~keep).sum())
    frame = pd.DataFrame({"code": codes[keep], "value": values[keep]})
    keys = ["code"]
    if spec.category:
        frame["category"] = _categories(table, spec, keep, values).to_numpy()[keep]
        keys.append("category")
    grouped = frame.groupby(keys, sort=False)["value"].sum().reset_index()
    deps = reference.departements().set_index("code")
    grouped.insert(1, "nom", grouped["code"].map(deps["nom"]))
    grouped["population"] = grouped["code"].map(deps["population"]).astype(float)
    if spec.rate:
        grouped["rate"] = grouped["value"] / grouped["population"] * PER
    return grouped, outside_region, unreadable


def _measure(spec: DepartementsSpec) -> str:
    return "rate" if spec.rate else "value"


def _axis_title(spec: DepartementsSpec) -> str:
    """`Nombre de lignes`, `Somme de « montant »` or `Pour 100 000 habitants`."""
    key = "dep.axis.rate" if spec.rate else ("dep.axis.value" if spec.value is None else "dep.axis.sum")
    return t(key, spec.lang, column=spec.value or "")


def _amount(value: float, spec: DepartementsSpec) -> str:
    """`342 lignes`, `1 234 567` or `12,4 pour 100 000 hab.`."""
    lang = spec.lang
    if spec.rate:
        return t("dep.per_100k", lang, value=fmt.number(value, lang, 1))
    if spec.value is None:
        return t("dep.rows", lang, value=fmt.number(value, lang, 0))
    return fmt.number(value, lang)


def _texts(spec: DepartementsSpec, fig: go.Figure) -> None:
    """Title, subtitle, source and note (as the treemap writes them) and French separators."""
    title: dict[str, Any] = {"text": spec.title, "x": 0.01, "xanchor": "left"}
    if spec.subtitle:
        title["subtitle"] = {"text": spec.subtitle}
    lines = [t("treemap.source", spec.lang, source=spec.source) if spec.source else "",
             t("treemap.note", spec.lang, note=spec.note) if spec.note else ""]
    lines = [line for line in lines if line]
    notes = [{"text": "<br>".join(lines), "x": 0, "y": 0, "xref": "paper", "yref": "paper", "xanchor": "left",
              "yanchor": "top", "yshift": -36, "showarrow": False, "align": "left",
              "font": {"size": 11, "color": "#555555"}}] if lines else []
    top = 40 + (40 if spec.title else 0) + (24 if spec.subtitle else 0)
    fig.update_layout(title=title, annotations=list(fig.layout.annotations or ()) + notes,
                      separators=fmt.plotly_separators(spec.lang), font={"family": "Arial, Helvetica, sans-serif",
                                                                         "size": 13},
                      margin={"l": 10, "r": 10, "t": top, "b": 50 + 18 * len(lines)}, plot_bgcolor="#FFFFFF")


def _bars(grouped: pd.DataFrame, spec: DepartementsSpec) -> go.Figure:
    """Horizontal bars, largest first (or in code order), one trace per category."""
    measure = _measure(spec)
    totals = grouped.groupby("code")[measure].sum()
    order = totals.sort_values(ascending=False, kind="stable").index if spec.sort == "value" else sorted(totals.index)
    names = grouped.drop_duplicates("code").set_index("code")["nom"]
    label = {c: f"{names[c]} ({c})" for c in order}
    fig = go.Figure()
    if spec.category:
        palette = PALETTES[spec.palette]
        cats = grouped.groupby("category")[measure].sum().sort_values(ascending=False).index
        for i, cat in enumerate(cats):
            part = grouped[grouped["category"] == cat].set_index("code").reindex(order)
            fig.add_bar(y=[label[c] for c in order], x=part[measure].fillna(0).tolist(), name=str(cat), orientation="h",
                        marker_color=palette[i % len(palette)],
                        hovertext=[f"<b>{label[c]}</b><br>{cat} : {_amount(v, spec)}" for c, v in
                                   zip(order, part[measure].fillna(0))], hoverinfo="text")
    else:
        fig.add_bar(y=[label[c] for c in order], x=[float(totals[c]) for c in order], orientation="h",
                    marker_color=PALETTES[spec.palette][4 % len(PALETTES[spec.palette])],
                    text=[_amount(totals[c], spec) for c in order], textposition="outside", cliponaxis=False,
                    hovertext=[f"<b>{label[c]}</b><br>{_amount(totals[c], spec)}" for c in order], hoverinfo="text")
    fig.update_layout(barmode="relative" if spec.barmode == "stack" else "group", width=spec.width,
                      height=spec.height or max(320, 150 + 26 * len(order) * (1 if spec.barmode == "stack" else 1.6)),
                      legend={"orientation": "h", "y": 1.02, "yanchor": "bottom", "x": 0},
                      yaxis={"autorange": "reversed", "automargin": True},
                      xaxis={"title": {"text": _axis_title(spec)},
                             "gridcolor": "#E5E5E5", "rangemode": "tozero"})
    if not spec.category and len(totals) and totals.max() > 0:  # room for the amounts written after the bars
        fig.update_xaxes(range=[0, float(totals.max()) * 1.18])
    return fig


def _map(grouped: pd.DataFrame, spec: DepartementsSpec) -> go.Figure:
    """Filled département outlines, one colour per class, the classes in the legend, overseas in insets."""
    measure = _measure(spec)
    totals = grouped.groupby("code")[measure].sum()
    drawn = tuple(region_codes(spec.region))
    limits = classes.breaks(totals.to_numpy(), spec.classes, spec.n_classes)
    index = pd.Series(classes.classify(totals.to_numpy(), limits), index=totals.index)
    palette = classes.colours(spec.map_palette, max(len(limits) - 1, 1))
    legend = classes.labels(limits, spec.lang, 1 if spec.rate else (0 if spec.value is None else 2))
    names = reference.departements().set_index("code")["nom"]
    shapes = mapshapes.outlines(drawn)
    fig = go.Figure()
    shown: set[int] = set()
    for code in drawn:
        k = int(index.get(code, -1))
        outline = shapes[code]
        value = totals.get(code)
        text = f"<b>{names[code]} ({code})</b><br>" + (_amount(value, spec) if value is not None
                                                       else t("dep.no_data", spec.lang))
        fig.add_scatter(x=outline.x, y=outline.y, fill="toself", mode="lines", line={"color": "#FFFFFF", "width": 0.6},
                        fillcolor=palette[k] if k >= 0 else classes.NO_DATA, hoveron="fills", hoverinfo="text",
                        text=text, name=legend[k] if k >= 0 else t("dep.no_data", spec.lang),
                        legendgroup=str(k), showlegend=k not in shown, legendrank=k if k >= 0 else 999)
        shown.add(k)
    _inset_frames(fig, drawn, spec.lang)
    if len(drawn) <= 15:  # a région: write each département's name and amount on it
        fig.add_scatter(x=[shapes[c].label_x for c in drawn], y=[shapes[c].label_y for c in drawn], mode="text",
                        text=[f"{names[c]}<br>{_amount(totals[c], spec) if c in totals.index else ''}"
                              for c in drawn], textfont={"size": 11, "color": ["#FFFFFF" if 2 * int(index.get(c, -1)) >= len(palette)
                                                         else "#111111" for c in drawn]}, hoverinfo="skip",
                        showlegend=False)
    fig.update_layout(width=spec.width, height=spec.height or 720, showlegend=True,
                      legend={"title": {"text": _axis_title(spec)},
                              "traceorder": "normal", "x": 1.0, "xanchor": "left", "y": 0.5, "yanchor": "middle",
                              "bgcolor": "rgba(255,255,255,0.8)"},
                      xaxis={"visible": False}, yaxis={"visible": False, "scaleanchor": "x", "scaleratio": 1})
    return fig


def _inset_frames(fig: go.Figure, drawn: tuple[str, ...], lang: str) -> None:
    """A thin frame and a name above each overseas inset."""
    names = reference.departements().set_index("code")["nom"]
    boxes = mapshapes.inset_boxes(drawn) if any(c not in mapshapes.OVERSEAS for c in drawn) else {}
    for code, (x0, y0, x1, y1) in boxes.items():
        fig.add_shape(type="rect", x0=x0, y0=y0, x1=x1, y1=y1, line={"color": "#AAAAAA", "width": 0.8})
        fig.add_annotation(x=(x0 + x1) / 2, y=y1, text=names[code], showarrow=False, yanchor="bottom",
                           font={"size": 10, "color": "#555555"})


def build(table: pd.DataFrame, spec: DepartementsSpec, placement: Placement | None = None) -> DepartementsResult:
    """The bars or the map of `table` by département (placing rows first unless `placement` is given)."""
    check(table, spec)
    placement = placement if placement is not None else place_table(table, spec.by)
    grouped, outside_region, unreadable = aggregate(table, spec, placement)
    if grouped.empty:
        raise DepartementsError("dep.error.nothing", region=spec.region or "")
    fig = _bars(grouped, spec) if spec.kind == "bars" else _map(grouped, spec)
    _texts(spec, fig)
    return DepartementsResult(fig, grouped, placement, spec, outside_region, unreadable)


def table_csv(result: DepartementsResult) -> bytes:
    """`code,nom,value` (then category, population, rate when present): one row per département drawn."""
    out = result.table.copy()
    if "category" in out:
        out = out.rename(columns={"category": result.spec.category or "category"})
    out = out.sort_values("code", kind="stable")
    for column in ("value", "population"):
        if np.all(np.mod(out[column].to_numpy(dtype=float), 1) == 0):
            out[column] = out[column].astype("int64")
    from viz.export.tables import safe_csv
    return safe_csv(out, sep=",")  # the one safe writer: the category column's name is the user's, neutralised
