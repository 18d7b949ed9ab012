"""Point map (pydeck): the rows with coordinates, coloured by a category, over the département outlines.

Up to `threshold` points (50,000) every row is a dot; above it the rows are binned into hexagons on the
server (numpy), so the page carries a few thousand cells instead of a million points (pydeck writes about
100 bytes per point). No tile server is needed: the département outlines come from the reference polygons.
"""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field, fields
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd
import pydeck as pdk

from viz import fmt, reference
from viz.charts import classes
from viz.charts.pointmap_options import MODES, THRESHOLD
from viz.charts.palettes import PALETTES
from viz.errors import StudioError
from viz.geo.detect import CoordColumns, detect
from viz.geo.placing import coord_columns, read_degrees
from viz.i18n import t

MAX_CATEGORIES = 8
OTHER_RGB = [150, 150, 150]
HEX_TARGET = 90  # hexagons across the data's extent


class PointMapError(StudioError, ValueError):
    """No coordinates, unknown columns, no point inside the valid range."""


@dataclass
class PointMapSpec:
    """The user's choices for the point map."""

    lat: str | None = None  # None = detected (with lon), or one combined `lat,lon` column in `lat`
    lon: str | None = None
    tooltip: list[str] = field(default_factory=list)
    colour: str | None = None  # a category column
    mode: str = "auto"
    threshold: int = THRESHOLD
    radius: int = 120  # metres, for dots
    palette: str = "okabe_ito"
    basemap: bool = False  # tiles from a tile server: only when online, never required
    title: str = ""
    lang: str = "fr"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @staticmethod
    def from_dict(data: dict[str, Any]) -> "PointMapSpec":
        known = {f.name for f in fields(PointMapSpec)}
        return PointMapSpec(**{k: v for k, v in data.items() if k in known})


@dataclass
class PointMapResult:
    """The deck, which mode was drawn, how many rows, the legend (label, rgb) and the points' frame."""

    deck: pdk.Deck
    mode: str
    rows: int
    located: int
    cells: int
    legend: list[tuple[str, list[int]]]
    spec: PointMapSpec
    drawn: pd.DataFrame = field(default_factory=pd.DataFrame)  # the dots or cells drawn (for the CSV export)
    lat: np.ndarray = field(default_factory=lambda: np.empty(0))  # every located row (static map, sheet)
    lon: np.ndarray = field(default_factory=lambda: np.empty(0))
    left_out: dict[str, int] = field(default_factory=dict)  # rows without a usable position, by reason
    cell_size: float = 0.0  # hexagon circumradius in degrees of latitude (binned mode)

    def sentence(self) -> str:
        """Which mode is shown and how many rows have usable coordinates."""
        lang = self.spec.lang
        base = t("map.located", lang, located=fmt.number(self.located, lang, 0), rows=fmt.number(self.rows, lang, 0))
        if self.mode == "hexagons":
            key = "map.mode.hexagons" if self.spec.mode == "auto" else "map.mode.hexagons_chosen"
            return base + " " + t(key, lang, cells=fmt.number(self.cells, lang, 0),
                                  threshold=fmt.number(self.spec.threshold, lang, 0))
        return base + " " + t("map.mode.points", lang)


def _columns(table: pd.DataFrame, spec: PointMapSpec) -> CoordColumns:
    """How to read the coordinates: the spec's column(s), or what viz.geo.detect finds."""
    chosen = tuple(c for c in (spec.lat, spec.lon) if c)
    for name in chosen + tuple(spec.tooltip) + ((spec.colour,) if spec.colour else ()):
        if name not in table.columns:
            raise PointMapError("map.error.missing_column", column=name,
                                available=", ".join(f"« {c} »" for c in table.columns))
    if chosen:
        return coord_columns(table, chosen)
    found = detect(table)
    if found is None:
        raise PointMapError("map.error.no_coordinates")
    return found


