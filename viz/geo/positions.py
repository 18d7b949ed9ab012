"""Read the positions of a table as float latitude/longitude arrays (Lambert-93 converted with pyproj)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd

from viz.errors import StudioError
from viz.geo.detect import CoordColumns
from viz.geo.parse import BAD, MISSING, OK, Numbers, parse_numbers, split_pairs


@dataclass
class Positions:
    """Per row: `lat`/`lon` in degrees (NaN when unusable), `state` MISSING/OK/BAD, the numbers as written
    (`y`, `x`: metres for Lambert-93), the fewest decimals of the two, and whether a decimal comma was used."""

    lat: np.ndarray
    lon: np.ndarray
    state: np.ndarray
    y: np.ndarray
    x: np.ndarray
    decimals: np.ndarray
    comma: np.ndarray
    crs: str = "wgs84"

    def __len__(self) -> int:
        return len(self.lat)


@lru_cache(maxsize=1)
def _l93_transformer():  # type: ignore[no-untyped-def]
    from pyproj import Transformer
    return Transformer.from_crs("EPSG:2154", "EPSG:4326", always_xy=True)


def lambert93_to_wgs84(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(lon, lat) in degrees of Lambert-93 metres (pyproj); NaN where the input is NaN or far off."""
    lon, lat = _l93_transformer().transform(np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64))
    lon, lat = np.asarray(lon, dtype=np.float64), np.asarray(lat, dtype=np.float64)
    bad = ~np.isfinite(lon) | ~np.isfinite(lat)
    lon[bad], lat[bad] = np.nan, np.nan
    return lon, lat


def _combine(y: Numbers, x: Numbers) -> np.ndarray:
    """A row's state: BAD when a cell is unreadable, MISSING when one is empty, OK when both read."""
    state = np.full(len(y), OK, dtype=np.int8)
    state[(y.state == MISSING) | (x.state == MISSING)] = MISSING
    state[(y.state == BAD) | (x.state == BAD)] = BAD
    return state


def read_positions(table: pd.DataFrame, cols: CoordColumns) -> Positions:
    """Parse the coordinate columns of `table` as `cols` describes them."""
    for column in cols.columns():
        if column not in table.columns:
            raise StudioError("coords.error.no_column", column=column)
    if cols.combined:
        cells = split_pairs(table[cols.combined])
        swap = cells.wkt | (cols.order == "lonlat")
        y = Numbers(np.where(swap, cells.b.value, cells.a.value), np.where(swap, cells.b.state, cells.a.state),
                    np.where(swap, cells.b.decimals, cells.a.decimals), cells.a.comma | cells.b.comma)
        x = Numbers(np.where(swap, cells.a.value, cells.b.value), np.where(swap, cells.a.state, cells.b.state),
                    np.where(swap, cells.a.decimals, cells.b.decimals), np.zeros(len(y), dtype=bool))
    else:
        if cols.lat is None or cols.lon is None:
            raise StudioError("coords.error.incomplete")
        y, x = parse_numbers(table[cols.lat]), parse_numbers(table[cols.lon])
    state = _combine(y, x)
    ok = state == OK
    if cols.crs == "lambert93":
        lon, lat = np.full(len(y), np.nan), np.full(len(y), np.nan)
        lon[ok], lat[ok] = lambert93_to_wgs84(x.value[ok], y.value[ok])
    else:
        lat, lon = np.where(ok, y.value, np.nan), np.where(ok, x.value, np.nan)
    return Positions(lat, lon, state, y.value, x.value, np.maximum(y.decimals, x.decimals),
                     (y.comma | x.comma) & ok, cols.crs)
