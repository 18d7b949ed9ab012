"""Lambert-93 Y (metres, EPSG:2154 bounds 6 005 281.2 to 7 235 612.72), when the name says Y or Lambert."""
from viz.kinds._arrow import arrow, name_of
from viz.kinds._names import axis, words
from viz.kinds._numbers import in_range

KIND, PROPORTION = "lambert93_y", 0.9
LOW, HIGH = 6005281.2, 7235612.72


def matches(values, name=None):
    name = name_of(values, name)
    named = axis(name) == "lat" or bool(set(words(name)) & {"lamby", "yl93", "y93"})
    return in_range(arrow(values), named, LOW, HIGH)
