"""Région names (2016 régions and overseas: `Bretagne`, `Île-de-France`), when the column name says région."""
from functools import lru_cache

from viz.kinds._arrow import isin
from viz.kinds._names import fold

KIND, PROPORTION, NAME = "region", 0.9, r"reg|r[ée]gion"
NAMES = (
    "Guadeloupe", "Martinique", "Guyane", "La Réunion", "Réunion", "Mayotte", "Île-de-France", "Centre-Val de Loire",
    "Centre", "Bourgogne-Franche-Comté", "Normandie", "Hauts-de-France", "Grand Est", "Pays de la Loire", "Bretagne",
    "Nouvelle-Aquitaine", "Occitanie", "Auvergne-Rhône-Alpes", "Provence-Alpes-Côte d'Azur", "PACA", "Corse",
)


@lru_cache(maxsize=1)
def folded() -> frozenset[str]:
    """NAMES folded, on first use (not at the import of every command)."""
    return frozenset(fold(list(NAMES)).to_pylist())


def matches(values, name=None):
    return isin(fold(values), folded())
