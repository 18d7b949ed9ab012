"""French phone numbers: `04 50 56 87 49`, `0450568749`, `+33 4 50 56 87 49`."""
KIND, PROPORTION = "telephone", 0.9


def matches(values):
    return values.str.fullmatch(r"(\+33\s?|0)[1-9]([\s.\-]?\d{2}){4}").to_numpy(dtype=bool)
