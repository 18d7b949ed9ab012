"""Colour-blind-safe palettes shared by the charts (light: the point map imports them without plotly)."""
from __future__ import annotations

# Okabe & Ito 2008; Paul Tol's bright and muted schemes, without their greys.
PALETTES: dict[str, tuple[str, ...]] = {
    "okabe_ito": ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7"),
    "tol_bright": ("#4477AA", "#EE6677", "#228833", "#CCBB44", "#66CCEE", "#AA3377"),
    "tol_muted": ("#332288", "#88CCEE", "#44AA99", "#117733", "#999933", "#DDCC77", "#CC6677", "#882255",
                  "#AA4499"),
}
