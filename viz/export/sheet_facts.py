"""Facts a context sheet reads from the working table: coverage in time and space, placeholder values."""
from __future__ import annotations

import pandas as pd

from viz import fmt
from viz.i18n import t

PLACEHOLDERS = ("NC", "N/C", "NA", "N/A", "ND", "N/D", "NR", "SO", "S.O.", "S/O", "-", "--", "?", "XXX", "X",
                "INCONNU", "NEANT", "NÉANT", "NULL", "NONE", "NAN", "0000-00-00", "00/00/0000", "99999", "999999")
YEAR_NAME = ("exercice", "annee", "année", "year", "millesime", "millésime")
SPACE_KINDS = ("code_region", "code_departement", "code_insee", "code_postal", "coordinates", "latitude")


def temporal(table: pd.DataFrame, kinds: dict[str, str], lang: str = "fr") -> str:
    """`2019-01-03 – 2024-12-30 (date_decision)` or `2025 (exercice)`; empty when no date or year column."""
    for name, kind in kinds.items():
        if kind in ("date", "datetime"):
            dates = pd.to_datetime(table[name].astype("str").str.slice(0, 10), format="%Y-%m-%d", errors="coerce")
            if dates.notna().any():
                low, high = dates.min().date(), dates.max().date()
                span = fmt.date(low, lang) if low == high else f"{fmt.date(low, lang)} – {fmt.date(high, lang)}"
                return f"{span} ({name})"
    for name in kinds:
        if str(name).strip().lower() in YEAR_NAME:
            text = table[name].astype("str").str.strip()
            years = pd.to_numeric(text.where(text.str.fullmatch(r"\d{4}").fillna(False).astype(bool)),
                                  errors="coerce").dropna()
            if len(years):
                low, high = int(years.min()), int(years.max())
                return f"{low}{'' if low == high else f' – {high}'} ({name})"
    return ""


def spatial(table: pd.DataFrame, kinds: dict[str, str], lang: str = "fr") -> str:
    """`34 communes (code_insee), 2 départements (dep)`: distinct places per code column, rows with a position."""
    parts = []
    for name, kind in kinds.items():
        if kind not in SPACE_KINDS:
            continue
        values = table[name].astype("str").str.strip()
        filled = values[values != ""]
        distinct = len(filled) if kind in ("coordinates", "latitude") else int(filled.nunique())
        if distinct:
            parts.append(t(f"sheet.space.{kind}", lang, count=fmt.number(distinct, lang, 0), column=name))
    return ", ".join(parts[:4])


def placeholders(table: pd.DataFrame, limit: int = 5000) -> dict[str, dict[str, int]]:
    """Cells holding a filler value (`NC`, `N/A`, `-`, `?`...) per column: {column: {value: count}}."""
    found: dict[str, dict[str, int]] = {}
    for name in table.columns:
        column = table[name]
        head = column.iloc[:limit].astype("str").str.strip().str.upper()
        if not head.isin(PLACEHOLDERS).any():
            continue
        values = column.astype("str").str.strip()
        hits = values[values.str.upper().isin(PLACEHOLDERS)]
        counts = hits.value_counts()
        found[str(name)] = {str(v): int(n) for v, n in counts.items()}
    return found


def placeholder_sentence(found: dict[str, dict[str, int]], lang: str = "fr") -> str:
    """`12 cellules contiennent une valeur de remplissage : « NC » dans montant (10), « - » dans date (2).`"""
    if not found:
        return ""
    total = sum(sum(v.values()) for v in found.values())
    quote = (lambda s: f"« {s} »") if lang == "fr" else (lambda s: f"“{s}”")
    parts = [f"{', '.join(quote(v) for v in values)} {t('sheet.in_column', lang, column=name)} "
             f"({fmt.number(sum(values.values()), lang, 0)})" for name, values in list(found.items())[:8]]
    return t("sheet.caveat.placeholders", lang, count=fmt.number(total, lang, 0), parts=", ".join(parts))
