"""Which département a (longitude, latitude) point lies in: a raster lookup, point-in-polygon only on borders.

`tools/build_reference.py` rasterises the reference polygons once into 0.01° cells per zone (metropolitan
France with Corsica, each overseas département): a cell wholly inside one département holds its index, a cell
crossed by a border says "test exactly", a cell of sea within SNAP_DEGREES of the coast holds the nearest
département (Natural Earth's coast can be 1-2 km off a harbour), anything else is outside. Placing a million
points is then a few numpy operations plus `shapely.contains_xy` for the few points on borders.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from viz import reference

if TYPE_CHECKING:  # shapely is imported where polygons are touched: most points never need it (25 ms)
    import shapely

CELL = 0.01
SNAP_DEGREES = 0.05
BORDER, OUTSIDE = 254, 255
GRID_FILE = Path(reference.__file__).resolve().parent / "departements_grid.npz"


def _zone_codes(codes: list[str]) -> dict[str, list[str]]:
    """Département codes grouped by raster zone."""
    overseas = [c for c in codes if c.startswith("97")]
    zones = {"metro": [c for c in codes if c not in overseas]}
    zones.update({c: [c] for c in overseas})
    return zones


def _raster(shapes: dict[str, shapely.Geometry], codes: list[str], all_codes: list[str]) -> dict[str, np.ndarray]:
    """One zone's raster: origin, shape and uint8 cells (index into all_codes, BORDER, or OUTSIDE)."""
    import shapely
    bounds = np.array([shapes[c].bounds for c in codes])
    x0, y0 = np.floor((bounds[:, :2].min(axis=0) - SNAP_DEGREES) / CELL) * CELL
    x1, y1 = np.ceil((bounds[:, 2:].max(axis=0) + SNAP_DEGREES) / CELL) * CELL
    nx, ny = int(round((x1 - x0) / CELL)), int(round((y1 - y0) / CELL))
    cells = np.full((ny, nx), OUTSIDE, dtype=np.uint8)
    for code in codes:
        geom = shapes[code]
        minx, miny, maxx, maxy = geom.bounds
        ix = np.arange(int((minx - x0) / CELL), int((maxx - x0) / CELL) + 1)
        iy = np.arange(int((miny - y0) / CELL), int((maxy - y0) / CELL) + 1)
        gx, gy = (a.ravel() for a in np.meshgrid(ix, iy))
        boxes = shapely.box(x0 + gx * CELL, y0 + gy * CELL, x0 + (gx + 1) * CELL, y0 + (gy + 1) * CELL)
        inside = shapely.contains_properly(geom, boxes)
        touch = shapely.intersects(geom, boxes) & ~inside
        cells[gy[inside], gx[inside]] = all_codes.index(code)
        cells[gy[touch], gx[touch]] = BORDER
    nearest = np.full_like(cells, OUTSIDE)
    _nearest(cells == BORDER, nearest, shapes, codes, all_codes, (x0, y0))
    _nearest(cells == OUTSIDE, cells, shapes, codes, all_codes, (x0, y0))
    return {"origin": np.array([x0, y0]), "cells": cells, "nearest": nearest}


def _nearest(where: np.ndarray, target: np.ndarray, shapes: dict, codes: list[str], all_codes: list[str],
             origin: tuple) -> None:
    """Cells of `where` within SNAP_DEGREES of a département get the nearest one (by the cell's centre)."""
    import shapely
    gy, gx = np.nonzero(where)
    centres = shapely.points(origin[0] + (gx + 0.5) * CELL, origin[1] + (gy + 0.5) * CELL)
    tree = shapely.STRtree([shapes[c] for c in codes])
    which, found = tree.query_nearest(centres, max_distance=SNAP_DEGREES, all_matches=False)
    target[gy[which], gx[which]] = [all_codes.index(codes[k]) for k in found]


def build_grid(shapes: dict[str, shapely.Geometry]) -> dict[str, np.ndarray]:
    """Every zone's raster, as arrays for numpy.savez_compressed (done by tools/build_reference.py)."""
    all_codes = sorted(shapes)
    arrays: dict[str, np.ndarray] = {"codes": np.array(all_codes)}
    for name, codes in _zone_codes(all_codes).items():
        for key, value in _raster(shapes, codes, all_codes).items():
            arrays[f"{name}_{key}"] = value
    return arrays


@lru_cache(maxsize=1)
def grid() -> dict[str, np.ndarray]:
    """The shipped rasters (built from the polygons on the spot if the file is missing)."""
    if GRID_FILE.exists():
        with np.load(GRID_FILE) as data:
            return {k: data[k] for k in data.files}
    return build_grid(reference.departement_shapes())


def _lookup(lon: np.ndarray, lat: np.ndarray, layer: str = "cells") -> np.ndarray:
    """Raster value of each point: a département index, BORDER or OUTSIDE (layer "nearest": the fallback)."""
    g = grid()
    out = np.full(len(lon), OUTSIDE, dtype=np.uint8)
    todo = np.arange(len(lon))
    for zone in ["metro"] + sorted(k[:-6] for k in g if k.endswith("_cells") and k != "metro_cells"):
        cells, (x0, y0) = g[f"{zone}_{layer}"], g[f"{zone}_origin"]
        ix = ((lon[todo] - x0) / CELL).astype(np.int64)  # truncation: negatives are caught by the bounds
        iy = ((lat[todo] - y0) / CELL).astype(np.int64)
        ok = (lon[todo] >= x0) & (lat[todo] >= y0) & (ix < cells.shape[1]) & (iy < cells.shape[0])
        out[todo[ok]] = cells[iy[ok], ix[ok]]
        todo = todo[~ok]
        if not len(todo):
            break
    return out


def _exact(lon: np.ndarray, lat: np.ndarray, out: np.ndarray, todo: np.ndarray, codes: list[str]) -> None:
    """Point-in-polygon for the points of border cells; those in no polygon take their cell's nearest one."""
    import shapely
    shapes = reference.departement_shapes()
    result = np.full(len(todo), -1, dtype=np.int32)
    x, y = lon[todo], lat[todo]
    for k, code in enumerate(codes):
        minx, miny, maxx, maxy = shapes[code].bounds
        near = np.flatnonzero((result < 0) & (x >= minx) & (x <= maxx) & (y >= miny) & (y <= maxy))
        if len(near):
            result[near[shapely.contains_xy(shapes[code], x[near], y[near])]] = k
    missing = np.flatnonzero(result < 0)
    if len(missing):
        result[missing] = _lookup(x[missing], y[missing], "nearest")
    out[todo] = result


def departement_of_points(lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    """Département code of each point (object array; None outside France or for missing coordinates)."""
    which, codes = departement_index(lon, lat)
    return np.array(codes + [None], dtype=object)[which]


def departement_index(lon: np.ndarray, lat: np.ndarray) -> tuple[np.ndarray, list[str]]:
    """Index into the returned codes of each point's département (-1 outside France or when missing)."""
    lon = np.asarray(lon, dtype=float)
    lat = np.asarray(lat, dtype=float)
    codes = [str(c) for c in grid()["codes"]]
    valid = np.isfinite(lon) & np.isfinite(lat)
    out = np.full(len(lon), OUTSIDE, dtype=np.int32)
    out[valid] = _lookup(lon[valid], lat[valid])
    border = np.flatnonzero(out == BORDER)
    if len(border):
        _exact(lon, lat, out, border, codes)
    return np.where(out < len(codes), out, -1), codes
