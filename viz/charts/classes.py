"""Classed colour scales for choropleths: quantile or natural-breaks (Jenks) classes, labelled in French."""
from __future__ import annotations

import numpy as np

from viz import fmt
from viz.i18n import t

METHODS = ("quantiles", "jenks")
# Sequential palettes that stay readable with colour-vision deficiencies (ColorBrewer single-hue, viridis): plotly's
# Blues[2:], Viridis[::-1], Oranges[2:], Purples[2:] written out (tests/test_departements_chart.py compares), so the
# point map does not import plotly.
SEQUENTIAL = {
    "blues": ["rgb(198,219,239)", "rgb(158,202,225)", "rgb(107,174,214)", "rgb(66,146,198)", "rgb(33,113,181)",
              "rgb(8,81,156)", "rgb(8,48,107)"],
    "viridis": ["#fde725", "#b5de2b", "#6ece58", "#35b779", "#1f9e89", "#26828e", "#31688e", "#3e4989", "#482878",
                "#440154"],
    "oranges": ["rgb(253,208,162)", "rgb(253,174,107)", "rgb(253,141,60)", "rgb(241,105,19)", "rgb(217,72,1)",
                "rgb(166,54,3)", "rgb(127,39,4)"],
    "purples": ["rgb(218,218,235)", "rgb(188,189,220)", "rgb(158,154,200)", "rgb(128,125,186)", "rgb(106,81,163)",
                "rgb(84,39,143)", "rgb(63,0,125)"],
}
NO_DATA = "#E8E8E8"


def jenks_breaks(values: np.ndarray, classes: int) -> list[float]:
    """Fisher-Jenks natural breaks (exact, dynamic programming): class upper bounds, min first."""
    data = np.sort(np.asarray(values, dtype=float))
    n = len(data)
    k = min(classes, len(np.unique(data)))
    if k <= 1:
        return [float(data[0]), float(data[-1])]
    prefix, prefix2 = np.concatenate([[0], np.cumsum(data)]), np.concatenate([[0], np.cumsum(data ** 2)])
    cost = np.full((k + 1, n + 1), np.inf)
    start = np.zeros((k + 1, n + 1), dtype=int)
    ends = np.arange(1, n + 1)
    cost[1, 1:] = prefix2[ends] - (prefix[ends] ** 2) / ends
    for c in range(2, k + 1):
        for j in range(c, n + 1):
            i = np.arange(c - 1, j)
            total = cost[c - 1, i] + ssd_many(prefix, prefix2, i, j)
            best = int(np.argmin(total))
            cost[c, j], start[c, j] = total[best], i[best]
    bounds, j = [], n
    for c in range(k, 0, -1):
        bounds.append(float(data[j - 1]))
        j = start[c, j]
    return [float(data[0])] + bounds[::-1]


def ssd_many(prefix: np.ndarray, prefix2: np.ndarray, i: np.ndarray, j: int) -> np.ndarray:
    """Squared deviations of data[i:j] for many starts i."""
    count = j - i
    total = prefix[j] - prefix[i]
    return prefix2[j] - prefix2[i] - total ** 2 / count


def quantile_breaks(values: np.ndarray, classes: int) -> list[float]:
    """Quantile breaks (about as many départements in each class), duplicates removed."""
    qs = np.quantile(np.asarray(values, dtype=float), np.linspace(0, 1, classes + 1))
    return sorted(set(float(q) for q in qs))


def breaks(values: np.ndarray, method: str, classes: int) -> list[float]:
    """Class limits [min, b1, ..., max] by `method`."""
    values = np.asarray(values, dtype=float)
    values = values[np.isfinite(values)]
    if len(values) == 0:
        return []
    if len(np.unique(values)) == 1:
        return [float(values[0]), float(values[0])]
    found = jenks_breaks(values, classes) if method == "jenks" else quantile_breaks(values, classes)
    return found if len(found) > 1 else [found[0], found[0]]


def classify(values: np.ndarray, limits: list[float]) -> np.ndarray:
    """Class index (0-based) of each value; -1 for missing."""
    values = np.asarray(values, dtype=float)
    if len(limits) < 2:
        return np.full(len(values), -1)
    index = np.searchsorted(np.asarray(limits[1:-1]), values, side="left")
    return np.where(np.isfinite(values), index, -1)


def colours(palette: str, count: int) -> list[str]:
    """`count` colours from light to dark of a sequential palette."""
    scale = SEQUENTIAL.get(palette, SEQUENTIAL["blues"])
    if count == 1:
        return [scale[len(scale) // 2]]
    import plotly.colors as pcolors
    return pcolors.sample_colorscale(pcolors.make_colorscale(scale), [i / (count - 1) for i in range(count)],
                                     colortype="rgb")


def labels(limits: list[float], lang: str, digits: int) -> list[str]:
    """`de 12 à 25` for each class (the first starts at the minimum, each includes its upper limit)."""
    def num(v: float) -> str:
        return fmt.number(v, lang, digits)
    if len(limits) == 2 and limits[0] == limits[1]:
        return [num(limits[0])]
    return [t("dep.class", lang, low=num(low), high=num(high)) for low, high in zip(limits[:-1], limits[1:])]
