"""One pass over a table's positions: every row gets at most one position fault, its most specific one."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from viz.geo import france
from viz.geo.detect import CoordColumns, detect, looks_lambert
from viz.geo.parse import BAD, MISSING, OK
from viz.geo.places import PlaceColumns, declared_departement, detect_places
from viz.geo.positions import Positions, read_positions

# position faults, most specific first; a row gets the first that applies
FAULTS = ("missing", "unparseable", "zero", "swapped", "out_of_range", "outside_france",
          "outside_departement", "outside_commune")
NONE = 0


@dataclass
class CoordOptions:
    """What the user may correct: the columns (None = detected), the commune distance threshold, the decimals."""

    columns: CoordColumns | None = None
    places: PlaceColumns | None = None
    commune_km: float = 20.0
    min_decimals: int = 4


@dataclass
class Analysis:
    """Per row: `fault` (index into FAULTS, 0 = fine), the département declared and the one the point is in,
    the distance to the declared commune (km), duplicated positions and low precision."""

    cols: CoordColumns
    places: PlaceColumns
    pos: Positions
    fault: np.ndarray
    declared: np.ndarray
    found: np.ndarray
    commune_km: np.ndarray
    duplicate: np.ndarray
    low_precision: np.ndarray
    options: CoordOptions
    lambert_suspect: bool = False
    unknown_dep: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    commune_ref: np.ndarray = field(default_factory=lambda: np.zeros((0, 2)))
    codes: Any = None  # viz.geo.communes.CodeVerdicts when an INSEE column and the reference are there

    def rows_with(self, name: str) -> np.ndarray:
        """Positions (0-based) of the rows whose fault is `name`."""
        return np.flatnonzero(self.fault == FAULTS.index(name) + 1)


def _mark(fault: np.ndarray, mask: np.ndarray, name: str) -> None:
    """Give `name` to the rows of `mask` that have no fault yet."""
    fault[mask & (fault == NONE)] = FAULTS.index(name) + 1


def analyse(table: pd.DataFrame, options: CoordOptions | None = None) -> Analysis | None:
    """Read and classify every position of `table`; None when it has no coordinate columns."""
    options = options or CoordOptions()
    cols = options.columns or detect(table)
    if cols is None:
        return None
    pos = read_positions(table, cols)
    places = options.places or detect_places(table, skip=tuple(cols.columns()))
    n = len(pos)
    fault = np.zeros(n, dtype=np.int8)
    _mark(fault, pos.state == MISSING, "missing")
    _mark(fault, pos.state == BAD, "unparseable")
    _mark(fault, (pos.y == 0) & (pos.x == 0), "zero")
    lat, lon = pos.lat, pos.lon
    valid = (pos.state == OK) & np.isfinite(lat) & np.isfinite(lon)
    in_range = valid & (np.abs(lat) <= 90) & (np.abs(lon) <= 180)
    boxed = france.in_france_boxes(lon, lat)
    if cols.crs == "wgs84":
        _mark(fault, valid & ~boxed & france.in_france_boxes(lat, lon), "swapped")
    _mark(fault, (pos.state == OK) & ~in_range, "out_of_range")
    _mark(fault, in_range & ~boxed, "outside_france")
    declared = declared_departement(table, places)
    found = np.full(n, "", dtype=object)
    analysis = Analysis(cols, places, pos, fault, declared, found, np.full(n, np.nan), np.zeros(n, dtype=bool),
                        np.zeros(n, dtype=bool), options)
    analysis.lambert_suspect = cols.crs == "wgs84" and looks_lambert(pos.y, pos.x, pos.state)
    if france.shapes() is not None:
        _check_departements(analysis, in_range & boxed)
    from viz.geo.communes import check_communes
    check_communes(table, analysis)
    _duplicates(table, analysis)
    _precision(analysis)
    return analysis


def _check_departements(a: Analysis, candidates: np.ndarray) -> None:
    """Points tested against the polygon of the département their row declares, one group per département."""
    shapes = france.shapes() or {}
    dep = a.declared
    todo = candidates & (a.fault == NONE)
    inverse, codes = pd.factorize(dep)
    known = np.array([c in shapes or c == "20" for c in codes] + [False], dtype=bool)
    has_dep = todo & (dep != "")
    a.unknown_dep = has_dep & ~known[inverse]
    idx_all = np.flatnonzero(has_dep & ~a.unknown_dep)
    group = inverse[idx_all]
    small = np.int16 if len(codes) < np.iinfo(np.int16).max else np.intp  # 16-bit keys: numpy sorts by radix
    order = np.argsort(group.astype(small), kind="stable")
    bounds = np.searchsorted(group[order], np.arange(len(codes) + 1))
    outside = np.zeros(len(dep), dtype=bool)
    for k, code in enumerate(codes):
        idx = idx_all[order[bounds[k]:bounds[k + 1]]]
        lon, lat = a.pos.lon[idx], a.pos.lat[idx]
        if code == "20":
            inside = france.inside_departement("2A", lon, lat) | france.inside_departement("2B", lon, lat)
        else:
            inside = france.inside_departement(code, lon, lat)
        outside[idx[~inside]] = True
    unchecked = todo & ~has_dep
    lost = np.flatnonzero(outside | unchecked)
    a.found[lost] = france.departement_of(a.pos.lon[lost], a.pos.lat[lost])
    nowhere = np.zeros(len(dep), dtype=bool)
    nowhere[lost] = a.found[lost] == ""
    offshore = np.flatnonzero(nowhere & (dep != "") & ~a.unknown_dep)
    near = france.near_departement(dep[offshore], a.pos.lon[offshore], a.pos.lat[offshore])
    nowhere[offshore[near]] = False
    outside[offshore[near]] = False
    _mark(a.fault, nowhere, "outside_france")
    _mark(a.fault, outside & ~nowhere, "outside_departement")


def _duplicates(table: pd.DataFrame, a: Analysis) -> None:
    """Rows at exactly the same position (6 decimals) that name different places (address or name differs)."""
    usable = np.flatnonzero(a.fault == NONE)
    if len(usable) < 2:
        return
    lat = np.round((a.pos.lat[usable] + 90) * 1e6).astype(np.int64)
    lon = np.round((a.pos.lon[usable] + 180) * 1e6).astype(np.int64)
    key = lat * 400_000_000 + lon
    from viz.checks.quality_rows import _repeated  # hashing: no sort of a million keys
    dup = _repeated(key, 2**62)
    if not dup.any():
        return
    rows = usable[dup]
    place = a.places.address or a.places.name
    if place is not None and place in table.columns:
        folded = table[place].iloc[rows].astype("str").fillna("").str.lower().str.replace(r"\W+", "", regex=True)
        groups = pd.DataFrame({"k": key[dup], "p": folded.to_numpy()})
        rows = rows[(groups.groupby("k")["p"].transform("nunique") > 1).to_numpy()]
    a.duplicate[rows] = True


def _precision(a: Analysis) -> None:
    """Positions written with too few decimals to place a building (both coordinates, default under 4)."""
    usable = a.fault == NONE
    if a.pos.crs == "lambert93":
        a.low_precision = usable & (np.mod(a.pos.y, 100) == 0) & (np.mod(a.pos.x, 100) == 0)
    else:
        a.low_precision = usable & (a.pos.decimals < a.options.min_decimals)
