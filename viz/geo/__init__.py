"""Positions of places: detect coordinate columns, read them, check them against France, repair, geocode."""
