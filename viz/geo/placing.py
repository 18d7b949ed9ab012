"""Place every row of a table in a département, from whichever column the data has, and say why when not.

Ways (`METHODS`): a département code or name, a commune INSEE code, a postal code, a commune name, or
coordinates. Each works on the distinct values of the column (a million rows with 30,000 codes cost 30,000
lookups), then maps them back to the rows. Reasons a row stays unplaced: `empty`, `unknown` (no such code or
name), `ambiguous` (`20` for Corsica, a commune name found in several départements), `outside` (a point or a
code outside the 101 départements, e.g. Saint-Pierre-et-Miquelon), `unreadable` (coordinates not numbers).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from viz import reference
from viz.checks.quality_facts import to_arrow
from viz.geo import points
from viz.geo.detect import CoordColumns, detect, guess_order
from viz.geo.parse import BAD
from viz.geo.positions import read_positions

METHODS = ("departement", "insee", "postal", "commune", "coordinates")
REASONS = ("empty", "unknown", "ambiguous", "outside", "unreadable")
COORDINATES = "coordinates"  # the `--by` value naming the latitude/longitude pair


@dataclass
class Placement:
    """One département code per row (missing when unplaced) and the reason of each unplaced row."""

    codes: pd.Series
    reasons: pd.Series
    method: str
    columns: tuple[str, ...]
    header_offset: int = 0  # lines above the header, for row numbers as a spreadsheet shows them
    notes: list[str] = field(default_factory=list)

    @property
    def placed(self) -> int:
        return int(self.codes.notna().sum())

    @property
    def unplaced(self) -> int:
        return len(self.codes) - self.placed

    def by_reason(self) -> dict[str, int]:
        """Unplaced rows counted per reason (only reasons that occur, in REASONS order)."""
        counts = self.reasons[self.codes.isna()].value_counts()
        return {r: int(counts[r]) for r in REASONS if r in counts.index}

    def unplaced_rows(self, table: pd.DataFrame, limit: int = 50) -> pd.DataFrame:
        """The first unplaced rows: row number (header = 1), the value(s) read, and why."""
        positions = np.flatnonzero(self.codes.isna().to_numpy())[:limit]
        out = pd.DataFrame({"ligne": positions + 2 + self.header_offset})
        for column in self.columns:
            out[column] = table[column].iloc[positions].astype("str").to_numpy()
        out["raison"] = self.reasons.iloc[positions].to_numpy()
        return out

    def to_dict(self) -> dict:
        return {"method": self.method, "columns": list(self.columns), "rows": len(self.codes),
                "placed": self.placed, "unplaced": self.unplaced, "reasons": self.by_reason()}


def _clean(values: pd.Series) -> pd.Series:
    """Trimmed upper-case text; empty cells become missing."""
    text = values.astype("str").str.strip().str.upper()
    return text.mask(text.isin(["", "NAN", "NONE", "NULL", "NA", "N/A", "-"]))


def _take(labels, index: np.ndarray, rows: pd.Index) -> pd.Series:
    """labels[index] as a text Series, built in Arrow (no million Python strings); -1 gives a missing value."""
    table = pa.array(list(labels) + [None], type=pa.string())
    taken = table.take(pa.array(np.where(index < 0, len(table) - 1, index)))
    return pd.Series(pd.array(taken, dtype="str"), index=rows)


def _by_distinct(values: pd.Series, resolve) -> tuple[pd.Series, pd.Series]:
    """Run `resolve(distinct values) -> (codes, reasons)` once per distinct value and map back to the rows."""
    text = _clean(values)
    index, uniques = pd.factorize(text, use_na_sentinel=True)
    codes_u, reasons_u = resolve(pd.Series(uniques, dtype="str"))
    codes_u = [None if pd.isna(c) else c for c in codes_u]
    reasons_u = ["" if c is not None else r for c, r in zip(codes_u, reasons_u)]
    codes = _take(codes_u, index, values.index)
    reasons = _take(reasons_u + ["empty"], np.where(index < 0, len(reasons_u), index), values.index)
    return codes, reasons


@lru_cache(maxsize=1)
def _departement_names() -> pd.Series:
    """Folded name -> code, for `Bouches-du-Rhône`, `BOUCHES DU RHONE`, `Corse du Sud`..."""
    deps = reference.departements()
    names = dict(zip(reference.fold_name(deps["nom"]), deps["code"]))
    names.update({"CORSE SUD": "2A", "HAUTE CORSE": "2B", "REUNION": "974", "GUYANE FRANCAISE": "973"})
    return _lookup_series(names)


def _lookup_series(mapping: dict[str, str]) -> pd.Series:
    """A dict as a Series indexed by key: `values.map(series)` reuses its hash table on every call."""
    return pd.Series(list(mapping.values()), index=pd.Index(list(mapping.keys()), dtype="str"), dtype="str")


def _departement_code(text: pd.Series) -> pd.Series:
    """`1`, `01`, `2a`, `974`, `13 - Bouches-du-Rhône` -> code; missing when the text is no code."""
    head = text.str.extract(r"^(\d{1,3}|2[AB])(?:$|\s*[-–—:]\s*\D)", expand=False)
    head = head.where(~head.str.fullmatch(r"\d").fillna(False), "0" + head)
    return head


def _resolve_departement(values: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Distinct département codes or names -> codes and reasons."""
    known = set(reference.departements()["code"])
    code = _departement_code(values)
    by_name = reference.fold_name(values).map(_departement_names())
    result = code.where(code.isin(known), by_name)
    reasons = np.where(code.isin(["20"]), "ambiguous",
                       np.where(code.isin(["975", "977", "978", "98"]) | code.str.startswith("98").fillna(False),
                                "outside", "unknown"))
    return result.to_numpy(dtype=object), reasons


