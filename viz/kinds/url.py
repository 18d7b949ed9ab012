"""Web addresses (`www.data.gouv.fr`, `https://…/délibérations/Doc avec espaces.pdf`): a host with a dot."""
from viz.retext import SPACE_CHARS

KIND, PROPORTION = "url", 0.9


def matches(values):
    return values.str.fullmatch(rf"(?:https?://|www\.)[^{SPACE_CHARS}/@]+\.[^{SPACE_CHARS}/@]+(?:[/?#].*)?", case=False).to_numpy(dtype=bool)
