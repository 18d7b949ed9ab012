"""The départements chart (bars or map) in words: alt text, caveats, key figures and its data table.

Its entry in viz.charts.registry (same functions as viz.charts.treemap_alt).
"""
from __future__ import annotations

from typing import Any

import pandas as pd

from viz import fmt
from viz.charts.departements import DepartementsResult, DepartementsSpec, _amount, _measure, build
from viz.i18n import t

__all__ = ["spec_from_dict", "build", "alt_text", "data_table", "caveats", "key_figures"]

SHOWN = 3


def spec_from_dict(data: dict[str, Any]) -> DepartementsSpec:
    return DepartementsSpec.from_dict(data)


def _per_departement(result: DepartementsResult) -> pd.DataFrame:
    """One row per département (categories summed), largest measure first."""
    table = result.table
    measure = _measure(result.spec)
    grouped = table.groupby(["code", "nom"], sort=False, dropna=False).agg(
        value=("value", "sum"), population=("population", "first")).reset_index()
    if measure == "rate":
        grouped["rate"] = grouped["value"] / grouped["population"] * 100_000
    return grouped.sort_values([measure, "code"], ascending=[False, True], kind="stable")


def alt_text(result: DepartementsResult, lang: str | None = None) -> str:
    """What is drawn, by how many départements, the total, the largest and smallest, rows left out."""
    spec, lang = result.spec, lang or result.spec.lang
    rows = _per_departement(result)
    measure = _measure(spec)
    quote = (lambda s: f"« {s} »") if lang == "fr" else (lambda s: f"“{s}”")
    what = t("alt.treemap.count", lang) if spec.value is None else quote(spec.value)
    kind = t(f"alt.dep.kind.{spec.kind}", lang)
    parts = [t("alt.dep.intro", lang, kind=kind, title=quote(spec.title) if spec.title else "", what=what,
               count=fmt.number(len(rows), lang, 0)).replace("  ", " ")]
    total = float(rows["value"].sum())
    parts.append(t("alt.dep.total", lang, total=_amount(total, DepartementsSpec(**{**spec.to_dict(), "rate": False}))))
    largest = [f"{r.nom} ({r.code}) {_amount(float(getattr(r, measure)), spec)}" for r in rows.head(SHOWN).itertuples()]
    parts.append(t("alt.dep.largest", lang, items=(" ; " if lang == "fr" else "; ").join(largest)))
    if len(rows) > SHOWN:
        low = rows.iloc[-1]
        parts.append(t("alt.dep.smallest", lang, item=f"{low['nom']} ({low['code']}) "
                                                       f"{_amount(float(low[measure]), spec)}"))
    parts.append(result.sentence())
    return " ".join(p.strip() for p in parts if p.strip())


def data_table(result: DepartementsResult, lang: str | None = None) -> pd.DataFrame:
    """Code, name, amount (and rate), written for people, largest first."""
    spec, lang = result.spec, lang or result.spec.lang
    rows = _per_departement(result)
    out = pd.DataFrame({t("alt.dep.col.code", lang): rows["code"].astype(str),
                        t("alt.dep.col.name", lang): rows["nom"].fillna("").astype(str),
                        t("alt.dep.col.value", lang): [_amount(v, DepartementsSpec(**{**spec.to_dict(), "rate": False}))
                                                      for v in rows["value"]]})
    if spec.rate:
        out[t("alt.dep.col.rate", lang)] = [_amount(v, spec) for v in rows["rate"]]
    return out


def caveats(result: DepartementsResult, lang: str | None = None) -> list[str]:
    """Rows that could not be placed, out of the région, or with unreadable values."""
    return [result.sentence()]


def key_figures(result: DepartementsResult, lang: str | None = None) -> list[str]:
    """The département with the largest measure."""
    spec, lang = result.spec, lang or result.spec.lang
    rows = _per_departement(result)
    if rows.empty:
        return []
    top = rows.iloc[0]
    return [t("alt.dep.key_largest", lang, name=f"{top['nom']} ({top['code']})",
              amount=_amount(float(top[_measure(spec)]), spec))]
