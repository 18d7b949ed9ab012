"""Both coordinates in one cell: `48.85,2.35` (ODS geo_point_2d), `[2.35, 48.85]` (geopoint array);
decimals on both, brackets balanced, latitude in range in one order or the other."""
import numpy as np

from viz.arrownp import valid
from viz.kinds._arrow import arrow, contains, extract, floats, only
from viz.retext import SPACE

KIND, PROPORTION = "coordinates", 0.9
_PAIR = rf"(?P<open>\[)?{SPACE}*(?P<a>-?[0-9]{{1,3}}\.[0-9]+){SPACE}*[,;]{SPACE}*(?P<b>-?[0-9]{{1,3}}\.[0-9]+){SPACE}*(?P<close>\])?"


def matches(values, name=None):
    arr = arrow(values)
    return only(arr, contains(arr, "[,;]"), _pairs)


def _pairs(arr):
    parts = extract(arr, f"^{_PAIR}$")
    a, b = np.abs(floats(parts["a"])), np.abs(floats(parts["b"]))
    balanced = valid(parts["open"]) == valid(parts["close"])
    with np.errstate(invalid="ignore"):
        return balanced & (((a <= 90) & (b <= 180)) | ((a <= 180) & (b <= 90)))
