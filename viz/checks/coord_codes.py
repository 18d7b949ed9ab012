"""INSEE code findings beside positions: codes that do not exist, postal codes in an INSEE column, codes of another
commune than the one named; each with the reference's suggestion and a `replace_insee` step when there is one."""
from __future__ import annotations

from functools import lru_cache

import numpy as np
import pandas as pd

from viz.checks.coordinates import ROW_BASE
from viz.checks.quality_base import first_rows
from viz.findings import Finding, make
from viz.i18n import t

VERDICTS = (("unknown", "error"), ("postal_code", "error"), ("name_mismatch", "warning"))
EXAMPLES = 3


@lru_cache(maxsize=1)
def _dep_names() -> dict[str, str]:
    try:
        from viz.reference import departements
    except ImportError:
        return {}
    table = departements()
    return dict(zip(table["code"], table["nom"]))


@lru_cache(maxsize=1)
def _commune_names() -> dict[str, str]:
    from viz.geo.communes import commune_index
    index = commune_index()
    if index is None:
        return {}
    first = index.drop_duplicates("code_insee")
    return dict(zip(first["code_insee"], first["nom"]))


def departement_label(code: str) -> str:
    """`Ain (01)`, or the code alone when the reference does not know it."""
    if code == "20":
        return "Corse (20)"
    name = _dep_names().get(str(code))
    return f"{name} ({code})" if name else str(code) or "?"


def commune_label(code: str) -> str:
    """The commune's name in the reference, or the code."""
    return _commune_names().get(str(code), str(code))


def _example(table: pd.DataFrame, a, i: int, lang: str) -> str:  # type: ignore[no-untyped-def]
    codes = a.codes
    name = str(table[a.places.commune].iloc[i]) if a.places.commune else ""
    actual = _commune_names().get(codes.code[i]) or t("insee.nothing", lang)
    suggestion = (t("insee.suggestion", lang, code=codes.suggestion[i], name=codes.ref_name[i])
                  if codes.suggestion[i] else "")
    if not name:
        return t("insee.example.noname", lang, row=i + ROW_BASE.get(), code=codes.code[i], actual=actual, suggestion=suggestion)
    return t("insee.example", lang, row=i + ROW_BASE.get(), code=codes.code[i], actual=actual, name=name, suggestion=suggestion)


def _fix(table: pd.DataFrame, a, idx: np.ndarray):  # type: ignore[no-untyped-def]
    """A replace_insee step for the rows of `idx` that have a suggestion: (code, folded name) -> suggestion."""
    from viz.geo.communes import fold
    from viz.geo.steps import make_step
    codes = a.codes
    has = idx[codes.suggestion[idx] != ""]
    if not len(has):
        return None
    names = fold(table[a.places.commune].iloc[has]).tolist() if a.places.commune else [""] * len(has)
    triples = sorted({(codes.code[i], n, codes.suggestion[i]) for i, n in zip(has, names)})
    column = a.places.insee
    return make_step("replace_insee", column, t("insee.fix", "fr", column=column, count=len(triples)),
                     t("insee.fix", "en", column=column, count=len(triples)),
                     names=a.places.commune or "", replacements=[list(x) for x in triples])


def code_findings(table: pd.DataFrame, a) -> list[Finding]:  # type: ignore[no-untyped-def]
    """One finding per verdict found in the INSEE column."""
    codes = a.codes
    if codes is None:
        return []
    out = []
    for verdict, severity in VERDICTS:
        idx = np.flatnonzero(codes.verdict == verdict)
        if not len(idx):
            continue
        rows = (idx + ROW_BASE.get()).tolist()
        examples = {lang: " ".join(_example(table, a, i, lang) for i in idx[:EXAMPLES]) for lang in ("fr", "en")}
        finding = make(f"insee.{verdict}", severity, a.places.insee, rows, f"insee.{verdict}",
                       fix=_fix(table, a, idx), first=first_rows(rows), names=a.places.commune or "",
                       examples=examples["fr"])
        en = dict(column=a.places.insee, count=len(rows), first=first_rows(rows), names=a.places.commune or "",
                  examples=examples["en"])
        finding.message_en = t(f"insee.{verdict}", "en", **en)
        if finding.template is not None:
            finding.template = (finding.template[0], finding.template[1], en)
        finding.details = {"suggestions": {int(i) + ROW_BASE.get(): codes.suggestion[i] for i in idx if codes.suggestion[i]}}
        out.append(finding)
    return out
