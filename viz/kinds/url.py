"""Web addresses."""
KIND, PROPORTION = "url", 0.9


def matches(values):
    return values.str.match(r"(https?://|www\.)\S+$").to_numpy(dtype=bool)
