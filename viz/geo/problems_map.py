"""The map of the problems (pydeck): each flagged row where it claims to be, coloured by fault, a line to where it
lands once repaired, département outlines underneath so the map reads without base tiles (offline)."""
from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from viz.findings import title
from viz.geo.analyse import FAULTS, Analysis

# Okabe-Ito, colour-blind safe; one colour per fault
COLOURS: dict[str, list[int]] = {
    "swapped": [230, 159, 0], "zero": [0, 0, 0], "out_of_range": [86, 180, 233], "outside_france": [0, 158, 115],
    "outside_departement": [213, 94, 0], "outside_commune": [204, 121, 167], "duplicate_position": [0, 114, 178],
    "low_precision": [153, 153, 153],
}
MAX_POINTS = 5000


def problem_points(table: pd.DataFrame, a: Analysis, lang: str = "fr", limit: int = MAX_POINTS) -> pd.DataFrame:
    """One row per flagged row that has a position: where it is, where it goes once repaired, fault, tooltip."""
    fault = np.array([""] + list(FAULTS), dtype=object)[a.fault]
    fault[(fault == "") & a.duplicate] = "duplicate_position"
    fault[(fault == "") & a.low_precision] = "low_precision"
    shown = np.flatnonzero(np.isin(fault, list(COLOURS)) & np.isfinite(a.pos.lat) & np.isfinite(a.pos.lon))[:limit]
    lat, lon = a.pos.lat[shown], a.pos.lon[shown]
    to_lat, to_lon = lat.copy(), lon.copy()
    swapped = fault[shown] == "swapped"
    to_lat[swapped], to_lon[swapped] = lon[swapped], lat[swapped]
    if len(a.commune_ref):
        ref = a.commune_ref[shown]
        far = np.isin(fault[shown], ["outside_departement", "outside_commune"]) & np.isfinite(ref[:, 0])
        to_lat[far], to_lon[far] = ref[far, 0], ref[far, 1]
    label = table[a.places.name].iloc[shown].astype("str").to_numpy() if a.places.name else np.full(len(shown), "")
    commune = (table[a.places.commune].iloc[shown].astype("str").to_numpy() if a.places.commune
               else np.full(len(shown), ""))
    names = {f: title(f"coord.{f}", lang) for f in COLOURS}
    return pd.DataFrame({
        "row": shown + 2, "lat": lat, "lon": lon, "to_lat": to_lat, "to_lon": to_lon,
        "fault": fault[shown], "fault_label": [names[f] for f in fault[shown]],
        "colour": [COLOURS[f] for f in fault[shown]], "name": label, "commune": commune,
        "moved": (to_lat != lat) | (to_lon != lon),
    })


def outlines() -> dict | None:
    """Département outlines as GeoJSON, when the reference is there."""
    try:
        from viz.reference import departements_geojson
        return departements_geojson()
    except (ImportError, OSError):
        return None


def build_deck(points: pd.DataFrame, lang: str = "fr") -> Any:
    """A pydeck Deck: outlines, a line from each point to its repaired place, the points, tooltips in `lang`."""
    import pydeck as pdk
    layers = []
    shapes = outlines()
    if shapes is not None:
        layers.append(pdk.Layer("GeoJsonLayer", shapes, stroked=True, filled=True, get_fill_color=[245, 245, 240],
                                get_line_color=[150, 150, 150], line_width_min_pixels=1, pickable=False))
    moved = points[points["moved"]]
    layers.append(pdk.Layer("LineLayer", moved, get_source_position=["lon", "lat"],
                            get_target_position=["to_lon", "to_lat"], get_color=[90, 90, 90, 160], get_width=2))
    layers.append(pdk.Layer("ScatterplotLayer", moved, get_position=["to_lon", "to_lat"], get_radius=900,
                            radius_min_pixels=3, get_fill_color=[255, 255, 255], get_line_color="colour",
                            stroked=True, line_width_min_pixels=2, pickable=False))
    layers.append(pdk.Layer("ScatterplotLayer", points, get_position=["lon", "lat"], get_fill_color="colour",
                            get_radius=1500, radius_min_pixels=5, pickable=True, stroked=True,
                            get_line_color=[255, 255, 255], line_width_min_pixels=1))
    view = _view(points)
    row_word = "Ligne" if lang == "fr" else "Row"
    tooltip = {"html": f"<b>{row_word} {{row}}</b> · {{fault_label}}<br/>{{name}}<br/>{{commune}}",
               "style": {"fontSize": "12px"}}
    return pdk.Deck(layers=layers, initial_view_state=view, tooltip=tooltip, map_style=None)


def _view(points: pd.DataFrame) -> Any:
    """Frame the points and their repaired places that are in France (a swapped pair claims to be off Africa)."""
    import pydeck as pdk
    from viz.geo.france import in_france_boxes
    lat = np.concatenate([points["lat"].to_numpy(), points["to_lat"].to_numpy()]) if len(points) else np.zeros(0)
    lon = np.concatenate([points["lon"].to_numpy(), points["to_lon"].to_numpy()]) if len(points) else np.zeros(0)
    inside = in_france_boxes(lon, lat)
    if not inside.any():
        return pdk.ViewState(latitude=46.6, longitude=2.4, zoom=4.6)
    lat, lon = lat[inside], lon[inside]
    spread = max(float(np.ptp(lat)), float(np.ptp(lon)) / 1.4, 0.3)
    zoom = float(np.clip(7.6 - np.log2(spread), 3.5, 11))
    return pdk.ViewState(latitude=float((lat.min() + lat.max()) / 2), longitude=float((lon.min() + lon.max()) / 2),
                         zoom=zoom)
