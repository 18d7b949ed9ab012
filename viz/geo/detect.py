"""Find the coordinate columns of a table: a latitude/longitude pair, Lambert-93 x/y, or one combined column."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
import pandas as pd
import pyarrow.compute as pc

from viz.checks.quality_base import name_key, name_tokens
from viz.geo.parse import BAD, OK, parse_numbers, split_pairs

LAT_WORDS = {"lat", "latitude", "ylat", "latwgs84", "wgs84lat"}
LON_WORDS = {"lon", "lng", "long", "longitude", "xlong", "lonwgs84", "wgs84lon"}
COMBINED_WORDS = {"geopoint", "geo", "point", "coordonnees", "coordinates", "coords", "coord", "gps", "position",
                  "geom", "geometry", "geometrie", "wkt", "latlon", "latlong", "lonlat", "xy", "localisation",
                  "location", "geoloc", "geolocalisation"}
SAMPLE = 2000
L93_X, L93_Y = (50_000.0, 1_300_000.0), (6_000_000.0, 7_200_000.0)


@dataclass(frozen=True)
class CoordColumns:
    """Where the positions are: `lat`+`lon` columns, or one `combined` column in `order`; `crs` wgs84 or lambert93."""

    lat: str | None = None
    lon: str | None = None
    combined: str | None = None
    order: str = "latlon"  # combined cells written `lat,lon` or `lon,lat` (WKT is always lon lat)
    crs: str = "wgs84"  # or "lambert93": lat holds y (northing), lon holds x (easting), in metres

    def columns(self) -> list[str]:
        """The table columns read."""
        return [c for c in (self.combined, self.lat, self.lon) if c]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @staticmethod
    def from_dict(data: dict[str, Any]) -> "CoordColumns":
        return CoordColumns(**{k: data.get(k) for k in ("lat", "lon", "combined")},
                            order=data.get("order") or "latlon", crs=data.get("crs") or "wgs84")


def _sample(values: pd.Series) -> pd.Series:
    """Up to SAMPLE non-blank cells spread over the column (positions taken first: no copy of the column)."""
    from viz.checks.quality_facts import take, to_arrow
    text = values.astype("str")
    arr = to_arrow(text)
    blank = pc.or_(pc.equal(pc.utf8_length(arr), 0), pc.utf8_is_space(arr))  # what strips to "" (a null does not)
    idx = np.flatnonzero(~np.asarray(blank.fill_null(False).to_numpy(zero_copy_only=False), dtype=bool))
    if len(idx) > SAMPLE:
        idx = idx[:: len(idx) // SAMPLE][:SAMPLE]
    if str(text.dtype) != "str":
        return text.iloc[idx]
    return pd.Series(take(arr, idx), dtype="str", index=text.index[idx])


def _share_in(values: pd.Series, low: float, high: float) -> float:
    """Share of the sample's non-empty cells that read as numbers between low and high (DMS included)."""
    sample = _sample(values)
    if sample.empty:
        return 0.0
    nums = parse_numbers(sample)
    ok = (nums.state == OK) & (nums.value >= low) & (nums.value <= high)
    return float(ok.mean())


def _role(column: str) -> str | None:
    """`lat`, `lon`, `y`, `x`, `combined` or None from the column's name alone."""
    tokens = name_tokens(column)
    key = name_key(column)
    if tokens & LAT_WORDS or key.endswith("latitude"):
        return "lat"
    if tokens & LON_WORDS or key.endswith("longitude"):
        return "lon"
    if "y" in tokens or key in ("coordonneesy", "coordy", "ycoord"):
        return "y"
    if "x" in tokens or key in ("coordonneesx", "coordx", "xcoord"):
        return "x"
    if tokens & COMBINED_WORDS or "geopoint" in key or "coordonnees" in key:
        return "combined"
    return None


def _partner_score(a: str, b: str) -> int:
    """How alike two names are once their lat/lon words are removed (same prefix, same case...)."""
    keys = [name_key(a), name_key(b)]
    for i, words in enumerate((("latitude", "lat", "y"), ("longitude", "long", "lon", "lng", "x"))):
        for w in words:
            if w in keys[i]:
                keys[i] = keys[i].replace(w, "", 1)
                break
    return 2 * (keys[0] == keys[1]) + int(a.isupper() == b.isupper())


