"""Lambert-93 X (metres, EPSG:2154 bounds -378 305.81 to 1 320 649.57), when the name says X or Lambert."""
from viz.kinds._names import axis, words
from viz.numbers import to_number

KIND, PROPORTION = "lambert93_x", 0.9
LOW, HIGH = -378305.81, 1320649.57


def matches(values):
    tokens = set(words(values.name))
    if not (axis(values.name) == "lon" or tokens & {"lambx", "xl93", "x93"}):
        return (values != values).to_numpy(dtype=bool)
    num = to_number(values.str.replace(",", ".", regex=False), ".")
    return ((num >= LOW) & (num <= HIGH)).to_numpy(dtype=bool)
