"""The commune a row declares, against the reference: INSEE codes that do not exist, postal codes written as INSEE
codes, names that are another commune's, and points far from their commune's reference point."""
from __future__ import annotations

import re
from difflib import SequenceMatcher
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd

from viz.geo import france

ARRONDISSEMENT = re.compile(r"\s+\d+(?:ER|E|EME)?(?:\s+ARRONDISSEMENT)?$")
TRAILING_ARTICLE = re.compile(r"\s+(?:LE|LA|LES|L)$")
NOISE = re.compile(r"\b(?:\d+|CEDEX)\b")
SMALL_WORDS = {"SAINT", "SAINTE", "SUR", "SOUS", "LES", "LE", "LA", "DE", "DU", "DES", "EN", "ET", "L", "D", "AUX"}


@dataclass
class CodeVerdicts:
    """Per row: `verdict` ("" fine, "unknown", "postal_code", "name_mismatch"), the reference's `suggestion`,
    and the commune code used to place the row (`place_code`: the suggestion when the code is wrong)."""

    code: np.ndarray
    verdict: np.ndarray
    suggestion: np.ndarray
    ref_name: np.ndarray
    place_code: np.ndarray


def _reference():  # type: ignore[no-untyped-def]
    try:
        from viz import reference
        return reference
    except ImportError:
        return None


def fold(values: pd.Series) -> pd.Series:
    """Commune names folded for comparison: the reference's fold, then no arrondissement, no trailing article."""
    ref = _reference()
    text = values.fillna("").astype("str").str.replace(r"[’‘`´]", "'", regex=True)
    folded = ref.fold_name(text) if ref else text.str.upper()
    folded = folded.fillna("").str.replace(NOISE, " ", regex=True).str.replace(r"\s+", " ", regex=True).str.strip()
    return folded.str.replace(ARRONDISSEMENT, "", regex=True).str.replace(TRAILING_ARTICLE, "", regex=True)


def _words(name: str, min_len: int = 3) -> set[str]:
    return {w for w in name.split() if w not in SMALL_WORDS and len(w) >= min_len}


def names_match(name: str, reference: set[str]) -> bool:
    """Whether a folded row name can be the reference's name for the code: the same once spaces are removed,
    a significant word in common (`BRUAY` / Bruay-la-Buissière, `VERDUN SUR LE DOUBS` / Verdun-Ciel), one word the
    start of the other (`BLANZAC` / Coteaux-du-Blanzacais) or a close spelling (`MONVERT` / Montvert)."""
    words = _words(name)
    for ref_name in reference:
        if name.replace(" ", "") == ref_name.replace(" ", ""):
            return True
        ref_words = _words(ref_name)
        if words & ref_words or any(a.startswith(b) or b.startswith(a) for a in words for b in ref_words):
            return True
        if SequenceMatcher(None, name, ref_name).ratio() >= 0.8:
            return True
    return False


@lru_cache(maxsize=1)
def commune_index() -> pd.DataFrame | None:
    """Reference communes with a folded name and département, one row per (code, type)."""
    ref = _reference()
    if ref is None:
        return None
    table = ref.communes()
    rank = table["type"].map({"commune-actuelle": 0, "arrondissement-municipal": 1}).fillna(2)
    return table.assign(rank=rank).sort_values(["rank", "code_insee"], kind="stable")


@lru_cache(maxsize=128)
def _folded_index(dep: str = "") -> pd.DataFrame:
    """commune_index() of one département (all when ""), names folded; built only when a suggestion is needed."""
    index = commune_index()
    if dep:
        index = index[index["code_departement"] == dep]
    return index.assign(folded=fold(index["nom"]).to_numpy())


@lru_cache(maxsize=1)
def _postal_map() -> dict[str, list[str]]:
    """Postal code -> the INSEE codes it serves."""
    table = _reference().postal_codes()
    return table.groupby("code_postal")["code_insee"].agg(list).to_dict()


def _names_for(codes: set[str]) -> dict[str, set[str]]:
    """Folded reference names of each of `codes` (a commune nouvelle's code also carries its former names)."""
    index = commune_index()
    sub = index[index["code_insee"].isin(list(codes))]
    out: dict[str, set[str]] = {}
    for code, name in zip(sub["code_insee"].tolist(), fold(sub["nom"]).tolist()):
        out.setdefault(code, set()).add(name)
    return out


@lru_cache(maxsize=1)
def _points() -> pd.DataFrame:
    """Reference point per INSEE code (the commune actuelle's first, else any row that has one)."""
    index = commune_index()
    if index is None:
        return pd.DataFrame(columns=["latitude", "longitude"])
    with_point = index.dropna(subset=["latitude", "longitude"])
    return with_point.drop_duplicates("code_insee").set_index("code_insee")[["latitude", "longitude"]]


def normalise_codes(values: pd.Series) -> pd.Series:
    """Upper case, stripped, 4-digit codes given back their leading zero."""
    text = values.fillna("").astype("str").str.strip().str.upper()
    return text.where(~text.str.fullmatch(r"\d{4}").fillna(False).astype(bool), "0" + text)


