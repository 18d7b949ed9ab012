"""Web addresses (`www.data.gouv.fr`, `https://…/délibérations/Doc avec espaces.pdf`): a host with a dot."""
from viz.kinds._arrow import arrow, full
from viz.retext import SPACE_CHARS

KIND, PROPORTION = "url", 0.9


def matches(values, name=None):
    return full(arrow(values), rf"(?:https?://|www\.)[^{SPACE_CHARS}/@]+\.[^{SPACE_CHARS}/@]+(?:[/?#].*)?",
                ignore_case=True)
