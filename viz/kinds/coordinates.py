"""Both coordinates in one cell: `48.85,2.35` (ODS geo_point_2d), `[2.35, 48.85]` (geopoint array);
decimals on both, brackets balanced, latitude in range in one order or the other."""
import numpy as np
from viz.kinds._arrow import extract
from viz.retext import SPACE

KIND, PROPORTION = "coordinates", 0.9
_PAIR = rf"(?P<open>\[)?{SPACE}*(?P<a>-?[0-9]{{1,3}}\.[0-9]+){SPACE}*[,;]{SPACE}*(?P<b>-?[0-9]{{1,3}}\.[0-9]+){SPACE}*(?P<close>\])?"


def matches(values):
    parts = extract(values.reset_index(drop=True), f"^{_PAIR}$")
    a = parts["a"].astype("float64")
    b = parts["b"].astype("float64")
    balanced = parts["open"].isna() == parts["close"].isna()
    lat_lon = (a.abs() <= 90) & (b.abs() <= 180)
    lon_lat = (a.abs() <= 180) & (b.abs() <= 90)
    return np.asarray((balanced & (lat_lon | lon_lat)).fillna(False), dtype=bool)
