"""Column names read as words (`bibli_latlong_x` -> bibli, latlong, x) and values folded for name lists."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.compute as pc

if TYPE_CHECKING:
    import pandas as pd

_LON = {"lon", "lng", "long", "longitude", "xlon", "xlong", "longitudes"}
_LAT = {"lat", "latitude", "ylat", "latitudes"}


def unaccent(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def words(name: object) -> list[str]:
    """Words of a column name, in order: `coordonneeX` -> [coordonnee, x], `bibli_latlong_x` -> [bibli, latlong, x]."""
    return list(_words(str(name or "")))


@lru_cache(maxsize=4096)
def _words(name: str) -> tuple[str, ...]:
    spaced = re.sub(r"([a-z])([A-Z])", r"\1 \2", unaccent(name))
    return tuple(w for w in re.split(r"[^a-z0-9]+", spaced.lower()) if w)


def axis(name: object) -> str | None:
    """`lon` or `lat` when the column name says which coordinate it holds: a last word `x`/`y` decides
    (`bibli_latlong_x` is a longitude), then lon/lng/long or lat words."""
    tokens = words(name)
    if not tokens:
        return None
    if tokens[-1] in ("x", "y"):
        return "lon" if tokens[-1] == "x" else "lat"
    lon, lat = bool(_LON & set(tokens)), bool(_LAT & set(tokens))
    if lon != lat:
        return "lon" if lon else "lat"
    if tokens[0] in ("x", "y", "xcoord", "ycoord"):
        return "lon" if tokens[0].startswith("x") else "lat"
    return None


def fold(values: Any) -> pa.Array:
    """Lower case, no accents, punctuation as spaces: `Côte-d'Or` -> `cote d or` (in Arrow: NFKD, then the
    combining marks found in the text removed, as `unaccent` does)."""
    from viz.kinds._arrow import arrow
    text = pc.utf8_normalize(arrow(values), "NFKD")
    accented = pc.unique(text.filter(pc.invert(pc.string_is_ascii(text))))
    marks = sorted(c for c in set("".join(accented.drop_null().to_pylist())) if unicodedata.combining(c))
    if marks:
        text = pc.replace_substring_regex(text, "[" + "".join(f"\\x{{{ord(c):x}}}" for c in marks) + "]", "")
    return pc.utf8_trim_whitespace(pc.replace_substring_regex(pc.utf8_lower(text), "[^a-z0-9]+", " "))


def fold_values(values: pd.Series) -> pd.Series:
    """`fold` of a pandas Series, as a Series of the same index."""
    out = fold(values).to_pandas().astype("str")
    out.index = values.index
    return out
