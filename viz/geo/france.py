"""Where France is: boxes around metropolitan France, Corsica and the five overseas départements, and, when the
reference polygons are present, which département a point falls in (vectorised `shapely.contains_xy`)."""
from __future__ import annotations

from functools import lru_cache
from typing import Any

import numpy as np

# (west, south, east, north) in degrees
BOXES: dict[str, tuple[float, float, float, float]] = {
    "metropole": (-5.3, 42.3, 8.3, 51.15),
    "corse": (8.5, 41.3, 9.6, 43.05),
    "971": (-61.9, 15.8, -60.95, 16.55),
    "972": (-61.25, 14.35, -60.78, 14.9),
    "973": (-54.65, 2.1, -51.55, 5.85),
    "974": (55.2, -21.42, 55.85, -20.85),
    "976": (44.95, -13.05, 45.35, -12.6),
}
ISLAND_KM = 25.0  # Groix, Ouessant, Yeu: islands left out of the simplified outlines, within this of their coast
TOLERANCE_DEG = 0.03  # about 3 km: simplified outlines miss coasts and borders; a point beside its commune is kept too


def in_france_boxes(lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    """True where (lon, lat) falls in one of the boxes (NaN is never inside)."""
    lon, lat = np.asarray(lon, dtype=np.float64), np.asarray(lat, dtype=np.float64)
    inside = np.zeros(lon.shape, dtype=bool)
    for west, south, east, north in BOXES.values():
        inside |= (lon >= west) & (lon <= east) & (lat >= south) & (lat <= north)
    return inside


@lru_cache(maxsize=1)
def shapes() -> dict[str, Any] | None:
    """Département code -> prepared shapely geometry grown by TOLERANCE_DEG, or None without the reference."""
    try:
        import shapely
        from viz.reference import departement_shapes
        raw = departement_shapes()
    except (ImportError, OSError):
        return None
    grown = {}
    for code, geom in raw.items():
        shape = geom.buffer(TOLERANCE_DEG, quad_segs=2).simplify(TOLERANCE_DEG / 4)
        shapely.prepare(shape)
        grown[str(code)] = shape
    return grown


def _bounds(geoms: dict[str, Any]) -> dict[str, tuple[float, float, float, float]]:
    return {code: tuple(geom.bounds) for code, geom in geoms.items()}


def inside_departement(code: str, lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    """True where the points fall in département `code` (with the tolerance); all False for an unknown code."""
    import shapely
    geoms = shapes()
    if not geoms or code not in geoms:
        return np.zeros(len(lon), dtype=bool)
    return np.asarray(shapely.contains_xy(geoms[code], lon, lat), dtype=bool)


def departement_of(lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    """The département code each point falls in ("" when none, or when the polygons are absent)."""
    import shapely
    out = np.full(len(lon), "", dtype=object)
    geoms = shapes()
    if not geoms:
        return out
    lon, lat = np.asarray(lon, dtype=np.float64), np.asarray(lat, dtype=np.float64)
    todo = ~(np.isnan(lon) | np.isnan(lat))
    for code, (west, south, east, north) in _bounds(geoms).items():
        near = np.flatnonzero(todo & (lon >= west) & (lon <= east) & (lat >= south) & (lat <= north))
        if not len(near):
            continue
        hit = near[np.asarray(shapely.contains_xy(geoms[code], lon[near], lat[near]), dtype=bool)]
        out[hit] = code
        todo[hit] = False
    return out


def near_departement(codes: np.ndarray, lon: np.ndarray, lat: np.ndarray, km: float = ISLAND_KM) -> np.ndarray:
    """True where a point in the sea is within `km` of its declared département (an island the outlines miss)."""
    import shapely
    from viz.reference import departement_shapes
    raw = departement_shapes()
    out = np.zeros(len(codes), dtype=bool)
    codes = np.asarray(codes, dtype=object)
    for code in set(codes.tolist()):
        idx = np.flatnonzero(codes == code)
        points = shapely.points(np.asarray(lon)[idx], np.asarray(lat)[idx])
        for target in ("2A", "2B") if code == "20" else (code,):
            if target in raw:
                out[idx] |= shapely.distance(raw[target], points) * 111.0 < km
    return out


def in_france(lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    """True where the point is in France: in a département polygon when they are present, else in a box."""
    boxes = in_france_boxes(lon, lat)
    if shapes() is None:
        return boxes
    out = np.zeros(len(boxes), dtype=bool)
    idx = np.flatnonzero(boxes)
    out[idx] = departement_of(np.asarray(lon)[idx], np.asarray(lat)[idx]) != ""
    return out


def distance_km(lon1: np.ndarray, lat1: np.ndarray, lon2: np.ndarray, lat2: np.ndarray) -> np.ndarray:
    """Great-circle distance in kilometres (haversine, whole arrays)."""
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dp, dl = p2 - p1, np.radians(np.asarray(lon2) - np.asarray(lon1))
    h = np.sin(dp / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return 6371.0 * 2 * np.arcsin(np.sqrt(np.clip(h, 0, 1)))
