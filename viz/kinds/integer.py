"""Whole numbers without leading zeros (codes with leading zeros are `code`)."""
KIND, PROPORTION = "integer", 0.95


def matches(values):
    return values.str.replace(r"[\s\u00a0\u202f]", "", regex=True).str.fullmatch(r"[-+]?(0|[1-9]\d*)").to_numpy(dtype=bool)
