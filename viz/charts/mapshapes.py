"""Département outlines laid out for a flat map: metropolitan France with Corsica, overseas départements as insets.

Drawn on plain plotly axes (filled scatter traces), not plotly's geo maps: those fetch a world topojson from a
CDN, so an exported chart would be blank offline. Coordinates are lon·cos(46.5°), lat for the mainland; each
overseas département is scaled into its own box left of the Bay of Biscay.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import shapely
from shapely import affinity

from viz import reference

MAIN_COS = math.cos(math.radians(46.5))
OVERSEAS = ("971", "972", "973", "974", "976")
INSET_SIZE = 1.55  # side of an inset box, in mainland units (about 170 km of latitude)
INSET_X = -6.2  # left edge of the column of insets (mainland x units)
INSET_TOP = 51.0


@dataclass(frozen=True)
class Outline:
    """One département ready to draw: its rings as x/y lists (None between rings) and a label point."""

    code: str
    x: tuple[float | None, ...]
    y: tuple[float | None, ...]
    label_x: float
    label_y: float


def _project(geom: shapely.Geometry, cos: float) -> shapely.Geometry:
    """Equirectangular projection around the shape's own latitude: x = lon·cos, y = lat."""
    return affinity.scale(geom, xfact=cos, yfact=1.0, origin=(0, 0))


def inset_boxes(codes: tuple[str, ...]) -> dict[str, tuple[float, float, float, float]]:
    """The box (x0, y0, x1, y1) of each overseas département drawn, stacked down the left side."""
    boxes = {}
    for i, code in enumerate(c for c in OVERSEAS if c in codes):
        top = INSET_TOP - i * (INSET_SIZE + 0.25)
        boxes[code] = (INSET_X, top - INSET_SIZE, INSET_X + INSET_SIZE, top)
    return boxes


def fit_params(bounds: tuple[float, float, float, float],
               box: tuple[float, float, float, float]) -> tuple[float, float, float, float, float]:
    """(scale, origin x, origin y, dx, dy) that put a shape of `bounds` into `box`, proportions kept, centred."""
    minx, miny, maxx, maxy = bounds
    scale = 0.88 * min((box[2] - box[0]) / max(maxx - minx, 1e-9), (box[3] - box[1]) / max(maxy - miny, 1e-9))
    dx = (box[0] + box[2]) / 2 - (minx + (maxx - minx) * scale / 2)
    dy = (box[1] + box[3]) / 2 - (miny + (maxy - miny) * scale / 2)
    return scale, minx, miny, dx, dy


def _fit(geom: shapely.Geometry, box: tuple[float, float, float, float]) -> shapely.Geometry:
    """Scale and move a shape into a box, keeping its proportions, centred."""
    scale, ox, oy, dx, dy = fit_params(geom.bounds, box)
    moved = affinity.scale(geom, xfact=scale, yfact=scale, origin=(ox, oy))
    return affinity.translate(moved, dx, dy)


def inset_projection(code: str, box: tuple[float, float, float, float] | None) -> tuple[float, float, float,
                                                                                       float, float, float]:
    """(cos, scale, origin x, origin y, dx, dy) that outlines() applies to an overseas département: points
    go to x = ox + (lon·cos - ox)·scale + dx, y = oy + (lat - oy)·scale + dy (scale 1 without an inset box)."""
    geom = reference.departement_shapes()[code]
    cos = math.cos(math.radians(geom.centroid.y))
    if box is None:
        return cos, 1.0, 0.0, 0.0, 0.0, 0.0
    return (cos, *fit_params(_project(geom, cos).bounds, box))


def _rings(geom: shapely.Geometry) -> tuple[list[float | None], list[float | None]]:
    """Exterior rings of a (multi)polygon as x and y lists separated by None."""
    xs: list[float | None] = []
    ys: list[float | None] = []
    for poly in getattr(geom, "geoms", [geom]):
        if poly.geom_type != "Polygon":
            continue
        x, y = poly.exterior.coords.xy
        xs += [round(v, 4) for v in x] + [None]
        ys += [round(v, 4) for v in y] + [None]
    return xs, ys


@lru_cache(maxsize=8)
def outlines(codes: tuple[str, ...], insets: bool | None = None) -> dict[str, Outline]:
    """The outlines of `codes` laid out (overseas ones in insets when the mainland is drawn too, or when
    `insets` is True)."""
    shapes = reference.departement_shapes()
    mainland = any(c not in OVERSEAS for c in codes) if insets is None else insets
    boxes = inset_boxes(codes) if mainland else {}
    result = {}
    for code in codes:
        geom = shapes[code]
        if code in OVERSEAS:
            cos = math.cos(math.radians(geom.centroid.y))
            geom = _project(geom, cos)
            if code in boxes:
                geom = _fit(geom, boxes[code])
        else:
            geom = _project(geom, MAIN_COS)
        xs, ys = _rings(geom)
        point = geom.representative_point()
        result[code] = Outline(code, tuple(xs), tuple(ys), point.x, point.y)
    return result