def coordinates(table: pd.DataFrame, spec: PointMapSpec) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Latitude, longitude and the mask of rows whose coordinates are readable and in range."""
    lat, lon, _ = read_degrees(table, _columns(table, spec))
    ok = np.isfinite(lat) & np.isfinite(lon) & (np.abs(lat) <= 90) & (np.abs(lon) <= 180) & ~((lat == 0) & (lon == 0))
    return lat, lon, ok


def _view(lat: np.ndarray, lon: np.ndarray) -> pdk.ViewState:
    """Zoom to the data (5th-95th percentiles, so a few stray or swapped points do not zoom out to the world)."""
    lo_lat, hi_lat = np.percentile(lat, [5, 95]) if len(lat) > 20 else (lat.min(), lat.max())
    lo_lon, hi_lon = np.percentile(lon, [5, 95]) if len(lon) > 20 else (lon.min(), lon.max())
    span = max((hi_lon - lo_lon) * math.cos(math.radians((lo_lat + hi_lat) / 2)), hi_lat - lo_lat, 0.01)
    zoom = float(np.clip(math.log2(360 / span) - 1.5, 2, 15))
    return pdk.ViewState(latitude=float((lo_lat + hi_lat) / 2), longitude=float((lo_lon + hi_lon) / 2), zoom=zoom)


@lru_cache(maxsize=1)
def _outlines_geojson() -> dict:
    """The département polygons with coordinates cut to 0.001° (smaller pages, same look): the digits after a
    number's third decimal removed (a look-behind: 3x faster than re-writing each number with a group)."""
    import json
    import re
    text = json.dumps(reference.departements_geojson(), separators=(",", ":"))
    return json.loads(re.sub(r"(?<=[0-9]\.[0-9]{3})[0-9]+", "", text))


def outline_layer() -> pdk.Layer:
    """Département outlines (thin grey lines, a faint fill) drawn under the points."""
    return pdk.Layer("GeoJsonLayer", _outlines_geojson(), id="departements", stroked=True, filled=True,
                     get_fill_color=[245, 245, 240, 255], get_line_color=[120, 120, 120, 255],
                     line_width_min_pixels=0.6, pickable=False)


def _hex_to_rgb(colour: str) -> list[int]:
    colour = colour.lstrip("#")
    return [int(colour[i:i + 2], 16) for i in (0, 2, 4)]


def categories(values: pd.Series, palette: str, lang: str) -> tuple[pd.Series, list[tuple[str, list[int]]]]:
    """Each row's legend label (the MAX_CATEGORIES most frequent, then grey « Autre ») and the legend."""
    text = values.astype("str").str.strip()
    text = text.where(text != "", t("dep.empty_category", lang))
    counts = text.value_counts()
    top = list(counts.index[:MAX_CATEGORIES if len(counts) <= MAX_CATEGORIES else MAX_CATEGORIES - 1])
    colours = [_hex_to_rgb(c) for c in PALETTES[palette]]
    legend = [(str(cat), colours[i % len(colours)]) for i, cat in enumerate(top)]
    if len(counts) > len(top):
        other = t("dep.other", lang, count=len(counts) - len(top))
        legend.append((other, OTHER_RGB))
        text = text.where(text.isin(top), other)
    return text, legend


def _category_colours(values: pd.Series, palette: str, lang: str) -> tuple[np.ndarray, list[tuple[str, list[int]]]]:
    """One colour per row by category (the most frequent first); beyond MAX_CATEGORIES, grey « Autre »."""
    text, legend = categories(values, palette, lang)
    lookup = dict(legend)
    rgb = text.map(lambda v: lookup.get(v, OTHER_RGB)).to_numpy(dtype=object)  # one call per distinct value
    return rgb, legend


def _points_layer(table: pd.DataFrame, lat, lon, spec: PointMapSpec) -> tuple[pdk.Layer, dict, list]:
    """A dot per row, with its tooltip fields and colour."""
    data = pd.DataFrame({"lon": np.round(lon, 5), "lat": np.round(lat, 5)})
    legend: list[tuple[str, list[int]]] = []
    if spec.colour:
        data["rgb"], legend = _category_colours(table[spec.colour], spec.palette, spec.lang)
    else:
        data["rgb"] = [[0, 114, 178]] * len(data)
    lines = []
    for i, name in enumerate(spec.tooltip):
        data[f"t{i}"] = table[name].astype("str").str.slice(0, 120).to_numpy()
        lines.append(f"<b>{_escape(name)}</b> : {{t{i}}}")
    layer = pdk.Layer("ScatterplotLayer", data, id="points", get_position=["lon", "lat"], get_fill_color="rgb",
                      get_radius=spec.radius, radius_min_pixels=2.5, radius_max_pixels=12, opacity=0.85,
                      stroked=True, get_line_color=[255, 255, 255], line_width_min_pixels=0.5, pickable=bool(lines))
    tooltip = {"html": "<br>".join(lines), "style": {"fontSize": "12px"}} if lines else {}
    return layer, tooltip, legend