def _insee_departement(code: pd.Series) -> pd.Series:
    """Département of well-formed INSEE codes by their prefix (`2A004` -> 2A, `97411` -> 974)."""
    return code.str[:3].where(code.str.startswith("97"), code.str[:2])


@lru_cache(maxsize=1)
def _insee_lookup() -> pd.Series:
    """INSEE code -> département for every commune, arrondissement, commune déléguée or associée."""
    communes = reference.communes().drop_duplicates("code_insee")
    return pd.Series(communes["code_departement"].to_numpy(), index=pd.Index(communes["code_insee"]), dtype="str")


def _resolve_insee(values: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Distinct INSEE codes (`1053` lost its zero -> `01053`) -> département codes and reasons."""
    code = values.where(~values.str.fullmatch(r"\d{4}").fillna(False), "0" + values)
    well_formed = code.str.fullmatch(r"\d{5}|2[AB]\d{3}").fillna(False)
    known = set(reference.departements()["code"])
    found = code.map(_insee_lookup())
    prefix = _insee_departement(code).where(well_formed)
    result = found.where(found.notna(), prefix.where(prefix.isin(known)))
    outside = well_formed & (code.str.startswith("975") | code.str.startswith("977") | code.str.startswith("978")
                             | code.str.startswith("98"))
    return result.to_numpy(dtype=object), np.where(outside, "outside", "unknown")


@lru_cache(maxsize=1)
def _postal_lookup() -> pd.Series:
    """Postal code -> département: the département of its communes (the most populated one when several)."""
    pairs = reference.postal_codes().merge(reference.communes().drop_duplicates("code_insee"), on="code_insee")
    pairs = pairs.sort_values("population", ascending=False, na_position="last")
    first = pairs.drop_duplicates("code_postal")
    return pd.Series(first["code_departement"].to_numpy(), index=pd.Index(first["code_postal"]), dtype="str")


def _postal_prefix(code: pd.Series) -> pd.Series:
    """Département of an unlisted postal code (a CEDEX) by La Poste's rule: 200-201 -> 2A, 202-206 -> 2B."""
    corsica = np.where(code.str[:3].isin(["200", "201"]), "2A", "2B")
    prefix = code.str[:3].where(code.str.startswith("97"), code.str[:2])
    return prefix.where(prefix != "20", pd.Series(corsica, index=code.index))


def _resolve_postal(values: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Distinct postal codes (`4000` lost its zero -> `04000`) -> département codes and reasons."""
    code = values.where(~values.str.fullmatch(r"\d{4}").fillna(False), "0" + values)
    well_formed = code.str.fullmatch(r"\d{5}").fillna(False)
    known = set(reference.departements()["code"])
    found = code.map(_postal_lookup())
    prefix = _postal_prefix(code).where(well_formed)
    result = found.where(found.notna(), prefix.where(prefix.isin(known)))
    outside = well_formed & (code.str.startswith("975") | code.str.startswith("98"))
    return result.to_numpy(dtype=object), np.where(outside, "outside", "unknown")


@lru_cache(maxsize=1)
def _commune_names() -> tuple[pd.Series, pd.Index]:
    """Folded commune name -> département when the name is found in one département only; and the others."""
    communes = reference.communes()
    communes = communes[communes["type"].isin(["commune-actuelle", "arrondissement-municipal"])]
    folded = reference.fold_name(communes["nom"])
    per_name = pd.DataFrame({"name": folded, "dep": communes["code_departement"]}).drop_duplicates()
    counts = per_name["name"].value_counts()
    single = per_name[per_name["name"].map(counts) == 1]
    return (pd.Series(single["dep"].to_numpy(), index=pd.Index(single["name"]), dtype="str"),
            pd.Index(counts[counts > 1].index))


def _resolve_commune(values: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Distinct commune names -> département codes; a name of several départements is ambiguous."""
    single, several = _commune_names()
    folded = reference.fold_name(values)
    return folded.map(single).to_numpy(dtype=object), np.where(folded.isin(several), "ambiguous", "unknown")


RESOLVERS = {"departement": _resolve_departement, "insee": _resolve_insee, "postal": _resolve_postal,
             "commune": _resolve_commune}


def place_column(values: pd.Series, method: str) -> tuple[pd.Series, pd.Series]:
    """Département codes and reasons of one text column read with `method` (not coordinates)."""
    return _by_distinct(values, RESOLVERS[method])


def place_points(lat: np.ndarray, lon: np.ndarray, index: pd.Index) -> tuple[pd.Series, pd.Series]:
    """Département codes and reasons of coordinates (floats, NaN when missing or unreadable)."""
    which, names = points.departement_index(lon, lat)
    codes = _take(names, which, index)
    finite = np.isfinite(lat) & np.isfinite(lon)
    reason = np.where(which >= 0, 0, np.where(finite, 1, 2))
    return codes, _take(["", "outside", "empty"], reason, index)


def coord_columns(table: pd.DataFrame, columns: tuple[str, ...]) -> CoordColumns:
    """How to read `columns` as positions: what viz.geo.detect finds for them (Lambert-93, `lon,lat` order...),
    else plain latitude/longitude degrees, or one combined `lat,lon` cell."""
    found = detect(table)
    if found is not None and tuple(found.columns()) == tuple(columns):
        return found
    if len(columns) == 1:
        return CoordColumns(combined=columns[0], order=guess_order(table[columns[0]]))
    return CoordColumns(lat=columns[0], lon=columns[1])


def _plain_degrees(values: pd.Series) -> np.ndarray | None:
    """A column of plain decimal degrees (`43.29`, `43,29`, empty) cast by Arrow in one pass; None as soon as one
    cell needs the full parser (DMS, signs after the number...), which then reads the whole column."""
    text = pc.replace_substring(pc.utf8_trim_whitespace(to_arrow(values)), ",", ".")
    text = pc.if_else(pc.greater(pc.utf8_length(text), 0), text, None)
    try:
        return pc.cast(text, pa.float64()).to_numpy(zero_copy_only=False)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return None


def read_degrees(table: pd.DataFrame, cols: CoordColumns) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Latitude, longitude and the rows whose cells are unreadable; plain degree columns take the fast path,
    anything else (Lambert-93, DMS, combined cells) goes through viz.geo.positions."""
    if cols.lat and cols.lon and cols.crs == "wgs84":
        lat, lon = _plain_degrees(table[cols.lat]), _plain_degrees(table[cols.lon])
        if lat is not None and lon is not None:
            return lat, lon, np.zeros(len(lat), dtype=bool)
    positions = read_positions(table, cols)
    return positions.lat, positions.lon, positions.state == BAD


def place(table: pd.DataFrame, method: str, columns: tuple[str, ...], header_offset: int = 0) -> Placement:
    """Place the rows of `table` with `method` read from `columns` (one column, or latitude and longitude)."""
    if method == COORDINATES:
        lat, lon, bad = read_degrees(table, coord_columns(table, tuple(columns)))
        codes, reasons = place_points(lat, lon, table.index)
        if bad.any():
            reasons = reasons.where(~bad, "unreadable")
    else:
        codes, reasons = place_column(table[columns[0]], method)
    return Placement(codes=codes, reasons=reasons, method=method, columns=tuple(columns),
                     header_offset=header_offset)
