"""The codes that exist (communes' INSEE codes, postal codes), from viz.reference, loaded on first use only."""
from __future__ import annotations

from functools import lru_cache
from typing import Any


def _texts(column: Any) -> frozenset[str]:
    """The distinct texts of a reference column (read in C, not value by value from the Arrow array)."""
    import pyarrow as pa
    import pyarrow.compute as pc
    arr = pa.array(column.astype("str"), from_pandas=True)
    return frozenset(pc.unique(arr.drop_null()).to_pylist())


@lru_cache(maxsize=1)
def insee_codes() -> frozenset[str]:
    """INSEE codes of communes, arrondissements municipaux, communes déléguées and associées (empty without the
    reference)."""
    try:
        from viz.reference.codes import sorted_codes
        return frozenset(sorted_codes("code_insee"))  # a small list, not the whole communes table
    except (ImportError, OSError):
        return frozenset()


@lru_cache(maxsize=1)
def postal_codes() -> frozenset[str]:
    """Postal codes La Poste serves (empty without the reference)."""
    try:
        from viz.reference.codes import sorted_codes
        return frozenset(sorted_codes("code_postal"))
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
        names = pd.Series(sorted(_texts(communes()["nom"])), dtype="str")
        return _texts(fold_values(names))
    except (ImportError, OSError):
        return frozenset()
