"""Coordinate checks: the `coord.*` findings of ../shared/CLI.md (one most specific code per row and fault), the
INSEE code checks beside them (`insee.*`), each with a suggested rule-based repair step when there is one."""
from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, Iterator

import numpy as np
import pandas as pd

from viz.checks.quality_base import first_rows
from viz.findings import Finding, make
from viz.fmt import number
from viz.geo.analyse import FAULTS, Analysis, CoordOptions, analyse
from viz.geo.steps import cols_params, make_step
from viz.i18n import t

SEVERITY = {"missing": "warning", "unparseable": "error", "zero": "error", "swapped": "error",
            "out_of_range": "error", "outside_france": "warning", "outside_departement": "error",
            "outside_commune": "warning"}
EXAMPLES = 3
ROW_BASE: ContextVar[int] = ContextVar("coord_row_base", default=2)  # row number of the table's first row


@contextmanager
def file_rows(lines_above: int) -> Iterator[None]:
    """Findings made inside number rows as the file does: header = row 1 plus the `lines_above` it (title lines,
    or the rows before a streamed chunk), as every other finding."""
    token = ROW_BASE.set(2 + (lines_above or 0))
    try:
        yield
    finally:
        ROW_BASE.reset(token)


def check(table: pd.DataFrame, options: CoordOptions | None = None) -> list[Finding]:
    """Every coordinate finding of `table` (nothing when it has no coordinate columns)."""
    analysis = analyse(table, options)
    return [] if analysis is None else findings_of(table, analysis)


def _where(a: Analysis, lang: str) -> str:
    cols = a.cols
    if cols.combined:
        return t("coords.where.combined", lang, column=cols.combined)
    return t("coords.where.pair", lang, lat=cols.lat, lon=cols.lon)


def _rows(mask_or_idx: np.ndarray) -> list[int]:
    idx = np.flatnonzero(mask_or_idx) if mask_or_idx.dtype == bool else mask_or_idx
    return (idx + ROW_BASE.get()).tolist()


def _finding(a: Analysis, code: str, severity: str, idx: np.ndarray, key: str | None = None, fix: Any = None,
             **params: Any) -> Finding:
    """A coordinate finding on the coordinate column, message in both languages."""
    rows = _rows(idx)
    column = a.cols.combined or a.cols.lat
    extra = {k: v for k, v in params.items() if not k.endswith("_en") and not k.endswith("_fr")}
    finding = make(code, severity, column, rows, key or code, fix=fix, first=first_rows(rows),
                   where=_where(a, "fr"), **{**extra, **{k[:-3]: v for k, v in params.items() if k.endswith("_fr")}})
    en = {"column": column, "count": number(len(rows), "en", 0), "first": first_rows(rows), "where": _where(a, "en"),
          **extra, **{k[:-3]: v for k, v in params.items() if k.endswith("_en")}}
    finding.message_en = t(key or code, "en", **en)
    if finding.template is not None:
        finding.template = (finding.template[0], finding.template[1], en)
    return finding


def _example(table: pd.DataFrame, a: Analysis, idx: np.ndarray) -> str:
    if not len(idx):
        return ""
    return " ".join(str(table[c].iloc[idx[0]]) for c in a.cols.columns())


def findings_of(table: pd.DataFrame, a: Analysis) -> list[Finding]:
    """Findings of an analysis, in the order of FAULTS, then duplicates, precision, notation and INSEE codes."""
    out: list[Finding] = []
    params = cols_params(a.cols)
    for name in FAULTS:
        idx = a.rows_with(name)
        if not len(idx):
            continue
        code = f"coord.{name}"
        extra = _fault_params(table, a, name, idx)
        fix = _fault_fix(a, name, params)
        out.append(_finding(a, code, SEVERITY[name], idx, fix=fix, **extra))
    out += _other_findings(table, a, params)
    from viz.checks.coord_codes import code_findings
    out += code_findings(table, a)
    return out


