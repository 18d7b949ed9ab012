"""The point map as a static plotly figure, for PNG, SVG and the context sheet.

Département outlines from the reference polygons as thin grey lines (laid out as viz.charts.mapshapes lays out
the choropleth: mainland at lon·cos(46.5°), overseas départements in insets), then the same dots as the pydeck
map, coloured by the same categories and palette, or, above the threshold, the same server-side hexagons drawn
as filled polygons. Plain plotly axes: nothing is fetched, no tile server. Everything is numpy over whole arrays:
on a million rows the figure holds a few thousand hexagons, never a million markers.
"""
from __future__ import annotations

import math
import textwrap
from dataclasses import dataclass

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from viz import fmt, reference
from viz.charts import classes, mapshapes
from viz.charts.pointmap import PointMapResult, categories, hex_classes
from viz.geo.points import departement_index
from viz.i18n import t

WIDTH, HEIGHT = 1000, 760
LAND, BORDER = "#F4F4F0", "#9A9A9A"
SINGLE = "#0072B2"  # one colour: Okabe-Ito blue, as the pydeck map
PIXELS = 1600  # dots closer than 1/PIXELS of the frame (same category) are drawn once
PAD = 0.04
GL_ABOVE = 20_000  # more dots than this in one category: WebGL (SVG paths would weigh megabytes)


@dataclass
class StaticMap:
    """The figure and what it shows: points per département, points in no département or out of the frame."""

    figure: go.Figure
    base: PointMapResult
    departements: pd.Series  # located rows per département code, largest first
    outside: int  # located rows in no département (abroad, at sea)
    hidden: int  # located rows outside the drawn frame
    categories: pd.Series  # rows per legend label (dots with a colour column), legend order

    @property
    def spec(self):  # noqa: ANN201  the registry reads result.spec
        return self.base.spec


def _hex(rgb: list[int]) -> str:
    return "#{:02X}{:02X}{:02X}".format(*rgb)


