"""Email addresses."""
KIND, PROPORTION = "email", 0.9


def matches(values):
    return values.str.fullmatch(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}").to_numpy(dtype=bool)