def _fault_params(table: pd.DataFrame, a: Analysis, name: str, idx: np.ndarray) -> dict[str, Any]:
    """Message parameters of one fault (an example, the départements, the distances)."""
    if name == "unparseable":
        return {"example": _example(table, a, idx)}
    if name == "out_of_range":
        hint = a.lambert_suspect
        return {"hint_fr": t("coord.out_of_range.lambert", "fr") if hint else "",
                "hint_en": t("coord.out_of_range.lambert", "en") if hint else ""}
    if name == "outside_departement":
        from viz.checks.coord_codes import departement_label
        ex = {lang: " ".join(t("coord.outside_departement.example", lang, row=i + ROW_BASE.get(),
                                   declared=departement_label(a.declared[i]), found=departement_label(a.found[i]))
                             for i in idx[:EXAMPLES]) for lang in ("fr", "en")}
        declared = a.places.insee or a.places.departement or a.places.postal
        return {"declared": declared, "examples_fr": ex["fr"], "examples_en": ex["en"]}
    if name == "outside_commune":
        from viz.checks.coord_codes import commune_label
        ex = {lang: " ".join(t("coord.outside_commune.example", lang, row=i + ROW_BASE.get(), km=number(a.commune_km[i], lang, 1),
                                   commune=commune_label(a.codes.place_code[i]), code=a.codes.place_code[i])
                             for i in idx[:EXAMPLES]) for lang in ("fr", "en")}
        return {"km_fr": number(a.options.commune_km, "fr", 0), "km_en": number(a.options.commune_km, "en", 0),
                "examples_fr": ex["fr"], "examples_en": ex["en"]}
    return {}


def _fault_fix(a: Analysis, name: str, params: dict[str, Any]) -> Any:
    column = a.cols.combined or a.cols.lat
    if name == "swapped":
        return make_step("coord_swap", column, t("coord.fix.swap", "fr", where=_where(a, "fr")),
                         t("coord.fix.swap", "en", where=_where(a, "en")), **params)
    if name == "zero":
        return make_step("coord_clear_zero", column, t("coord.fix.zero", "fr", where=_where(a, "fr")),
                         t("coord.fix.zero", "en", where=_where(a, "en")), **params)
    if name == "out_of_range" and a.lambert_suspect and not a.cols.combined:
        return make_step("coord_from_lambert93", column, t("coord.fix.lambert", "fr", where=_where(a, "fr")),
                         t("coord.fix.lambert", "en", where=_where(a, "en")), **{**params, "crs": "lambert93"})
    return None


def _other_findings(table: pd.DataFrame, a: Analysis, params: dict[str, Any]) -> list[Finding]:
    """Duplicated positions, low precision, decimal commas, Lambert-93 and unknown départements."""
    out: list[Finding] = []
    column = a.cols.combined or a.cols.lat
    if a.duplicate.any():
        place = a.places.address or a.places.name
        key = "coord.duplicate_position" if place else "coord.duplicate_position.any"
        out.append(_finding(a, "coord.duplicate_position", "warning", a.duplicate, key, place=place))
    if a.low_precision.any():
        key = "coord.low_precision.lambert" if a.pos.crs == "lambert93" else "coord.low_precision"
        out.append(_finding(a, "coord.low_precision", "info", a.low_precision, key, decimals=a.options.min_decimals))
    if a.pos.comma.any() and not a.cols.combined:
        fix = make_step("coord_decimal_point", column, t("coord.fix.comma", "fr", where=_where(a, "fr")),
                        t("coord.fix.comma", "en", where=_where(a, "en")), **params)
        out.append(_finding(a, "coord.decimal_comma", "warning", a.pos.comma, fix=fix,
                            example=_example(table, a, np.flatnonzero(a.pos.comma))))
    if a.cols.crs == "lambert93":
        fix = make_step("coord_from_lambert93", column, t("coord.fix.lambert", "fr", where=_where(a, "fr")),
                        t("coord.fix.lambert", "en", where=_where(a, "en")), **params)
        out.append(_finding(a, "coord.lambert93", "info", np.zeros(0, dtype=np.int64), fix=fix))
    if a.unknown_dep.any():
        idx = np.flatnonzero(a.unknown_dep)
        declared = a.places.insee or a.places.departement or a.places.postal
        rows = _rows(idx)
        out.append(make("coord.departement_unknown", "warning", declared, rows, "coord.departement_unknown",
                        first=first_rows(rows), example=a.declared[idx[0]]))
    return out
