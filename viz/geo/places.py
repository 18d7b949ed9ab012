"""What a row says about its place besides coordinates: INSEE code, postal code, département, commune, address."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
import pandas as pd

from viz.checks.quality_base import name_key, name_tokens

INSEE_KEYS = {"codeinsee", "insee", "inseecom", "codecommune", "codecommuneinsee", "codeinseecommune", "depcom",
              "codgeo", "citycode", "codecom", "cominsee", "insee_com", "codeinseecom"}
POSTAL_KEYS = {"codepostal", "cp", "postcode", "postalcode", "zipcode", "zip", "codepostaux"}
DEP_KEYS = {"departement", "dep", "dept", "codedepartement", "codedep", "numdep", "numerodepartement", "coddep",
            "departementcode", "codedept"}
COMMUNE_KEYS = {"commune", "ville", "libcom", "nomcommune", "libellecommune", "city", "localite", "nomcom",
                "libcommune", "libelle_commune", "communenom", "libelleacheminement"}
ADDRESS_WORDS = {"adresse", "address", "adr", "voie", "rue"}
NAME_WORDS = {"nom", "name", "libelle", "lib", "denomination", "enseigne", "intitule", "titre", "raison"}


@dataclass(frozen=True)
class PlaceColumns:
    """Columns that declare where a row is; each may be None."""

    insee: str | None = None
    postal: str | None = None
    departement: str | None = None
    commune: str | None = None
    address: str | None = None
    name: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _codes_share(values: pd.Series, pattern: str) -> float:
    text = values.astype("str").str.strip()
    text = text[text != ""].head(2000)
    return float(text.str.fullmatch(pattern).mean()) if len(text) else 0.0


def detect_places(table: pd.DataFrame, skip: tuple[str, ...] = ()) -> PlaceColumns:
    """The first column of each role, from its name, checked against its values for codes."""
    found: dict[str, str] = {}
    for column in map(str, table.columns):
        if column in skip:
            continue
        key, tokens = name_key(column), name_tokens(column)
        if "insee" not in found and (key in INSEE_KEYS or "insee" in tokens):
            if _codes_share(table[column], r"[0-9][0-9AB][0-9]{2,3}") >= 0.5:
                found["insee"] = column
        elif "postal" not in found and (key in POSTAL_KEYS or "postal" in tokens):
            found["postal"] = column
        elif "departement" not in found and key in DEP_KEYS:
            if _codes_share(table[column], r"[0-9]{1,3}|2[ABab]") >= 0.5:
                found["departement"] = column
        elif "commune" not in found and key in COMMUNE_KEYS:
            found["commune"] = column
        elif "address" not in found and tokens & ADDRESS_WORDS and not tokens & {"complement", "mail", "web"}:
            found["address"] = column
        elif "name" not in found and tokens & NAME_WORDS and not tokens & {"commune", "com", "departement"}:
            found["name"] = column
    return PlaceColumns(**found)


def _text(table: pd.DataFrame, column: str | None) -> pd.Series | None:
    if column is None or column not in table.columns:
        return None
    return table[column].astype("str").fillna("").str.strip().str.upper()


def dep_of_insee(codes: pd.Series) -> pd.Series:
    """Département of commune codes: 2 first characters, 3 for overseas (97x); "" when not a code."""
    ok = codes.str.fullmatch(r"[0-9][0-9AB][0-9A-Z]{2,3}").fillna(False).astype(bool)
    dep = codes.str.slice(0, 2).where(~codes.str.startswith("97"), codes.str.slice(0, 3))
    return dep.where(ok, "")


def dep_of_postal(codes: pd.Series) -> pd.Series:
    """Département of postal codes (leading zero restored); `20` stays `20` (2A or 2B)."""
    padded = codes.where(~codes.str.fullmatch(r"\d{4}").fillna(False).astype(bool), "0" + codes)
    ok = padded.str.fullmatch(r"\d{5}").fillna(False).astype(bool)
    dep = padded.str.slice(0, 2).where(~padded.str.startswith("97"), padded.str.slice(0, 3))
    return dep.where(ok, "")


def _per_distinct(table: pd.DataFrame, column: str | None, func) -> np.ndarray | None:  # type: ignore[no-untyped-def]
    """`func` applied to the distinct cleaned values of a column only, spread back to every row (object array)."""
    if column is None or column not in table.columns:
        return None
    inverse, uniques = pd.factorize(table[column])
    cleaned = pd.Series(np.asarray(uniques, dtype=object), dtype="str").fillna("").str.strip().str.upper()
    result = np.append(func(cleaned).fillna("").to_numpy(dtype=object), "")
    return result[inverse]


def _dep_of_dep(dep: pd.Series) -> pd.Series:
    padded = dep.where(~dep.str.fullmatch(r"\d").fillna(False).astype(bool), "0" + dep)
    return padded.where(padded.str.fullmatch(r"\d{2,3}|2[AB]").fillna(False).astype(bool), "")


def declared_departement(table: pd.DataFrame, places: PlaceColumns) -> np.ndarray:
    """Per row, the département the row declares: from its INSEE code, else its département, else its postal code
    (each column judged on its distinct values: a million rows hold a few thousand codes)."""
    out = np.full(len(table), "", dtype=object)
    for column, func in ((places.insee, dep_of_insee), (places.departement, _dep_of_dep),
                         (places.postal, dep_of_postal)):
        found = _per_distinct(table, column, func)
        if found is not None:
            out = np.where(out == "", found, out)
    return out
