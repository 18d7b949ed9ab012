"""Coordinate repairs as recorded steps. Each states a rule (swap where the pair lands in France only once
swapped, clear (0, 0)...), never row positions, so a recipe replays on next month's version of a file."""
from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from viz.steps import Step, step_op
from viz.geo.detect import CoordColumns
from viz.geo.france import in_france_boxes
from viz.geo.parse import OK
from viz.geo.positions import lambert93_to_wgs84, read_positions

PAIR_TEXT = r"^(\s*[\[(]?\s*)([-+]?\d+(?:[.,]\d+)?)(\s*(?:[,;]|\s)\s*)([-+]?\d+(?:[.,]\d+)?)(\s*[\])]?\s*)$"


def cols_params(cols: CoordColumns) -> dict[str, Any]:
    """The coordinate columns as step parameters (plain JSON values)."""
    return {k: v for k, v in cols.to_dict().items() if v is not None}


def _cols(step: Step) -> CoordColumns:
    return CoordColumns.from_dict(step.options)


def swapped_mask(table: pd.DataFrame, cols: CoordColumns) -> np.ndarray:
    """Rows whose pair is outside France as written and inside once swapped."""
    pos = read_positions(table, cols)
    ok = pos.state == OK
    return ok & ~in_france_boxes(pos.lon, pos.lat) & in_france_boxes(pos.lat, pos.lon)


def make_step(op: str, column: str | None, label_fr: str, label_en: str, **params: Any) -> Step:
    return Step.new(op, column, None, label_fr, label_en, **params)


@step_op("coord_swap")
def coord_swap(table: pd.DataFrame, step: Step) -> pd.DataFrame:
    """Swap latitude and longitude where the pair lands in France only once swapped."""
    cols = _cols(step)
    rows = swapped_mask(table, cols)
    out = table.copy()
    if cols.combined:
        col = out[cols.combined]
        out.loc[rows, cols.combined] = col[rows].str.replace(PAIR_TEXT, r"\1\4\3\2\5", regex=True)
    else:
        lat, lon = out[cols.lat].copy(), out[cols.lon].copy()
        out.loc[rows, cols.lat] = lon[rows]
        out.loc[rows, cols.lon] = lat[rows]
    return out


@step_op("coord_decimal_point")
def coord_decimal_point(table: pd.DataFrame, step: Step) -> pd.DataFrame:
    """Write `43,29` as `43.29` in the latitude and longitude columns (numbers only)."""
    cols = _cols(step)
    out = table.copy()
    for column in (cols.lat, cols.lon):
        if column:
            col = out[column]
            number = col.str.strip().str.fullmatch(r"[-+]?\d+,\d+").fillna(False).astype(bool)
            out.loc[number, column] = col[number].str.strip().str.replace(",", ".", regex=False)
    return out


@step_op("coord_clear_zero")
def coord_clear_zero(table: pd.DataFrame, step: Step) -> pd.DataFrame:
    """Empty the coordinates of rows placed at (0, 0)."""
    cols = _cols(step)
    pos = read_positions(table, cols)
    rows = (pos.state == OK) & (pos.y == 0) & (pos.x == 0)
    out = table.copy()
    for column in cols.columns():
        out.loc[rows, column] = ""
    return out


@step_op("coord_from_lambert93")
def coord_from_lambert93(table: pd.DataFrame, step: Step) -> pd.DataFrame:
    """Add `latitude_wgs84` and `longitude_wgs84` (6 decimals) converted from Lambert-93 x/y with pyproj."""
    cols = _cols(step)
    pos = read_positions(table, CoordColumns(lat=cols.lat, lon=cols.lon, crs="wgs84"))
    ok = pos.state == OK
    lon, lat = np.full(len(pos), np.nan), np.full(len(pos), np.nan)
    lon[ok], lat[ok] = lambert93_to_wgs84(pos.x[ok], pos.y[ok])
    out = table.copy()
    for name, values in (("latitude_wgs84", lat), ("longitude_wgs84", lon)):
        text = pd.Series(np.char.mod("%.6f", np.nan_to_num(values)), index=table.index, dtype="str")
        out[name] = text.where(np.isfinite(values), "")
    return out


@step_op("replace_insee")
def replace_insee(table: pd.DataFrame, step: Step) -> pd.DataFrame:
    """Replace a wrong INSEE code by the reference's, for rows with that code (and that commune name, when given)."""
    column, names = step.column, step.options.get("names")
    out = table.copy()
    code = out[column].fillna("").astype("str").str.strip().str.upper()
    if names and names in out.columns:
        from viz.geo.communes import fold
        folded = fold(out[names]).to_numpy()
    else:
        folded = np.full(len(out), "", dtype=object)
    for old, name, new in step.options["replacements"]:
        rows = (code == old).to_numpy() & ((folded == name) if name else True)
        out.loc[rows, column] = new
    return out


def _position_text(lat: np.ndarray, lon: np.ndarray, cols: CoordColumns) -> tuple[list[str], list[str]]:
    """Cells for (lat, lon) as the columns write them: degrees with 6 decimals, or Lambert-93 metres."""
    if cols.crs == "lambert93":
        from pyproj import Transformer
        x, y = Transformer.from_crs("EPSG:4326", "EPSG:2154", always_xy=True).transform(lon, lat)
        return [f"{v:.1f}" for v in np.atleast_1d(y)], [f"{v:.1f}" for v in np.atleast_1d(x)]
    return [f"{v:.6f}" for v in lat], [f"{v:.6f}" for v in lon]


@step_op("coord_geocoded")
def coord_geocoded(table: pd.DataFrame, step: Step) -> pd.DataFrame:
    """Place the rows whose address reads as one of the accepted queries at the position the geocoder gave."""
    from viz.geo.geocode import queries
    cols, opts = _cols(step), step.options
    found = [p for p in opts["positions"] if len(p) == 3]
    text = queries(table, opts.get("address"), opts.get("postal"), opts.get("commune"))
    lookup = {q: i for i, (q, _, _) in enumerate(found)}
    which = text.map(lookup)
    rows = which.notna().to_numpy()
    out = table.copy()
    if not rows.any():
        return out
    pick = which[rows].astype(int).to_numpy()
    lat = np.array([float(found[i][1]) for i in pick])
    lon = np.array([float(found[i][2]) for i in pick])
    lat_text, lon_text = _position_text(lat, lon, cols)
    if cols.combined:
        cells = ([f"{a},{b}" for a, b in zip(lat_text, lon_text)] if cols.order == "latlon"
                 else [f"[{b}, {a}]" for a, b in zip(lat_text, lon_text)])
        out.loc[rows, cols.combined] = cells
    else:
        out.loc[rows, cols.lat] = lat_text
        out.loc[rows, cols.lon] = lon_text
    return out


def geocoded_step(cols: CoordColumns, address: str | None, postal: str | None, commune: str | None,
                  accepted: list[tuple[str, float, float]], provider: str) -> Step:
    """The step that applies accepted geocoding answers (a rule on the address text, not row positions)."""
    from viz.i18n import t
    name = "BAN" if provider == "ban" else "Nominatim"
    return make_step("coord_geocoded", cols.combined or cols.lat, t("geocode.fix", "fr", count=len(accepted), provider=name),
                     t("geocode.fix", "en", count=len(accepted), provider=name), **cols_params(cols),
                     address=address or "", postal=postal or "", commune=commune or "",
                     positions=[[q, round(float(a), 7), round(float(b), 7)] for q, a, b in accepted])
