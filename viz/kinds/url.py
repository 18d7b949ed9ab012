"""Web addresses (`www.data.gouv.fr`, `https://…/délibérations/Doc avec espaces.pdf`): a host with a dot."""
KIND, PROPORTION = "url", 0.9


def matches(values):
    return values.str.fullmatch(r"(?:https?://|www\.)[^\s/@]+\.[^\s/@]+(?:[/?#].*)?", case=False).to_numpy(dtype=bool)
