"""French administrative reference data: communes, postal codes, départements, régions, polygons.

Small files derived by tools/build_reference.py from npm packages (see PROVENANCE.md); nothing is downloaded
at run time. Every loader is cached: the first call reads the file, later calls return the same object, so
callers must not mutate what they get (copy first).
"""
from __future__ import annotations

import gzip
import json
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

if TYPE_CHECKING:
    import pandas as pd
    import shapely

HERE = Path(__file__).resolve().parent
TEXT = "str"


def _read_csv(name: str, numbers: tuple[str, ...] = ()) -> pd.DataFrame:
    """Read one reference CSV with every column as text except the named numeric ones."""
    import pandas as pd  # not at import: the kinds read the small code lists of viz.reference.codes without pandas
    table = pd.read_csv(HERE / name, dtype=TEXT, engine="pyarrow")
    for column in numbers:
        table[column] = pd.to_numeric(table[column])
    return table


@lru_cache(maxsize=1)
def communes() -> pd.DataFrame:
    """Communes, arrondissements municipaux, communes déléguées and associées (~37,500 rows).

    `code_insee` is unique per (code_insee, type): a commune déléguée can share the code of its commune
    nouvelle. `latitude`/`longitude` are a reference point (GeoNames), missing for small places.
    """
    table = _read_csv("communes.csv.gz", ("latitude", "longitude"))
    table["population"] = table["population"].astype("Int64")
    return table


@lru_cache(maxsize=1)
def postal_codes() -> pd.DataFrame:
    """One row per (code_postal, code_insee) pair; a postal code can serve several communes and vice versa."""
    return _read_csv("postal_codes.csv.gz")


@lru_cache(maxsize=1)
def departements() -> pd.DataFrame:
    """The 101 départements (96 metropolitan incl. 2A/2B, 5 overseas) with région and population."""
    table = _read_csv("departements.csv", ("population",))
    table["population"] = table["population"].astype("Int64")
    return table


@lru_cache(maxsize=1)
def regions() -> pd.DataFrame:
    """The 18 régions (13 metropolitan, 5 overseas)."""
    return _read_csv("regions.csv")


@lru_cache(maxsize=1)
def departements_geojson() -> dict:
    """Simplified département polygons as a FeatureCollection, feature `id` = code (for plotly choropleths)."""
    with gzip.open(HERE / "departements.geojson.gz", "rt", encoding="utf-8") as handle:
        return json.load(handle)


@lru_cache(maxsize=1)
def departement_shapes() -> dict[str, shapely.Geometry]:
    """Département code -> shapely (Multi)Polygon in WGS84 lon/lat, prepared for fast point tests."""
    import shapely  # only the coordinate checks need it: not imported by every command that reads a reference
    from shapely.geometry import shape
    result = {}
    for feature in departements_geojson()["features"]:
        geometry = shape(feature["geometry"])
        shapely.prepare(geometry)
        result[feature["id"]] = geometry
    return result


def _fold_arrow(values: pa.Array) -> pa.Array:
    """Fold a string array in Arrow's C kernels: no accents, upper case, separators as one space, ST/STE
    spelled out, a leading article dropped."""
    text = pc.utf8_normalize(values, "NFKD")
    text = pc.replace_substring_regex(text, r"\p{Mn}", "")
    text = pc.utf8_upper(pc.replace_substring(pc.replace_substring(text, "œ", "oe"), "Œ", "OE"))
    text = pc.replace_substring(pc.replace_substring(text, "æ", "AE"), "Æ", "AE")
    text = pc.utf8_trim_whitespace(pc.replace_substring_regex(text, r"[^A-Z0-9]+", " "))
    text = pc.replace_substring_regex(text, r"(^| )STE( |$)", r"\1SAINTE\2")
    text = pc.replace_substring_regex(text, r"(^| )ST( |$)", r"\1SAINT\2")
    return pc.replace_substring_regex(text, r"^(LE|LA|LES|L|LOS|LAS|EL) ", "")


def fold_name(values: pd.Series) -> pd.Series:
    """Fold names for matching (`Saint-Étienne`, `ST ETIENNE`, `st-étienne` -> `SAINT ETIENNE`); missing stays
    missing. Each distinct value is folded once, in Arrow's vectorised string kernels."""
    import pandas as pd
    codes, uniques = pd.factorize(values.astype(TEXT), use_na_sentinel=True)
    folded = pd.array(_fold_arrow(pa.array(np.asarray(uniques, dtype=object), type=pa.string())), dtype=TEXT)
    return pd.Series(folded.take(codes, allow_fill=True), index=values.index, name=values.name)
