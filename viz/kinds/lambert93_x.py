"""Lambert-93 X (metres, EPSG:2154 bounds -378 305.81 to 1 320 649.57), when the name says X or Lambert."""
from viz.kinds._arrow import arrow, name_of
from viz.kinds._names import axis, words
from viz.kinds._numbers import in_range

KIND, PROPORTION = "lambert93_x", 0.9
LOW, HIGH = -378305.81, 1320649.57


def matches(values, name=None):
    name = name_of(values, name)
    named = axis(name) == "lon" or bool(set(words(name)) & {"lambx", "xl93", "x93"})
    return in_range(arrow(values), named, LOW, HIGH)
