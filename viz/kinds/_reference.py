"""The codes and names that exist (INSEE codes, postal codes, commune names folded), from the small sorted lists of
viz.reference.codes, loaded on first use only."""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def insee_codes() -> frozenset[str]:
    """INSEE codes of communes, arrondissements municipaux, communes déléguées and associées (empty without the
    reference)."""
    try:
        from viz.reference.codes import sorted_list
        return frozenset(sorted_list("code_insee"))  # a small list, not the whole communes table
    except (ImportError, OSError):
        return frozenset()


@lru_cache(maxsize=1)
def postal_codes() -> frozenset[str]:
    """Postal codes La Poste serves (empty without the reference)."""
    try:
        from viz.reference.codes import sorted_list
        return frozenset(sorted_list("code_postal"))
    except (ImportError, OSError):
        return frozenset()


@lru_cache(maxsize=1)
def commune_names() -> frozenset[str]:
    """Names of communes and arrondissements (current, déléguées, associées), folded as `fold_values` folds (empty
    without the reference)."""
    try:
        from viz.reference.codes import sorted_list
        return frozenset(sorted_list("commune_name"))  # folded once, when the reference is built
    except (ImportError, OSError):
        return frozenset()
