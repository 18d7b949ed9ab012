"""Pick the column that places the most rows in départements (tried on a sample), or read the user's choice."""
from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from viz.errors import StudioError
from viz.geo.placing import COORDINATES, METHODS, Placement, place
from viz.geo.detect import detect
from viz.kinds import code_departement, code_insee, code_postal, sample_values

SAMPLE = 5000
PREFERENCE = ("departement", "insee", "postal", COORDINATES, "commune")  # on equal shares, the most precise
NAME_HINTS = {
    "departement": r"d[ée]p|dpt|departement|département",
    "insee": r"insee|code_?com|codgeo|com_?code|citycode|cog",
    "postal": r"postal|(^|[^a-z])cp([^a-z]|$)|zip|code_?post",
    "commune": r"commune|ville|localit|city|nom_?com|municipalit",
}
KIND_METHOD = ((code_departement, "departement"), (code_postal, "postal"), (code_insee, "insee"))


class PlacingError(StudioError, ValueError):
    """No column can place the rows, or the column asked for does not exist."""


@dataclass(frozen=True)
class Candidate:
    """One way to place rows: method, column(s) and the share of sampled rows it placed."""

    method: str
    columns: tuple[str, ...]
    share: float

    def label(self) -> str:
        """`code_postal` or `latitude + longitude`."""
        return " + ".join(self.columns)


def _sample(table: pd.DataFrame) -> pd.DataFrame:
    """Rows spread over the table (every n-th), at most SAMPLE."""
    if len(table) <= SAMPLE:
        return table
    return table.iloc[:: len(table) // SAMPLE].iloc[:SAMPLE]


def coordinate_columns(table: pd.DataFrame) -> tuple[str, ...] | None:
    """(latitude, longitude) columns, or one combined `lat,lon` column, as viz.geo.detect finds them."""
    found = detect(table)
    return tuple(found.columns()) if found is not None else None


def _methods_for(name: str, values: pd.Series) -> list[str]:
    """The methods worth trying on one column, from its name and detected kind."""
    found = [m for m, hint in NAME_HINTS.items() if re.search(hint, name, re.I)]
    sample = sample_values(values, 1000).rename(name)
    if sample.empty or not sample.str.match(r"\d|2[AaBb]").mean() >= 0.9:
        return found
    for detector, method in KIND_METHOD:  # only the code kinds: cheap vectorised regexes
        hint = getattr(detector, "NAME", None)
        if (hint is None or re.search(hint, name.lower())) and detector.matches(sample).mean() >= detector.PROPORTION:
            return found if method in found else found + [method]
    return found


def candidates(table: pd.DataFrame) -> list[Candidate]:
    """Every way the table's columns can place rows, best first (share placed on a sample, then precision)."""
    sample = _sample(table)
    found: list[Candidate] = []
    for column in table.columns:
        for method in _methods_for(str(column), sample[column]):
            share = place(sample, method, (column,)).placed / max(len(sample), 1)
            if share > 0:
                found.append(Candidate(method, (str(column),), share))
    pair = coordinate_columns(sample)
    if pair:
        share = place(sample, COORDINATES, pair).placed / max(len(sample), 1)
        if share > 0:
            found.append(Candidate(COORDINATES, pair, share))
    found.sort(key=lambda c: (-round(c.share, 2), PREFERENCE.index(c.method)))
    return found


def resolve_by(table: pd.DataFrame, by: str | None) -> Candidate:
    """The candidate for `--by COL` (or `coordinates`), or the best one; PlacingError when none works."""
    if by is None:
        found = candidates(table)
        if not found:
            raise PlacingError("geo.error.no_column", columns=", ".join(f"« {c} »" for c in table.columns))
        return found[0]
    if by == COORDINATES:
        pair = coordinate_columns(table)
        if not pair:
            raise PlacingError("geo.error.no_coordinates")
        return Candidate(COORDINATES, pair, 1.0)
    if by not in table.columns:
        raise PlacingError("geo.error.missing_column", column=by,
                           available=", ".join(f"« {c} »" for c in table.columns))
    sample = _sample(table)
    hinted = _methods_for(by, sample[by])
    best = _best_method(sample, by, hinted) if hinted else None
    if best is None or best.share == 0:
        best = _best_method(sample, by, [m for m in METHODS if m != COORDINATES])
    if best.share == 0:
        raise PlacingError("geo.error.column_places_nothing", column=by)
    return best


def _best_method(sample: pd.DataFrame, column: str, methods: list[str]) -> Candidate:
    """The method that places the most sampled rows from `column` (the more precise one on a tie)."""
    tried = [Candidate(m, (column,), place(sample, m, (column,)).placed / max(len(sample), 1)) for m in methods]
    return max(tried, key=lambda c: (round(c.share, 2), -PREFERENCE.index(c.method)))


def place_table(table: pd.DataFrame, by: str | None = None, header_offset: int = 0) -> Placement:
    """Place every row with the chosen (or best) column."""
    chosen = resolve_by(table, by)
    return place(table, chosen.method, chosen.columns, header_offset)