def _best_pair(lats: list[str], lons: list[str]) -> tuple[str, str] | None:
    pairs = [(la, lo) for la in lats for lo in lons if la != lo]
    if not pairs:
        return None
    return max(pairs, key=lambda p: (_partner_score(*p), -lats.index(p[0]) - lons.index(p[1])))


def _has_decimal_mark(values: pd.Series) -> bool:
    """Whether any cell holds `.` or `,`: without one no cell splits into two numbers with decimals (a quick pass
    that spares the sample of every column of a table without coordinates)."""
    from viz.checks.quality_facts import array_bytes, to_arrow
    return any(bool((raw == 46).any() or (raw == 44).any()) for raw in array_bytes(to_arrow(values.astype("str"))))


def _combined_ok(values: pd.Series) -> float:
    """Share of a sample that splits into two numbers."""
    sample = _sample(values)
    if sample.empty:
        return 0.0
    cells = split_pairs(sample)
    ok = (cells.a.state == OK) & (cells.b.state == OK) & (cells.a.decimals > 0) & (cells.b.decimals > 0)
    ok &= (np.abs(cells.a.value) <= 180) & (np.abs(cells.b.value) <= 180)
    return float(ok.mean())


def detect(table: pd.DataFrame) -> CoordColumns | None:
    """The most likely coordinate columns, or None: named lat/lon first, then x/y (degrees or Lambert-93), then combined
    (worked out once per table while the checks share its facts)."""
    from viz.checks.quality_facts import table_fact
    return table_fact(table, "coord_columns", _detect)


def _detect(table: pd.DataFrame) -> CoordColumns | None:
    roles: dict[str, list[str]] = {"lat": [], "lon": [], "y": [], "x": [], "combined": []}
    for column in table.columns:
        role = _role(str(column))
        if role:
            roles[role].append(str(column))
    lats = [c for c in roles["lat"] if _share_in(table[c], -90, 90) >= 0.5]
    lons = [c for c in roles["lon"] if _share_in(table[c], -180, 180) >= 0.5]
    pair = _best_pair(lats, lons)
    if pair:
        return CoordColumns(lat=pair[0], lon=pair[1])
    found = _xy_pair(table, roles["y"] + roles["lat"], roles["x"] + roles["lon"])
    if found:
        return found
    for column in roles["combined"] + [str(c) for c in table.columns if str(c) not in roles["combined"]]:
        if _has_decimal_mark(table[column]) and _combined_ok(table[column]) >= 0.8:
            return CoordColumns(combined=column, order=guess_order(table[column]))
    return None


def _xy_pair(table: pd.DataFrame, ys: list[str], xs: list[str]) -> CoordColumns | None:
    """x/y columns: Lambert-93 metres when their values fall in its range, else decimal degrees."""
    pair = _best_pair(ys, xs)
    if not pair:
        return None
    y, x = pair
    if _share_in(table[y], *L93_Y) >= 0.8 and _share_in(table[x], *L93_X) >= 0.8:
        return CoordColumns(lat=y, lon=x, crs="lambert93")
    if _share_in(table[y], -90, 90) >= 0.8 and _share_in(table[x], -180, 180) >= 0.8:
        return CoordColumns(lat=y, lon=x)
    return None


def guess_order(values: pd.Series) -> str:
    """`latlon` or `lonlat` for a combined column: the order that puts more of a sample in France."""
    from viz.geo.france import in_france_boxes
    cells = split_pairs(_sample(values))
    ok = (cells.a.state == OK) & (cells.b.state == OK) & ~cells.wkt
    a, b = cells.a.value[ok], cells.b.value[ok]
    as_latlon = int(in_france_boxes(b, a).sum())
    as_lonlat = int(in_france_boxes(a, b).sum())
    if as_latlon == as_lonlat:
        return "lonlat" if ok.any() and bool(np.mean(cells.bracket[ok]) > 0.5) else "latlon"
    return "latlon" if as_latlon > as_lonlat else "lonlat"


def looks_lambert(lat: np.ndarray, lon: np.ndarray, state: np.ndarray) -> bool:
    """Whether numbers read as degrees are really Lambert-93 metres (most out of range, in its bounds)."""
    ok = state != BAD
    y, x = lat[ok], lon[ok]
    y, x = y[~np.isnan(y)], x[~np.isnan(x)]
    if not len(y) or len(y) != len(x):
        return False
    inside = (y >= L93_Y[0]) & (y <= L93_Y[1]) & (x >= L93_X[0]) & (x <= L93_X[1])
    return bool(inside.mean() >= 0.5)
