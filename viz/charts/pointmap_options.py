"""The point map's choices that the CLI shows in its help, kept light (no numpy, pandas or pydeck)."""

MODES = ("auto", "points", "hexagons")
THRESHOLD = 50_000
