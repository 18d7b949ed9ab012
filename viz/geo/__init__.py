"""Positions of places: detect coordinate columns, read them, check them against France, repair, geocode;
place rows in départements (placing.py, choose.py, points.py)."""
