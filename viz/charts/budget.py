"""Budgets drawn so people can read them: real operations by default, order operations never summed silently.

Order operations (M57 chapters 021, 023, 040, 041, 042, 043: transfers between or within sections) appear once
as spending and once as revenue; summed with real operations they count the same money twice.
"""
from __future__ import annotations

import numpy as np
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


def _by_direction(values: pd.Series) -> pd.DataFrame:
    """Each distinct value of a column with its row count and its direction (`spending`, `revenue` or missing):
    folded once per distinct value, never per row."""
    counts = values.dropna().astype("str").value_counts()
    return pd.DataFrame({"value": counts.index, "rows": counts.to_numpy(),
                         "direction": [_DIRECTIONS.get(_fold(v)) for v in counts.index]})


def direction_column(table: pd.DataFrame) -> str | None:
    """A column saying per row whether it is spending or revenue (`sens`, `Sens`, `BGT_SENS`…), holding both."""
    for name in table.columns:
        folded = _fold(str(name))
        if folded != "sens" and not folded.endswith("_sens"):
            continue
        if table[name].nunique() > 50:  # a direction column holds a handful of values
            continue
        found = _by_direction(table[name])
        found = found[found["value"].str.strip() != ""]
        if len(found) and found["direction"].notna().all() and set(found["direction"]) == {"spending", "revenue"}:
            return str(name)
    return None


def spending_value(table: pd.DataFrame, column: str) -> str:
    """The value of `column` that means spending, as the file writes it (`Dépense`, `D`): the most frequent one."""
    found = _by_direction(table[column])
    return str(found.loc[found["direction"] == "spending", "value"].iloc[0])  # value_counts: most frequent first


def mixed_rows(table: pd.DataFrame) -> tuple[str, int]:
    """(direction column, rows of revenue) when spending and revenue are both summed in `table`, else ("", 0)."""
    column = direction_column(table)
    if column is None:
        return "", 0
    found = _by_direction(table[column])
    return column, int(found.loc[found["direction"] == "revenue", "rows"].sum())


_LOST_ZERO = {"40": "040", "41": "041", "42": "042", "43": "043"}  # no M57 chapter is 40-43: a lost leading zero


def order_mask(table: pd.DataFrame) -> np.ndarray:
    """Rows that are order operations (TypeOperation `Ordre`, or an order chapter: 021, 023, 040-043, also written
    `42` by a spreadsheet that dropped the zero), when the table also holds real ones; all False otherwise."""
    order = np.zeros(len(table), dtype=bool)
    if "TypeOperation" in table.columns:
        kind = table["TypeOperation"].astype("str").str.strip()
        order = (kind == ORDER).to_numpy()
    else:
        name = next((n for n in _CHAPTER_COLUMNS if n in table.columns), None)
        if name is not None:
            chapters = table[name].astype("str").str.strip()
            order = chapters.replace(_LOST_ZERO).isin(ORDER_CHAPTERS).to_numpy()
    return order if (~order).any() else np.zeros(len(table), dtype=bool)


def order_rows(table: pd.DataFrame) -> int:
    """How many rows are order operations, when the table also holds real ones (0 otherwise)."""
    return int(order_mask(table).sum())


def budget_suggestion(table: pd.DataFrame) -> dict | None:
    """For a budget XML: real spending by nature chapter then nature, the filter said under the chart."""
    if not is_budget_xml_table(table):
        return None
    sens = table["Sens"].astype("str")
    direction = "Dépense" if (sens == "Dépense").any() else "Recette"
    return {"labels": ["LibelleChapitreNature", "LibelleNature"],
            "filters": {"Sens": [direction], "TypeOperation": [REAL]}}