def _escape(text: str) -> str:
    from html import escape
    return escape(str(text)).replace("{", "(").replace("}", ")")


def hexbin(lat: np.ndarray, lon: np.ndarray, size: float) -> pd.DataFrame:
    """Pointy hexagons of circumradius `size` (degrees of latitude, x scaled by cos(lat)): centre and count."""
    cos = math.cos(math.radians(float(np.median(lat[:: max(1, len(lat) // 200_000)]))))
    x, y = lon * cos, lat
    q = (math.sqrt(3) / 3 * x - y / 3) / size
    r = (2 / 3 * y) / size
    s = -q - r
    rq, rr, rs = np.round(q), np.round(r), np.round(s)
    dq, dr, ds = np.abs(rq - q), np.abs(rr - r), np.abs(rs - s)
    rq = np.where((dq > dr) & (dq > ds), -rr - rs, rq)
    rr = np.where(~((dq > dr) & (dq > ds)) & (dr > ds), -rq - rs, rr)
    key = (rq.astype(np.int64) << 32) + (rr.astype(np.int64) + (1 << 31))  # one int per cell: hashing is fast
    counts = pd.Series(key).value_counts()
    cq = (counts.index.to_numpy() >> 32).astype(float)
    cr = ((counts.index.to_numpy() & 0xFFFFFFFF) - (1 << 31)).astype(float)
    cx = size * (math.sqrt(3) * cq + math.sqrt(3) / 2 * cr)
    cy = size * 1.5 * cr
    return pd.DataFrame({"lon": np.round(cx / cos, 5), "lat": np.round(cy, 5), "count": counts.to_numpy()})


def hex_size(lat: np.ndarray, lon: np.ndarray) -> float:
    """Hexagon circumradius (degrees of latitude): HEX_TARGET cells across the data's 1st-99th percentiles."""
    step = max(1, len(lat) // 200_000)  # the extent from a spread sample: a million-point sort is not needed
    slat, slon = lat[::step], lon[::step]
    mainland = (slat > 41.3) & (slat < 51.2) & (slon > -5.3) & (slon < 9.6)
    if 0.5 < mainland.mean() < 1:  # a national file: overseas rows would make cells the size of a région
        slat, slon = slat[mainland], slon[mainland]
    qlat, qlon = np.percentile(slat, [1, 99]), np.percentile(slon, [1, 99])
    span = max(float(qlat[1] - qlat[0]), float(qlon[1] - qlon[0]) * 0.7, 0.05)
    return span / HEX_TARGET


def hex_classes(counts: np.ndarray) -> tuple[np.ndarray, np.ndarray, list[list[int]]]:
    """Class limits, each cell's class and the class colours (rgb) of hexagons with these row counts."""
    limits = classes.breaks(counts, "quantiles", 5)
    index = classes.classify(counts, limits)
    palette = classes.colours("viridis", max(len(limits) - 1, 1))
    return limits, index, [_hex_to_rgb(c) if c.startswith("#") else [int(float(v)) for v in c[4:-1].split(",")]
                           for c in palette]  # one class comes back as `#rrggbb`, several as `rgb(r, g, b)`


def _hexagon_layer(lat, lon, spec: PointMapSpec) -> tuple[pdk.Layer, dict, list, pd.DataFrame]:
    """Hexagon cells coloured by their number of rows (classed, colour-blind-safe blues-to-dark)."""
    size = hex_size(lat, lon)
    cells = hexbin(lat, lon, size)
    limits, index, rgb = hex_classes(cells["count"].to_numpy())
    cells["rgb"] = [rgb[max(k, 0)] for k in index]
    sep = "\u202f" if spec.lang == "fr" else ","  # Babel's group mark, without 2,000 Babel calls
    cells["label"] = [t("dep.rows", spec.lang, value=f"{c:,}".replace(",", sep)) for c in cells["count"]]
    radius = size * 111_320  # circumradius in metres
    layer = pdk.Layer("ColumnLayer", cells, id="hexagons", get_position=["lon", "lat"], disk_resolution=6,
                      radius=radius * 0.95, angle=90, extruded=False, get_fill_color="rgb", opacity=0.8,
                      pickable=True)
    legend = list(zip(classes.labels(limits, spec.lang, 0), rgb))
    return layer, {"html": "{label}"}, legend, cells


def fast_json(deck: pdk.Deck) -> str:
    """The deck's JSON as pydeck writes it (same keys), through orjson: about 10x faster than pydeck's indented
    json.dumps on tens of thousands of points."""
    import orjson
    from pydeck.bindings.json_tools import default_serialize
    return orjson.dumps(deck, default=default_serialize, option=orjson.OPT_SERIALIZE_NUMPY).decode("utf-8")


def build(table: pd.DataFrame, spec: PointMapSpec) -> PointMapResult:
    """The deck: outlines under dots (or server-side hexagons above the threshold), zoomed to the data."""
    if spec.mode not in MODES:
        raise PointMapError("map.error.bad_mode", mode=spec.mode)
    lat, lon, ok = coordinates(table, spec)
    if not ok.any():
        raise PointMapError("map.error.no_points")
    left_out = {} if ok.all() else left_out_reasons(table, spec, lat, lon, ok)
    lat, lon = lat[ok], lon[ok]
    mode = spec.mode if spec.mode != "auto" else ("points" if len(lat) <= spec.threshold else "hexagons")
    if mode == "points":
        rows = table[ok] if not ok.all() else table
        layer, tooltip, legend = _points_layer(rows, lat, lon, spec)
        cells, size = 0, 0.0
        drawn = pd.DataFrame({"latitude": np.round(lat, 6), "longitude": np.round(lon, 6)})
        for name in dict.fromkeys(([spec.colour] if spec.colour else []) + list(spec.tooltip)):
            drawn[name] = rows[name].to_numpy()
    else:
        layer, tooltip, legend, binned = _hexagon_layer(lat, lon, spec)
        cells, size = len(binned), hex_size(lat, lon)
        drawn = binned[["lat", "lon", "count"]].rename(columns={"lat": "latitude", "lon": "longitude",
                                                                    "count": "lignes"})
    step = max(1, len(lat) // 200_000)
    deck = pdk.Deck(layers=[outline_layer(), layer], initial_view_state=_view(lat[::step], lon[::step]),
                    map_provider="carto" if spec.basemap else None, map_style="light" if spec.basemap else None,
                    tooltip=tooltip or False)
    deck.to_json = lambda: fast_json(deck)  # what st.pydeck_chart and the exported page call
    return PointMapResult(deck, mode, len(table), int(ok.sum()), cells, legend, spec, drawn, lat, lon, left_out, size)


def left_out_reasons(table: pd.DataFrame, spec: PointMapSpec, lat: np.ndarray, lon: np.ndarray,
                     ok: np.ndarray) -> dict[str, int]:
    """Rows without a usable position, by reason: empty cells, unreadable, out of range, (0, 0)."""
    bad = ~ok
    nan = bad & ~(np.isfinite(lat) & np.isfinite(lon))
    blank = np.ones(len(table), dtype=bool)
    for name in _columns(table, spec).columns():
        cells = table[name]
        blank &= (cells.isna() | cells.astype("str").str.strip().eq("")).to_numpy()
    zero = bad & ~nan & (lat == 0) & (lon == 0)
    counts = {"empty": int((nan & blank).sum()), "unreadable": int((nan & ~blank).sum()),
              "zero": int(zero.sum()), "out_of_range": int((bad & ~nan & ~zero).sum())}
    return {k: v for k, v in counts.items() if v}


def table_csv(result: PointMapResult) -> bytes:
    """CSV of what the map draws: one row per dot (coordinates, colour and tooltip columns) or per hexagon."""
    from viz.export.tables import safe_csv
    return safe_csv(result.drawn, sep=",")  # the one safe writer: cells and column names neutralised
