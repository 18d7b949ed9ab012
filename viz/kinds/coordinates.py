"""Both coordinates in one cell: `48.85,2.35` (ODS geo_point_2d), `[2.35, 48.85]` (geopoint array)."""
KIND, PROPORTION = "coordinates", 0.9


def matches(values):
    pair = r"\[?\s*-?\d{1,3}\.\d+\s*[,;]\s*-?\d{1,3}\.\d+\s*\]?"
    return values.str.fullmatch(pair).to_numpy(dtype=bool)
