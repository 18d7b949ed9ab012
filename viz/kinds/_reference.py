"""The codes that exist (communes' INSEE codes, postal codes), from viz.reference, loaded on first use only."""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def insee_codes() -> frozenset[str]:
    """INSEE codes of communes, arrondissements municipaux, communes déléguées and associées (empty without the
    reference)."""
    try:
        from viz.reference import communes
        return frozenset(communes()["code_insee"].astype("str"))
    except (ImportError, OSError):
        return frozenset()


@lru_cache(maxsize=1)
def postal_codes() -> frozenset[str]:
    """Postal codes La Poste serves (empty without the reference)."""
    try:
        from viz.reference import postal_codes as table
        return frozenset(table()["code_postal"].astype("str"))
    except (ImportError, OSError):
        return frozenset()


@lru_cache(maxsize=1)
def commune_names() -> frozenset[str]:
    """Names of communes and arrondissements (current, déléguées, associées), folded as `fold_values` folds (empty
    without the reference)."""
    try:
        import pandas as pd

        from viz.kinds._names import fold_values
        from viz.reference import communes
        names = communes()["nom"].astype("str")
        return frozenset(fold_values(pd.Series(pd.unique(names), dtype="str")))
    except (ImportError, OSError):
        return frozenset()
