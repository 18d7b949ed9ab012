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
    place_index: tuple[np.ndarray, np.ndarray] | None = None  # place_code as (per-row position, distinct codes)


def _reference():  # type: ignore[no-untyped-def]
    try:
        from viz import reference
        return reference
    except ImportError:
        return None


def fold(values: pd.Series) -> pd.Series:
    """Commune names folded for comparison, as the reference's fold_name does (upper case, no accents, ST/STE
    spelled out, no leading article), vectorised with pyarrow; then no arrondissement number, no trailing article."""
    import pyarrow as pa
    import pyarrow.compute as pc
    arr = pa.array(values.fillna("").astype("str").to_numpy(dtype=object), type=pa.string())
    for a, b in (("œ", "oe"), ("Œ", "OE"), ("æ", "ae"), ("Æ", "AE")):
        arr = pc.replace_substring(arr, a, b)
    arr = pc.utf8_upper(pc.replace_substring_regex(pc.utf8_normalize(arr, "NFKD"), r"[^\x00-\x7F]", ""))
    arr = pc.utf8_trim_whitespace(pc.replace_substring_regex(arr, r"[^A-Z0-9]+", " "))
    arr = pc.replace_substring_regex(pc.replace_substring_regex(arr, r"\bSTE\b", "SAINTE"), r"\bST\b", "SAINT")
    arr = pc.replace_substring_regex(arr, r"^(?:LE|LA|LES|L|LOS|LAS|EL)\s+", "")
    arr = pc.replace_substring_regex(arr, r"\b(?:\d+|CEDEX)\b", " ")
    arr = pc.utf8_trim_whitespace(pc.replace_substring_regex(arr, r"\s+", " "))
    arr = pc.replace_substring_regex(arr, r"\s+\d+(?:ER|E|EME)?(?:\s+ARRONDISSEMENT)?$", "")
    arr = pc.replace_substring_regex(arr, r"\s+(?:LE|LA|LES|L)$", "")
    return pd.Series(arr.to_pylist(), index=values.index, dtype="str")


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
    out: dict[str, list[str]] = {}
    for postal, code in zip(table["code_postal"].tolist(), table["code_insee"].tolist()):
        out.setdefault(postal, []).append(code)
    return out


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


def _factorized(values: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    inverse, uniques = pd.factorize(values.fillna("").astype("str"))
    return inverse, np.asarray(uniques, dtype=object)


@lru_cache(maxsize=1)
def _known_codes() -> frozenset[str]:
    return frozenset(commune_index()["code_insee"].tolist())


def _verdicts_by_code(codes_u: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per distinct code: known to the reference, and (when not) a postal code."""
    known = _known_codes()
    postal = _postal_map()
    is_known = np.array([c in known for c in codes_u], dtype=bool)
    is_postal = np.array([c not in known and c in postal for c in codes_u], dtype=bool)
    return is_known, is_postal


def _mismatches(inv_c: np.ndarray, codes_u: np.ndarray, known: np.ndarray, names: pd.Series) -> np.ndarray:
    """Per row: the commune name is not one of the reference's names for the (known) code; judged per pair."""
    inv_f, names_u = _factorized(names)
    folded_u = fold(pd.Series(names_u, dtype="str")).to_numpy(dtype=object)
    pair = inv_c.astype(np.int64) * (len(names_u) + 1) + inv_f
    inv_p, pairs = pd.factorize(pair)  # hashing: no sort of a million pairs
    names_of = _names_for({str(c) for c, k in zip(codes_u, known) if k})
    bad = np.zeros(len(pairs), dtype=bool)
    for k, value in enumerate(pairs.tolist()):
        c, f = divmod(value, len(names_u) + 1)
        if known[c] and folded_u[f] and codes_u[c]:
            bad[k] = not names_match(folded_u[f], names_of.get(codes_u[c], set()))
    return bad[inv_p]


def judge_codes(codes: pd.Series, names: pd.Series | None, postal: pd.Series | None,
                declared_dep: np.ndarray) -> CodeVerdicts | None:
    """Judge each distinct code (and code, name pair) once, suggest for the wrong rows; None without the reference."""
    if commune_index() is None:
        return None
    inv_raw, raw_u = pd.factorize(codes)
    codes_norm = normalise_codes(pd.Series(np.asarray(raw_u, dtype=object), dtype="str")).to_numpy(dtype=object)
    inv_n, uniques = pd.factorize(np.append(codes_norm, ""))  # -1 (missing cell) takes the trailing ""
    inv_c, codes_u = inv_n[inv_raw], np.asarray(uniques, dtype=object)
    known_u, postal_u = _verdicts_by_code(codes_u)
    filled = (codes_u != "")[inv_c]
    verdict = np.full(len(codes), "", dtype=object)
    verdict[filled & ~known_u[inv_c]] = "unknown"
    verdict[filled & postal_u[inv_c]] = "postal_code"
    if names is not None:
        verdict[filled & known_u[inv_c] & _mismatches(inv_c, codes_u, known_u, names)] = "name_mismatch"
    suggestion = np.full(len(codes), "", dtype=object)
    ref_name = np.full(len(codes), "", dtype=object)
    bad = np.flatnonzero(verdict != "")
    folded = fold(names.iloc[bad]).tolist() if names is not None else [""] * len(bad)
    post = normalise_codes(postal.iloc[bad]).tolist() if postal is not None else [""] * len(bad)
    cache: dict[tuple[str, ...], tuple[str, str]] = {}
    for i, f, p in zip(bad.tolist(), folded, post):
        c, v, d = codes_u[inv_c[i]], verdict[i], str(declared_dep[i])
        if (c, v, f, p, d) not in cache:
            cache[(c, v, f, p, d)] = (_postal_suggestion(c, f) if v == "postal_code"
                                      else _by_name(f, d, p) if f else ("", ""))
        suggestion[i], ref_name[i] = cache[(c, v, f, p, d)]
    all_codes = codes_u[inv_c]
    place_inverse = inv_c.astype(np.intp)  # the row's own code, or the suggestion for the few wrong rows
    suggested, where = np.unique(suggestion[bad].astype(str), return_inverse=True)
    place_inverse[bad] = len(codes_u) + where.reshape(-1)
    place_index = (place_inverse, np.concatenate([codes_u, suggested.astype(object)]))
    return CodeVerdicts(all_codes, verdict, suggestion, ref_name, np.where(verdict == "", all_codes, suggestion),
                        place_index)


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
    inverse, uniques = verdicts.place_index or pd.factorize(verdicts.place_code)
    ref = points.reindex(pd.Index(np.asarray(uniques, dtype=object).astype(str)))
    lat = ref["latitude"].to_numpy(dtype=float)[inverse]
    lon = ref["longitude"].to_numpy(dtype=float)[inverse]
    other_dep = analysis.fault == FAULTS.index("outside_departement") + 1
    todo = ((analysis.fault == NONE) | other_dep) & np.isfinite(lat)
    km = np.full(len(lat), np.nan)
    km[todo] = france.distance_km(analysis.pos.lon[todo], analysis.pos.lat[todo], lon[todo], lat[todo])
    analysis.commune_km = km
    analysis.commune_ref = np.stack([lat, lon], axis=1)
    near = km <= analysis.options.commune_km
    analysis.fault[other_dep & near] = NONE  # beside its commune: the simplified outline is wrong there, not the point
    _mark(analysis.fault, todo & (km > analysis.options.commune_km), "outside_commune")
