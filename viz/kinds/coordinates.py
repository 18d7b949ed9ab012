"""Both coordinates in one cell: `48.85,2.35` (ODS geo_point_2d), `[2.35, 48.85]` (geopoint array);
decimals on both, brackets balanced, latitude in range in one order or the other."""
import numpy as np

KIND, PROPORTION = "coordinates", 0.9
_PAIR = r"(?P<open>\[)?\s*(?P<a>-?\d{1,3}\.\d+)\s*[,;]\s*(?P<b>-?\d{1,3}\.\d+)\s*(?P<close>\])?"


def matches(values):
    parts = values.reset_index(drop=True).str.extract(f"^{_PAIR}$")
    a = parts["a"].astype("float64")
    b = parts["b"].astype("float64")
    balanced = parts["open"].isna() == parts["close"].isna()
    lat_lon = (a.abs() <= 90) & (b.abs() <= 180)
    lon_lat = (a.abs() <= 180) & (b.abs() <= 90)
    return np.asarray((balanced & (lat_lon | lon_lat)).fillna(False), dtype=bool)
