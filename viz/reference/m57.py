"""The M57 chart of accounts (plan de comptes 2018, DGFiP): labels for a budget's bare codes.

Built by tools/build_m57.py from the official nomenclature (provenance in PROVENANCE_M57.md). Lookups are
vectorised maps over a budget's columns: nature and function accounts, functional chapters, and the chapter a
nature account falls in for a real or an order operation (order chapters 021, 023, 040, 041, 042, 043 are
transfers between or within sections: summed with real operations they count money twice).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pandas as pd

SOURCE = Path(__file__).with_name("m57_2018.csv.gz")
ORDER_CHAPTERS = frozenset({"021", "023", "040", "041", "042", "043"})


@lru_cache(maxsize=1)
def table() -> pd.DataFrame:
    """Every code of the nomenclature: famille, code, libelle, type_chapitre, section, parent, DR...ROIS."""
    return pd.read_csv(SOURCE, dtype="str", keep_default_na=False)


@lru_cache(maxsize=8)
def _labels(family: str) -> dict[str, str]:
    rows = table()[table()["famille"] == family]
    return dict(zip(rows["code"], rows["libelle"]))


@lru_cache(maxsize=8)
def _column(family: str, name: str) -> dict[str, str]:
    rows = table()[table()["famille"] == family]
    return dict(zip(rows["code"], rows[name]))


def nature_labels(codes: pd.Series) -> pd.Series:
    """Label of each nature account (`6225` → « Indemnités au comptable et aux régisseurs »), "" when unknown."""
    return codes.astype("str").map(_labels("nature_compte")).fillna("").astype("str")


def function_labels(codes: pd.Series) -> pd.Series:
    """Label of each function account of a line (`93020` → « Administration générale de la collectivité »)."""
    return codes.astype("str").map(_labels("fonction_compte")).fillna("").astype("str")


def chapter_labels(codes: pd.Series) -> pd.Series:
    """Label of a chapter code: functional chapters (930, 9343...) first, then nature chapters (011, 001...)."""
    text = codes.astype("str")
    by_function = text.map(_labels("fonction_chapitre"))
    return by_function.fillna(text.map(_labels("nature_chapitre"))).fillna("").astype("str")


def nature_chapters(natures: pd.Series, direction: pd.Series, order: pd.Series) -> pd.Series:
    """The chapter of each line's nature: DR/RR for a real operation, DOES|DOIS / ROES|ROIS for an order one.

    `direction` holds D/R (CodRD), `order` 0/1 (OpBudg). "" when the nomenclature gives no chapter.
    """
    code = natures.astype("str")
    out = pd.Series("", index=natures.index, dtype="str")
    for sens in ("D", "R"):
        real = code.map(_column("nature_compte", f"{sens}R")).fillna("")
        between = code.map(_column("nature_compte", f"{sens}OES")).fillna("")
        within = code.map(_column("nature_compte", f"{sens}OIS")).fillna("")
        ordered = between.where(between != "", within)
        is_sens = direction.astype("str") == sens
        is_order = order.astype("str") == "1"
        out = out.where(~(is_sens & ~is_order), real)
        out = out.where(~(is_sens & is_order), ordered)
    return out.where(out != "", _chapter_by_prefix(code)).astype("str")


def _chapter_by_prefix(codes: pd.Series) -> pd.Series:
    """The longest nature chapter code that starts the account (`7311` → `731`): for grouping accounts, whose
    lines the nomenclature gives no chapter for."""
    chapters = sorted(_labels("nature_chapitre"), key=len, reverse=True)
    out = pd.Series("", index=codes.index, dtype="str")
    for chapter in chapters:
        out = out.where((out != "") | ~codes.str.startswith(chapter), chapter)
    return out


def is_order_chapter(chapters: pd.Series) -> pd.Series:
    """True where a nature chapter is an order operation (a transfer counted on both sides)."""
    return chapters.astype("str").isin(ORDER_CHAPTERS)
