"""Budgets drawn so people can read them: real operations by default, order operations never summed silently.

Order operations (M57 chapters 021, 023, 040, 041, 042, 043: transfers between or within sections) appear once
as spending and once as revenue; summed with real operations they count the same money twice.
"""
from __future__ import annotations

import pandas as pd

from viz.reference.m57 import ORDER_CHAPTERS

REAL, ORDER = "Réelle", "Ordre"  # the TypeOperation values written by viz/io/budget_xml.py
_CHAPTER_COLUMNS = ("ChapitreNature", "chapitre", "Chapitre", "CHAPITRE", "BGT_CONTNAT")


def is_budget_xml_table(table: pd.DataFrame) -> bool:
    """A table read from a TOTEM budget XML (it has the readable columns our reader adds)."""
    return {"TypeOperation", "Sens", "LibelleChapitreNature"} <= set(map(str, table.columns))


_DIRECTIONS = {"depense": "spending", "depenses": "spending", "d": "spending",
               "recette": "revenue", "recettes": "revenue", "r": "revenue"}


def _fold(text: str) -> str:
    """Lower case, accents off, spaces trimmed (`Dépense ` -> `depense`)."""
    import unicodedata
    decomposed = unicodedata.normalize("NFKD", str(text).strip().lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def direction_column(table: pd.DataFrame) -> str | None:
    """A column saying per row whether it is spending or revenue (`sens`, `Sens`, `BGT_SENS`…), holding both."""
    for name in table.columns:
        folded = _fold(str(name))
        if folded != "sens" and not folded.endswith("_sens"):
            continue
        values = {_fold(v) for v in table[name].dropna().astype("str").unique()[:50] if str(v).strip()}
        if values and values <= _DIRECTIONS.keys() and {_DIRECTIONS[v] for v in values} == {"spending", "revenue"}:
            return str(name)
    return None


def spending_value(table: pd.DataFrame, column: str) -> str:
    """The value of `column` that means spending, as the file writes it (`Dépense`, `D`)."""
    values = table[column].dropna().astype("str")
    spending = values[values.map(lambda v: _DIRECTIONS.get(_fold(v)) == "spending")]
    return str(spending.value_counts().index[0])


def mixed_rows(table: pd.DataFrame) -> tuple[str, int]:
    """(direction column, rows of revenue) when spending and revenue are both summed in `table`, else ("", 0)."""
    column = direction_column(table)
    if column is None:
        return "", 0
    folded = table[column].astype("str").map(_fold).map(_DIRECTIONS)
    return column, int((folded == "revenue").sum())


def order_rows(table: pd.DataFrame) -> int:
    """How many rows are order operations, when the table also holds real ones (0 otherwise)."""
    if "TypeOperation" in table.columns:
        kind = table["TypeOperation"].astype("str")
        order = kind == ORDER
        return int(order.sum()) if (kind == REAL).any() else 0
    for name in _CHAPTER_COLUMNS:
        if name in table.columns:
            order = table[name].astype("str").str.strip().isin(ORDER_CHAPTERS)
            return int(order.sum()) if (~order).any() else 0
    return 0


def budget_suggestion(table: pd.DataFrame) -> dict | None:
    """For a budget XML: real spending by nature chapter then nature, the filter said under the chart."""
    if not is_budget_xml_table(table):
        return None
    sens = table["Sens"].astype("str")
    direction = "Dépense" if (sens == "Dépense").any() else "Recette"
    return {"labels": ["LibelleChapitreNature", "LibelleNature"],
            "filters": {"Sens": [direction], "TypeOperation": [REAL]}}