def _unique(hits: pd.DataFrame) -> tuple[str, str]:
    codes = hits["code_insee"].unique()
    return (str(codes[0]), str(hits["nom"].iloc[0])) if len(codes) == 1 else ("", "")


def _by_name(folded: str, dep: str, postal: str) -> tuple[str, str]:
    """(code, name) of the commune called `folded` in département `dep` (or serving `postal`), when unique;
    else the only commune of the département sharing a significant word with it."""
    index = _folded_index(dep if dep and dep != "20" else "")
    hits = index[index["folded"] == folded]
    if postal:
        near = hits[hits["code_insee"].isin(_postal_map().get(postal.zfill(5), []))]
        if len(near):
            hits = near
    if len(hits):
        return _unique(hits)
    words = _words(folded, 5)
    if not dep or not words:
        return "", ""
    sharing = index.loc[index["folded"].map(lambda n: bool(words & _words(n, 5))).astype(bool)]
    return _unique(sharing)


def _postal_suggestion(code: str, folded: str) -> tuple[str, str]:
    """The INSEE code behind a postal code written in an INSEE column (matched on the name when several)."""
    index = _folded_index(code[:2] if not code.startswith("97") else code[:3])
    hits = index[index["code_insee"].isin(_postal_map().get(code, []))]
    if folded and (hits["folded"] == folded).any():
        hits = hits[hits["folded"] == folded]
    if hits["code_insee"].nunique() > 1 and (hits["type"] == "arrondissement-municipal").any():
        hits = hits[hits["type"] == "arrondissement-municipal"]  # 75001: Paris 1er (75101), not Paris (75056)
    return _unique(hits)


def judge_codes(codes: pd.Series, names: pd.Series | None, postal: pd.Series | None,
                declared_dep: np.ndarray) -> CodeVerdicts | None:
    """Judge each distinct (code, name, postal code) once; None without the reference."""
    index = commune_index()
    if index is None:
        return None
    n = len(codes)
    code = normalise_codes(codes)
    folded = fold(names) if names is not None else pd.Series("", index=codes.index)
    post = normalise_codes(postal) if postal is not None else pd.Series("", index=codes.index)
    frame = pd.DataFrame({"c": code.to_numpy(), "f": folded.to_numpy(), "p": post.to_numpy(),
                          "d": pd.Series(declared_dep, dtype="str").to_numpy()})
    inverse = frame.groupby(["c", "f", "p", "d"], sort=False).ngroup().to_numpy()
    keys = frame.drop_duplicates().to_numpy(dtype=object)
    known = set(index["code_insee"])
    names_of = _names_for(set(keys[:, 0].tolist()) & known) if len(keys) else {}
    postal_set = set(_postal_map())
    out = {k: np.full(len(keys), "", dtype=object) for k in ("verdict", "suggestion", "ref_name")}
    for i, (c, f, p, d) in enumerate(keys):
        verdict, (sug, ref_name) = "", ("", "")
        if not c:
            continue
        if c not in known:
            verdict = "postal_code" if c in postal_set else "unknown"
            sug, ref_name = _postal_suggestion(c, f) if verdict == "postal_code" else _by_name(f, d, p) if f else ("", "")
        elif f and not names_match(f, names_of.get(c, set())):
            verdict = "name_mismatch"
            sug, ref_name = _by_name(f, d, p)
        out["verdict"][i], out["suggestion"][i], out["ref_name"][i] = verdict, sug, ref_name
    verdict, suggestion = out["verdict"][inverse], out["suggestion"][inverse]
    place = np.where(verdict == "", code.to_numpy(dtype=object), suggestion)
    return CodeVerdicts(code.to_numpy(dtype=object), verdict, suggestion, out["ref_name"][inverse], place)


def check_communes(table: pd.DataFrame, analysis) -> None:  # type: ignore[no-untyped-def]
    """Judge the INSEE codes and measure each fine point's distance to its commune's reference point."""
    from viz.geo.analyse import FAULTS, NONE, _mark
    places = analysis.places
    analysis.codes = None
    if places.insee is None or places.insee not in table.columns:
        return
    names = table[places.commune] if places.commune in table.columns else None
    postal = table[places.postal] if places.postal in table.columns else None
    verdicts = judge_codes(table[places.insee], names, postal, analysis.declared)
    analysis.codes = verdicts
    if verdicts is None:
        return
    points = _points()
    ref = points.reindex(pd.Index(verdicts.place_code.astype(str)))
    lat, lon = ref["latitude"].to_numpy(dtype=float), ref["longitude"].to_numpy(dtype=float)
    other_dep = analysis.fault == FAULTS.index("outside_departement") + 1
    todo = ((analysis.fault == NONE) | other_dep) & np.isfinite(lat)
    km = np.full(len(lat), np.nan)
    km[todo] = france.distance_km(analysis.pos.lon[todo], analysis.pos.lat[todo], lon[todo], lat[todo])
    analysis.commune_km = km
    analysis.commune_ref = np.stack([lat, lon], axis=1)
    near = km <= analysis.options.commune_km
    analysis.fault[other_dep & near] = NONE  # beside its commune: the simplified outline is wrong there, not the point
    _mark(analysis.fault, todo & (km > analysis.options.commune_km), "outside_commune")