@dataclass
class _Layout:
    """Where things go: overseas départements drawn (in insets or not) and each one's transform."""

    codes: list[str]  # the reference's département codes (index = departement_index)
    mainland: bool
    boxes: dict[str, tuple[float, float, float, float]]
    transforms: dict[int, tuple[float, float, float, float, float, float]]  # code index -> inset_projection

    def project(self, lon: np.ndarray, lat: np.ndarray, which: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Map coordinates of points: mainland projection, overseas ones moved as their outline is."""
        x, y = lon * mapshapes.MAIN_COS, lat.astype(float).copy()
        for index, (cos, scale, ox, oy, dx, dy) in self.transforms.items():
            m = which == index
            if m.any():
                x[m] = ox + (lon[m] * cos - ox) * scale + dx
                y[m] = oy + (lat[m] - oy) * scale + dy
        return x, y


def _layout(counts: np.ndarray, codes: list[str]) -> _Layout:
    """Insets for overseas départements with points when the mainland has points too (or several overseas)."""
    overseas = [c for c in mapshapes.OVERSEAS if c in codes and counts[codes.index(c)] > 0]
    mainland = any(counts[i] > 0 for i, c in enumerate(codes) if c not in mapshapes.OVERSEAS)
    insets = bool(overseas) and (mainland or len(overseas) > 1)
    boxes = mapshapes.inset_boxes(tuple(overseas)) if insets else {}
    transforms = {codes.index(c): mapshapes.inset_projection(c, boxes.get(c)) for c in overseas}
    return _Layout(codes, mainland, boxes, transforms)


def _bounds(x: np.ndarray, y: np.ndarray) -> tuple[float, float, float, float]:
    return float(np.nanmin(x)), float(np.nanmin(y)), float(np.nanmax(x)), float(np.nanmax(y))


def _outline_xy(codes: tuple[str, ...], insets: bool) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Each département's rings as float arrays (NaN between rings)."""
    shapes = mapshapes.outlines(codes, insets)
    return {c: (np.array(o.x, dtype=float), np.array(o.y, dtype=float)) for c, o in shapes.items()}


def _frame(layout: _Layout, counts: np.ndarray, x: np.ndarray, y: np.ndarray) -> tuple[float, float, float, float]:
    """The départements holding points (and the inset boxes), padded; the points' extent when none does."""
    held = tuple(c for i, c in enumerate(layout.codes) if counts[i] > 0)
    if not held:
        x0, y0, x1, y1 = _bounds(x, y)
    else:
        drawn = _outline_xy(held, bool(layout.boxes))
        x0, y0, x1, y1 = _bounds(np.concatenate([v[0] for v in drawn.values()]),
                                 np.concatenate([v[1] for v in drawn.values()]))
        for bx0, by0, bx1, by1 in layout.boxes.values():
            x0, y0, x1, y1 = min(x0, bx0), min(y0, by0), max(x1, bx1), max(y1, by1)
    pad = PAD * max(x1 - x0, y1 - y0, 0.05)
    return x0 - pad, y0 - pad, x1 + pad, y1 + pad


def _outlines(fig: go.Figure, layout: _Layout, frame: tuple[float, float, float, float]) -> None:
    """Every département meeting the frame (and the overseas ones with points): one grey path, faint land."""
    mainland = tuple(c for c in layout.codes if c not in mapshapes.OVERSEAS)
    wanted = [layout.codes[i] for i in layout.transforms]
    everything = _outline_xy(mainland + tuple(wanted), bool(layout.boxes))
    xs, ys = [], []
    for code, (ox, oy) in everything.items():
        bx0, by0, bx1, by1 = _bounds(ox, oy)
        if code in wanted or (bx1 >= frame[0] and bx0 <= frame[2] and by1 >= frame[1] and by0 <= frame[3]):
            xs += [ox, [np.nan]]
            ys += [oy, [np.nan]]
    if xs:
        fig.add_scatter(x=np.concatenate(xs), y=np.concatenate(ys), mode="lines", fill="toself", fillcolor=LAND,
                        line={"color": BORDER, "width": 0.6}, hoverinfo="skip", showlegend=False,
                        name=t("mapexport.outlines", "fr"))
    names = reference.departements().set_index("code")["nom"]
    for code, (x0, y0, x1, y1) in layout.boxes.items():
        fig.add_shape(type="rect", x0=x0, y0=y0, x1=x1, y1=y1, line={"color": "#AAAAAA", "width": 0.8})
        fig.add_annotation(x=(x0 + x1) / 2, y=y1, text=names.get(code, code), showarrow=False, yanchor="bottom",
                           font={"size": 10, "color": "#555555"})


def _legend_label(label: str, count: int, lang: str) -> str:
    """`Commune (454)`; `Autre (102 catégories) : 784` when the label already ends with a bracket."""
    number = fmt.number(count, lang, 0)
    return f"{label} : {number}" if label.endswith(")") else f"{label} ({number})"


def _thin(x: np.ndarray, y: np.ndarray, frame: tuple[float, float, float, float]) -> np.ndarray:
    """Indices of the dots to draw: one per pixel of a PIXELS-wide grid (the same picture, a lighter file)."""
    if len(x) < 2000:
        return np.arange(len(x))
    step = max(frame[2] - frame[0], frame[3] - frame[1]) / PIXELS
    key = (np.floor((x - frame[0]) / step).astype(np.int64) << 32) + np.floor((y - frame[1]) / step).astype(np.int64)
    return np.unique(key, return_index=True)[1]


def _dots(fig: go.Figure, base: PointMapResult, layout: _Layout, which: np.ndarray,
          frame: tuple[float, float, float, float]) -> pd.Series:
    """One trace per category (legend order, with its count); the rows per category."""
    spec, lang = base.spec, base.spec.lang
    x, y = layout.project(base.lon, base.lat, which)
    if spec.colour:
        labels, legend = categories(base.drawn[spec.colour], spec.palette, lang)
        labels = labels.to_numpy()
    else:
        labels = np.full(len(x), t("mapexport.rows", lang), dtype=object)
        legend = [(t("mapexport.rows", lang), None)]
    counts = pd.Series(labels).value_counts()
    size = 7 if len(x) <= 1000 else 5 if len(x) <= 10_000 else 3.5
    line = {"color": "#FFFFFF", "width": 0.5 if len(x) <= 5000 else 0}
    for label, rgb in legend:
        idx = np.flatnonzero(labels == label)
        keep = idx[_thin(x[idx], y[idx], frame)]
        kind = go.Scattergl if len(keep) > GL_ABOVE else go.Scatter  # a WebGL layer: an image inside the SVG
        fig.add_trace(kind(x=x[keep], y=y[keep], mode="markers", hoverinfo="skip",
                           name=_legend_label(label, int(counts.get(label, 0)), lang),
                           marker={"color": _hex(rgb) if rgb else SINGLE, "size": size, "opacity": 0.85,
                                   "line": line}))
    return counts.reindex([label for label, _ in legend]).fillna(0).astype(int) if spec.colour else pd.Series(dtype=int)


def _hexagons(fig: go.Figure, base: PointMapResult, layout: _Layout) -> None:
    """The pydeck map's hexagons as filled polygons, one trace per class of row counts."""
    cells = base.drawn
    lat, lon, counts = (cells[c].to_numpy(dtype=float) for c in ("latitude", "longitude", "lignes"))
    which, _ = departement_index(lon, lat)
    sample = base.lat[:: max(1, len(base.lat) // 200_000)]
    cos = math.cos(math.radians(float(np.median(sample))))
    angles = np.radians(30 + 60 * np.arange(7))
    size = base.cell_size * 0.97
    vlon = lon[:, None] + size * np.cos(angles)[None, :] / cos
    vlat = lat[:, None] + size * np.sin(angles)[None, :]
    vx, vy = layout.project(vlon.ravel(), vlat.ravel(), np.repeat(which, 7))
    vx, vy = vx.reshape(-1, 7), vy.reshape(-1, 7)
    limits, index, rgb = hex_classes(counts)
    labels = classes.labels(limits, base.spec.lang, 0)
    gap = np.full((len(lat), 1), np.nan)
    for k, (label, colour) in enumerate(zip(labels, rgb)):
        rows = np.flatnonzero(np.maximum(index, 0) == k)
        if not len(rows):
            continue
        fig.add_scatter(x=np.hstack([vx[rows], gap[rows]]).ravel(), y=np.hstack([vy[rows], gap[rows]]).ravel(),
                        mode="lines", fill="toself", fillcolor=_hex(colour), line={"width": 0, "color": _hex(colour)},
                        marker={"color": _hex(colour)}, name=label, hoverinfo="skip", legendrank=k)


def _texts(fig: go.Figure, base: PointMapResult, frame: tuple[float, float, float, float]) -> None:
    """Title, the sentence saying what is drawn, legend title, axes hidden at one scale, French separators."""
    spec, lang = base.spec, base.spec.lang
    legend_title = (t("mapexport.legend.hexagons", lang) if base.mode == "hexagons"
                    else spec.colour or "")
    fig.add_annotation(text="<br>".join(textwrap.wrap(base.sentence(), 150)), x=0, y=0, xref="paper", yref="paper", xanchor="left", yanchor="top",
                       yshift=-8, showarrow=False, align="left", font={"size": 11, "color": "#555555"})
    fig.update_layout(width=WIDTH, height=HEIGHT, title={"text": spec.title, "x": 0.01, "xanchor": "left"},
                      separators=fmt.plotly_separators(lang), plot_bgcolor="#FFFFFF", paper_bgcolor="#FFFFFF",
                      font={"family": "Arial, Helvetica, sans-serif", "size": 13}, showlegend=True,
                      margin={"l": 10, "r": 10, "t": 70 if spec.title else 30, "b": 60},
                      legend={"title": {"text": legend_title}, "x": 1.0, "xanchor": "left", "y": 0.5,
                              "yanchor": "middle", "bgcolor": "rgba(255,255,255,0.85)", "itemsizing": "constant"},
                      xaxis={"visible": False, "range": [frame[0], frame[2]]},
                      yaxis={"visible": False, "range": [frame[1], frame[3]], "scaleanchor": "x", "scaleratio": 1})


def static_map(base: PointMapResult) -> StaticMap:
    """The static figure of a built point map (same rows, categories, palette, hexagons)."""
    which, codes = departement_index(base.lon, base.lat)
    counts = np.bincount(which + 1, minlength=len(codes) + 1)
    dep_counts, outside = counts[1:], int(counts[0])
    layout = _layout(dep_counts, codes)
    x, y = layout.project(base.lon, base.lat, which)
    frame = _frame(layout, dep_counts, x, y)
    hidden = int((~((x >= frame[0]) & (x <= frame[2]) & (y >= frame[1]) & (y <= frame[3]))).sum())
    fig = go.Figure()
    _outlines(fig, layout, frame)
    cats = _dots(fig, base, layout, which, frame) if base.mode == "points" else pd.Series(dtype=int)
    if base.mode != "points":
        _hexagons(fig, base, layout)
        if fig.data and fig.data[0].fill == "toself":  # hexagons cover the land: borders again, above them
            fig.add_scatter(x=fig.data[0].x, y=fig.data[0].y, mode="lines", line={"color": "#FFFFFF", "width": 0.5},
                            hoverinfo="skip", showlegend=False)
    _texts(fig, base, frame)
    deps = pd.Series(dep_counts, index=codes)
    deps = deps[deps > 0].sort_values(ascending=False, kind="stable")
    return StaticMap(fig, base, deps, outside, hidden, cats)
