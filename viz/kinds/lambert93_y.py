"""Lambert-93 Y (metres, EPSG:2154 bounds 6 005 281.2 to 7 235 612.72), when the name says Y or Lambert."""
from viz.kinds._names import axis, words
from viz.numbers import to_number

KIND, PROPORTION = "lambert93_y", 0.9
LOW, HIGH = 6005281.2, 7235612.72


def matches(values):
    tokens = set(words(values.name))
    if not (axis(values.name) == "lat" or tokens & {"lamby", "yl93", "y93"}):
        return (values != values).to_numpy(dtype=bool)
    num = to_number(values.str.replace(",", ".", regex=False), ".")
    return ((num >= LOW) & (num <= HIGH)).to_numpy(dtype=bool)
