"""GeoJSON: one row per feature, properties as columns, points as longitude/latitude columns."""
from __future__ import annotations

import pandas as pd

from viz.io.errors import LoadError
from viz.io.json import _decode, records_table


def _lonlat(geometry: object) -> tuple[str, str, str]:
    """(type, longitude, latitude) of a Point; for other shapes the mean of their vertices."""
    if not isinstance(geometry, dict):
        return "", "", ""
    kind = str(geometry.get("type", ""))
    coords = geometry.get("coordinates")
    if kind == "Point" and isinstance(coords, list) and len(coords) >= 2:
        return kind, str(coords[0]), str(coords[1])
    points: list = []

    def walk(node: object) -> None:
        if isinstance(node, list) and node and all(isinstance(v, (int, float)) for v in node[:2]) and len(node) >= 2:
            points.append(node)
        elif isinstance(node, list):
            for child in node:
                walk(child)
    walk(coords)
    if not points:
        return kind, "", ""
    lon = sum(p[0] for p in points) / len(points)
    lat = sum(p[1] for p in points) / len(points)
    return kind, repr(round(lon, 7)), repr(round(lat, 7))


def read_geojson(data: bytes) -> tuple[pd.DataFrame, list[tuple]]:
    """Read a FeatureCollection (or one Feature) into a text table."""
    doc = _decode(data, exact_numbers=False)
    if isinstance(doc, dict) and doc.get("type") == "Feature":
        doc = {"type": "FeatureCollection", "features": [doc]}
    if not isinstance(doc, dict) or not isinstance(doc.get("features"), list):
        raise LoadError("io.geojson.not_collection")
    features = doc["features"]
    if not features:
        raise LoadError("io.json.no_records")
    props = [f.get("properties") or {} if isinstance(f, dict) else {} for f in features]
    table = records_table(props) if any(props) else pd.DataFrame(index=range(len(features)))
    geo = [_lonlat(f.get("geometry") if isinstance(f, dict) else None) for f in features]
    names = {"type": "geometrie_type", "lon": "longitude", "lat": "latitude"}
    for key in ("lon", "lat"):
        if names[key] in table.columns:
            names[key] = f"{names[key]}_geometrie"
    table[names["type"]] = pd.Series([g[0] for g in geo], dtype="str")
    table[names["lon"]] = pd.Series([g[1] for g in geo], dtype="str")
    table[names["lat"]] = pd.Series([g[2] for g in geo], dtype="str")
    notes = [("io.note.geojson", {"count": len(features), "lon": names["lon"], "lat": names["lat"]})]
    if any(g[0] not in ("Point", "") for g in geo):
        notes.append(("io.note.geojson_centroid",))
    return table, notes
