"""The point map in words and as a chart kind of the context sheet: alt text, caveats, key figures, data table.

Its entry in viz.charts.registry: build() draws the pydeck map's rows as a static plotly figure
(viz.charts.pointmap_static), which the sheet and the PNG/SVG exports use.
"""
from __future__ import annotations

from typing import Any

import pandas as pd

from viz import fmt, reference
from viz.charts import pointmap
from viz.charts.pointmap import PointMapSpec
from viz.charts.pointmap_static import StaticMap, static_map
from viz.i18n import t

__all__ = ["spec_from_dict", "build", "alt_text", "data_table", "caveats", "key_figures"]

SHOWN = 3  # départements named in the alt text


def spec_from_dict(data: dict[str, Any]) -> PointMapSpec:
    return PointMapSpec.from_dict(data)


def build(table: pd.DataFrame, spec: PointMapSpec) -> StaticMap:
    """The point map (dots, or hexagons above the threshold) as a static figure."""
    return static_map(pointmap.build(table, spec))


def _n(value: float, lang: str) -> str:
    return fmt.number(int(value), lang, 0)


def _left_out(result: StaticMap, lang: str) -> str:
    """`42 lignes sans position utilisable (40 vides, 2 à 0,0)`, or nothing."""
    base = result.base
    missing = base.rows - base.located
    if not missing:
        return ""
    reasons = ", ".join(t(f"mapexport.reason.{k}", lang, count=v) for k, v in base.left_out.items())
    return t("mapexport.left_out", lang, count=missing, reasons=reasons)


def _where(result: StaticMap, lang: str) -> str:
    """The régions and départements holding most points, with their shares."""
    deps = result.departements
    if deps.empty:
        return t("mapexport.where.none", lang)
    located = result.base.located
    info = reference.departements().set_index("code")
    regions = reference.regions().set_index("code")["nom"]
    by_region = deps.groupby(deps.index.map(info["code_region"])).sum().sort_values(ascending=False, kind="stable")
    region_items = [f"{regions.get(code, code)} ({fmt.percent(v / located, lang)})" for code, v in by_region.head(SHOWN).items()]
    dep_items = [f"{info['nom'].get(code, code)} ({code}) {_n(v, lang)}" for code, v in deps.head(SHOWN).items()]
    sep = " ; " if lang == "fr" else "; "
    return t("mapexport.where", lang, regions=sep.join(region_items), count=len(deps), departements=sep.join(dep_items))


def _categories(result: StaticMap, lang: str) -> str:
    """`Couleur selon « statut » : Commune 454, Association 371…`."""
    spec = result.base.spec
    if result.categories.empty:
        return ""
    items = ", ".join(f"{label} {_n(v, lang)}" for label, v in result.categories.items())
    return t("mapexport.colours", lang, column=spec.colour, items=items)


def _binned(result: StaticMap, lang: str) -> str:
    """Said when the map draws hexagons: how many and their range of rows."""
    base = result.base
    counts = base.drawn["lignes"]
    return t("mapexport.binned", lang, cells=_n(base.cells, lang), threshold=_n(base.spec.threshold, lang),
             low=_n(counts.min(), lang), high=_n(counts.max(), lang))


def alt_text(result: StaticMap, lang: str | None = None) -> str:
    """Points drawn, rows without a position, where the points are, the categories and their counts."""
    base = result.base
    lang = lang or base.spec.lang
    title = f"« {base.spec.title} »" if lang == "fr" else f"“{base.spec.title}”"
    parts = [t("mapexport.intro", lang, title=title if base.spec.title else "", located=base.located,
               rows=_n(base.rows, lang)).replace("  ", " "),
             _left_out(result, lang), _where(result, lang), _categories(result, lang)]
    if base.mode == "hexagons":
        parts.append(_binned(result, lang))
    if result.outside:
        parts.append(t("mapexport.outside", lang, count=result.outside))
    return " ".join(p.strip() for p in parts if p.strip())


def _degrees(values: pd.Series, lang: str) -> pd.Series:
    """Coordinates with 5 decimals, a decimal comma in French (one format call per value, no Babel)."""
    text = values.astype(float).map("{:.5f}".format)
    return text.str.replace(".", ",", regex=False) if lang == "fr" else text


def data_table(result: StaticMap, lang: str | None = None) -> pd.DataFrame:
    """The rows drawn: coordinates, colour and tooltip columns (dots), or each hexagon's centre and rows."""
    base = result.base
    lang = lang or base.spec.lang
    drawn = base.drawn
    if base.mode == "hexagons":
        cells = drawn.sort_values("lignes", ascending=False, kind="stable")
        return pd.DataFrame({t("mapexport.col.lat_centre", lang): _degrees(cells["latitude"], lang).to_numpy(),
                             t("mapexport.col.lon_centre", lang): _degrees(cells["longitude"], lang).to_numpy(),
                             t("mapexport.col.rows", lang): [_n(v, lang) for v in cells["lignes"]]})
    out = pd.DataFrame({t("mapexport.col.lat", lang): _degrees(drawn["latitude"], lang),
                        t("mapexport.col.lon", lang): _degrees(drawn["longitude"], lang)})
    for name in drawn.columns[2:]:
        out[name] = drawn[name].astype("str").to_numpy()
    return out


def caveats(result: StaticMap, lang: str | None = None) -> list[str]:
    """Rows left out and why, binned mode, points out of France or of the frame, no base map."""
    base = result.base
    lang = lang or base.spec.lang
    out = [base.sentence()]
    left = _left_out(result, lang)
    if left:
        out.append(left)
    if base.mode == "hexagons":
        out.append(_binned(result, lang))
    if result.outside:
        out.append(t("mapexport.outside", lang, count=result.outside))
    if result.hidden:
        out.append(t("mapexport.hidden", lang, count=result.hidden))
    if result.figure.layout.shapes:  # overseas départements in insets
        out.append(t("mapexport.insets", lang))
    out.append(t("mapexport.no_basemap", lang))
    return out


def key_figures(result: StaticMap, lang: str | None = None) -> list[str]:
    """Points drawn, and the département holding most."""
    base = result.base
    lang = lang or base.spec.lang
    out = [t("mapexport.key.points", lang, located=base.located, rows=_n(base.rows, lang))]
    if not result.departements.empty:
        code = str(result.departements.index[0])
        name = reference.departements().set_index("code")["nom"].get(code, code)
        out.append(t("mapexport.key.top", lang, name=f"{name} ({code})",
                     count=int(result.departements.iloc[0]),
                     share=fmt.percent(float(result.departements.iloc[0]) / base.located, lang)))
    return out

